import json

import duckdb
from typer.testing import CliRunner

from faits.actors.unresolved import unresolved_actors

MENTIONS = [
    ("a1", "actor", "Carl Vinson", None),
    ("a2", "actor", "Carl Vinson", None),
    ("a2", "actor", "Carl Vinson", None),
    ("a1", "actor", "Avic", None),
    ("a1", "actor", "Moscou", {"code": "RUSGOV", "name": "Russie"}),
    ("a1", "place", "Hanoï", None),
]


def make_table(con):
    con.execute(
        "CREATE TABLE mentions (article_id VARCHAR, kind VARCHAR, text VARCHAR, start INTEGER, "
        '"end" INTEGER, resolved JSON, sentence_index INTEGER, rule VARCHAR)'
    )
    for n, (article, kind, text, resolved) in enumerate(MENTIONS):
        con.execute(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, 0, NULL)",
            [article, kind, text, n, n + 1, json.dumps(resolved) if resolved else None],
        )


def test_most_frequent_unresolved_actor_mentions_first():
    con = duckdb.connect()
    make_table(con)
    rows = unresolved_actors(con, limit=10)
    assert [(r.text, r.mentions, r.articles) for r in rows] == [
        ("Carl Vinson", 3, 2),
        ("Avic", 1, 1),
    ]
    assert unresolved_actors(con, limit=1)[0].example_article == "a1"


def test_command_lists_them(tmp_path):
    from faits.cli.main import app

    path = tmp_path / "t.duckdb"
    con = duckdb.connect(str(path))
    make_table(con)
    con.close()
    result = CliRunner().invoke(app, ["actors", "--unresolved", "--db", str(path), "--limit", "5"])
    assert result.exit_code == 0, result.output
    assert "Carl Vinson" in result.output and "Moscou" not in result.output


def test_command_without_database_fails(tmp_path):
    from faits.cli.main import app

    result = CliRunner().invoke(app, ["actors", "--unresolved", "--db", str(tmp_path / "no.db")])
    assert result.exit_code == 1


def test_command_needs_the_unresolved_flag():
    from faits.cli.main import app

    assert CliRunner().invoke(app, ["actors"]).exit_code == 2
