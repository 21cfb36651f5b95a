"""Customer reviews of completed orders, their moderation, and staff feedback."""
