"""GraphQL for bookings (mirrors ``dispatchhub.bookings``)."""
