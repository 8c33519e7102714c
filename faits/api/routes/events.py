"""``/api/events``: filtered, paginated event records, and one event with its evidence."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from faits.api.database import Database
from faits.api.deps import get_db
from faits.api.filters import (
    ACTOR_PATTERN,
    MAX_PAGE_SIZE,
    EventFilters,
    Page,
    bad_parameter,
    event_filters,
    pagination,
)
from faits.api.labels import cameo_labels

router = APIRouter(prefix="/api/events", tags=["events"])

ORDER = {
    "date": "e.date_start ASC NULLS LAST, e.event_id",
    "-date": "e.date_start DESC NULLS LAST, e.event_id",
    "goldstein": "e.goldstein ASC, e.event_id",
    "-goldstein": "e.goldstein DESC, e.event_id",
}
EventId = Annotated[str, Path(min_length=1, max_length=100, description="The event's id.")]


@router.get("", summary="Events matching the filters, one page at a time")
def list_events(
    filters: Annotated[EventFilters, Depends(event_filters)],
    page: Annotated[Page, Depends(pagination)],
    db: Annotated[Database, Depends(get_db)],
    sort: Annotated[Literal["date", "-date", "goldstein", "-goldstein"], Query()] = "-date",
) -> dict[str, Any]:
    where = filters.where()
    if not filters.q:
        total = db.one(f"SELECT count(*) AS n FROM events e{where.sql()}", where.params)
        rows = db.rows(
            f"SELECT e.record FROM events e{where.sql()} ORDER BY {ORDER[sort]} LIMIT ? OFFSET ?",
            [*where.params, page.page_size, page.offset],
        )
        return page.envelope(total["n"] if total else 0, [json.loads(r["record"]) for r in rows])
    # A text search scans every record: do it once for the page and the total together,
    # then read the page's records by id.
    hits = db.rows(
        f"SELECT e.event_id, count(*) OVER () AS total FROM events e{where.sql()} "
        f"ORDER BY {ORDER[sort]} LIMIT ? OFFSET ?",
        [*where.params, page.page_size, page.offset],
    )
    if not hits:
        total = db.one(f"SELECT count(*) AS n FROM events e{where.sql()}", where.params)
        return page.envelope(total["n"] if total else 0, [])
    order = [hit["event_id"] for hit in hits]
    records = {
        r["event_id"]: r["record"]
        for r in db.rows(
            f"SELECT event_id, record FROM events WHERE event_id IN ({', '.join('?' * len(order))})",
            order,
        )
    }
    return page.envelope(hits[0]["total"], [json.loads(records[i]) for i in order])


@router.get(
    "/merged",
    summary="Merged events: one happening across sentences and articles, with its story count",
)
def merged(
    db: Annotated[Database, Depends(get_db)],
    actor: Annotated[
        str | None, Query(pattern=ACTOR_PATTERN, description="Actor code prefix, either side.")
    ] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO prefix.")] = None,
    since: Annotated[date | None, Query(description="First event date (inclusive).")] = None,
    until: Annotated[date | None, Query(description="Last event date (inclusive).")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="At most this many.")] = 50,
) -> dict[str, Any]:
    """The provenance stage's merge (``faits.provenance.merging``): events with the same
    source, target, code family, date and place country are one, counted in mentions,
    stories (near-duplicate clusters) and sources (sites)."""
    if since and until and since > until:
        raise bad_parameter("until", "until is before since")
    # Imported here: the provenance package loads spaCy, which a reader need not pay for.
    from faits.provenance.merging import merged_events

    items = db.run(
        lambda cursor: merged_events(
            cursor,
            actor=actor.upper() if actor else None,
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            code=cameo,
            limit=limit,
        )
    )
    return {"items": items}


def _span(role: str, text: str, start: int, end: int) -> dict[str, Any]:
    return {"role": role, "text": text, "start": start, "end": end}


def _find(role: str, needle: str | None, sentence: dict[str, Any]) -> dict[str, Any] | None:
    """Where ``needle`` first occurs in the sentence, as article offsets."""
    if not needle:
        return None
    at = sentence["text"].find(needle)
    if at < 0:
        return None
    start = sentence["start"] + at
    return _span(role, needle, start, start + len(needle))


def _mention(
    db: Database, record: dict[str, Any], kind: str, text: str | None
) -> dict[str, Any] | None:
    """The time or place mention of the event's sentence whose text the event carries."""
    if not text:
        return None
    row = db.one(
        'SELECT text, start, "end" FROM mentions WHERE article_id = ? AND sentence_index = ? '
        "AND kind = ? AND text = ? ORDER BY start LIMIT 1",
        [record["article_id"], record["sentence_index"], kind, text],
    )
    return (
        _span(kind if kind == "place" else "time", row["text"], row["start"], row["end"])
        if row
        else None
    )


def highlights(
    db: Database, record: dict[str, Any], sentence: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """The spans to mark in the sentence: source, target, trigger, time, place, attribution."""
    spans: list[dict[str, Any] | None] = []
    for role in ("source", "target", "trigger"):
        part = record.get(role)
        if part and part.get("end", 0) > part.get("start", 0):
            spans.append(_span(role, part["text"], part["start"], part["end"]))
    location = record.get("location") or {}
    attribution = record.get("attribution") or {}
    time = _mention(db, record, "time", record.get("date_text"))
    place = _mention(db, record, "place", location.get("text"))
    if sentence is not None:
        time = time or _find("time", record.get("date_text"), sentence)
        place = place or _find("place", location.get("text"), sentence)
        spans.append(_find("attribution", attribution.get("text"), sentence))
    spans.extend([time, place])
    found = [s for s in spans if s is not None]
    return sorted(found, key=lambda s: (s["start"], -s["end"]))


@router.get(
    "/{event_id}",
    summary="One event with its sentence, highlights, quote and rule",
    responses={404: {"description": "No event with this id"}},
)
def get_event(event_id: EventId, db: Annotated[Database, Depends(get_db)]) -> dict[str, Any]:
    row = db.one("SELECT record FROM events WHERE event_id = ? LIMIT 1", [event_id])
    if row is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    record = json.loads(row["record"])
    article = db.one(
        "SELECT article_id, title, site, url, published, original_url, translated_by "
        "FROM articles WHERE article_id = ? LIMIT 1",
        [record["article_id"]],
    )
    sentence = db.one(
        'SELECT sentence_index, start, "end", text FROM sentences '
        "WHERE article_id = ? AND sentence_index = ? LIMIT 1",
        [record["article_id"], record["sentence_index"]],
    )
    quote = None
    if record.get("quote_id"):
        quote_row = db.one(
            "SELECT record FROM quotes WHERE quote_id = ? LIMIT 1", [record["quote_id"]]
        )
        quote = json.loads(quote_row["record"]) if quote_row else None
    rule = record.get("rule") or ""
    rule_file, _, rule_entry = rule.partition("#")
    return {
        "event": record,
        "article": article,
        "sentence": sentence,
        "highlights": highlights(db, record, sentence),
        "quote": quote,
        "explanation": {
            "rule": rule,
            "rule_file": rule_file or None,
            "rule_entry": rule_entry or None,
            "cameo": record.get("cameo"),
            "cameo_labels": cameo_labels(record.get("cameo") or ""),
            "quad_class": record.get("quad_class"),
            "goldstein": record.get("goldstein"),
            "plover": record.get("plover"),
            "modality": record.get("modality"),
            "date_source": record.get("date_source"),
            "date_precision": record.get("date_precision"),
        },
    }
