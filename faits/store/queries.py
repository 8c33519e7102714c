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


class _Query:
    """WHERE clauses and their parameters, built up filter by filter."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def dates(self, column: str, filters: Filters) -> None:
        if filters.since:
            self.add(f"{column} >= ?", filters.since)
        if filters.until:
            self.add(f"{column} <= ?", filters.until)

    def sql(self, select: str, order: str, limit: int | None) -> tuple[str, list[Any]]:
        where = (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""
        tail = f" LIMIT {int(limit)}" if limit else ""
        return f"{select}{where} ORDER BY {order}{tail}", self.params


def event_sql(filters: Filters, columns: str = "e.record") -> tuple[str, list[Any]]:
    query = _Query()
    if filters.actor:
        actor = filters.actor.upper()
        query.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))", actor, actor)
    if filters.code:
        query.add("starts_with(e.cameo, ?)", filters.code)
    query.dates("e.date_start", filters)
    return query.sql(
        f"SELECT {columns} FROM events e", "e.date_start NULLS LAST, e.event_id", filters.limit
    )


def quote_sql(filters: Filters) -> tuple[str, list[Any]]:
    query = _Query()
    if filters.actor:
        query.add("starts_with(q.speaker_code, ?)", filters.actor.upper())
    query.dates("a.published_date", filters)
    return query.sql(
        "SELECT q.record FROM quotes q JOIN articles a USING (article_id)",
        "a.published_date NULLS LAST, q.article_id, q.sentence_index, q.quote_id",
        filters.limit,
    )


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
    query = _Query()
    if filters.actor:
        query.add(
            "article_id IN (SELECT article_id FROM mentions "
            "WHERE kind = 'actor' AND starts_with(code, ?))",
            filters.actor.upper(),
        )
    if filters.code:
        query.add(
            "article_id IN (SELECT article_id FROM events WHERE starts_with(cameo, ?))",
            filters.code,
        )
    query.dates("published_date", filters)
    return query.sql(
        f"SELECT {', '.join(ARTICLE_FIELDS)}, cited_sources FROM articles",
        "published_date NULLS LAST, article_id",
        filters.limit,
    )


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
