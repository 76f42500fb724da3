"""Social Desk's Qt front end. Talks to the core only through app services."""
