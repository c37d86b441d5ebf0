"""Storage: SQLAlchemy records, the engine, record → domain mapping and migrations."""
