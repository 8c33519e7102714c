"""Acceptance on the real seeds: the Russian–North Korean meeting in Moscow reaches every view.

Ingests the seed articles with the whole pipeline (so it checks the actors, events, places
and time coders' work together) and follows the issue's path through the API: the table,
the RUS–PRK timeline, the map, and the event page highlighting "Oleg Burmistrov".
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from faits.api import create_app
from faits.cli.main import app
from tests.conftest import SEEDS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SEEDS.exists(), reason=f"no seeds at {SEEDS}"),
]


@pytest.fixture(scope="module")
def seeds_client(tmp_path_factory):
    path = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(SEEDS / "seeds.jsonl"), "--db", str(path)])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(path)) as test_client:
        yield test_client


def test_the_moscow_meeting_is_in_the_table_with_burmistrov_highlighted(seeds_client):
    found = seeds_client.get("/api/events?dyad=RUS-PRK&q=Burmistrov").json()["items"]
    assert found, "no RUS–PRK event in the sentence naming Oleg Burmistrov"
    meeting = next(e for e in found if e["cameo"].startswith("04"))
    assert meeting["date"] == "2017-09-29"
    assert meeting["location"]["country"] == "RUS"
    body = seeds_client.get(f"/api/events/{meeting['event_id']}").json()
    marked = {h["role"]: h["text"] for h in body["highlights"]}
    assert "Oleg Burmistrov" in (marked.get("source"), marked.get("target"))
    assert {"trigger", "time", "place"} <= set(marked)


def test_the_meeting_is_on_the_rus_prk_timeline_and_the_map(seeds_client):
    buckets = seeds_client.get("/api/dyads/timeline?dyad=RUS-PRK&interval=month").json()
    september = next(b for b in buckets["buckets"] if b["period"] == "2017-09-01")
    assert september["q1"] >= 1
    places = seeds_client.get("/api/places?dyad=RUS-PRK").json()["items"]
    moscow = [p for p in places if p["country"] == "RUS"]
    assert moscow and moscow[0]["lat"] == pytest.approx(55.75, abs=0.1)
