"""The content calendar: campaigns (posts arrive with the calendar tab)."""
