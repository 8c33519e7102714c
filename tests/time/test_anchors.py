"""The strings a rule's match must contain: skipping a rule never loses a match."""

from faits.time.anchors import anchors_of, required_strings
from faits.time.lexicon import fold, load_time_lexicon


def test_alternation_gives_every_branch() -> None:
    assert required_strings(r"(?<![\w-])(?:janvier|fevrier)\s+\d{4}(?![\w-])") == {
        "janvier",
        "fevrier",
    }


def test_optional_parts_are_not_required() -> None:
    assert anchors_of(r"(?:il\s+y\s+a\s+)?\d+\s+jours") == ("jours",)
    assert anchors_of(r"(?:lundi)?\d+") == ()


def test_branch_with_an_unknown_alternative_requires_nothing() -> None:
    assert required_strings(r"(?:hier|\d+)") is None


def test_lookbehind_exclusions_are_not_required() -> None:
    assert anchors_of(r"(?<!depuis\x20)(?:hier|demain)") == ("demain", "hier")


def test_skipped_rules_find_nothing_on_news_sentences() -> None:
    sentences = [
        "Le sommet s'est tenu le 12 mars 2019 à Hanoï, a indiqué la présidence.",
        "Les deux dirigeants se sont parlé au téléphone vendredi soir.",
        "Il y a trois ans, le traité avait été signé à Vienne.",
        "La trêve, entrée en vigueur à 7 h, doit durer quatre jours.",
    ]
    for sentence in sentences:
        folded = fold(sentence)
        for rule in load_time_lexicon("fr").rules:
            if not rule.may_match(folded):
                assert rule.regex.search(folded) is None, (rule.id, sentence)
    assert not next(r for r in load_time_lexicon("fr").rules if r.id == "season").may_match(
        fold(sentences[0])
    )
