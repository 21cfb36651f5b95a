"""GraphQL for accounts and sign-in (mirrors ``dispatchhub.users``)."""
