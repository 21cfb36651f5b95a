"""GraphQL for reviews and staff feedback (mirrors ``dispatchhub.reviews``)."""
