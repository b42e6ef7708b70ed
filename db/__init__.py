"""Alembic migration environment for ipdesk (run from code by ipdesk.storage.migrations)."""
