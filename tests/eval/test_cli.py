"""``faits eval`` end to end with typer's CliRunner."""

from __future__ import annotations

import importlib.util
import json

import pytest
from typer.testing import CliRunner

from faits.cli.main import app

from ..conftest import SHARED
from .conftest import DATA

runner = CliRunner()
EVAL = SHARED / "eval"


@pytest.mark.slow
def test_eval_jsonl_prints_one_json_object():
    result = runner.invoke(app, ["eval", "jsonl", str(DATA / "gold_small.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["format"] == "jsonl"
    assert report["records"] == 5
    assert report["errors"] == []
    assert report["scores"]["events"]["gold"] == 5
    assert set(report["scores"]["times"]) >= {"strict", "relaxed", "value_accuracy"}


@pytest.mark.slow
def test_eval_jsonl_tables_and_errors():
    result = runner.invoke(app, ["eval", "jsonl", str(DATA / "gold_small.jsonl"), "--errors", "2"])
    assert result.exit_code == 0, result.output
    assert "Events (gold 5" in result.stdout
    assert "Times" in result.stdout
    assert "t-05: language not supported: en" in result.stdout


def test_eval_plover_sample():
    result = runner.invoke(app, ["eval", "plover", str(DATA / "plover_sample.txt"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert list(report["scores"]["events"]["levels"]) == ["plover"]
    assert report["scores"]["events"]["gold"] == 4


@pytest.mark.parametrize(
    ("format_name", "path", "records"),
    [
        ("petrarch", EVAL / "petrarch2" / "PETR.UnitTest.records.xml", 281),
        ("universalpetrarch", EVAL / "universalpetrarch" / "PETR2_GSR_validation.xml", 78),
    ],
)
def test_eval_runs_on_the_shared_english_gold(format_name, path, records):
    if not path.exists():
        pytest.skip(f"{path} not present")
    result = runner.invoke(app, ["eval", format_name, str(path), "--json", "--errors", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["records"] == records
    assert report["unsupported"] == records
    assert report["scores"]["events"]["levels"]["root"]["any_actors"]["recall"] == 0.0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("format_name", "path"),
    [
        ("ftib", EVAL / "fr-timebank" / "dev"),
        ("recognizers", EVAL / "recognizers-text-fr-datetime" / "French"),
    ],
)
def test_eval_runs_on_the_shared_time_gold(format_name, path):
    if importlib.util.find_spec(f"faits.eval.{format_name}") is None or not path.exists():
        pytest.skip(f"{format_name} reader or gold not present")
    result = runner.invoke(app, ["eval", format_name, str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["format"] == format_name


def test_unknown_format_is_a_usage_error():
    result = runner.invoke(app, ["eval", "gdelt", str(DATA / "gold_small.jsonl")])
    assert result.exit_code == 2
    assert "unknown gold format 'gdelt'" in result.stderr


def test_malformed_gold_exits_1_naming_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "ok"}\n{"id": "y"}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", "jsonl", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:2" in result.stderr


@pytest.mark.slow
def test_ids_score_a_slice_of_a_jsonl_gold_set():
    result = runner.invoke(
        app, ["eval", "jsonl", str(DATA / "gold_small.jsonl"), "--ids", "t-02..t-03", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["records"] == 2


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["jsonl", str(DATA / "gold_small.jsonl"), "--ids", "t-02"], 2, "FIRST..LAST"),
        (["jsonl", str(DATA / "gold_small.jsonl"), "--ids", "t-90..t-99"], 1, "no record"),
        (["plover", str(DATA / "plover_sample.txt"), "--ids", "a..b"], 1, "jsonl gold only"),
    ],
)
def test_ids_outside_a_jsonl_set_or_not_a_range_are_refused(arguments, code, message):
    result = runner.invoke(app, ["eval", *arguments])
    assert result.exit_code == code
    assert message in result.output
