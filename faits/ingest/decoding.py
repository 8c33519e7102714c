"""Bytes to repaired text: what users' files really contain (cp1252, latin-1, mojibake)."""

from __future__ import annotations

import ftfy

# A text file with more than this share of control characters is binary, not news.
CONTROL_SHARE_LIMIT = 0.02


class NotText(ValueError):
    """The bytes are not a text a person wrote (binary data, an image, an archive)."""


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > CONTROL_SHARE_LIMIT * max(len(sample), 1)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return the text and the encoding used.

    UTF-8 is tried first (with or without BOM); legacy files are read as cp1252, which
    is what "latin-1" French files almost always are, falling back to latin-1 for the
    few bytes cp1252 leaves undefined. Mojibake is mended later, once per article, by
    ``repair_text`` (a JSON Lines file holds many articles, and escapes hide it anyway).
    """
    if looks_binary(data):
        raise NotText("binary content, not text")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return text, encoding


def repair_text(text: str) -> str:
    """Fix text decoded wrongly somewhere upstream ("Ã©" for "é") and normalise line ends,
    keeping everything else as written."""
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)
    return text.replace("\r\n", "\n").replace("\r", "\n")
