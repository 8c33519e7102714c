"""Near-duplicate clusters: copies, reposts and light edits of one story share a cluster.

Each article's cleaned text is reduced to a MinHash signature of its word shingles; a
MinHash LSH index finds the earlier articles likely to be similar, and the estimated
Jaccard similarity decides. A new article joins the cluster of its most similar earlier
article, so ingest stays incremental: nothing already indexed is recomputed. The store
keeps the signatures (``signature(text)`` bytes) and rebuilds the index from them with
``ClusterIndex.from_signatures`` when a process starts.

``duplicate_of`` names the cluster's earliest article (by publication date, then id); the
earliest article itself has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
# Estimated Jaccard similarity of shingle sets above which two texts are one story. A
# copy with a new headline and one added paragraph in ten scores about 0.85; two distinct
# articles on the same event, written separately, share almost no 5-word shingles.
SIMILARITY = 0.5
SEED = 1
# The hashing scheme, fixed so that stored signatures stay comparable across versions.
SCHEME = "affine32"
SIGNATURE_DTYPE = np.uint32
SIGNATURE_BYTES = np.dtype(SIGNATURE_DTYPE).itemsize
WORD = re.compile(r"\w+")
# Articles without a date sort after every dated one.
UNDATED = "9999-12-31"


@cache
def _permutations() -> np.ndarray:
    """The hash permutations, the same in every process so signatures can be stored."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def shingles(text: str) -> set[bytes]:
    """Overlapping word 5-grams of the case-folded text (the words themselves if shorter)."""
    words = WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {w.encode("utf-8") for w in words}
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def _minhash(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash


def signature(text: str) -> bytes:
    """The MinHash signature of ``text`` as bytes, for the store's ``signatures`` table."""
    return _minhash(text).hashvalues.astype(SIGNATURE_DTYPE).tobytes()


def _from_signature(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=SIGNATURE_DTYPE)
    return MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashvalues=values,
        permutations=_permutations(),
        scheme=SCHEME,
    )


def _date_key(published: str | date | None) -> str:
    if published is None:
        return UNDATED
    return published.isoformat() if isinstance(published, date) else str(published)[:10]


@dataclass
class _Member:
    published: str
    cluster_id: str
    minhash: MinHash


class ClusterIndex:
    """Incremental near-duplicate index: ``add`` one article at a time."""

    def __init__(self, similarity: float = SIMILARITY) -> None:
        self.similarity = similarity
        self._lsh = MinHashLSH(threshold=similarity, num_perm=NUM_PERM)
        self._members: dict[str, _Member] = {}
        self._clusters: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._members

    def __iter__(self) -> Iterator[str]:
        return iter(self._members)

    def add(
        self, article_id: str, text: str, published: str | date | None = None
    ) -> tuple[str, str | None]:
        """Index an article; its ``(cluster_id, duplicate_of)``. Adding it again changes nothing."""
        return self.add_signature(article_id, signature(text), published)

    def add_signature(
        self,
        article_id: str,
        blob: bytes,
        published: str | date | None = None,
        cluster_id: str | None = None,
    ) -> tuple[str, str | None]:
        """Index an article from its stored signature (``cluster_id`` keeps a stored cluster)."""
        if article_id in self._members:
            member = self._members[article_id]
            return member.cluster_id, self.duplicate_of(article_id)
        minhash = _from_signature(blob)
        if cluster_id is None:
            cluster_id = self._closest_cluster(minhash) or article_id
        self._lsh.insert(article_id, minhash)
        self._members[article_id] = _Member(_date_key(published), cluster_id, minhash)
        self._clusters.setdefault(cluster_id, []).append(article_id)
        return cluster_id, self.duplicate_of(article_id)

    def _closest_cluster(self, minhash: MinHash) -> str | None:
        """The cluster of the most similar indexed article; on a tie, the earliest one
        (so that the result does not depend on the LSH's set iteration order)."""
        best: tuple[float, str, str] | None = None
        for candidate in self._lsh.query(minhash):
            score = minhash.jaccard(self._members[candidate].minhash)
            if score < self.similarity:
                continue
            key = (-score, self._members[candidate].published, candidate)
            if best is None or key < best:
                best = key
        return self._members[best[2]].cluster_id if best else None

    def cluster_of(self, article_id: str) -> str | None:
        member = self._members.get(article_id)
        return member.cluster_id if member else None

    def members(self, cluster_id: str) -> list[str]:
        """The cluster's articles, earliest first."""
        ids = self._clusters.get(cluster_id, [])
        return sorted(ids, key=lambda i: (self._members[i].published, i))

    def duplicate_of(self, article_id: str) -> str | None:
        """The earliest article of ``article_id``'s cluster, unless it is that article."""
        member = self._members.get(article_id)
        if member is None:
            return None
        earliest = self.members(member.cluster_id)[0]
        return None if earliest == article_id else earliest

    def assignments(self, cluster_id: str) -> dict[str, str | None]:
        """``duplicate_of`` of every member: what the store rewrites when an earlier copy
        arrives after its reposts."""
        return {i: self.duplicate_of(i) for i in self.members(cluster_id)}

    @classmethod
    def from_signatures(
        cls, rows: Iterable[Sequence], similarity: float = SIMILARITY
    ) -> ClusterIndex:
        """Rebuild from stored rows ``(article_id, minhash[, published[, cluster_id]])``,
        indexed earliest first so that clusters form as they would have on ingest."""
        index = cls(similarity)
        full = [(*row, None, None)[:4] for row in rows]
        full.sort(key=lambda r: (_date_key(r[2]), r[0]))
        for article_id, blob, published, cluster_id in full:
            index.add_signature(article_id, bytes(blob), published, cluster_id)
        return index


@cache
def band_layout(similarity: float = SIMILARITY) -> tuple[int, int]:
    """The LSH's (bands, rows per band) for ``similarity``: two articles are candidates when
    all ``rows`` values of at least one band agree. Shared with the Spark job's band join."""
    lsh = MinHashLSH(threshold=similarity, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def hex_similarity(first: str, second: str) -> float:
    """Estimated Jaccard similarity of two signatures given as hex (the Spark job's form)."""
    a = np.frombuffer(bytes.fromhex(first), dtype=SIGNATURE_DTYPE)
    b = np.frombuffer(bytes.fromhex(second), dtype=SIGNATURE_DTYPE)
    return float(np.count_nonzero(a == b)) / NUM_PERM


def cluster_batch(
    rows: Iterable[tuple[str, bytes, str | date | None]], similarity: float = SIMILARITY
) -> dict[str, tuple[str, str | None]]:
    """``{article_id: (cluster_id, duplicate_of)}`` for a whole set of articles at once.

    The canonical definition, independent of input order: articles are indexed in
    (publication date, id) order, each joining the cluster of its most similar earlier
    article. ``faits code`` and the Spark job both compute exactly this.
    """
    index = ClusterIndex.from_signatures(list(rows), similarity)
    return {
        article_id: (index.cluster_of(article_id) or article_id, index.duplicate_of(article_id))
        for article_id in index
    }
