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
