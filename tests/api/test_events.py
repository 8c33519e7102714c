"""The event endpoints on the hand-coded sample: filters, pagination, evidence, bad parameters."""

from __future__ import annotations

import pytest

MEETING = "moscou-2017-09-29-e0"


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["event_id"] for item in response.json()["items"]]


def test_events_are_contract_records_newest_first(client):
    body = client.get("/api/events").json()
    assert body["total"] == 14
    assert body["page"] == 1 and body["page_size"] == 50
    dates = [e["date"] for e in body["items"]]
    assert dates[0] == "2019-02-18" and dates[-1] == "2017-09-28"
    first = body["items"][0]
    assert first["schema_version"] == 1
    assert {"event_id", "sentence", "trigger", "source", "target", "cameo", "rule"} <= set(first)


def test_dyad_matches_both_directions_unless_directed(client):
    assert set(ids(client.get("/api/events?dyad=RUS-PRK"))) == {
        MEETING,
        "moscou-2017-09-29-e1",
        "moscou-2018-04-10-e0",
    }
    assert ids(client.get("/api/events?dyad=PRK-RUS&directed=true")) == []
    assert len(ids(client.get("/api/events?dyad=prk-rus"))) == 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("actor=JPN", {"tokyo-2018-01-15-e0", "tokyo-2018-01-15-e1"}),
        ("source=CHN", {"pyongyang-2017-11-20-e0", "pyongyang-2017-11-20-e1"}),
        ("target=USA", {"moscou-2018-04-10-e1"}),
        ("cameo=04&country=RUS", {MEETING, "moscou-2017-09-29-e1", "moscou-2018-04-10-e0"}),
        ("root=19", {"tokyo-2018-01-15-e0"}),
        ("quad_class=3", {"moscou-2017-09-29-e2", "tokyo-2018-01-15-e1", "tokyo-2018-01-15-e2"}),
        ("since=2019-01-01", {"hanoi-2019-02-19-e0", "hanoi-2019-02-19-e1", "hanoi-2019-02-19-e2"}),
        (
            "since=2017-11-01&until=2017-11-30",
            {"pyongyang-2017-11-20-e0", "pyongyang-2017-11-20-e1"},
        ),
        ("place=hano", {"hanoi-2019-02-19-e1"}),
        ("modality=hypothetical", {"hanoi-2019-02-19-e0"}),
        ("modality=negated", {"tokyo-2018-01-15-e2"}),
        ("q=Burmistrov", {MEETING}),
        ("q=100%25", set()),
        (
            "article=pyongyang-2017-11-20&quad_class=1",
            {"pyongyang-2017-11-20-e0", "pyongyang-2017-11-20-e1"},
        ),
    ],
)
def test_filters(client, query, expected):
    assert set(ids(client.get(f"/api/events?{query}"))) == expected


def test_asserted_excludes_every_modality(client):
    asserted = set(ids(client.get("/api/events?modality=asserted")))
    assert len(asserted) == 14 - 3
    assert "hanoi-2019-02-19-e1" not in asserted


def test_pages_cover_everything_once(client):
    seen = []
    for number in (1, 2, 3):
        body = client.get(f"/api/events?page={number}&page_size=5&sort=date").json()
        assert body["total"] == 14
        seen += [e["event_id"] for e in body["items"]]
    assert len(seen) == len(set(seen)) == 14
    assert seen[0] == "moscou-2017-09-29-e2"


def test_sort_by_goldstein(client):
    items = client.get("/api/events?sort=goldstein").json()["items"]
    scores = [e["goldstein"] for e in items]
    assert scores == sorted(scores)


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page_size=201", "page_size"),
        ("page=0", "page"),
        ("quad_class=5", "quad_class"),
        ("cameo=abc", "cameo"),
        ("root=21", "root"),
        ("since=2019-13-01", "since"),
        ("since=2019-02-01&until=2019-01-01", "until"),
        ("dyad=RUSPRK", "dyad"),
        ("actor=R'--", "actor"),
        ("modality=maybe", "modality"),
        ("sort=random", "sort"),
        ("country=RUSS", "country"),
        ("q=" + "x" * 201, "q"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(client, query, parameter):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422
    locations = [d["loc"][-1] for d in response.json()["detail"]]
    assert parameter in locations


def test_one_event_with_its_evidence(client):
    body = client.get(f"/api/events/{MEETING}").json()
    event, sentence = body["event"], body["sentence"]
    assert event["source"]["text"] == "Oleg Burmistrov"
    assert sentence["text"].startswith("Oleg Burmistrov, ambassadeur")
    roles = {h["role"]: h["text"] for h in body["highlights"]}
    assert roles == {
        "source": "Oleg Burmistrov",
        "target": "Choe Son-hui",
        "trigger": "a rencontré",
        "time": "vendredi",
        "place": "Moscou",
    }
    article = client.get(f"/api/articles/{event['article_id']}").json()["article"]["text"]
    for span in body["highlights"]:
        assert article[span["start"] : span["end"]] == span["text"]
    assert body["article"]["title"] == "Un haut diplomate nord-coréen reçu à Moscou"
    explanation = body["explanation"]
    assert explanation["rule_file"] == "fr/events/04.yaml"
    assert explanation["rule_entry"] == "rencontrer"
    assert explanation["cameo_labels"]["en"].lower().startswith("consult")
    assert explanation["cameo_labels"]["fr"]


def test_event_attribution_and_quote_are_shown(client):
    body = client.get("/api/events/hanoi-2019-02-19-e0").json()
    assert {"role": "attribution", "text": "selon CNN"} in [
        {"role": h["role"], "text": h["text"]} for h in body["highlights"]
    ]
    reported = client.get("/api/events/moscou-2017-09-29-e2").json()
    assert reported["quote"] is None
    assert reported["event"]["attribution"]["name"] == "RIA Novosti"
    quoted = client.get("/api/events/moscou-2017-09-29-e3").json()
    assert quoted["quote"]["text"] == "Nous voulons une solution pacifique"
    assert quoted["quote"]["speaker"]["code"] == "RUSGOV"


def test_unknown_event_is_404(client):
    response = client.get("/api/events/nothing-here")
    assert response.status_code == 404
    assert "nothing-here" in response.json()["detail"]


def test_merged_events_count_mentions_and_stories(client):
    items = client.get("/api/events/merged?actor=RUS&cameo=04").json()["items"]
    meeting = next(m for m in items if m["date"] == "2017-09-29")
    assert (meeting["source_code"], meeting["target_code"]) == ("RUSGOV", "PRKGOV")
    assert meeting["num_mentions"] == 2 and meeting["num_articles"] == 1
    assert sorted(meeting["event_ids"]) == [MEETING, "moscou-2017-09-29-e1"]


@pytest.mark.parametrize("query", ["limit=0", "cameo=x", "since=2019-02-01&until=2019-01-01"])
def test_merged_events_bad_parameters(client, query):
    assert client.get(f"/api/events/merged?{query}").status_code == 422
