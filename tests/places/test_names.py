from faits.places.names import fold, is_damaged, wildcard_keys


def test_accents_case_and_punctuation_are_optional():
    assert fold("Hanoï") == fold("Hanoi") == fold("HANOI") == fold("Ha-noi") == "hanoi"
    assert fold("Hô Chi Minh-Ville") == "hochiminhville"
    assert fold("nord-est de l’Asie") == fold("Nord-Est de l'Asie")
    assert fold("Œuvre") == "oeuvre"


def test_damage_marks_become_wildcards():
    assert fold("Hano?") == "hano?"
    assert fold("Montr\ufffdal") == "montr?al"
    assert is_damaged("hano?") and not is_damaged("hanoi")


def test_wildcard_keys_cover_one_letter_or_none():
    keys = set(wildcard_keys("hano?"))
    assert {"hanoi", "hanoa", "hano"} <= keys
    assert len(keys) == 27


def test_too_many_marks_yield_nothing():
    assert list(wildcard_keys("h???")) == []
    assert list(wildcard_keys("hanoi")) == []
