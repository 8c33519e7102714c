"""The FTiB and Recognizers-Text scorers: reading the gold, TempEval-style matching, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faits.eval import ftib, recognizers
from tests.conftest import SHARED

TML = """<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DOCID>doc-1</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="1999-05-19" /></DCT>
<TEXT>
Le maire a <EVENT eid="e1">inauguré</EVENT> <TIMEX3 tid="t2" type="DATE" value="1999-05-18">hier</TIMEX3> le pont, <TIMEX3 tid="t3" type="TIME" value="1999-05-18T18:00">vers 18 h</TIMEX3>. Les travaux ont duré <TIMEX3 tid="t4" type="DURATION" value="P2Y">deux ans</TIMEX3>.
</TEXT>
</TimeML>
"""


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "doc-1.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_read_tml_strips_tags_and_keeps_offsets(tmp_path):
    document = ftib.read_tml(_write(tmp_path))
    assert document.dct == "1999-05-19"
    assert [t.text for t in document.timexes] == ["hier", "vers 18 h", "deux ans"]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text
    assert "<EVENT" not in document.text and "inauguré" in document.text


def test_scorer_strict_relaxed_and_values(tmp_path):
    document = ftib.read_tml(_write(tmp_path))
    hier, clock, years = document.timexes
    system = [
        ftib.Timex(hier.start, hier.end, "hier", "DATE", "1999-05-18"),  # exact, right value
        ftib.Timex(clock.start + 5, clock.end, "18 h", "TIME", "1999-05-19T18:00"),  # overlap
        ftib.Timex(0, 2, "Le", "DATE", "1999"),  # spurious
    ]
    scores, errors = ftib.score([document], {"doc-1": system}, errors=10)
    assert scores["strict"]["tp"] == 1 and scores["relaxed"]["tp"] == 2
    assert scores["relaxed"]["precision"] == round(2 / 3, 4)
    assert scores["relaxed"]["recall"] == round(2 / 3, 4)
    assert scores["value_accuracy"] == 0.5
    assert scores["value"]["tp"] == 1
    assert {e["kind"] for e in errors} == {"value", "missed", "spurious"}
    assert scores["per_type"]["DURATION"]["recall_relaxed"] == 0.0


def test_evaluate_one_tml_file_end_to_end(tmp_path):
    report = ftib.evaluate(_write(tmp_path), errors=5)
    assert report["format"] == "ftib" and report["records"] == 1
    times = report["scores"]["times"]
    assert times["gold"] == 3
    assert times["relaxed"]["tp"] == 3
    assert times["value_accuracy"] == 1.0
    assert times["tag_share_of_parse"] < 0.5
    json.dumps(report)


@pytest.mark.slow
def test_ftib_dev_meets_the_targets():
    report = ftib.evaluate(SHARED / "eval" / "fr-timebank" / "dev")
    times = report["scores"]["times"]
    assert report["records"] == 54
    assert times["relaxed"]["f1"] >= 0.90
    assert times["strict"]["f1"] >= 0.85
    assert times["value_accuracy"] >= 0.90


def test_recognizers_reads_only_cases_with_reference_and_value(tmp_path):
    spec = [
        {
            "Input": "Je reviendrai mercredi",
            "Context": {"ReferenceDateTime": "2016-09-07T00:00:00"},
            "Results": [
                {
                    "Text": "mercredi",
                    "Start": 14,
                    "Length": 8,
                    "Value": {
                        "Timex": "XXXX-WXX-3",
                        "FutureResolution": {"date": "2016-09-07"},
                        "PastResolution": {"date": "2016-08-31"},
                    },
                }
            ],
        },
        {"Input": "Je reviendrai demain", "Results": [{"Text": "demain", "Start": 14}]},
        {
            "Input": "Il est parti à 20 heures",
            "Context": {"ReferenceDateTime": "2016-09-07T00:00:00"},
            "Results": [
                {
                    "Text": "20 heures",
                    "Start": 15,
                    "Length": 9,
                    "Value": {"values": [{"timex": "T20"}]},
                }
            ],
        },
    ]
    path = tmp_path / "DateParser.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8-sig")
    cases = recognizers.read_cases(path)
    assert len(cases) == 2
    report = recognizers.evaluate(path, errors=5)
    times = report["scores"]["times"]
    assert times["expected"] == 2
    assert times["correct"] == 2
    assert times["per_file"]["DateParser.json"]["accuracy"] == 1.0


def test_recognizers_value_agreement():
    assert recognizers.agrees("2016-11-07T20:00", frozenset({"T20"}))
    assert recognizers.agrees("XXXX-SU", frozenset({"SU"}))
    assert not recognizers.agrees("2016-11-08", frozenset({"2016-11-07"}))
