"""Mutations on accounts: one module per concern (sign-in and sessions, admin)."""
