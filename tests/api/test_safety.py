"""Safe defaults: security headers, no CORS unless asked, limits, no file access, read-only."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from faits.api import create_app
from faits.api.database import Database, DatabaseUnavailable, QueryTimeout


def test_every_response_has_a_content_security_policy(client):
    for path in ("/", "/api/stats", "/static/app.js", "/api/events/none"):
        response = client.get(path)
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"


def test_no_cors_unless_asked(client, sample_db):
    origin = {"Origin": "https://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/api/stats", headers=origin).headers
    with TestClient(
        create_app(sample_db, cors_origins=["https://elsewhere.example"])
    ) as open_client:
        allowed = open_client.get("/api/stats", headers=origin).headers
        assert allowed["access-control-allow-origin"] == "https://elsewhere.example"


def test_static_files_do_not_escape_their_folder(client):
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"):
        assert client.get(path).status_code == 404


def test_the_interface_and_openapi_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "https://" not in page.text
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/dyads/timeline" in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200


def test_static_assets_name_no_outside_host():
    static = Path(__file__).resolve().parents[2] / "faits" / "api" / "static"
    for asset in static.glob("*.*"):
        if asset.suffix in (".js", ".html", ".css"):
            text = asset.read_text(encoding="utf-8").replace("http://www.w3.org/2000/svg", "")
            assert "http://" not in text and "https://" not in text, asset.name


def test_read_only_by_default(sample_db):
    database = Database(sample_db)
    try:
        with pytest.raises(duckdb.Error):
            database.rows("DELETE FROM events")
    finally:
        database.close()


def test_missing_or_foreign_database_is_refused(tmp_path):
    with pytest.raises(DatabaseUnavailable, match="no such database"):
        create_app(tmp_path / "absent.duckdb")
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(DatabaseUnavailable, match="not a faits database"):
        create_app(other)


def test_queries_past_a_tiny_limit_are_still_interrupted(sample_db):
    database = Database(sample_db, timeout=0.000001)
    try:
        with pytest.raises(QueryTimeout):
            database.rows("SELECT count(*) FROM range(10000000000) a")
    finally:
        database.close()


def test_slow_queries_are_interrupted(sample_db):
    database = Database(sample_db, timeout=0.2)
    try:
        with pytest.raises(QueryTimeout):
            database.rows("SELECT count(*) FROM range(10000000000) a")
    finally:
        database.close()


def test_timeouts_become_503(sample_db, monkeypatch):
    app = create_app(sample_db)

    def too_slow(*args, **kwargs):
        raise QueryTimeout("query took longer than 5 s")

    monkeypatch.setattr(app.state.db, "rows", too_slow)
    with TestClient(app) as slow:
        response = slow.get("/api/events?q=Moscou")
    assert response.status_code == 503
    assert "narrow the filters" in response.json()["detail"]
