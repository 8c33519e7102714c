"""Bytes to repaired text: what users' files really contain (cp1252, latin-1, mojibake)."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy import TextFixerConfig
from ftfy.badness import BADNESS_RE
from ftfy.chardata import CONTROL_CHARS, LIGATURES, WIDTH_MAP

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
    if _untouched(text):
        return text
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ``ftfy.fix_text`` runs its fixers on each line apart, a dozen Python calls per line: most of
# what preparing an article cost. A text none of them can change is known without them. Each
# fixer changes only the characters named here: HTML entities ("&"), C0 and C1 controls
# (terminal escapes, line breaks "\r", "\x85"), other line breaks, surrogates, and the
# characters of ftfy's ligature, width and control tables.
_TOUCHED = re.compile(
    "["
    + re.escape(
        "".join(
            sorted(
                {"&", "\u2028", "\u2029"}
                | {chr(c) for c in range(0x20) if chr(c) not in "\t\n"}
                | {chr(c) for c in range(0x7F, 0xA0)}
                | {chr(c) for table in (LIGATURES, WIDTH_MAP, CONTROL_CHARS) for c in table}
            )
        )
    )
    + "\ud800-\udfff]"
)
# Mojibake is looked for in each line: ftfy's pattern, with its "^" at every line start.
_BAD = re.compile(BADNESS_RE.pattern, BADNESS_RE.flags | re.MULTILINE)
# ftfy also cuts lines longer than this; such texts take the full path.
_SEGMENT = TextFixerConfig().max_decode_length


def _untouched(text: str) -> bool:
    """Would ``ftfy.fix_text`` (with ``repair_text``'s settings) return ``text`` as it is?

    Yes when no fixer has a character to change, no line looks like mojibake (ftfy's
    badness pattern has no look-around and no anchor but "^", so a match in a line is a
    match in the text) and the text is in NFC (a line break composes with nothing, so
    each line is then in NFC too).
    """
    return (
        len(text) < _SEGMENT
        and _TOUCHED.search(text) is None
        and _BAD.search(text) is None
        and unicodedata.is_normalized("NFC", text)
    )
