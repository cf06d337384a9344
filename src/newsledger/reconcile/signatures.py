"""Republished copies: MinHash signatures of word shingles, banded for LSH lookups.

A report is often republished: syndicated verbatim, re-edited (a new lede, a
trimmed paragraph, a credit line added) or translated and translated back.
Each article gets a MinHash (datasketch) of its 3-word shingles; two articles
whose estimated Jaccard similarity is at least :data:`THRESHOLD` (0.5) are
copies of one report. Three-word shingles (rather than the usual 5) keep a
re-edited or re-translated copy above the threshold: a changed word breaks
three shingles, not five, while unrelated news stories still share well under
10% of their 3-grams.

The LSH index is not held in memory: each signature is cut into bands
(datasketch's optimal ``(b, r)`` for the threshold), each band is hashed to a
64-bit key, and the keys live in the ``lsh_bands`` table. Candidates are the
articles sharing any (band, key) with the new one, found with an index lookup;
they are then confirmed on their stored signatures. So the index persists
across runs, is shared by concurrent ingests, and costs O(1) per article.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.5
_WORD = re.compile(r"\w+", re.UNICODE)


def optimal_bands() -> tuple[int, int]:
    """datasketch's optimal (bands, rows) for THRESHOLD and NUM_PERM, equal weight on
    false positives and negatives as MinHashLSH's default. It integrates
    numerically (over a second), so the result is fixed below and a test checks it."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)


# = optimal_bands(); changing them would orphan the band keys already stored.
BANDS, ROWS = 25, 5


@dataclass(frozen=True)
class Signature:
    """An article's MinHash values and their LSH band keys."""

    values: np.ndarray
    keys: tuple[int, ...]

    def to_bytes(self) -> bytes:
        return self.values.astype("<u8").tobytes()


def shingles(text: str) -> set[bytes]:
    """The 3-word shingles of a text, lowercased (single words for very short texts)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {w.encode("utf-8") for w in words}
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    """One signed 64-bit key per band (signed: PostgreSQL has no unsigned bigint)."""
    raw = values.astype("<u8")
    keys = []
    for band in range(BANDS):
        chunk = raw[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return tuple(keys)


# Stored signatures must stay comparable: the hashing scheme and seed are
# pinned rather than left to datasketch's defaults, which change between
# versions. The permutations are drawn once per process, not per article.
SCHEME = "affine32"
SEED = 1
_PERMUTATIONS: Any = None


def _minhash():
    from datasketch import MinHash

    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        _PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)


def signature(text: str) -> Signature | None:
    """The signature of a text, or None when it has no words."""
    grams = shingles(text)
    if not grams:
        return None
    mh = _minhash()
    mh.update_batch(list(grams))
    values = np.asarray(mh.hashvalues, dtype=np.uint64)
    return Signature(values, band_keys(values))


# -- figure keys: copies in other words ---------------------------------------
# A translated (or thoroughly rewritten) copy shares few 3-word shingles with
# its original, and a copy cut to its first paragraphs shares only part of
# them: MinHash misses both. What they keep is the report's figures. Each
# pair among an article's first FACT_FIGURES distinct figures is hashed to a
# key stored beside the band keys (band FACT_BAND), so an article sharing
# FACT_MIN_PAIRS pairs (three figures) is a candidate; the writer then
# confirms it on the stored figures, dates and names (see facts.same_report).
FACT_BAND = 100
FACT_FIGURES = 8
FACT_MIN_PAIRS = 3


def figure_key(value: Any, unit: str | None) -> str:
    """A figure as the figure keys see it: its value (to 6 significant digits) and unit.

    Not its change: whether "had lost their lives" or "still cut off" reads
    as a decrease is a guess that a rewording can turn either way.
    """
    return f"{float(value):.6g}|{(unit or '').lower()}"


def fact_keys(figures: list[str]) -> tuple[int, ...]:
    """Keys for the pairs among the first distinct figures (figure_key strings, in text order)."""
    first = list(dict.fromkeys(figures))[:FACT_FIGURES]
    keys = []
    for i in range(len(first)):
        for j in range(i + 1, len(first)):
            pair = "\x1f".join(sorted((first[i], first[j]))).encode("utf-8")
            keys.append(int.from_bytes(hashlib.blake2b(pair, digest_size=8).digest(), "little", signed=True))
    return tuple(sorted(set(keys)))


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    if a.shape != b.shape:
        return 0.0
    return float(np.count_nonzero(a == b)) / float(len(a))
