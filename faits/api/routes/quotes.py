"""``/api/quotes``: direct and indirect quotes with their speakers."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from faits.api.database import Database
from faits.api.deps import get_db
from faits.api.filters import ACTOR_PATTERN, Page, Where, bad_parameter, escape_like, pagination

router = APIRouter(prefix="/api/quotes", tags=["quotes"])


@router.get("", summary="Quotes matching the filters, one page at a time")
def list_quotes(
    page: Annotated[Page, Depends(pagination)],
    db: Annotated[Database, Depends(get_db)],
    speaker: Annotated[
        str | None, Query(pattern=ACTOR_PATTERN, description="Speaker's actor code prefix.")
    ] = None,
    name: Annotated[
        str | None, Query(min_length=1, max_length=100, description="Speaker's name contains.")
    ] = None,
    kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query()] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Quote contains.")
    ] = None,
    article: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    since: Annotated[date | None, Query(description="Article published on or after.")] = None,
    until: Annotated[date | None, Query(description="Article published on or before.")] = None,
) -> dict[str, Any]:
    if since and until and since > until:
        raise bad_parameter("until", "until is before since")
    where = Where()
    if speaker:
        where.add("starts_with(q.speaker_code, ?)", speaker.upper())
    if name:
        where.add("q.speaker_name ILIKE ? ESCAPE '\\'", f"%{escape_like(name)}%")
    if kind:
        where.add("q.kind = ?", kind)
    if q:
        where.add("(q.record->>'$.text') ILIKE ? ESCAPE '\\'", f"%{escape_like(q)}%")
    if article:
        where.add("q.article_id = ?", article)
    if since:
        where.add("a.published_date >= ?", since)
    if until:
        where.add("a.published_date <= ?", until)
    source = f"FROM quotes q LEFT JOIN articles a USING (article_id){where.sql()}"
    total = db.one(f"SELECT count(*) AS n {source}", where.params)
    rows = db.rows(
        f"SELECT q.record, a.published, a.title, a.site {source} "
        "ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.sentence_index, q.quote_id "
        "LIMIT ? OFFSET ?",
        [*where.params, page.page_size, page.offset],
    )
    items = [
        {
            **json.loads(r["record"]),
            "published": r["published"],
            "title": r["title"],
            "site": r["site"],
        }
        for r in rows
    ]
    return page.envelope(total["n"] if total else 0, items)
