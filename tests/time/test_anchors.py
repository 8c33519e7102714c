"""The strings a rule's match must contain: skipping a rule never loses a match."""

from faits.time.anchors import anchors_of, has_prefix, line_anchors_of, required_strings
from faits.time.lexicon import fold, load_time_lexicon
from faits.time.tagger import _Lines, _matches


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


def test_line_anchors_count_small_character_classes() -> None:
    """A numeric date needs its separator; a plain year needs one of its leading digits."""
    assert required_strings(r"\d+[/.]\d+", classes=True) == {"/", "."}
    assert required_strings(r"\d+[/.]\d+") is None
    assert line_anchors_of(r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])") == ("1", "20")
    assert line_anchors_of(r"[a-z]+") == ()


def test_scanning_lines_finds_what_scanning_the_text_finds() -> None:
    """Every rule, scanned only over the lines holding its line anchors, finds exactly the
    matches of a scan of each whole line."""
    text = fold(
        "MOSCOU, 12 mars 2019 (Xinhua) -- Le sommet s'est tenu le 12/03/2019 à 14h30.\n"
        "Les deux dirigeants se reverront l'an prochain, au début de l'année 2020.\n"
        "Il y a trois ans, le 2 août, vers 7 h, la trêve avait été signée pour 90 jours."
    )
    lines = _Lines(text)
    for rule in load_time_lexicon("fr").rules:
        everywhere = [
            match.span()
            for start, end in lines.ranges(())
            for match in rule.regex.finditer(text, start, end)
        ]
        gated = [
            match.span()
            for start, end in lines.ranges(rule.line_anchors)
            for match in rule.regex.finditer(text, start, end)
        ]
        assert gated == everywhere, rule.id


def test_line_anchors_keep_only_the_shortest_strings() -> None:
    """A line holding "avril" holds "avr": only the strings holding no other are kept."""
    assert line_anchors_of(r"(?:avr|avril|mai)\s+\d+") == ("avr", "mai")


def test_scan_without_the_look_behind_only_when_the_engine_can_skip_ahead() -> None:
    assert has_prefix(r"(?:lundi|mardi)\s+(?:prochain|dernier)(?![\w-])")
    assert has_prefix(r"[0-9]\s+jours")
    assert not has_prefix(r"[0-9]+\s+jours")  # a repeat gives the engine no first character
    assert not has_prefix(r"(?:(?:environ)\s+)?[0-9]+\s+jours")  # optional opening
    assert not has_prefix(r"(?:lundi)?")  # may match nothing


def test_scanned_rules_find_what_their_regex_finds() -> None:
    """Each rule read with ``_matches`` (its look-behind-free scan, matches inside a word
    dropped) gives exactly ``finditer``'s matches, groups included, on words that hold a
    rule's text inside them ("remardi", "x12 mars", "2020/12/01")."""
    text = fold(
        "Samedi 3 mars, remardi 4 avril et x12 mars 2019, le 2020/12/01 à 14h30 puis lundi "
        "prochain ; les 1er et 2 août derniers, il y a trois ans, l'an dernier, au début de "
        "l'année, ce week-end, dimanches et jeudis, mi-juin, 12-13 mai, vers 7 h, 90 jours.\n"
        "avant-hier-soir, hier soir, demain matin à 9 heures, en 2021-2022, d'ici 2030."
    )
    lines = _Lines(text)
    scanned = 0
    for rule in load_time_lexicon("fr").rules:
        scanned += rule.scan is not None
        for start, end in lines.ranges(()):
            expected = [(m.span(), m.groupdict()) for m in rule.regex.finditer(text, start, end)]
            found = [(m.span(), m.groupdict()) for m in _matches(rule, text, start, end)]
            assert found == expected, rule.id
    assert scanned > 10
