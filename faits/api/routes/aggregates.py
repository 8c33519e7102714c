"""Counts over events: top actors, dyads and their timelines, the actor network, places, stats.

A dyad is a pair of actors at country level (an actor's country, else its whole code, so
``IGOUNO`` stays itself), unordered unless ``directed`` is asked. A *story* merges the
reports of one happening: events with the same pair, CAMEO root and day count once however
many sentences or articles tell them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from faits.api.database import Database
from faits.api.deps import get_db
from faits.api.filters import (
    SOURCE_KEY,
    TARGET_KEY,
    EventFilters,
    Page,
    bad_parameter,
    event_filters,
    pagination,
)
from faits.api.labels import ontology_labels

router = APIRouter(prefix="/api", tags=["aggregates"])

QUADS = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
PAIR_LOW = f"least({SOURCE_KEY}, {TARGET_KEY})"
PAIR_HIGH = f"greatest({SOURCE_KEY}, {TARGET_KEY})"
# Hashed, a story counts with DISTINCT far faster than as a tuple (a collision in 2^64 aside).
STORY = f"hash({PAIR_LOW}, {PAIR_HIGH}, e.cameo_root, e.date_start)"
MAX_BUCKETS = 5000
Filters = Annotated[EventFilters, Depends(event_filters)]
Db = Annotated[Database, Depends(get_db)]
Level = Annotated[
    Literal["country", "code"],
    Query(description="Group actors by country (RUS) or by full code (RUSGOV)."),
]


def _and(where_sql: str, clause: str) -> str:
    return f"{where_sql} AND {clause}" if where_sql else f" WHERE {clause}"


@router.get(
    "/actors", summary="Top actors by number of events, as source and as target", tags=["actors"]
)
def actors(
    filters: Filters, page: Annotated[Page, Depends(pagination)], db: Db, level: Level = "code"
) -> dict[str, Any]:
    where = filters.where()
    source = SOURCE_KEY if level == "country" else "e.source_code"
    target = TARGET_KEY if level == "country" else "e.target_code"
    sides = (
        f"SELECT {source} AS code, e.record->>'$.source.name' AS name, 1 AS as_source, "
        f"e.quad_class, e.goldstein FROM events e{_and(where.sql(), 'e.source_code IS NOT NULL')} "
        f"UNION ALL SELECT {target}, e.record->>'$.target.name', 0, e.quad_class, e.goldstein "
        f"FROM events e{_and(where.sql(), 'e.target_code IS NOT NULL')}"
    )
    params = [*where.params, *where.params]
    total = db.one(f"SELECT count(DISTINCT code) AS n FROM ({sides})", params)
    rows = db.rows(
        f"SELECT code, mode(name) AS name, count(*) AS events, sum(as_source)::INTEGER AS as_source, "
        f"count(*) - sum(as_source)::INTEGER AS as_target, "
        f"{QUADS.replace('e.quad_class', 'quad_class')}, round(sum(goldstein), 2) AS goldstein "
        f"FROM ({sides}) e GROUP BY code ORDER BY events DESC, code LIMIT ? OFFSET ?",
        [*params, page.page_size, page.offset],
    )
    return page.envelope(total["n"] if total else 0, rows)


@router.get("/dyads", summary="Pairs of actors by number of events, with quad-class counts")
def dyads(filters: Filters, page: Annotated[Page, Depends(pagination)], db: Db) -> dict[str, Any]:
    where = filters.where()
    where.add("e.source_code IS NOT NULL AND e.target_code IS NOT NULL")
    where.add(f"{SOURCE_KEY} <> {TARGET_KEY}")
    # Stories first (one row per pair, root and day), then pairs: cheaper than DISTINCT.
    stories = (
        f"SELECT {PAIR_LOW} AS a, {PAIR_HIGH} AS b, count(*) AS events, {QUADS}, "
        f"sum(e.goldstein) AS goldstein FROM events e{where.sql()} "
        "GROUP BY a, b, e.cameo_root, e.date_start"
    )
    rows = db.rows(
        "SELECT a || '-' || b AS dyad, a, b, sum(events)::BIGINT AS events, "
        + ", ".join(f"sum(q{q})::BIGINT AS q{q}" for q in (1, 2, 3, 4))
        + ", round(sum(goldstein), 2) AS goldstein, count(*) AS stories, "
        f"count(*) OVER () AS total FROM ({stories}) GROUP BY a, b "
        "ORDER BY events DESC, a, b LIMIT ? OFFSET ?",
        [*where.params, page.page_size, page.offset],
    )
    total = rows[0]["total"] if rows else 0
    for row in rows:
        row.pop("total")
    return page.envelope(total, rows)


def _periods(first: date, last: date, interval: str) -> list[date]:
    periods: list[date] = []
    current = first
    while current <= last and len(periods) <= MAX_BUCKETS:
        periods.append(current)
        if interval == "day":
            current += timedelta(days=1)
        elif interval == "week":
            current += timedelta(weeks=1)
        else:
            year, month = divmod(current.month, 12)
            current = date(current.year + year, month + 1, 1)
    return periods


@router.get(
    "/dyads/timeline",
    summary="Events per day, week or month: counts by quad class, Goldstein sum, stories",
)
def timeline(
    filters: Filters,
    db: Db,
    interval: Annotated[Literal["day", "week", "month"], Query()] = "month",
) -> dict[str, Any]:
    where = filters.where()
    where.add("e.date_start IS NOT NULL")
    rows = db.rows(
        f"SELECT date_trunc('{interval}', e.date_start)::DATE AS period, count(*) AS events, "
        f"{QUADS}, round(sum(e.goldstein), 2) AS goldstein, count(DISTINCT {STORY}) AS stories "
        f"FROM events e{where.sql()} GROUP BY period ORDER BY period",
        where.params,
    )
    buckets = []
    if rows:
        periods = _periods(rows[0]["period"], rows[-1]["period"], interval)
        if len(periods) > MAX_BUCKETS:
            raise bad_parameter(
                "interval", f"more than {MAX_BUCKETS} periods: use a longer interval or dates"
            )
        found = {row["period"]: row for row in rows}
        empty = {"events": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "goldstein": 0.0, "stories": 0}
        for period in periods:
            row = found.get(period, empty)
            counts = {key: value for key, value in row.items() if key != "period"}
            buckets.append({"period": period.isoformat(), **counts})
    return {"dyad": filters.dyad, "interval": interval, "buckets": buckets}


@router.get("/network", summary="Actors as nodes, edges weighted by events per quad class")
def network(
    filters: Filters,
    db: Db,
    level: Level = "country",
    nodes: Annotated[int, Query(ge=2, le=200, description="At most this many actors.")] = 40,
) -> dict[str, Any]:
    where = filters.where()
    where.add("e.source_code IS NOT NULL AND e.target_code IS NOT NULL")
    source = SOURCE_KEY if level == "country" else "e.source_code"
    target = TARGET_KEY if level == "country" else "e.target_code"
    where.add(f"{source} <> {target}")
    edges = db.rows(
        f"SELECT {source} AS source, {target} AS target, count(*) AS weight, {QUADS}, "
        f"round(sum(e.goldstein), 2) AS goldstein FROM events e{where.sql()} "
        "GROUP BY 1, 2 ORDER BY weight DESC, 1, 2 LIMIT 5000",
        where.params,
    )
    degree: dict[str, int] = {}
    for edge in edges:
        for end in (edge["source"], edge["target"]):
            degree[end] = degree.get(end, 0) + edge["weight"]
    kept = sorted(degree, key=lambda code: (-degree[code], code))[:nodes]
    keep = set(kept)
    return {
        "level": level,
        "nodes": [{"id": code, "events": degree[code]} for code in kept],
        "edges": [e for e in edges if e["source"] in keep and e["target"] in keep],
    }


@router.get("/places", summary="Event counts per place, with coordinates, for the map")
def places(
    filters: Filters,
    db: Db,
    limit: Annotated[int, Query(ge=1, le=2000, description="At most this many places.")] = 500,
) -> dict[str, Any]:
    where = filters.where()
    where.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    rows = db.rows(
        "SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon, "
        f"count(*) AS events, {QUADS}, round(sum(e.goldstein), 2) AS goldstein "
        f"FROM events e{where.sql()} GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name LIMIT ?",
        [*where.params, limit],
    )
    return {"items": rows}


@router.get("/stats", summary="What the database holds")
def stats(db: Db) -> dict[str, Any]:
    counts = {
        table: db.one(f"SELECT count(*) AS n FROM {table}")["n"]  # type: ignore[index]
        for table in ("articles", "sentences", "mentions", "events", "quotes")
    }
    span = db.one("SELECT min(date_start) AS first, max(date_start) AS last FROM events")
    return {
        "counts": counts,
        "events_first": span["first"].isoformat() if span and span["first"] else None,
        "events_last": span["last"].isoformat() if span and span["last"] else None,
        "quad_classes": db.rows(
            "SELECT quad_class, count(*) AS events FROM events GROUP BY 1 ORDER BY 1"
        ),
        "roots": db.rows(
            "SELECT cameo_root AS root, count(*) AS events FROM events GROUP BY 1 ORDER BY 1"
        ),
        "statuses": db.rows(
            "SELECT status, count(*) AS articles FROM articles GROUP BY 1 ORDER BY 1"
        ),
        "sites": db.rows(
            "SELECT site, count(*) AS articles FROM articles GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20"
        ),
    }


@router.get("/labels", summary="CAMEO code and root labels in each language the ontology has")
def labels() -> dict[str, Any]:
    return ontology_labels()
