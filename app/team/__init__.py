"""The team: members and their roles."""
