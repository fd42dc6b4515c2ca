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
it changes neither the best tag nor the margins. On top of that, :class:`Tagger` caches the
sums of groups of features per word and per pair of neighbours (see there), so tagging a
word costs a dozen additions rather than building and looking up 31 strings.

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
from typing import TYPE_CHECKING, Any, Final, cast

from verhaal.checker.tijd.model import KenmerkSom
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


_BEGIN = len(TAGS)
"""Index of the tag ``<s>`` that the first word sees before it (t1, t2)."""
_TAGNAMEN = (*TAGS, "<s>")
_PAREN_TAGS = len(_TAGNAMEN)
TOESTANDEN = ("0", "O", "F", "OF")
"""The clause states :func:`toestand` can reach from ``0``."""
_OVERGANG = tuple(
    tuple(tuple(TOESTANDEN.index(toestand(st, gat, t1)) for gat in ("_", ",")) for t1 in _TAGNAMEN)
    for st in TOESTANDEN
)
""":func:`toestand` as a table: [state][previous tag][the gap breaks the clause]."""
_BREEKT_NIET = frozenset(("_", "x", "S"))
_VELDEN = struct.Struct("<" + "H" * len(TAGS))
_BYTES = 2 * len(TAGS)
_ALLES = (1 << (16 * len(TAGS))) - 1
_MASKERS = tuple(
    _ALLES & ~(0 if tt else 0xFFFF << (16 * T_TT)) & ~(0 if vt else 0xFFFF << (16 * T_VT))
    for tt in (False, True)
    for vt in (False, True)
)
"""Per (finite present allowed, finite past allowed): the fields a word may score in."""

MAX_WOORDEN = 10_000
"""Words whose entries the tagger keeps (about 1.3 kB each with a few tags filled in)."""
MAX_PAREN = 30_000
"""Pairs of neighbouring words whose sums it keeps (about 300 bytes each)."""
MAX_KENMERK_CACHE = 50_000
"""Feature strings whose weights it keeps (about 150 bytes each). All caches are emptied
together when one is full: about 40 MB at most."""

# Fields of a word's entry in Tagger._woorden (a tuple, see Tagger._nieuw_woord).
_EIGEN: Final = 0
_VORIG1: Final = 1
_VORIG2: Final = 2
_VOLG1: Final = 3
_VOLG2: Final = 4
_MET_T1: Final = 5
_MET_ST: Final = 6
_VOLG_T1: Final = 7
_W: Final = 8
_VN: Final = 9
_EX: Final = 10


