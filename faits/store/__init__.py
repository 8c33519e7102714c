"""The embedded DuckDB store: schema, migrations, idempotent writes, queries and exports."""
