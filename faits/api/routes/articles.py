"""``/api/articles``: the stored articles, and one article's clean text with its spans."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from faits.api.database import Database
from faits.api.deps import get_db
from faits.api.filters import Page, Where, bad_parameter, escape_like, pagination

router = APIRouter(prefix="/api/articles", tags=["articles"])

ArticleId = Annotated[str, Path(min_length=1, max_length=100, description="The article's id.")]


@router.get("", summary="Stored articles (without their text), newest first")
def list_articles(
    page: Annotated[Page, Depends(pagination)],
    db: Annotated[Database, Depends(get_db)],
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Title contains.")
    ] = None,
    site: Annotated[str | None, Query(min_length=1, max_length=200, description="Site is.")] = None,
    status: Annotated[str | None, Query(pattern="^(coded|skipped|failed)$")] = None,
    since: Annotated[date | None, Query(description="Published on or after.")] = None,
    until: Annotated[date | None, Query(description="Published on or before.")] = None,
) -> dict[str, Any]:
    if since and until and since > until:
        raise bad_parameter("until", "until is before since")
    where = Where()
    if q:
        where.add("a.title ILIKE ? ESCAPE '\\'", f"%{escape_like(q)}%")
    if site:
        where.add("a.site = ?", site)
    if status:
        where.add("a.status = ?", status)
    if since:
        where.add("a.published_date >= ?", since)
    if until:
        where.add("a.published_date <= ?", until)
    total = db.one(f"SELECT count(*) AS n FROM articles a{where.sql()}", where.params)
    rows = db.rows(
        "SELECT a.article_id, a.title, a.site, a.url, a.published, a.language, a.status, "
        "a.reason, a.translated_by, a.cluster_id, a.duplicate_of, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.article_id) AS events, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id) AS quotes "
        f"FROM articles a{where.sql()} "
        "ORDER BY a.published_date DESC NULLS LAST, a.article_id LIMIT ? OFFSET ?",
        [*where.params, page.page_size, page.offset],
    )
    return page.envelope(total["n"] if total else 0, rows)


def _resolved(value: str | None) -> dict[str, Any] | None:
    return json.loads(value) if value else None


def article_spans(db: Database, article_id: str) -> list[dict[str, Any]]:
    """Actors, places and times found, event triggers and quotes, as offsets into the text."""
    spans: list[dict[str, Any]] = []
    for row in db.rows(
        'SELECT kind, text, start, "end", sentence_index, code, resolved, rule FROM mentions '
        "WHERE article_id = ? ORDER BY start",
        [article_id],
    ):
        spans.append({**row, "resolved": _resolved(row["resolved"])})
    for row in db.rows("SELECT record FROM events WHERE article_id = ?", [article_id]):
        event = json.loads(row["record"])
        trigger = event.get("trigger") or {}
        spans.append(
            {
                "kind": "trigger",
                "text": trigger.get("text"),
                "start": trigger.get("start"),
                "end": trigger.get("end"),
                "sentence_index": event.get("sentence_index"),
                "code": event.get("cameo"),
                "event_id": event.get("event_id"),
                "quad_class": event.get("quad_class"),
            }
        )
    for row in db.rows("SELECT record FROM quotes WHERE article_id = ?", [article_id]):
        quote = json.loads(row["record"])
        speaker = quote.get("speaker") or {}
        spans.append(
            {
                "kind": "quote",
                "text": quote.get("text"),
                "start": quote.get("start"),
                "end": quote.get("end"),
                "sentence_index": quote.get("sentence_index"),
                "code": speaker.get("code"),
                "quote_id": quote.get("quote_id"),
                "speaker": speaker.get("name") or speaker.get("text"),
            }
        )
    valid = [s for s in spans if isinstance(s["start"], int) and isinstance(s["end"], int)]
    return sorted(
        (s for s in valid if s["end"] > s["start"]), key=lambda s: (s["start"], -s["end"])
    )


@router.get(
    "/{article_id}",
    summary="One article: clean text and the spans found in it",
    responses={404: {"description": "No article with this id"}},
)
def get_article(article_id: ArticleId, db: Annotated[Database, Depends(get_db)]) -> dict[str, Any]:
    article = db.one(
        "SELECT article_id, url, title, site, published, published_source, language, text, "
        "status, reason, original_url, translated_by, duplicate_of, cluster_id, cited_sources "
        "FROM articles WHERE article_id = ? LIMIT 1",
        [article_id],
    )
    if article is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
    article["cited_sources"] = list(article["cited_sources"] or [])
    return {"article": article, "spans": article_spans(db, article_id)}
