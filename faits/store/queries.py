"""Filtered reads of stored records: the SQL behind ``faits events|quotes|articles`` and ``faits.open``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb


@dataclass(frozen=True)
class Filters:
    """What a user can filter on. ``actor`` matches a code prefix on either side (``RUS``
    matches ``RUSGOV``); ``code`` a CAMEO prefix (``04`` matches ``042``); dates are inclusive."""

    actor: str | None = None
    code: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None


def _where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def event_sql(filters: Filters, columns: str = "e.record") -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.actor:
        clauses.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
        params += [filters.actor.upper(), filters.actor.upper()]
    if filters.code:
        clauses.append("starts_with(e.cameo, ?)")
        params.append(filters.code)
    if filters.since:
        clauses.append("e.date_start >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("e.date_start <= ?")
        params.append(filters.until)
    sql = f"SELECT {columns} FROM events e{_where(clauses)} ORDER BY e.date_start NULLS LAST, e.event_id"
    if filters.limit:
        sql += f" LIMIT {int(filters.limit)}"
    return sql, params


def quote_sql(filters: Filters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.actor:
        clauses.append("starts_with(q.speaker_code, ?)")
        params.append(filters.actor.upper())
    if filters.since:
        clauses.append("a.published_date >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("a.published_date <= ?")
        params.append(filters.until)
    sql = (
        f"SELECT q.record FROM quotes q JOIN articles a USING (article_id){_where(clauses)} "
        "ORDER BY a.published_date NULLS LAST, q.article_id, q.sentence_index, q.quote_id"
    )
    if filters.limit:
        sql += f" LIMIT {int(filters.limit)}"
    return sql, params


ARTICLE_FIELDS = (
    "article_id",
    "url",
    "title",
    "site",
    "published",
    "published_source",
    "language",
    "text",
    "status",
    "reason",
    "original_url",
    "translated_by",
    "duplicate_of",
    "cluster_id",
)


def article_sql(filters: Filters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.actor:
        clauses.append(
            "article_id IN (SELECT article_id FROM mentions WHERE kind = 'actor' AND starts_with(code, ?))"
        )
        params.append(filters.actor.upper())
    if filters.code:
        clauses.append("article_id IN (SELECT article_id FROM events WHERE starts_with(cameo, ?))")
        params.append(filters.code)
    if filters.since:
        clauses.append("published_date >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("published_date <= ?")
        params.append(filters.until)
    sql = (
        f"SELECT {', '.join(ARTICLE_FIELDS)}, cited_sources FROM articles{_where(clauses)} "
        "ORDER BY published_date NULLS LAST, article_id"
    )
    if filters.limit:
        sql += f" LIMIT {int(filters.limit)}"
    return sql, params


def fetch_records(
    con: duckdb.DuckDBPyConnection, kind: str, filters: Filters
) -> list[dict[str, Any]]:
    """Contract-shaped records of ``kind`` (events, quotes or articles) matching ``filters``."""
    if kind == "events":
        sql, params = event_sql(filters)
    elif kind == "quotes":
        sql, params = quote_sql(filters)
    elif kind == "articles":
        sql, params = article_sql(filters)
        rows = con.execute(sql, params).fetchall()
        return [
            {
                "schema_version": 1,
                **dict(zip(ARTICLE_FIELDS, row[:-1], strict=True)),
                "cited_sources": list(row[-1] or []),
            }
            for row in rows
        ]
    else:
        raise ValueError(f"unknown record kind {kind!r}")
    return [json.loads(row[0]) for row in con.execute(sql, params).fetchall()]
