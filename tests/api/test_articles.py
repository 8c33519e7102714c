"""Articles (list and reader spans) and quotes."""

from __future__ import annotations

import pytest


def test_article_list_newest_first_without_text(client):
    body = client.get("/api/articles").json()
    assert body["total"] == 5
    first = body["items"][0]
    assert first["article_id"] == "hanoi-2019-02-19"
    assert "text" not in first
    moscow = next(a for a in body["items"] if a["article_id"] == "moscou-2017-09-29")
    assert (moscow["events"], moscow["quotes"]) == (4, 1)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=moscou", {"moscou-2017-09-29"}),
        ("site=Le Courrier de l'Est", {"moscou-2017-09-29", "moscou-2018-04-10"}),
        ("since=2018-01-01&until=2018-12-31", {"tokyo-2018-01-15", "moscou-2018-04-10"}),
        ("status=skipped", set()),
    ],
)
def test_article_filters(client, query, expected):
    items = client.get(f"/api/articles?{query}").json()["items"]
    assert {a["article_id"] for a in items} == expected


@pytest.mark.parametrize(
    "query", ["status=lost", "page_size=0", "since=2019-02-01&until=2018-01-01"]
)
def test_article_bad_parameters(client, query):
    assert client.get(f"/api/articles?{query}").status_code == 422


def test_reader_spans_point_into_the_clean_text(client):
    body = client.get("/api/articles/moscou-2017-09-29").json()
    text = body["article"]["text"]
    kinds = {}
    for span in body["spans"]:
        assert text[span["start"] : span["end"]] == span["text"]
        kinds.setdefault(span["kind"], []).append(span["text"])
    assert "Oleg Burmistrov" in kinds["actor"]
    assert "a rencontré" in kinds["trigger"]
    assert "vendredi" in kinds["time"]
    assert "Moscou" in kinds["place"]
    assert kinds["quote"] == ["Nous voulons une solution pacifique"]
    starts = [s["start"] for s in body["spans"]]
    assert starts == sorted(starts)


def test_reader_trigger_links_to_its_event(client):
    spans = client.get("/api/articles/moscou-2017-09-29").json()["spans"]
    trigger = next(s for s in spans if s["kind"] == "trigger" and s["text"] == "a rencontré")
    assert trigger["event_id"] == "moscou-2017-09-29-e0" and trigger["code"] == "040"


def test_unknown_article_is_404(client):
    assert client.get("/api/articles/none").status_code == 404


def test_quotes_with_their_speaker_and_article(client):
    body = client.get("/api/quotes").json()
    assert body["total"] == 1
    quote = body["items"][0]
    assert quote["text"] == "Nous voulons une solution pacifique"
    assert quote["speaker"]["code"] == "RUSGOV"
    assert quote["title"] == "Un haut diplomate nord-coréen reçu à Moscou"


@pytest.mark.parametrize(
    ("query", "total"),
    [
        ("speaker=RUS", 1),
        ("speaker=USA", 0),
        ("name=ministère", 1),
        ("kind=indirect", 0),
        ("q=pacifique", 1),
        ("since=2018-01-01", 0),
        ("article=moscou-2017-09-29", 1),
    ],
)
def test_quote_filters(client, query, total):
    assert client.get(f"/api/quotes?{query}").json()["total"] == total


@pytest.mark.parametrize("query", ["kind=shouted", "speaker=1", "page_size=500"])
def test_quote_bad_parameters(client, query):
    assert client.get(f"/api/quotes?{query}").status_code == 422
