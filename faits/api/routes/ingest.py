"""``POST /api/articles``: the one writing endpoint, open only when the server has a token.

The server then is the database's single writer; articles go through the same preparation,
pipeline and idempotent store writes as ``faits ingest``.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from pydantic import BaseModel, Field

from faits.api.database import Database
from faits.api.deps import get_db
from faits.ingest.readers import DEFAULT_MAX_BYTES, InputItem, InputProblem

router = APIRouter(prefix="/api/articles", tags=["ingest"])

MAX_ARTICLES = 100


class ArticleIn(BaseModel):
    """One article, with the fields of a ``.jsonl`` input line."""

    text: str | None = Field(None, max_length=DEFAULT_MAX_BYTES, description="Plain text.")
    html: str | None = Field(None, max_length=DEFAULT_MAX_BYTES, description="Or an HTML page.")
    id: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD.")
    site: str | None = Field(None, max_length=200)
    language: str | None = Field(None, max_length=20)


class IngestRequest(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """401 unless the server was started with ``--token`` and the request carries it."""
    expected = request.app.state.token
    if expected is None:
        raise HTTPException(
            status_code=401,
            detail="ingest is disabled: start `faits serve --token TOKEN` to enable it",
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            status_code=401,
            detail="missing or wrong token: send 'Authorization: Bearer TOKEN'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def _models(request: Request) -> Any:
    """The server's model cache, made on the first ingest (a read-only server never loads spaCy)."""
    from faits.models import ModelCache

    cache = getattr(request.app.state, "models", None)
    if cache is None:
        cache = request.app.state.models = ModelCache()
    return cache


@router.post(
    "",
    summary="Code and store articles (needs the server's token)",
    dependencies=[Depends(require_token)],
    responses={401: {"description": "No token, or a wrong one"}},
)
def ingest_articles(
    body: IngestRequest, request: Request, db: Annotated[Database, Depends(get_db)]
) -> dict[str, Any]:
    if not db.writable:
        raise HTTPException(status_code=503, detail="the database is open read-only")
    from faits.ingest.prepare import PreparedArticle, prepare
    from faits.pipeline import process_batch
    from faits.store.db import Store

    problems: list[str] = []
    batch: list[PreparedArticle] = []
    for number, article in enumerate(body.articles):
        if not article.text and not article.html:
            problems.append(f"articles[{number}]: no 'text' or 'html' — add the article's text")
            continue
        item = InputItem(origin=f"articles[{number}]", **article.model_dump())
        prepared = prepare(item)
        if isinstance(prepared, InputProblem):
            problems.append(prepared.line())
        else:
            batch.append(prepared)
    if not batch:
        raise HTTPException(status_code=422, detail=problems)
    summary = {"coded": 0, "skipped": 0, "failed": 0, "unchanged": 0, "events": 0, "quotes": 0}
    ids: list[str] = []
    with db.write_lock:
        store = Store(db.cursor(), db.path, read_only=False)
        known = store.unchanged(batch)
        summary["unchanged"] = len(known)
        todo = [p for p in batch if p.article.article_id not in known]
        results = list(process_batch(todo, _models(request)))
        store.write(results)
    for prepared in batch:
        ids.append(prepared.article.article_id)
    for result in results:
        coded = result.coded
        summary[coded.article.status if coded.article.status in summary else "failed"] += 1
        summary["events"] += len(coded.events)
        summary["quotes"] += len(coded.quotes)
    return {**summary, "article_ids": ids, "problems": problems}
