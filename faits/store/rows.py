"""Table rows (columns in the order of ``schema.TABLES``) from contract-shaped records.

Rows are built from the records' dict form so that the same code stores a pipeline result,
and imports records read back from Parquet (``faits import`` of a Spark run).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from faits.pipeline import PipelineResult
from faits.records import Mention, _plain


def date_start(value: str | None) -> date | None:
    """First day of a YYYY, YYYY-MM or YYYY-MM-DD value, for range queries."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


# ``json.dumps(value, ensure_ascii=False)`` builds an encoder per call; one is enough.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def article_row(
    record: dict[str, Any],
    source_key: str,
    content_hash: str,
    removed_lines: list[Any],
    ingested_at: datetime | None = None,
) -> tuple[Any, ...]:
    r = record
    return (
        r["article_id"],
        source_key,
        content_hash,
        r.get("url"),
        r.get("title"),
        r.get("site"),
        r.get("published"),
        date_start(r.get("published")),
        r.get("published_source"),
        r.get("language"),
        r["text"],
        r["status"],
        r.get("reason"),
        r.get("original_url"),
        r.get("translated_by"),
        r.get("duplicate_of"),
        r.get("cluster_id"),
        list(r.get("cited_sources") or []),
        r.get("source_path"),
        _dumps(list(removed_lines)),
        ingested_at or datetime.now(UTC),
    )


def event_row(record: dict[str, Any]) -> tuple[Any, ...]:
    source = record.get("source") or {}
    target = record.get("target") or {}
    location = record.get("location") or {}
    modality = record.get("modality") or {}
    return (
        record["event_id"],
        record["article_id"],
        record["sentence_index"],
        record["cameo"],
        record["cameo_root"],
        record["quad_class"],
        record["goldstein"],
        source.get("code"),
        source.get("country"),
        target.get("code"),
        target.get("country"),
        record.get("date"),
        date_start(record.get("date")),
        location.get("name"),
        location.get("country"),
        location.get("lat"),
        location.get("lon"),
        bool(modality.get("negated")),
        bool(modality.get("hypothetical")),
        bool(modality.get("future")),
        record["rule"],
        record.get("quote_id"),
        _dumps(record),
    )


def quote_row(record: dict[str, Any]) -> tuple[Any, ...]:
    speaker = record.get("speaker") or {}
    return (
        record["quote_id"],
        record["article_id"],
        record["sentence_index"],
        record["kind"],
        speaker.get("code"),
        speaker.get("name"),
        _dumps(record),
    )


def mention_row(record: dict[str, Any]) -> tuple[Any, ...]:
    resolved = record.get("resolved")
    code = (
        resolved.get("code") if isinstance(resolved, dict) and record["kind"] == "actor" else None
    )
    return (
        record["article_id"],
        record["kind"],
        record["text"],
        record["start"],
        record["end"],
        record["sentence_index"],
        code,
        _dumps(resolved) if resolved is not None else None,
        record.get("rule"),
    )


def _mention_row(mention: Mention) -> tuple[Any, ...]:
    """``mention_row(mention.to_dict())`` without the dict: mentions are most of the rows."""
    resolved = mention.resolved
    code = resolved.get("code") if resolved is not None and mention.kind == "actor" else None
    return (
        mention.article_id,
        mention.kind,
        mention.text,
        mention.start,
        mention.end,
        mention.sentence_index,
        code,
        _dumps(_plain(resolved)) if resolved is not None else None,
        mention.rule,
    )


def rows_for(result: PipelineResult) -> dict[str, list[tuple[Any, ...]]]:
    coded = result.coded
    article_id = coded.article.article_id
    prepared = result.prepared
    return {
        "articles": [
            article_row(
                coded.article.to_dict(),
                prepared.source_key,
                prepared.content_hash,
                list(prepared.removed_lines),
            )
        ],
        "sentences": [
            (article_id, i, s.start, s.end, s.text) for i, s in enumerate(coded.sentences)
        ],
        "parses": [(article_id, result.parser, result.parse)] if result.parse is not None else [],
        "mentions": [_mention_row(m) for m in coded.mentions],
        "events": [event_row(e.to_dict()) for e in coded.events],
        "quotes": [quote_row(q.to_dict()) for q in coded.quotes],
        "coded_with": (
            [(article_id, result.snapshot, result.trigger_keys)]
            if result.snapshot is not None or result.trigger_keys is not None
            else []
        ),
    }
