"""GraphQL types and resolvers of the payments domain."""
