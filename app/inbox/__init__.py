"""inbox feature core."""
