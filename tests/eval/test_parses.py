"""The gold texts' parse cache: same scores from a cached parse, never a stale one."""

from __future__ import annotations

import json
import os

from typer.testing import CliRunner

from faits.cli.main import app
from faits.eval.parses import ParseCache
from faits.eval.system import PARSE_CACHE_VARIABLE
from tests.eval.conftest import DATA

TEXT = "Le Premier ministre japonais a rencontré mardi le président sud-coréen à Séoul."

runner = CliRunner()


def _tokens(doc):
    return [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_a_cached_parse_is_the_parse_it_stored(tmp_path, fr_models):
    cache = ParseCache(tmp_path, fr_models.nlp)
    (first,) = cache.parse([TEXT])
    assert [p.suffix for p in tmp_path.iterdir()] == [".parse"]
    (second,) = ParseCache(tmp_path, fr_models.nlp).parse([TEXT])
    assert second.text == TEXT
    assert _tokens(second) == _tokens(first)
    assert [s.text for s in second.sents] == [s.text for s in first.sents]


def test_another_parser_or_text_never_reads_a_stored_parse(tmp_path, fr_models, monkeypatch):
    cache = ParseCache(tmp_path, fr_models.nlp)
    list(cache.parse([TEXT]))
    assert cache.read(TEXT + " ") is None
    monkeypatch.setattr("faits.eval.parses.parser_fingerprint", lambda nlp: "another parser")
    assert ParseCache(tmp_path, fr_models.nlp).read(TEXT) is None


def test_eval_scores_the_same_with_and_without_the_cache(tmp_path, monkeypatch):
    monkeypatch.delenv(PARSE_CACHE_VARIABLE, raising=False)
    gold = str(DATA / "gold_small.jsonl")
    plain = runner.invoke(app, ["eval", "jsonl", gold, "--json"])
    cached = [
        runner.invoke(app, ["eval", "jsonl", gold, "--json", "--parse-cache", str(tmp_path)])
        for _ in range(2)
    ]
    os.environ.pop(PARSE_CACHE_VARIABLE, None)
    assert plain.exit_code == 0, plain.output
    scores = [json.loads(r.stdout)["scores"] for r in (plain, *cached)]
    assert scores[0] == scores[1] == scores[2]
    assert any(tmp_path.glob("*.parse"))
