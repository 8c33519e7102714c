"""The most frequent actor mentions that no lexicon entry resolved, to guide lexicon work.

Reads the store's ``mentions`` table (one row per actor, place or time mention; ``resolved``
is NULL when nothing resolved the mention). Takes an open DuckDB connection so the command
line, the API and tests share one query.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

QUERY = """
    SELECT text, count(*) AS mentions, count(DISTINCT article_id) AS articles,
           min(article_id) AS example_article
    FROM mentions
    WHERE kind = 'actor' AND resolved IS NULL
    GROUP BY text
    ORDER BY mentions DESC, articles DESC, text
    LIMIT ?
"""


@dataclass(frozen=True)
class UnresolvedActor:
    text: str
    mentions: int
    articles: int
    example_article: str


def unresolved_actors(con: duckdb.DuckDBPyConnection, limit: int = 50) -> list[UnresolvedActor]:
    """Unresolved actor mention texts, most frequent first (ties: most articles, then text)."""
    rows = con.execute(QUERY, [limit]).fetchall()
    return [UnresolvedActor(*row) for row in rows]
