"""Stage one of the tense rule: a part-of-speech tagger for every word of a sentence.

A greedy left-to-right averaged perceptron (trained on the UD Dutch dev files) gives every
word one of :data:`TAGS`: the universal parts of speech, with verbs split into finite
present (``TT``), finite past (``VT``), infinitive and participle. Stage two, the tense
classifier in :mod:`verhaal.checker.tijd.kenmerken`, uses the tags around a verb form
(``de kinderen/N spelen`` vs ``ze wilden/VT spelen``).

Speed: a story has hundreds of words and every word scores 15 tags over ~30 features, too
slow as Python float loops. So each hash bucket's 15 weights are stored as 16-bit unsigned
fields (11-bit weights plus a bias of 1024) that together form one Python integer: adding
the integers of a word's features adds all 15 scores at once, and the fields cannot
overflow for up to :data:`MAX_KENMERKEN` features. The bias is the same for every tag, so
it changes neither the best tag nor the margins.

File layout of ``woordsoort.model``: ``VWM1``, a uint32 length and that many bytes of UTF-8
notice (attribution and licence: the model is trained on UD Dutch, CC BY-SA 4.0), one byte
``bits``, one byte with the number of tags, a float32 scale, then ``2**bits`` buckets of
little-endian uint16 fields. Trained by ``scripts/tabellen/train_tijd.py``.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from verhaal.data import pad

if TYPE_CHECKING:
    from verhaal.checker.tijd.kenmerken import Zin

TAGS = (
    "N",
    "PROPN",
    "ADJ",
    "ADV",
    "ADP",
    "DET",
    "PRON",
    "NUM",
    "CCONJ",
    "SCONJ",
    "X",
    "TT",
    "VT",
    "INF",
    "PART",
)
T_TT = TAGS.index("TT")
T_VT = TAGS.index("VT")
FINIET = (T_TT, T_VT)
MAGIC = b"VWM1"
BIAS = 1024
"""Stored field = weight + BIAS, weights quantised to -1023 .. 1023."""
MAX_KENMERKEN = 32
"""32 fields of at most 2047 stay below 65536: no carry into the next tag's field."""


def tag_van(upos: str, feats: str) -> str:
    """The tag of a treebank word from its UPOS and features (for training)."""
    if "VerbForm=Fin" in feats:
        return "TT" if "Tense=Pres" in feats else "VT"
    if "VerbForm=Inf" in feats:
        return "INF"
    if "VerbForm=Part" in feats:
        return "PART"
    if upos in ("VERB", "AUX"):
        return "INF"
    if upos == "NOUN":
        return "N"
    if upos == "INTJ":
        return "ADV"
    return upos if upos in TAGS else "X"


def toestand(vorige: str, gat: str, t1: str) -> str:
    """The clause state before a word: ``F`` once a finite verb was tagged in this clause,
    ``O`` in a clause opened by a subordinating conjunction, ``0`` otherwise."""
    if gat not in ("_", "x", "S") or t1 in ("SCONJ", "CCONJ"):
        vorige = "O" if t1 == "SCONJ" else "0"
    if t1 in ("TT", "VT") and "F" not in vorige:
        vorige = vorige.replace("0", "") + "F"
    return vorige


def woord_kenmerken(woord: str, vlaggen: str, klasse: str) -> list[str]:
    """Features of the word itself (the tagger caches their sum per word)."""
    return [
        "b",
        "w=" + woord,
        "s1=" + woord[-1:],
        "s2=" + woord[-2:],
        "s3=" + woord[-3:],
        "s4=" + woord[-4:],
        "p2=" + woord[:2],
        "vl=" + vlaggen,
        "ex=" + klasse,
    ]


def context_kenmerken(zin: Zin, i: int, t1: str, t2: str, st: str) -> list[str]:
    """Features of word ``i`` in context: the two tags before it, the clause state
    (see :func:`toestand`) and the words around it."""
    w = zin.woorden
    n = len(w)
    wi = w[i]
    vn = zin.namen
    ex = zin.klassen
    w1 = w[i - 1] if i else "<s>"
    n1 = w[i + 1] if i + 1 < n else "</s>"
    v1 = vn[i + 1] if i + 1 < n else "</s>"
    e1 = ex[i + 1] if i + 1 < n else "</s>"
    return [
        "vo=" + zin.vormen[i],
        "t1=" + t1,
        "t12=" + t1 + t2,
        "t1w=" + t1 + wi,
        "w1=" + w1,
        "w2=" + (w[i - 2] if i > 1 else "<s>"),
        "n1=" + n1,
        "n2=" + (w[i + 2] if i + 2 < n else "</s>"),
        "vl+1=" + v1,
        "ex+1=" + e1,
        "t1vl=" + t1 + vn[i],
        "vlvl+1=" + vn[i] + v1,
        "g-=" + zin.gaten[i] + t1,
        "g+=" + zin.gaten[i + 1],
        "w1w=" + w1 + "|" + wi,
        "wn1=" + wi + "|" + n1,
        "t1n1=" + t1 + "|" + n1,
        "ex+2=" + (ex[i + 2] if i + 2 < n else "</s>"),
        "t1ex=" + t1 + "|" + ex[i],
        "exex+1=" + ex[i] + "|" + e1,
        "st=" + st + "|" + ex[i],
        "stv=" + st + "|" + vn[i],
    ]


