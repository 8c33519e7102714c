"""``faits serve``: local by default, a warning for other addresses, clear errors."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from faits.cli.main import app


@pytest.fixture
def served(monkeypatch):
    """Capture what would be passed to uvicorn instead of serving."""
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: calls.append((application, kw)))
    return calls


def test_serves_on_localhost_read_only(served, sample_db):
    result = CliRunner().invoke(app, ["serve", "--db", str(sample_db)])
    assert result.exit_code == 0, result.output
    application, options = served[0]
    assert options["host"] == "127.0.0.1" and options["port"] == 8000
    assert application.state.db.writable is False
    assert "warning" not in result.output


def test_warns_for_other_addresses(served, sample_db):
    result = CliRunner().invoke(app, ["serve", "--db", str(sample_db), "--host", "0.0.0.0"])
    assert result.exit_code == 0
    assert "warning: listening on 0.0.0.0" in result.output
    assert served[0][1]["host"] == "0.0.0.0"


def test_missing_database_exits_1(served, tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "faits ingest" in result.output
    assert not served


def test_short_token_is_a_usage_error(served, tmp_path):
    result = CliRunner().invoke(
        app, ["serve", "--db", str(tmp_path / "w.duckdb"), "--token", "abc"]
    )
    assert result.exit_code == 2 and not served


def test_token_makes_the_server_the_writer(served, tmp_path):
    result = CliRunner().invoke(
        app, ["serve", "--db", str(tmp_path / "w.duckdb"), "--token", "long-enough-token"]
    )
    assert result.exit_code == 0, result.output
    assert served[0][0].state.db.writable is True
    assert "ingest enabled" in result.output
