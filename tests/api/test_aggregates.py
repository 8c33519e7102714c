"""Actors, dyads and their timeline, the network, places, stats and labels."""

from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient

from faits.api import create_app
from tests.api.synthetic import build_sample


def test_top_actors_count_both_sides(client):
    body = client.get("/api/actors").json()
    by_code = {a["code"]: a for a in body["items"]}
    prk = by_code["PRKGOV"]
    assert body["items"][0]["code"] == "PRKGOV"
    assert (prk["as_source"], prk["as_target"]) == (1, 8)
    assert prk["events"] == prk["q1"] + prk["q2"] + prk["q3"] + prk["q4"]
    assert by_code["RUSGOV"]["name"] == "Russie"


def test_actors_at_country_level_merge_roles(client):
    items = client.get("/api/actors?level=country").json()["items"]
    prk = next(a for a in items if a["code"] == "PRK")
    assert prk["events"] == 10  # PRKGOV (9) and PRKMIL (1)


def test_actors_follow_event_filters(client):
    items = client.get("/api/actors?quad_class=4").json()["items"]
    assert {a["code"] for a in items} == {"PRKMIL", "JPNGOV"}


def test_dyads_are_unordered_country_pairs(client):
    items = client.get("/api/dyads").json()["items"]
    pairs = {d["dyad"]: d for d in items}
    assert pairs["PRK-RUS"]["events"] == 3
    assert pairs["PRK-RUS"]["q1"] == 3
    # Two sentences tell the 29 September meeting: one merged story that day.
    assert pairs["PRK-RUS"]["stories"] == 2
    assert pairs["JPN-PRK"]["q3"] == 1 and pairs["JPN-PRK"]["q4"] == 1


def test_dyad_timeline_by_month_fills_gaps(client):
    body = client.get("/api/dyads/timeline?dyad=RUS-PRK&interval=month").json()
    periods = [b["period"] for b in body["buckets"]]
    assert periods[0] == "2017-09-01" and periods[-1] == "2018-04-01"
    assert len(periods) == 8
    first = body["buckets"][0]
    assert (first["events"], first["q1"], first["stories"]) == (2, 2, 1)
    assert first["goldstein"] == pytest.approx(2.0)
    assert body["buckets"][1]["events"] == 0


def test_timeline_by_day_and_week(client):
    days = client.get("/api/dyads/timeline?dyad=JPN-PRK&interval=day").json()["buckets"]
    assert [d["period"] for d in days] == ["2018-01-14", "2018-01-15"]
    weeks = client.get("/api/dyads/timeline?dyad=JPN-PRK&interval=week").json()["buckets"]
    assert [w["period"] for w in weeks] == ["2018-01-08", "2018-01-15"]
    assert weeks[0]["q4"] == 1 and weeks[1]["q3"] == 1


def test_timeline_of_an_absent_dyad_is_empty(client):
    assert client.get("/api/dyads/timeline?dyad=FRA-DEU").json()["buckets"] == []


@pytest.mark.parametrize(
    "query", ["interval=year", "dyad=R-P", "since=2019-01-02&until=2019-01-01"]
)
def test_timeline_bad_parameters(client, query):
    assert client.get(f"/api/dyads/timeline?{query}").status_code == 422


def test_network_edges_are_weighted_by_quad_class(client):
    body = client.get("/api/network").json()
    nodes = {n["id"]: n["events"] for n in body["nodes"]}
    assert nodes["PRK"] == max(nodes.values())
    edge = next(e for e in body["edges"] if (e["source"], e["target"]) == ("RUS", "PRK"))
    assert edge["weight"] == 3 and edge["q1"] == 3
    assert all(e["source"] in nodes and e["target"] in nodes for e in body["edges"])


def test_network_keeps_the_busiest_nodes(client):
    body = client.get("/api/network?nodes=2").json()
    assert [n["id"] for n in body["nodes"]] == ["PRK", "RUS"]
    assert client.get("/api/network?nodes=1").status_code == 422


def test_places_for_the_map(client):
    items = client.get("/api/places").json()["items"]
    moscow = next(p for p in items if p["name"] == "Moscou")
    assert moscow["country"] == "RUS" and moscow["events"] == 3
    assert moscow["lat"] == pytest.approx(55.75, abs=0.01)
    assert client.get("/api/places?dyad=JPN-PRK").json()["items"][0]["name"] == "Tokyo"
    assert client.get("/api/places?limit=0").status_code == 422


def test_stats(client):
    body = client.get("/api/stats").json()
    assert body["counts"]["events"] == 14 and body["counts"]["articles"] == 5
    assert body["events_first"] == "2017-09-28" and body["events_last"] == "2019-02-18"
    assert sum(q["events"] for q in body["quad_classes"]) == 14


def test_labels_in_french_and_english(client):
    body = client.get("/api/labels").json()
    assert {"en", "fr"} <= set(body["languages"])
    assert body["roots"]["04"]["quad_class"] == 1
    assert body["cameo"]["040"]["en"]
    assert body["cameo"]["195"]["fr"]  # borrowed from its root when the code has none


def test_transnational_actors_stay_apart(tmp_path):
    path = build_sample(tmp_path / "igo.duckdb")
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO events (event_id, article_id, cameo, cameo_root, quad_class, goldstein, "
        "source_code, source_country, target_code, target_country, record) VALUES "
        "('un', 'x', '040', '04', 1, 1.0, 'IGOUNO', 'IGO', 'USAGOV', 'USA', '{}'), "
        "('g20', 'x', '040', '04', 1, 1.0, 'IGOG20', 'IGO', 'USAGOV', 'USA', '{}')"
    )
    con.close()
    with TestClient(create_app(path)) as igo_client:
        dyads = {d["dyad"] for d in igo_client.get("/api/dyads").json()["items"]}
        nodes = {n["id"] for n in igo_client.get("/api/network").json()["nodes"]}
    assert {"IGOUNO-USA", "IGOG20-USA"} <= dyads
    assert {"IGOUNO", "IGOG20"} <= nodes and "IGO" not in nodes
