"""GraphQL types about the running platform itself."""
