"""KPI metrics: account daily figures and post figures, fed by the import pipeline."""
