"""Text validation shared by every service."""
