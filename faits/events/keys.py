"""The words of an article that can trigger an event pattern, as a compact set of hashes.

Stored with each parse at ingest so that ``faits recode``, after an event entry changed, can
tell which articles hold one of its trigger words without reading their parses. A token is
looked up by its normalised lemma and form (``matching.token_keys``), so those are what is
hashed, with spaCy's 64-bit string ids (the same in every process). Cheap by design: one
``to_array`` and ``numpy.unique`` per article, and one dictionary lookup per distinct word.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from faits.events.lexicon import normalise

# Raw lemma/form hash -> hash of its normalised string; words repeat, so this is mostly hits.
_NORMALISED: dict[int, int] = {}
_CACHE_LIMIT = 1_000_000


def article_keys(doc: Doc) -> bytes:
    """Sorted unique hashes of every token's normalised lemma and form, as uint64 bytes."""
    raw = np.unique(doc.to_array([LEMMA, ORTH]))
    strings = doc.vocab.strings
    cache = _NORMALISED
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    hashes = []
    for value in raw.tolist():
        found = cache.get(value)
        if found is None:
            found = cache[value] = get_string_id(normalise(strings[value]))
        hashes.append(found)
    return np.unique(np.array(hashes, dtype=np.uint64)).tobytes()


class Requirements:
    """Requirements of changed entries (``faits.lexicons.snapshot.Entry``), as hashes, to test
    stored articles against: an article meets one when it holds a word of each of its groups."""

    def __init__(self, requirements: Iterable[str]) -> None:
        self.needs = [
            [{get_string_id(normalise(w)) for w in group.split("|")} for group in need.split("\t")]
            for need in sorted(requirements)
        ]
        words = {h for need in self.needs for group in need for h in group}
        self.words = np.array(sorted(words), dtype=np.uint64)

    def met_by(self, keys: bytes) -> bool:
        """Whether an article with these stored keys (``article_keys``) meets one of them."""
        held = np.frombuffer(keys, dtype=np.uint64)
        present = set(held[np.isin(held, self.words, assume_unique=True)].tolist())
        if not present:
            return False
        return any(all(not group.isdisjoint(present) for group in need) for need in self.needs)
