"""GraphQL for roles and policy rules (mirrors ``dispatchhub.authz``)."""
