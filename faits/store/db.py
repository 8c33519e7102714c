"""The embedded database: open, write results idempotently, read back what was stored."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from faits.ingest.prepare import PreparedArticle
from faits.lexicons.snapshot import Entry, LexiconSnapshot
from faits.nlp.document import ParsedArticle
from faits.nlp.parse import doc_from_bytes
from faits.pipeline import PipelineResult
from faits.records import Article
from faits.store.rows import rows_for
from faits.store.schema import TABLES, ensure_schema

DEFAULT_DB = "faits.duckdb"
# Tables holding records derived from an article; all keyed by article_id.
ARTICLE_TABLES = (
    "articles",
    "sentences",
    "parses",
    "mentions",
    "events",
    "quotes",
    "signatures",
    "coded_with",
)
CODED_TABLES = ("sentences", "mentions", "events", "quotes", "coded_with")
RECODABLE = "a.status IN ('coded', 'failed')"


def default_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` if given, else ``$FAITS_DB``, else ``faits.duckdb`` in the working directory."""
    return Path(path or os.environ.get("FAITS_DB") or DEFAULT_DB)


def _columns(table: str) -> list[str]:
    names = []
    for part in TABLES[table].split(","):
        name = part.split()[0].strip('"')
        names.append(name)
    return names


class Store:
    """One DuckDB file. Open read-only for queries; a single writing process at a time."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, read_only: bool = False) -> Store:
        db_path = default_db_path(path)
        if read_only and not db_path.exists():
            raise FileNotFoundError(f"{db_path}: no such database (run `faits ingest` first)")
        con = duckdb.connect(str(db_path), read_only=read_only)
        if not read_only:
            ensure_schema(con)
        return cls(con, db_path, read_only)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def _arrow_view(self, name: str, table: pa.Table) -> Iterator[None]:
        """``table`` queryable as ``name`` inside the block (how batches meet stored rows)."""
        self.con.register(name, table)
        try:
            yield
        finally:
            self.con.unregister(name)

    def unchanged(self, batch: Iterable[PreparedArticle]) -> set[str]:
        """Ids of the articles in ``batch`` already stored with the same content."""
        pairs = [(p.article.article_id, p.content_hash) for p in batch]
        if not pairs:
            return set()
        incoming = pa.table(
            {"article_id": [a for a, _ in pairs], "content_hash": [h for _, h in pairs]}
        )
        with self._arrow_view("incoming_hashes", incoming):
            rows = self.con.execute(
                "SELECT a.article_id FROM articles a JOIN incoming_hashes i "
                "ON a.article_id = i.article_id AND a.content_hash = i.content_hash"
            ).fetchall()
        return {row[0] for row in rows}

    def insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        names = _columns(table)
        data = {name: [row[i] for row in rows] for i, name in enumerate(names)}
        with self._arrow_view("incoming_rows", pa.table(data)):
            self.con.execute(f"INSERT INTO {table} SELECT * FROM incoming_rows")

    def delete_articles(self, ids: list[str], tables: Iterable[str]) -> None:
        if not ids:
            return
        with self._arrow_view("gone", pa.table({"article_id": ids})):
            for table in tables:
                self.con.execute(
                    f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM gone)"
                )

    def _stored(self, ids: list[str]) -> list[str]:
        """Those of ``ids`` already stored (only they need their old rows deleted)."""
        with self._arrow_view("incoming_ids", pa.table({"article_id": ids})):
            rows = self.con.execute(
                "SELECT DISTINCT article_id FROM articles "
                "WHERE article_id IN (SELECT article_id FROM incoming_ids)"
            ).fetchall()
        return [row[0] for row in rows]

    def _replaced_versions(self, results: list[PipelineResult]) -> list[str]:
        """Stored articles that share a source with an incoming one but have another id."""
        keys = [(r.prepared.source_key, r.coded.article.article_id) for r in results]
        with self._arrow_view(
            "incoming_keys",
            pa.table({"source_key": [k for k, _ in keys], "article_id": [a for _, a in keys]}),
        ):
            rows = self.con.execute(
                "SELECT DISTINCT a.article_id FROM articles a JOIN incoming_keys k "
                "ON a.source_key = k.source_key AND a.article_id <> k.article_id"
            ).fetchall()
        return [row[0] for row in rows]

    def write(
        self,
        results: list[PipelineResult],
        signatures: dict[str, bytes] | None = None,
        cluster_updates: list[tuple[str, str | None, str | None]] | None = None,
    ) -> None:
        """Store a batch in one transaction: old versions and previous records replaced,
        near-duplicate signatures added, and (article_id, cluster_id, duplicate_of) updates of
        already stored articles applied. A crash at any point leaves all of it or none of it.
        """
        if not results:
            return
        # One article given twice in a batch (the same text under two names) is stored once,
        # as its last version: as a second run would replace the first.
        latest = {r.coded.article.article_id: r for r in results}
        results = list(latest.values())
        tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in ARTICLE_TABLES}
        for result in results:
            for table, rows in rows_for(result).items():
                tables[table].extend(rows)
        for article_id, minhash in (signatures or {}).items():
            tables["signatures"].append((article_id, minhash))
        ids = [r.coded.article.article_id for r in results]
        self.con.execute("BEGIN TRANSACTION")
        try:
            stale = self._stored(ids) + self._replaced_versions(results)
            self.delete_articles(stale, ARTICLE_TABLES)
            for table, rows in tables.items():
                self.insert(table, rows)
            self.set_clusters(cluster_updates or [])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def signature_rows(self) -> list[tuple[str, bytes, str | None, str | None]]:
        """(article_id, minhash, published, cluster_id) of every stored signature."""
        rows = self.con.execute(
            "SELECT s.article_id, s.minhash, a.published, a.cluster_id "
            "FROM signatures s JOIN articles a USING (article_id)"
        ).fetchall()
        return [(a, bytes(m), p, c) for a, m, p, c in rows]

    def rewrite_coding(self, results: list[PipelineResult]) -> None:
        """Replace the coded records of already stored articles (``faits recode``), keeping parses."""
        if not results:
            return
        tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in CODED_TABLES}
        updates = []
        for result in results:
            rows = rows_for(result)
            for table in CODED_TABLES:
                tables[table].extend(rows[table])
            article = result.coded.article
            updates.append(
                (
                    article.original_url,
                    article.translated_by,
                    list(article.cited_sources),
                    article.status,
                    article.reason,
                    article.article_id,
                )
            )
        ids = [r.coded.article.article_id for r in results]
        names = ["original_url", "translated_by", "cited_sources", "status", "reason", "article_id"]
        changes = pa.table(
            {
                name: pa.array(
                    [u[i] for u in updates],
                    pa.list_(pa.string()) if name == "cited_sources" else pa.string(),
                )
                for i, name in enumerate(names)
            }
        )
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.delete_articles(ids, CODED_TABLES)
            for table, table_rows in tables.items():
                self.insert(table, table_rows)
            # One set-based UPDATE: ``executemany`` runs one statement per article.
            with self._arrow_view("recoded_articles", changes):
                self.con.execute(
                    "UPDATE articles SET original_url = r.original_url, "
                    "translated_by = r.translated_by, cited_sources = r.cited_sources, "
                    "status = r.status, reason = r.reason FROM recoded_articles r "
                    "WHERE articles.article_id = r.article_id"
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def set_clusters(self, assignments: list[tuple[str, str | None, str | None]]) -> None:
        """Record (article_id, cluster_id, duplicate_of) for near-duplicate clusters."""
        if not assignments:
            return
        # One set-based UPDATE: DuckDB runs ``executemany`` as one statement per row, which
        # cost a second per 200 articles when every article joins a cluster.
        latest = {
            article_id: (cluster, duplicate) for article_id, cluster, duplicate in assignments
        }
        with self._arrow_view(
            "cluster_updates",
            pa.table(
                {
                    "article_id": list(latest),
                    "cluster_id": pa.array([c for c, _ in latest.values()], pa.string()),
                    "duplicate_of": pa.array([d for _, d in latest.values()], pa.string()),
                }
            ),
        ):
            self.con.execute(
                "UPDATE articles SET cluster_id = u.cluster_id, duplicate_of = u.duplicate_of "
                "FROM cluster_updates u WHERE articles.article_id = u.article_id"
            )

    # -- reading -------------------------------------------------------------------------

    def _one(self, sql: str, params: list[Any] | None = None) -> tuple[Any, ...] | None:
        """First row of a query (fetching all: DuckDB keeps a half-read result open)."""
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0] if rows else None

    def counts(self) -> dict[str, int]:
        return {
            table: int(self._one(f"SELECT count(*) FROM {table}")[0])  # type: ignore[index]
            for table in ("articles", "sentences", "parses", "mentions", "events", "quotes")
        }

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self._one("SELECT record FROM events WHERE event_id = ?", [event_id])
        return json.loads(row[0]) if row else None

    def article(self, article_id: str) -> Article | None:
        row = self._one(
            "SELECT article_id, url, title, site, published, published_source, language, text, "
            "status, reason, original_url, translated_by, duplicate_of, cluster_id, cited_sources, "
            "source_path FROM articles WHERE article_id = ?",
            [article_id],
        )
        if row is None:
            return None
        fields = list(row)
        fields[14] = list(fields[14] or [])
        return Article(*fields)

    def prepared_article(self, article_id: str) -> PreparedArticle | None:
        article = self.article(article_id)
        if article is None:
            return None
        row = self._one(
            "SELECT source_key, content_hash, removed_lines FROM articles WHERE article_id = ?",
            [article_id],
        )
        assert row is not None
        removed = tuple(tuple(pair) for pair in json.loads(row[2] or "[]"))
        return PreparedArticle(article, removed, row[0], row[1])  # type: ignore[arg-type]

    def parse_bytes(self, article_id: str) -> bytes | None:
        row = self._one("SELECT parse FROM parses WHERE article_id = ?", [article_id])
        return bytes(row[0]) if row else None

    def parsed_article(self, article_id: str, models: Any) -> ParsedArticle | None:
        """The stored parse of an article, rebuilt on ``models.nlp``'s vocabulary."""
        prepared = self.prepared_article(article_id)
        data = self.parse_bytes(article_id)
        if prepared is None or data is None:
            return None
        doc = doc_from_bytes(models.nlp, data)
        return ParsedArticle.build(prepared.article, doc, prepared.removed_lines)

    def stored_parses(
        self, ids: list[str] | None = None, batch_size: int = 200
    ) -> Iterator[list[tuple[PreparedArticle, bytes]]]:
        """Coded (or failed) articles with their parses, in batches of one query each (for
        ``faits recode``): those of ``ids``, or all of them."""
        if ids is None:
            ids = [article_id for article_id, _, _ in self.recodable()]
        for start in range(0, len(ids), batch_size):
            chunk = ids[start : start + batch_size]
            with self._arrow_view("wanted_parses", pa.table({"article_id": chunk})):
                rows = self.con.execute(
                    "SELECT a.article_id, a.url, a.title, a.site, a.published, "
                    "a.published_source, a.language, a.text, a.status, a.reason, a.original_url, "
                    "a.translated_by, a.duplicate_of, a.cluster_id, a.cited_sources, "
                    "a.source_path, a.source_key, a.content_hash, a.removed_lines, p.parse "
                    "FROM articles a JOIN parses p USING (article_id) "
                    f"WHERE {RECODABLE} AND a.article_id IN (SELECT article_id FROM wanted_parses) "
                    "ORDER BY a.article_id"
                ).fetchall()
            batch = []
            for row in rows:
                fields = list(row[:16])
                fields[14] = list(fields[14] or [])
                removed = tuple(tuple(pair) for pair in json.loads(row[18] or "[]"))
                prepared = PreparedArticle(Article(*fields), removed, row[16], row[17])  # type: ignore[arg-type]
                batch.append((prepared, bytes(row[19])))
            yield batch

    # -- what the records were coded with (``faits recode``) ------------------------------

    def recodable(self) -> list[tuple[str, str | None, str | None]]:
        """(article_id, language, snapshot id or None) of every article ``faits recode`` can
        redo: coded or failed, with a stored parse."""
        rows = self.con.execute(
            "SELECT a.article_id, a.language, c.snapshot FROM articles a "
            "JOIN parses p USING (article_id) LEFT JOIN coded_with c USING (article_id) "
            f"WHERE {RECODABLE} ORDER BY a.article_id"
        ).fetchall()
        return [(a, language, snapshot) for a, language, snapshot in rows]

    def count_unparsed(self) -> int:
        """Coded or failed articles without a stored parse (imported from a Spark run made
        without ``--parses``): ``faits recode`` cannot redo them."""
        row = self.con.execute(
            "SELECT count(*) FROM articles a ANTI JOIN parses p USING (article_id) "
            f"WHERE {RECODABLE}"
        ).fetchone()
        return int(row[0]) if row else 0

    def trigger_keys(self, ids: list[str]) -> dict[str, bytes]:
        """The stored trigger-word hashes of those of ``ids`` that have them."""
        with self._arrow_view("wanted_keys", pa.table({"article_id": ids})):
            rows = self.con.execute(
                "SELECT article_id, trigger_keys FROM coded_with WHERE trigger_keys IS NOT NULL "
                "AND article_id IN (SELECT article_id FROM wanted_keys)"
            ).fetchall()
        return {article_id: bytes(keys) for article_id, keys in rows}

    def snapshot_items(self, snapshot: str) -> dict[str, Entry] | None:
        """The stored items of a snapshot, or None when it was never stored."""
        rows = self.con.execute(
            "SELECT key, hash, requirements FROM snapshots WHERE snapshot = ?", [snapshot]
        ).fetchall()
        if not rows:
            return None
        return {key: Entry(digest, frozenset(needs or ())) for key, digest, needs in rows}

    def save_snapshot(self, snapshot: LexiconSnapshot) -> None:
        """Store a snapshot's items once (before the records that refer to it)."""
        if self._one("SELECT 1 FROM snapshots WHERE snapshot = ? LIMIT 1", [snapshot.id]):
            return
        items = sorted(snapshot.entries.items())
        self.insert(
            "snapshots",
            [
                (snapshot.id, snapshot.language, key, item.hash, sorted(item.requirements))
                for key, item in items
            ],
        )

    def mark_coded_with(self, ids: list[str], snapshot: str) -> None:
        """Record that the stored records of ``ids`` are what ``snapshot`` codes (recode
        found that its changes cannot alter them)."""
        if not ids:
            return
        with self._arrow_view("unaffected", pa.table({"article_id": ids})):
            self.con.execute(
                "UPDATE coded_with SET snapshot = ? "
                "WHERE article_id IN (SELECT article_id FROM unaffected)",
                [snapshot],
            )

    def drop_unused_snapshots(self) -> None:
        self.con.execute(
            "DELETE FROM snapshots WHERE snapshot NOT IN "
            "(SELECT DISTINCT snapshot FROM coded_with WHERE snapshot IS NOT NULL)"
        )
