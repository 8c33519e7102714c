"""The quote scorer: overlap and exact matching, speaker comparison."""

from __future__ import annotations

from faits.eval.quotes import QuoteScores, overlap, score_record, speaker_matches
from faits.records import Quote, Speaker

TEXT = "« Nous resterons fermes », a déclaré le ministre. Il a ajouté que rien ne changerait."


def quote(text: str, speaker: str | None, kind: str = "direct", code: str | None = None) -> Quote:
    start = TEXT.index(text)
    said_by = Speaker(code, speaker, speaker or "", 0, 0) if speaker else None
    return Quote("q", "a", 0, kind, text, start, start + len(text), said_by, None, "fr")


def test_overlap_is_shared_over_longest():
    assert overlap((0, 10), (0, 10)) == 1.0
    assert overlap((0, 10), (5, 20)) == 5 / 15
    assert overlap((0, 10), (10, 20)) == 0.0


def test_speaker_matching_ignores_determiners_and_case():
    assert speaker_matches("le ministre", "Ministre", None)
    assert speaker_matches("Le Ministre", None, "le ministre")
    assert speaker_matches("Heather Nauert", None, "Heather Nauert, porte-parole")
    assert not speaker_matches("le ministre", "le syndicat", "Il")


def test_score_record_counts_overlap_exact_and_speakers():
    gold = [
        {
            "text": "Nous resterons fermes",
            "speaker": "le ministre",
            "speaker_code": "FRAGOV",
            "kind": "direct",
        },
        {"text": "rien ne changerait", "speaker": "le ministre", "kind": "indirect"},
    ]
    system = [
        quote("Nous resterons fermes »", "ministre", code="FRAGOV"),
        quote("rien ne changerait", "le syndicat", kind="indirect"),
        quote("a déclaré le ministre", "x"),
    ]
    scores = QuoteScores()
    score_record(scores, "r", TEXT, gold, system)
    report = scores.to_dict()
    assert (report["overlap"]["tp"], report["overlap"]["fp"], report["overlap"]["fn"]) == (2, 1, 0)
    assert (report["exact"]["tp"], report["exact"]["fp"]) == (2, 1)
    assert report["speaker_accuracy"] == 0.5
    assert report["speaker_code_accuracy"] == 1.0
    assert report["kind_accuracy"] == 1.0
    assert [e["kind"] for e in scores.errors] == ["false quote", "wrong speaker"]
