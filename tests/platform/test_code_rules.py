"""Rules of the code base that a linter does not know."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "faits"
# spaCy builds a new Token object on every access (doc[i], token.head): identity between
# tokens is never true, so "node.head is node" silently disables a check. Compare ``.i``.
TOKEN_IDENTITY = re.compile(r"\.head is (not )?\w|\bis (not )?\w+\.head\b")


def test_spacy_tokens_are_never_compared_by_identity():
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if TOKEN_IDENTITY.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
