"""Merged events and dyad aggregates over DuckDB tables shaped like the store's."""

from __future__ import annotations

import duckdb
import pytest

from faits.provenance.merging import dyad_counts, merged_events

ARTICLES = [
    # article_id, site, cluster_id, duplicate_of
    ("a1", "xinhua.net", "a1", None),
    ("a2", "blog.example", "a1", "a1"),  # a repost of a1 on another site
    ("a3", "lemonde.fr", "a3", None),
]
EVENTS = [
    # event_id, article_id, source, target, cameo, root, quad, goldstein, date, country
    ("e1", "a1", "USAGOV", "PRKGOV", "032", "03", 1, 4.5, "2019-02-18", "VNM"),
    ("e2", "a2", "USAGOV", "PRKGOV", "032", "03", 1, 4.5, "2019-02-18", "VNM"),
    ("e3", "a3", "USAGOV", "PRKGOV", "0321", "03", 1, 4.5, "2019-02-18", "VNM"),
    ("e4", "a3", "USAGOV", "PRKGOV", "172", "17", 4, -5.0, "2019-02-20", None),
    ("e5", "a1", "RUSGOV", "CHNGOV", "040", "04", 1, 1.0, "2019-02", None),
]


@pytest.fixture
def con():
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE articles (article_id VARCHAR, site VARCHAR, cluster_id VARCHAR,"
        " duplicate_of VARCHAR)"
    )
    con.execute(
        "CREATE TABLE events (event_id VARCHAR, article_id VARCHAR, source_code VARCHAR,"
        " target_code VARCHAR, cameo VARCHAR, cameo_root VARCHAR, quad_class INTEGER,"
        " goldstein DOUBLE, date VARCHAR, location_country VARCHAR)"
    )
    con.executemany("INSERT INTO articles VALUES (?, ?, ?, ?)", ARTICLES)
    con.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", EVENTS)
    return con


def test_one_event_many_mentions(con):
    merged = merged_events(con)
    top = merged[0]
    assert (top["source_code"], top["target_code"], top["cameo_family"]) == (
        "USAGOV",
        "PRKGOV",
        "032",
    )
    assert top["num_mentions"] == 3
    assert top["num_articles"] == 2  # the repost is the same story
    assert top["num_sources"] == 3
    assert top["event_ids"] == ["e1", "e2", "e3"]
    assert len(merged) == 3


def test_merged_filters(con):
    assert [m["cameo_family"] for m in merged_events(con, actor="RUS")] == ["040"]
    assert [m["cameo_family"] for m in merged_events(con, code="17")] == ["172"]
    assert merged_events(con, since="2019-02-19", until="2019-02-28")[0]["date"] == "2019-02-20"


def test_dyads_per_day_count_a_story_once(con):
    rows = dyad_counts(con, period="day")
    first = rows[0]
    assert (first["source_code"], first["target_code"], first["period"]) == (
        "USAGOV",
        "PRKGOV",
        "2019-02-18",
    )
    assert first["events"] == 2  # a1 and its repost a2 count once, a3 once
    assert first["goldstein_sum"] == 9.0
    assert first["quad1"] == 2 and first["quad4"] == 0
    assert first["num_articles"] == 2
    # month-precision dates cannot be placed on a day
    assert all(r["source_code"] != "RUSGOV" for r in rows)


def test_dyads_per_week(con):
    (row,) = [r for r in dyad_counts(con, period="week") if r["source_code"] == "USAGOV"]
    assert row["period"] == "2019-02-18"
    assert row["events"] == 3
    assert row["goldstein_sum"] == 4.0
    assert (row["quad1"], row["quad4"]) == (2, 1)


def test_unknown_period_is_refused(con):
    with pytest.raises(ValueError):
        dyad_counts(con, period="year")
