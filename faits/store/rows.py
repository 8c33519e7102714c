"""Turn pipeline results into table rows (columns in the order of ``schema.TABLES``)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from faits.pipeline import PipelineResult
from faits.records import Event, Quote


def _date_start(value: str | None) -> date | None:
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


def article_row(result: PipelineResult) -> tuple[Any, ...]:
    article = result.coded.article
    prepared = result.prepared
    return (
        article.article_id,
        prepared.source_key,
        prepared.content_hash,
        article.url,
        article.title,
        article.site,
        article.published,
        _date_start(article.published),
        article.published_source,
        article.language,
        article.text,
        article.status,
        article.reason,
        article.original_url,
        article.translated_by,
        article.duplicate_of,
        article.cluster_id,
        list(article.cited_sources),
        article.source_path,
        json.dumps(list(prepared.removed_lines), ensure_ascii=False),
        datetime.now(UTC),
    )


def event_row(event: Event) -> tuple[Any, ...]:
    record = event.to_dict()
    source, target, location = event.source, event.target, event.location
    return (
        event.event_id,
        event.article_id,
        event.sentence_index,
        event.cameo,
        event.cameo_root,
        event.quad_class,
        event.goldstein,
        source.code if source else None,
        source.country if source else None,
        target.code if target else None,
        target.country if target else None,
        event.date,
        _date_start(event.date),
        location.name if location else None,
        location.country if location else None,
        location.lat if location else None,
        location.lon if location else None,
        event.modality.negated,
        event.modality.hypothetical,
        event.modality.future,
        event.rule,
        event.quote_id,
        json.dumps(record, ensure_ascii=False),
    )


def quote_row(quote: Quote) -> tuple[Any, ...]:
    speaker = quote.speaker
    return (
        quote.quote_id,
        quote.article_id,
        quote.sentence_index,
        quote.kind,
        speaker.code if speaker else None,
        speaker.name if speaker else None,
        json.dumps(quote.to_dict(), ensure_ascii=False),
    )


def rows_for(result: PipelineResult) -> dict[str, list[tuple[Any, ...]]]:
    coded = result.coded
    article_id = coded.article.article_id
    return {
        "articles": [article_row(result)],
        "sentences": [
            (article_id, i, s.start, s.end, s.text) for i, s in enumerate(coded.sentences)
        ],
        "parses": [(article_id, result.parser, result.parse)] if result.parse is not None else [],
        "mentions": [
            (
                article_id,
                m.kind,
                m.text,
                m.start,
                m.end,
                m.sentence_index,
                (m.resolved or {}).get("code") if m.kind == "actor" else None,
                json.dumps(m.resolved, ensure_ascii=False) if m.resolved is not None else None,
                m.rule,
            )
            for m in coded.mentions
        ],
        "events": [event_row(e) for e in coded.events],
        "quotes": [quote_row(q) for q in coded.quotes],
    }
