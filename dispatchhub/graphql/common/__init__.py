"""GraphQL types shared by several domains."""
