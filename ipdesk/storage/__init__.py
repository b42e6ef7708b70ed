"""Storage: engine and connection settings, ORM models, migrations, backup and restore."""
