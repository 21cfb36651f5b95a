"""GraphQL API of dispatch: policies (the rules DSL), simulation and shadow mode."""
