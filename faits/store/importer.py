"""Load a Spark run's Parquet output into a faits database (``faits import``).

Records come back through the same row builders as the local pipeline's, so an imported
database answers every query and feeds ``faits serve`` exactly like an ingested one. The
whole import is one transaction: an interrupted import leaves the database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from faits.store.db import ARTICLE_TABLES, Store
from faits.store.rows import article_row, event_row, mention_row, quote_row

BATCH_ROWS = 5000


def _records(folder: Path, kind: str) -> Iterator[list[dict[str, Any]]]:
    path = folder / kind
    if not path.exists():
        return
    dataset = ds.dataset(str(path), format="parquet", partitioning="hive")
    for batch in dataset.to_batches(batch_size=BATCH_ROWS):
        rows = batch.to_pylist()
        for row in rows:
            row.pop("published_month", None)
        yield rows


def _article(record: dict[str, Any]) -> tuple[Any, ...]:
    extras = {k: record.pop(k, None) for k in ("source_key", "content_hash", "removed_lines")}
    record.pop("minhash", None)
    return article_row(
        record,
        extras["source_key"] or record["article_id"],
        extras["content_hash"] or "",
        json.loads(extras["removed_lines"] or "[]"),
    )


def _mention(record: dict[str, Any]) -> tuple[Any, ...]:
    if isinstance(record.get("resolved"), str):
        record["resolved"] = json.loads(record["resolved"])
    return mention_row(record)


BUILDERS: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    "articles": _article,
    "events": event_row,
    "quotes": quote_row,
    "mentions": _mention,
}


def import_output(folder: Path, store: Store) -> dict[str, int]:
    """Replace the stored records of every article in ``folder`` with the Spark output's."""
    ids = [row["article_id"] for batch in _records(folder, "articles") for row in batch]
    counts = dict.fromkeys([*BUILDERS, "parses", "signatures"], 0)
    store.con.execute("BEGIN TRANSACTION")
    try:
        store.delete_articles(ids, ARTICLE_TABLES)
        for kind, build in BUILDERS.items():
            for batch in _records(folder, kind):
                if kind == "articles":
                    signatures = [
                        (r["article_id"], bytes.fromhex(r["minhash"]))
                        for r in batch
                        if r.get("minhash")
                    ]
                    store.insert("signatures", signatures)
                    counts["signatures"] += len(signatures)
                store.insert(kind, [build(dict(r)) for r in batch])
                counts[kind] += len(batch)
        for batch in _records(folder, "parses"):
            store.insert("parses", [(r["article_id"], r["parser"], r["parse"]) for r in batch])
            counts["parses"] += len(batch)
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    return counts
