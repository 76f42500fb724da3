"""appraisal feature core."""
