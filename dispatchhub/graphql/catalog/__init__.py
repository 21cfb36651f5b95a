"""GraphQL for the catalog (mirrors ``dispatchhub.catalog``)."""
