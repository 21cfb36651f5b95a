"""GraphQL for orders: the list, the node, grab, offers, execution, help and overrides."""
