import pytest

from faits.ingest.decoding import NotText, decode_bytes, looks_binary, repair_text


def test_utf8_is_read_as_is():
    text, encoding = decode_bytes("Hano? au Vietnam, « à Moscou »".encode())
    assert text == "Hano? au Vietnam, « à Moscou »"
    assert encoding == "utf-8-sig"


def test_cp1252_file_is_decoded():
    text, encoding = decode_bytes("Les États-Unis ont rejeté l’accord — œuvre".encode("cp1252"))
    assert text == "Les États-Unis ont rejeté l’accord — œuvre"
    assert encoding == "cp1252"


def test_latin1_bytes_outside_cp1252_still_decode():
    data = "Côte d'Ivoire".encode("latin-1") + b"\x81"
    text, _ = decode_bytes(data)
    assert text.startswith("Côte d'Ivoire")


def test_mojibake_is_repaired():
    broken = "Les États-Unis ont rejeté la proposition".encode().decode("cp1252")
    assert "Ã" in broken
    text, _ = decode_bytes(broken.encode("utf-8"))
    assert repair_text(text) == "Les États-Unis ont rejeté la proposition"


def test_binary_is_refused():
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(NotText):
        decode_bytes(bytes(range(256)) * 4)


def test_windows_line_ends_are_normalised():
    text, _ = decode_bytes(b"Titre\r\n\r\nCorps du texte.\r\n")
    assert repair_text(text) == "Titre\n\nCorps du texte.\n"


def _ftfy_repair(text: str) -> str:
    """What ``repair_text`` gave before its shortcut: ftfy on every text."""
    import ftfy

    fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)
    return fixed.replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Le sommet s’est tenu à Hanoï.\n\n« Nous avons signé », a déclaré le ministre — œuvre.",
        "Titre\nLa réunion de l'OTAN a eu lieu\u00a0: rien\u202fde plus.",
        "Le cafÃ© du coin\nfermé",
        "Titre\nÂ bord du navire",  # "Â " opening a line: ftfy reads mojibake there
        "e\u0301te\u0301 non composé",
        "Titre\n\u0301accent seul",
        "Tom &amp; Jerry\n<b>gras</b>",
        "la ﬁn\tdu ＡＢＣ\x1b[31m",
        "ligne\r\nsuivante\rpuis\u2028fin\x85",
        "",
    ],
)
def test_untouched_texts_skip_ftfy_with_the_same_result(text: str) -> None:
    assert repair_text(text) == _ftfy_repair(text)


def test_a_clean_article_is_known_untouched_and_mojibake_is_not() -> None:
    from faits.ingest.decoding import _untouched

    assert _untouched("Les États-Unis ont rejeté l’accord.\n\n« Non », a dit Paris.")
    assert not _untouched("Les Ã‰tats-Unis")
    assert not _untouched("Titre\nÂ bord")  # "^" of ftfy's pattern at a line start
    assert not _untouched("e\u0301te\u0301")  # not in NFC
    assert not _untouched("a\r\nb")
