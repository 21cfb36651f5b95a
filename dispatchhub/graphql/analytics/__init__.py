"""GraphQL for the analytics reports (mirrors ``dispatchhub.analytics``)."""