def kenmerken(zin: Zin, i: int, t1: str, t2: str, st: str) -> list[str]:
    """All features of word ``i`` (what training sees; tagging sums the same ones)."""
    return woord_kenmerken(zin.woorden[i], zin.namen[i], zin.klassen[i]) + context_kenmerken(
        zin, i, t1, t2, st
    )


class Tagger:
    """The stage-one weights, read lazily bucket by bucket."""

    def __init__(self, ruw: bytes) -> None:
        if ruw[:4] != MAGIC:
            raise ValueError("woordsoort.model: onbekend formaat")
        lengte = int.from_bytes(ruw[4:8], "little")
        pos = 8 + lengte
        self.verklaring = ruw[8:pos].decode("utf-8")
        self.bits = ruw[pos]
        self.labels = ruw[pos + 1]
        (self.schaal,) = struct.unpack("<f", ruw[pos + 2 : pos + 6])
        self._begin = pos + 6
        self._breedte = 2 * self.labels
        if len(ruw) != self._begin + (self._breedte << self.bits) or self.labels != len(TAGS):
            raise ValueError("woordsoort.model: verkeerde lengte")
        self._ruw = ruw
        self._masker = (1 << self.bits) - 1
        self._cache: dict[str, int] = {}
        self._woorden: dict[str, int] = {}
        """Summed weights of a word's own features (woord_kenmerken), per word."""

    def leeg(self) -> None:
        """Forget the cached weights (for benchmarks)."""
        self._cache.clear()
        self._woorden.clear()

    def som(self, kenmerken: Sequence[str]) -> int:
        """The packed weights of some features, added up (each feature's cached)."""
        waarden = list(map(self._cache.get, kenmerken))
        if None in waarden:
            ruw = self._ruw
            begin = self._begin
            breedte = self._breedte
            masker = self._masker
            cache = self._cache
            crc = zlib.crc32
            van = int.from_bytes
            for j, waarde in enumerate(waarden):
                if waarde is None:
                    k = kenmerken[j]
                    b = begin + (crc(k.encode("utf-8")) & masker) * breedte
                    waarden[j] = cache[k] = van(ruw[b : b + breedte], "little")
        return sum(waarden)  # type: ignore[arg-type]

    def tag(self, zin: Zin) -> tuple[list[int], list[float]]:
        """The tag of every word of ``zin`` (indices into TAGS), and for words that can be
        finite the score margin of that tag over the next best (0.0 for the others)."""
        n = len(zin.woorden)
        tags: list[int] = []
        marges = [0.0] * n
        t1 = t2 = "<s>"
        st = "0"
        if len(self._cache) > 200_000:
            self._cache.clear()
        woorden = self._woorden
        som = self.som
        breedte = self._breedte
        groot = sys.byteorder == "big"
        gaten = zin.gaten
        for i, w in enumerate(zin.woorden):
            eigen = woorden.get(w)
            if eigen is None:
                eigen = som(woord_kenmerken(w, zin.namen[i], zin.klassen[i]))
                if len(woorden) > 50_000:
                    woorden.clear()
                woorden[w] = eigen
            st = toestand(st, gaten[i], t1)
            s = array(
                "H",
                (eigen + som(context_kenmerken(zin, i, t1, t2, st))).to_bytes(breedte, "little"),
            )
            if groot:  # pragma: no cover - the packing is little-endian
                s.byteswap()
            tt, vt = zin.tt[i], zin.vt[i]
            if not tt:
                s[T_TT] = 0
            if not vt:
                s[T_VT] = 0
            hoogste = max(s)
            beste = s.index(hoogste)
            if tt or vt:
                s[beste] = 0
                marges[i] = (hoogste - max(s)) * self.schaal
            tags.append(beste)
            t2, t1 = t1, TAGS[beste]
        return tags, marges


def schrijf_tagger(gewichten: Sequence[Sequence[float]], bits: int, verklaring: str) -> bytes:
    """Serialise float weights (one row of len(TAGS) per bucket) in the packed format."""
    grootste = max((abs(w) for rij in gewichten for w in rij), default=1.0) or 1.0
    schaal = grootste / (BIAS - 1)
    velden = array(
        "H",
        (BIAS + max(-BIAS + 1, min(BIAS - 1, round(w / schaal))) for rij in gewichten for w in rij),
    )
    if len(velden) != len(TAGS) << bits:
        raise ValueError("verkeerd aantal gewichten")
    if sys.byteorder == "big":  # pragma: no cover
        velden.byteswap()
    tekst = verklaring.encode("utf-8")
    return (
        MAGIC
        + len(tekst).to_bytes(4, "little")
        + tekst
        + bytes([bits, len(TAGS)])
        + struct.pack("<f", schaal)
        + velden.tobytes()
    )


@cache
def laad_tagger() -> Tagger:
    """The shipped stage-one model, loaded on first use."""
    return Tagger(pad("werkwoorden/woordsoort.model").read_bytes())
