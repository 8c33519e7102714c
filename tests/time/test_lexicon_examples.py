"""Every example of the time lexicon is run: rules give the values they promise, and every
table entry's example sentence yields an expression containing one of the entry's words."""

from __future__ import annotations

import pytest

from faits.time.lexicon import fold, load_time_lexicon, rule_examples, table_examples

RULE_EXAMPLES = rule_examples("fr")
TABLE_EXAMPLES = table_examples("fr")


def test_lexicon_compiles_with_sources():
    lexicon = load_time_lexicon("fr")
    assert len(lexicon.rules) > 20
    assert all(rule.source.startswith("fr/time/rules/") for rule in lexicon.rules)
    assert lexicon.lookup("weekday", "Lundi").value == 1
    assert lexicon.lookup("month", "Février").value == 2


@pytest.mark.parametrize(
    ("source", "example"), RULE_EXAMPLES, ids=[f"{s}:{e['text'][:30]}" for s, e in RULE_EXAMPLES]
)
def test_rule_example(tag_fr, source, example):
    found = tag_fr(example["text"], example["published"])
    if not example["expect"]:
        assert found == []
    for expected in example["expect"]:
        matches = [t for t in found if t.text == expected["text"]]
        assert matches, f"{expected['text']!r} not tagged in {[t.text for t in found]}"
        assert matches[0].value == expected["value"]
        assert matches[0].modifier == expected.get("modifier")
        assert matches[0].rule.startswith(source)


@pytest.mark.parametrize(
    ("source", "words", "sentence"), TABLE_EXAMPLES, ids=[s for s, _, _ in TABLE_EXAMPLES]
)
def test_table_example(tag_fr, source, words, sentence):
    found = tag_fr(sentence, "2019-02-19")
    assert found, f"nothing tagged in {sentence!r}"
    if words:
        # the word is inside an expression, or just before it (hedges: "vers 18 h")
        folded = fold(sentence)
        regions = [folded[max(0, t.start - 25) : t.end] for t in found]
        assert any(fold(word) in region for word in words for region in regions), regions
