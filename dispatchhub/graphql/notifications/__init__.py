"""GraphQL for the in-app inbox."""
