"""The database schema, its version, and the migrations that bring an older file up to date.

No PRIMARY KEY constraints: a changed article is deleted and re-inserted in one transaction,
which DuckDB's eager unique checks would refuse; uniqueness comes from writing per article.
"""

from __future__ import annotations

import duckdb

SCHEMA_VERSION = 2

TABLES = {
    "meta": "key VARCHAR, value VARCHAR",
    "articles": """
        article_id VARCHAR, source_key VARCHAR, content_hash VARCHAR, url VARCHAR,
        title VARCHAR, site VARCHAR, published VARCHAR, published_date DATE,
        published_source VARCHAR, language VARCHAR, text VARCHAR, status VARCHAR,
        reason VARCHAR, original_url VARCHAR, translated_by VARCHAR, duplicate_of VARCHAR,
        cluster_id VARCHAR, cited_sources VARCHAR[], source_path VARCHAR,
        removed_lines JSON, ingested_at TIMESTAMP
    """,
    "sentences": 'article_id VARCHAR, sentence_index INTEGER, start INTEGER, "end" INTEGER, text VARCHAR',
    "parses": "article_id VARCHAR, parser VARCHAR, parse BLOB",
    "mentions": """
        article_id VARCHAR, kind VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER,
        sentence_index INTEGER, code VARCHAR, resolved JSON, rule VARCHAR
    """,
    "events": """
        event_id VARCHAR, article_id VARCHAR, sentence_index INTEGER, cameo VARCHAR,
        cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE, source_code VARCHAR,
        source_country VARCHAR, target_code VARCHAR, target_country VARCHAR, date VARCHAR,
        date_start DATE, location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
        negated BOOLEAN, hypothetical BOOLEAN, future BOOLEAN, rule VARCHAR, quote_id VARCHAR,
        record JSON
    """,
    "quotes": """
        quote_id VARCHAR, article_id VARCHAR, sentence_index INTEGER, kind VARCHAR,
        speaker_code VARCHAR, speaker_name VARCHAR, record JSON
    """,
    "signatures": "article_id VARCHAR, minhash BLOB",
    # What each article's records were coded with (see faits.lexicons.snapshot), and the
    # hashes of its words that can trigger an event pattern (faits.events.keys).
    "coded_with": "article_id VARCHAR, snapshot VARCHAR, trigger_keys BLOB",
    # The items of every snapshot some article still refers to.
    "snapshots": "snapshot VARCHAR, language VARCHAR, key VARCHAR, hash VARCHAR, requirements VARCHAR[]",
}

# Queries filter events by actor, code and date, and look articles up by id and source.
# Tables read only per article are not indexed: an index costs more at insert than it saves.
INDEXES = {
    "articles_id": "articles(article_id)",
    "articles_source": "articles(source_key)",
    "events_id": "events(event_id)",
    "events_source": "events(source_code)",
    "events_target": "events(target_code)",
    "events_cameo": "events(cameo)",
    "events_date": "events(date_start)",
}

# version -> statements that bring a file at version-1 to this version.
# A store older than version 2 gets the tables empty: its articles have no record of their
# lexicons, so its first ``faits recode`` redoes them all (and fills the tables).
MIGRATIONS: dict[int, list[str]] = {
    2: [
        f"CREATE TABLE IF NOT EXISTS {name} ({TABLES[name]})"
        for name in ("coded_with", "snapshots")
    ],
}


class SchemaError(RuntimeError):
    """The database was written by a newer faits, or is not a faits database."""


def current_version(con: duckdb.DuckDBPyConnection) -> int | None:
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchall()
    if not has_meta[0][0]:
        return None
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    return int(rows[0][0]) if rows else None


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables in an empty file, or migrate an older one, in one transaction."""
    version = current_version(con)
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaError(
            f"database schema version {version} is newer than this faits ({SCHEMA_VERSION}); "
            "upgrade faits"
        )
    if version == SCHEMA_VERSION:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        if version is None:
            for name, columns in TABLES.items():
                con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
            for name, target in INDEXES.items():
                con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
        else:
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS.get(step, []):
                    con.execute(statement)
        con.execute("DELETE FROM meta WHERE key = 'schema_version'")
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
