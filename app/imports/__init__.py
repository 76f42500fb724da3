"""One import pipeline for every tab: read an export, map its columns, preview, store
all-or-nothing with a report, keep a history that can be rolled back; and the exporter."""
