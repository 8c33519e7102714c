"""One event, many mentions: merge coded events across articles, and aggregate dyads.

Events are merged on (source, target, code family, date, place country); the family is the
code's first three digits, or its root for two-digit codes. Like GDELT's NumArticles and
NumSources, a merged event says how many stories and how many distinct sites carried it,
where a story is a near-duplicate cluster (``articles.cluster_id``): ten reposts of one
dispatch are one story from ten sources, not ten events.

Everything is SQL over the store's DuckDB tables ``events`` and ``articles``; the functions
take a connection and return plain rows (dicts), so the command line and the API can share
them.
"""

from __future__ import annotations

from typing import Any

import duckdb

PERIODS = {"day": "day", "week": "week", "month": "month"}

# Every event with its story (cluster, or the article alone) and site; filters go in WHERE.
_EVENTS = """
    SELECT e.event_id, e.article_id, e.source_code, e.target_code, e.cameo,
           substr(e.cameo, 1, 3) AS cameo_family, e.quad_class, e.goldstein, e.date,
           e.location_country,
           coalesce(a.cluster_id, a.article_id) AS story,
           coalesce(a.site, a.cluster_id, a.article_id) AS site
    FROM events e JOIN articles a ON a.article_id = e.article_id
    WHERE {where}
"""
# The merge key; a story's repeated mention of one event counts once.
_KEY = "source_code, target_code, cameo_family, date, location_country"
_ONCE_PER_STORY = f"""
    SELECT DISTINCT ON (story, {_KEY}) *
    FROM scoped
    ORDER BY story, {_KEY}, event_id
"""


def _filters(
    actor: str | None, since: str | None, until: str | None, code: str | None = None
) -> tuple[str, list[Any]]:
    clauses, params = ["TRUE"], []
    if actor:
        clauses.append("(e.source_code LIKE ? OR e.target_code LIKE ?)")
        params += [f"{actor}%", f"{actor}%"]
    if since:
        clauses.append("e.date >= ?")
        params.append(since)
    if until:
        clauses.append("e.date <= ?")
        params.append(until)
    if code:
        clauses.append("e.cameo LIKE ?")
        params.append(f"{code}%")
    return " AND ".join(clauses), params


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def merged_events(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    code: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Merged events, most reported first: the key, the most frequent code, the mean
    Goldstein score, and ``num_mentions`` (event rows), ``num_articles`` (stories) and
    ``num_sources`` (distinct sites), with the ids of the events merged."""
    where, params = _filters(actor, since, until, code)
    sql = f"""
        WITH scoped AS ({_EVENTS.format(where=where)})
        SELECT substr(md5(concat_ws('|', coalesce(source_code, ''), coalesce(target_code, ''),
                      cameo_family, coalesce(date, ''), coalesce(location_country, ''))), 1, 16)
                   AS merged_id,
               {_KEY},
               mode(cameo) AS cameo,
               mode(quad_class) AS quad_class,
               round(avg(goldstein), 2) AS goldstein,
               count(*) AS num_mentions,
               count(DISTINCT story) AS num_articles,
               count(DISTINCT site) AS num_sources,
               list(event_id ORDER BY event_id) AS event_ids
        FROM scoped
        GROUP BY {_KEY}
        ORDER BY num_articles DESC, num_sources DESC, date, merged_id
        {"LIMIT " + str(int(limit)) if limit else ""}
    """
    return _rows(con, sql, params)


def dyad_counts(
    con: duckdb.DuckDBPyConnection,
    *,
    period: str = "day",
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Per (source, target) dyad and day, week or month: event count (each story's event
    once), Goldstein sum and mean, counts per quad class, stories and sources. Events
    without a full date are left out."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    where, params = _filters(actor, since, until)
    sql = f"""
        WITH scoped AS ({_EVENTS.format(where=where)}),
             once AS ({_ONCE_PER_STORY}),
             dated AS (
                 SELECT *, date_trunc('{PERIODS[period]}', try_cast(date AS DATE)) AS day
                 FROM once
             )
        SELECT source_code, target_code, strftime(day, '%Y-%m-%d') AS period,
               count(*) AS events,
               round(sum(goldstein), 2) AS goldstein_sum,
               round(avg(goldstein), 2) AS goldstein_mean,
               count(*) FILTER (WHERE quad_class = 1) AS quad1,
               count(*) FILTER (WHERE quad_class = 2) AS quad2,
               count(*) FILTER (WHERE quad_class = 3) AS quad3,
               count(*) FILTER (WHERE quad_class = 4) AS quad4,
               count(DISTINCT story) AS num_articles,
               count(DISTINCT site) AS num_sources
        FROM dated
        WHERE day IS NOT NULL
        GROUP BY source_code, target_code, day
        ORDER BY day, events DESC, source_code, target_code
        {"LIMIT " + str(int(limit)) if limit else ""}
    """
    return _rows(con, sql, params)
