"""The team: members and their roles, who is acting (rights), and who changed what."""
