"""``POST /api/articles``: refused without the server's token, idempotent with it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from faits.api import create_app

TOKEN = "s3cret-token-for-tests"
ARTICLE = {
    "id": "api-test-1",
    "title": "Rencontre à Moscou",
    "published": "2017-09-29",
    "text": "Le ministre russe des Affaires étrangères a rencontré vendredi à Moscou son "
    "homologue nord-coréen.\nLes deux pays ont appelé au dialogue.",
}


@pytest.fixture
def writer(tmp_path):
    with TestClient(create_app(tmp_path / "new.duckdb", token=TOKEN)) as test_client:
        yield test_client


def test_read_only_server_refuses_ingest(client):
    response = client.post("/api/articles", json={"articles": [ARTICLE]})
    assert response.status_code == 401
    assert "--token" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": TOKEN},
        {"Authorization": f"Basic {TOKEN}"},
    ],
)
def test_missing_or_wrong_token_is_401(writer, headers):
    response = writer.post("/api/articles", json={"articles": [ARTICLE]}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"articles": []},
        {"articles": [{"title": "sans texte"}]},
        {"articles": "text"},
        {"articles": [ARTICLE] * 101},
    ],
)
def test_bad_bodies_are_422(writer, body):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writer.post("/api/articles", json=body, headers=auth).status_code == 422


@pytest.mark.slow
def test_ingest_with_token_codes_and_stores_once(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = writer.post("/api/articles", json={"articles": [ARTICLE]}, headers=auth)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["coded"] == 1 and body["article_ids"] == ["api-test-1"]
    stored = writer.get("/api/articles/api-test-1").json()["article"]
    assert stored["title"] == "Rencontre à Moscou"
    assert stored["text"].startswith("Le ministre russe")
    again = writer.post("/api/articles", json={"articles": [ARTICLE]}, headers=auth).json()
    assert again["unchanged"] == 1 and again["coded"] == 0
    assert writer.get("/api/articles").json()["total"] == 1
