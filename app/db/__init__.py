"""The database layer: ORM models, opening a database safely, backups."""
