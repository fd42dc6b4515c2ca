"""What part of speech a word can be, for the part-of-speech tagger in front of the tense rule.

Two sources, both in ``woordsoorten.bin`` (built by ``scripts/tabellen/werkwoorden.py``):

- pattern's Dutch lexicon (Brill-NL): about 23,000 frequent word forms with the tags they
  can have, the most frequent first (``staat``: verb, noun; ``zoet``: adjective). Stored as
  sorted CRC-32 keys with a class bitmask and the most frequent class.
- spaCy's lemma lists of nouns and adjectives (about 165,000 and 25,000 lemmas), stored as
  two Bloom filters: a yes/no set that is never wrong about a member and wrong about a
  non-member about one time in a hundred. Noun plurals and inflected adjectives are found by
  rule from those lemmas (``tanden`` -> ``tand``, ``zoete`` -> ``zoet``).

``klasse(woord)`` sums this up in a short string such as ``n|anN`` (most frequent class
``n``, possible classes ``a`` and ``n``, spaCy noun ``N``) that the tagger uses as a feature.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from functools import cache

from verhaal.data import pad

MAGIC = b"VWS1"
KLASSEN = "neabmprdkoitvxgz"
"""Classes of pattern's tags: noun, proper noun, adjective, adverb (and interjection),
numeral, pronoun, preposition, article, coordinating and subordinating conjunction, verb
infinitive, present, past, past participle, present participle, other."""
KLINKERS = "aeiouyëïéèöüáóú"
_KOP = struct.Struct("<4sI")
_BLOOM = struct.Struct("<IB")


class Bloom:
    """A Bloom filter over UTF-8 words: ``k`` bit positions by double hashing (CRC-32, Adler-32)."""

    __slots__ = ("bits", "k", "m")

    def __init__(self, bits: bytes, k: int) -> None:
        self.bits = bits
        self.k = k
        self.m = len(bits) * 8

    @staticmethod
    def posities(woord: str, m: int, k: int) -> list[int]:
        """The bit positions of ``woord`` in a filter of ``m`` bits."""
        data = woord.encode("utf-8")
        h1 = zlib.crc32(data)
        h2 = zlib.adler32(data) | 1
        return [(h1 + i * h2) % m for i in range(k)]

    def __contains__(self, woord: str) -> bool:
        bits = self.bits
        return all(bits[p >> 3] >> (p & 7) & 1 for p in self.posities(woord, self.m, self.k))


class Woordsoorten:
    """Read-only view on ``woordsoorten.bin``."""

    def __init__(self, ruw: bytes) -> None:
        magic, n = _KOP.unpack_from(ruw, 0)
        if magic != MAGIC:
            raise ValueError("woordsoorten.bin: onbekend formaat")
        pos = _KOP.size
        self.sleutels = array("I")
        self.sleutels.frombytes(ruw[pos : pos + 4 * n])
        pos += 4 * n
        self.maskers = array("H")
        self.maskers.frombytes(ruw[pos : pos + 2 * n])
        pos += 2 * n
        self.eerste = ruw[pos : pos + n]
        pos += n
        if sys.byteorder == "big":  # pragma: no cover - the table is little-endian
            self.sleutels.byteswap()
            self.maskers.byteswap()
        filters = []
        for _ in range(2):
            lengte, k = _BLOOM.unpack_from(ruw, pos)
            pos += _BLOOM.size
            filters.append(Bloom(ruw[pos : pos + lengte], k))
            pos += lengte
        if pos != len(ruw):
            raise ValueError("woordsoorten.bin: verkeerde lengte")
        self.zelfst, self.bijv = filters
        self._cache: dict[str, str] = {}

    def pattern(self, woord: str) -> tuple[str, str]:
        """Most frequent class and all classes of ``woord`` in pattern's lexicon ('-', '')."""
        k = zlib.crc32(woord.encode("utf-8"))
        i = bisect_left(self.sleutels, k)
        if i == len(self.sleutels) or self.sleutels[i] != k:
            return "-", ""
        masker = self.maskers[i]
        return KLASSEN[self.eerste[i]], "".join(c for b, c in enumerate(KLASSEN) if masker >> b & 1)

    def klasse(self, woord: str) -> str:
        """The feature string of a lower-case word, e.g. ``n|anN`` (cached)."""
        gevonden = self._cache.get(woord)
        if gevonden is not None:
            return gevonden
        eerste, klassen = self.pattern(woord)
        extra = ""
        if woord in self.zelfst:
            extra += "N"
        elif any(k in self.zelfst for k in meervoud_kandidaten(woord)):
            extra += "P"
        if woord in self.bijv:
            extra += "A"
        elif woord.endswith("e") and woord[:-1] in self.bijv:
            extra += "Q"
        uitkomst = f"{eerste}|{klassen}{extra}"
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[woord] = uitkomst
        return uitkomst


def meervoud_kandidaten(vorm: str) -> list[str]:
    """Possible singular nouns of which ``vorm`` is a plural: tanden -> tand, remmen -> rem."""
    kandidaten = []
    if vorm.endswith("en") and len(vorm) > 4:
        w = vorm[:-2]
        kandidaten.append(w)
        if len(w) >= 2 and w[-1] == w[-2] and w[-1] not in KLINKERS:
            kandidaten.append(w[:-1])
        elif len(w) >= 3 and w[-1] not in KLINKERS and w[-2] in "aeou" and w[-3] not in KLINKERS:
            kandidaten.append(w[:-1] + w[-2] + w[-1])
        if w.endswith("er") and len(w) > 4:
            kandidaten.append(w[:-2])  # kinderen -> kind
        if w.endswith("v"):
            kandidaten += [k[:-1] + "f" for k in kandidaten]
        elif w.endswith("z"):
            kandidaten += [k[:-1] + "s" for k in kandidaten]
    elif vorm.endswith("'s") and len(vorm) > 3:
        kandidaten.append(vorm[:-2])
    elif vorm.endswith("s") and len(vorm) > 3:
        kandidaten.append(vorm[:-1])
    return kandidaten


@cache
def woordsoorten() -> Woordsoorten:
    """The shipped table, loaded on first use."""
    return Woordsoorten(pad("werkwoorden/woordsoorten.bin").read_bytes())
