"""The import wizard and the import history, shared by every tab that imports."""