class Tagger(KenmerkSom):
    """The stage-one weights, read lazily bucket by bucket.

    Tagging sums exactly the features of :func:`kenmerken`, but not one string at a time:
    most features of a word in context are about one word in one role (``w1=`` is the
    previous word, ``n2=`` the word two ahead) or a pair of neighbours, and words repeat.
    So the packed sum of a word's features per role is cached per word (and per pair of
    neighbours), and the features that depend on the tags before a word are cached per
    word and tag. A word is then scored with a dozen additions instead of 31 strings.
    The packed sums are plain integers, so adding them in groups gives the same total.
    """

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
        self._woorden: dict[str, _Woord] = {}
        """Per word: packed sums of its features per role (see _nieuw_woord)."""
        self._paren: dict[tuple[str, str], tuple[int, int]] = {}
        """Per pair of neighbouring words: the pair's features of the first and the second."""
        self._eerste: dict[str, int] = {}
        """Per word: ``w1w=<s>|word``, the first word's pair feature with the sentence start."""
        self._laatste: dict[str, int] = {}
        """Per word: the last word's pair features with the sentence end."""
        self._gat_tags: dict[tuple[str, str, str], list[int | None]] = {}
        """Per (shape, gap before, gap after) of a word, per pair of previous tags:
        ``vo=``, ``g+=``, ``t1=``, ``t12=`` and ``g-=``."""
        self._rand_begin = self._nieuw_woord("<s>", "<s>", "<s>")
        self._rand_eind = self._nieuw_woord("</s>", "</s>", "</s>")
        """Stand-ins before the first and after the last word (only their roles as
        neighbours are used; features there say ``<s>`` or ``</s>``)."""

    def _caches(self) -> tuple[dict[Any, Any], ...]:
        return (
            self._cache,
            self._woorden,
            self._paren,
            self._eerste,
            self._laatste,
            self._gat_tags,
        )

    def leeg(self) -> None:
        """Forget the cached weights (for benchmarks)."""
        for bewaard in self._caches():
            bewaard.clear()

    def _lees(self, kenmerk: str) -> int:
        """The packed weights of a feature from its bucket, not cached: for features
        that only ever occur in one cached group sum (the word itself, its pairs)."""
        b = self._begin + (zlib.crc32(kenmerk.encode("utf-8")) & self._masker) * self._breedte
        return int.from_bytes(self._ruw[b : b + self._breedte], "little")

    def _waarde(self, kenmerk: str) -> int:
        """The packed weights of a feature, cached (it occurs in many group sums)."""
        waarde = self._cache.get(kenmerk)
        return self._bewaar(kenmerk) if waarde is None else waarde

    def _bewaar(self, kenmerk: str) -> int:
        waarde = self._cache[kenmerk] = self._lees(kenmerk)
        return waarde

    def _nieuw_woord(self, w: str, vn: str, ex: str) -> _Woord:
        """A word's entry: the packed sums of its features in every role."""
        lees = self._lees
        waarde = self._waarde
        return (
            self.som(woord_kenmerken(w, vn, ex)),
            lees("w1=" + w),
            lees("w2=" + w),
            lees("n1=" + w) + waarde("vl+1=" + vn) + waarde("ex+1=" + ex),
            lees("n2=" + w) + waarde("ex+2=" + ex),
            [None] * len(_TAGNAMEN),  # per previous tag: t1w, t1vl, t1ex (filled on use)
            [None] * len(TOESTANDEN),  # per clause state: st, stv
            [None] * len(_TAGNAMEN),  # as the next word, per previous tag: t1n1
            w,
            vn,
            ex,
        )

    def _met_t1(self, r: _Woord, t1: int) -> int:
        t = _TAGNAMEN[t1]
        waarde = r[_MET_T1][t1] = (
            self._lees("t1w=" + t + r[_W])
            + self._waarde("t1vl=" + t + r[_VN])
            + self._waarde("t1ex=" + t + "|" + r[_EX])
        )
        return waarde

    def _met_st(self, r: _Woord, st: int) -> int:
        t = TOESTANDEN[st]
        waarde = r[_MET_ST][st] = self._waarde("st=" + t + "|" + r[_EX]) + self._waarde(
            "stv=" + t + "|" + r[_VN]
        )
        return waarde

    def _volg_t1(self, r: _Woord, t1: int) -> int:
        waarde = r[_VOLG_T1][t1] = self._lees("t1n1=" + _TAGNAMEN[t1] + "|" + r[_W])
        return waarde

    def _paar(self, a: _Woord, b: _Woord) -> tuple[int, int]:
        """The features of neighbours ``a b``: those of ``a`` (wn1, vlvl+1, exex+1) and of
        ``b`` (w1w)."""
        return (
            self._lees("wn1=" + a[_W] + "|" + b[_W])
            + self._waarde("vlvl+1=" + a[_VN] + b[_VN])
            + self._waarde("exex+1=" + a[_EX] + "|" + b[_EX]),
            self._lees("w1w=" + a[_W] + "|" + b[_W]),
        )

    def _gat_tag(self, omgeving: tuple[str, str, str], t1: int, t2: int) -> int:
        """The features of a word's shape, the gaps before and after it and the two tags
        before it (vo, g+, t1, t12, g-)."""
        rij = self._gat_tags.get(omgeving)
        if rij is None:
            rij = self._gat_tags[omgeving] = [None] * (_PAREN_TAGS**2)
        vorm, gat, gat_na = omgeving
        a, b = _TAGNAMEN[t1], _TAGNAMEN[t2]
        waarde = rij[t1 * _PAREN_TAGS + t2] = self.som(
            ("vo=" + vorm, "g+=" + gat_na, "t1=" + a, "t12=" + a + b, "g-=" + gat + a)
        )
        return waarde

    def _rijen(self, zin: Zin) -> list[_Woord]:
        """The entries of the words of ``zin``, with two stand-ins on either side (the
        entry of word ``i`` is at ``i + 2``)."""
        bekend = self._woorden
        get = bekend.get
        rijen = [get(w) for w in zin.woorden]
        if None in rijen:
            for i, w in enumerate(zin.woorden):
                if rijen[i] is None:
                    rij = get(w)
                    if rij is None:
                        rij = bekend[w] = self._nieuw_woord(w, zin.namen[i], zin.klassen[i])
                    rijen[i] = rij
        begin, eind = self._rand_begin, self._rand_eind
        return [begin, begin, *cast("list[_Woord]", rijen), eind, eind]

    def tag(self, zin: Zin, sommen: list[int] | None = None) -> tuple[list[int], list[float]]:
        """The tag of every word of ``zin`` (indices into TAGS), and for words that can be
        finite the score margin of that tag over the next best (0.0 for the others).

        ``sommen``, if given, receives every word's packed feature sum (for tests).
        """
        woorden = zin.woorden
        n = len(woorden)
        tags: list[int] = []
        marges = [0.0] * n
        if n == 0:
            return tags, marges
        if (
            len(self._woorden) > MAX_WOORDEN
            or len(self._paren) > MAX_PAREN
            or len(self._cache) > MAX_KENMERK_CACHE
        ):
            self.leeg()
        r = self._rijen(zin)
        eind_rand = self._rand_eind
        paren = self._paren
        gat_tags = self._gat_tags
        vormen = zin.vormen
        gaten = zin.gaten
        mag_tt = zin.tt
        mag_vt = zin.vt
        velden = _VELDEN.unpack
        schaal = self.schaal
        eerste = woorden[0]
        rechts = self._eerste.get(eerste)
        if rechts is None:
            rechts = self._eerste[eerste] = self._lees("w1w=<s>|" + eerste)
        t1 = t2 = _BEGIN
        st = 0
        laatste = n - 1
        for i in range(n):
            ri = r[i + 2]
            volgende = r[i + 3]
            # Features of the word and its neighbours that do not depend on the tags.
            if i < laatste:
                paar = paren.get((ri[_W], volgende[_W]))
                if paar is None:
                    paar = paren[ri[_W], volgende[_W]] = self._paar(ri, volgende)
                links, volgend_rechts = paar
            else:
                slot = self._laatste.get(ri[_W])
                if slot is None:
                    slot = self._laatste[ri[_W]] = self._paar(ri, eind_rand)[0]
                links, volgend_rechts = slot, 0
            s = (
                ri[_EIGEN]
                + r[i + 1][_VORIG1]
                + r[i][_VORIG2]
                + volgende[_VOLG1]
                + r[i + 4][_VOLG2]
                + links
                + rechts
            )
            rechts = volgend_rechts
            # Features that depend on the tags before the word (and of its shape and the
            # gaps around it, kept with them).
            gat = gaten[i]
            st = _OVERGANG[st][t1][gat not in _BREEKT_NIET]
            x = ri[_MET_T1][t1]
            s += self._met_t1(ri, t1) if x is None else x
            x = ri[_MET_ST][st]
            s += self._met_st(ri, st) if x is None else x
            x = volgende[_VOLG_T1][t1]
            s += self._volg_t1(volgende, t1) if x is None else x
            omgeving = (vormen[i], gat, gaten[i + 1])
            rij = gat_tags.get(omgeving)
            x = None if rij is None else rij[t1 * _PAREN_TAGS + t2]
            s += self._gat_tag(omgeving, t1, t2) if x is None else x
            if sommen is not None:
                sommen.append(s)
            tt, vt = mag_tt[i], mag_vt[i]
            veld = velden((s & _MASKERS[tt * 2 + vt]).to_bytes(_BYTES, "little"))
            hoogste = max(veld)
            beste = veld.index(hoogste)
            if tt or vt:
                # The margin over the next best field (0 when another field ties).
                marges[i] = (hoogste - sorted(veld)[-2]) * schaal
            tags.append(beste)
            t2, t1 = t1, beste
        return tags, marges


_Woord = tuple[
    int, int, int, int, int, list[int | None], list[int | None], list[int | None], str, str, str
]
"""A word's entry in the tagger's cache (fields _EIGEN .. _EX)."""


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
