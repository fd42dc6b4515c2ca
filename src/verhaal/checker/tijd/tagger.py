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
from typing import TYPE_CHECKING, Any

from verhaal.checker.tijd.model import KenmerkSom
from verhaal.checker.tijd.verklaring import Groep, Sommen, Verklaring
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
FINIET = frozenset((T_TT, T_VT))
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
    """Features of the word itself."""
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


_BEGIN = len(TAGS)
"""Index of the tag ``<s>`` that the first word sees before it (t1, t2)."""
_TAGNAMEN = (*TAGS, "<s>")
TOESTANDEN = ("0", "O", "F", "OF")
"""The clause states :func:`toestand` can reach from ``0``."""

NAMEN = ("w", "vl", "ex", "vo", "g-", "g+")
"""Stage one's values of a word: the word, its lexicon flags (named), its class, its shape
and the gaps before and after it (see :func:`waarden`)."""


def waarden(zin: Zin) -> list[Sequence[str]]:
    """The values :data:`NAMEN` of the words of ``zin``, a column per value."""
    return [zin.woorden, zin.namen, zin.klassen, zin.vormen, zin.gaten[:-1], zin.gaten[1:]]


GROEPEN = (
    Groep("woord", ("w", "vl", "ex"), woord_kenmerken),
    Groep("vorm", ("vo", "g+"), lambda vo, g: ("vo=" + vo, "g+=" + g)),
    # Roles of a neighbour: they read all of its word values, so that they share one
    # cache entry per word (the lexicon values follow from the word anyway).
    Groep("w-1", ("w@-1", "vl@-1", "ex@-1"), lambda w, v, e: ("w1=" + w,)),
    Groep("w-2", ("w@-2", "vl@-2", "ex@-2"), lambda w, v, e: ("w2=" + w,)),
    Groep(
        "w+1",
        ("w@1", "vl@1", "ex@1"),
        lambda w, v, e: ("n1=" + w, "vl+1=" + v, "ex+1=" + e),
    ),
    Groep("w+2", ("w@2", "vl@2", "ex@2"), lambda w, v, e: ("n2=" + w, "ex+2=" + e)),
    Groep(
        "paar",
        ("w", "vl", "ex", "w@1", "vl@1", "ex@1"),
        lambda w, v, e, w1, v1, e1: (
            "wn1=" + w + "|" + w1,
            "vlvl+1=" + v + v1,
            "exex+1=" + e + "|" + e1,
        ),
    ),
    Groep(
        "paar-1",
        ("w@-1", "vl@-1", "ex@-1", "w", "vl", "ex"),
        lambda w1, v1, e1, w, v, e: ("w1w=" + w1 + "|" + w,),
    ),
    Groep(
        "t1 woord",
        ("w", "vl", "ex"),
        lambda w, v, e, t: ("t1w=" + t + w, "t1vl=" + t + v, "t1ex=" + t + "|" + e),
        ("t1",),
    ),
    Groep("t1 w+1", ("w@1", "vl@1", "ex@1"), lambda w, v, e, t: ("t1n1=" + t + "|" + w,), ("t1",)),
    Groep(
        "tags",
        ("g-",),
        lambda g, t1, t2: ("t1=" + t1, "t12=" + t1 + t2, "g-=" + g + t1),
        ("t1", "t2"),
    ),
    Groep(
        "toestand",
        ("w", "vl", "ex"),
        lambda w, v, e, st: ("st=" + st + "|" + e, "stv=" + st + "|" + v),
        ("st",),
    ),
)
"""Stage one's features. ``t1`` and ``t2`` are the tags of the two words before (chosen
while tagging, left to right), ``st`` the clause state (:func:`toestand`)."""

VERKLARING = Verklaring(
    NAMEN,
    waarden,
    GROEPEN,
    {"t1": _TAGNAMEN, "t2": _TAGNAMEN, "st": TOESTANDEN},
    afgeleid={"vl": "w", "ex": "w"},
)


def kenmerken(zin: Zin) -> tuple[list[list[str]], list[list[str]]]:
    """Reference path (training, tests): the values of the words of ``zin`` (with stand-ins
    at the ends, see :meth:`Verklaring.opgevuld`) and their features that do not depend on
    the tags before them; add :func:`dynamische_kenmerken` per word."""
    kolommen = waarden(zin)
    return VERKLARING.opgevuld(kolommen), VERKLARING.kenmerken(kolommen)


def dynamische_kenmerken(
    opgevuld: Sequence[Sequence[str]], i: int, t1: str, t2: str, st: str
) -> list[str]:
    """Reference path: the features of word ``i`` that depend on the tags before it."""
    return VERKLARING.dynamische_kenmerken(opgevuld, i, {"t1": t1, "t2": t2, "st": st})


_OVERGANG = tuple(
    tuple(tuple(TOESTANDEN.index(toestand(st, gat, t1)) for gat in ("_", ",")) for t1 in _TAGNAMEN)
    for st in TOESTANDEN
)
""":func:`toestand` as a table: [state][previous tag][the gap breaks the clause]."""
_BREEKT_NIET = frozenset(("_", "x", "S"))
_BYTES = 2 * len(TAGS)
_UITPAKKEN = tuple(
    (
        struct.Struct(
            "<"
            + "".join(
                "H" if (tt or t != T_TT) and (vt or t != T_VT) else "2x" for t in range(len(TAGS))
            )
        ).unpack,
        tuple(t for t in range(len(TAGS)) if (tt or t != T_TT) and (vt or t != T_VT)),
    )
    for tt in (False, True)
    for vt in (False, True)
)
"""Per (finite present allowed, finite past allowed): an unpacker of the fields a word may
score in (the others are skipped), and the tag of each field it gives."""

MAX_GROEP_CACHE = 60_000
"""Group sums the tagger keeps (rows of a dynamic group count once; a row holds up to 256
sums)."""
MAX_KENMERK_CACHE = 50_000
"""Feature strings whose weights it keeps (about 150 bytes each). Both caches are emptied
when full: a few tens of MB at most."""


class Tagger(KenmerkSom):
    """The stage-one weights, read lazily bucket by bucket.

    Tagging sums exactly the features of :data:`VERKLARING`, through cached group sums
    (:class:`~verhaal.checker.tijd.verklaring.Sommen`): the groups that do not depend on
    the tags are summed for the whole sentence at once, the others per word from a row of
    sums per combination of the previous tags (or the clause state).
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
        self._sommen = Sommen(VERKLARING, self.som, MAX_GROEP_CACHE)

    def leeg(self) -> None:
        """Forget the cached weights (for benchmarks)."""
        self._cache.clear()
        self._sommen.leeg()

    def _lees(self, kenmerk: str) -> int:
        """The packed weights of a feature from its bucket."""
        b = self._begin + (zlib.crc32(kenmerk.encode("utf-8")) & self._masker) * self._breedte
        return int.from_bytes(self._ruw[b : b + self._breedte], "little")

    def _bewaar(self, kenmerk: str) -> int:
        waarde = self._cache[kenmerk] = self._lees(kenmerk)
        return waarde

    def tag(self, zin: Zin, sommen: list[int] | None = None) -> tuple[list[int], list[float]]:
        """The tag of every word of ``zin`` (indices into TAGS), and for words that can be
        finite the score margin of that tag over the next best (0.0 for the others).

        ``sommen``, if given, receives every word's packed feature sum (for tests).
        """
        return self.tag_alle([zin], sommen)[0]

    def tag_alle(
        self, zinnen: Sequence[Zin], sommen: list[int] | None = None
    ) -> list[tuple[list[int], list[float]]]:
        """:meth:`tag` for several sentences: the sums that do not depend on the tags are
        made for all of them at once (a story's sentences are short, and each pass over
        them has a fixed cost)."""
        if len(self._cache) > MAX_KENMERK_CACHE:
            self._cache.clear()
        kolommen: list[list[str]] = [[] for _ in NAMEN]
        # Where each sentence's first word is in the columns of all of them.
        begins = [VERKLARING.aanvullen(kolommen, waarden(zin)) for zin in zinnen]
        groepen = self._sommen
        ingangen = groepen.ingangen(kolommen)
        lus = _LUS if sommen is None else _LUS_SOMMEN
        return [
            lus(zin, begin, ingangen, groepen.vul, sommen, self.schaal)
            for zin, begin in zip(zinnen, begins, strict=True)
        ]


_LUS_CODE = """
def lus(zin, begin, ingangen, vul, sommen, schaal):
    ({V}) = ingangen
    n = len(zin.woorden)
    tags = []
    marges = [0.0] * n
    gaten = zin.gaten
    mag_tt = zin.tt
    mag_vt = zin.vt
    t1 = t2 = BEGIN
    st = 0
    for i in range(n):
        st = OVERGANG[st][t1][gaten[i] not in BREEKT_NIET]
        p = begin + i
        s = {statisch} + {dynamisch}{bewaar}
        tt = mag_tt[i]
        vt = mag_vt[i]
        uitpakken, nummers = UITPAKKEN[tt * 2 + vt]
        veld = uitpakken(s.to_bytes(BYTES, "little"))
        if tt or vt:
            # One sort gives the best field and the next best: the margin (0 when they tie).
            rij = sorted(veld)
            hoogste = rij[-1]
            marges[i] = (hoogste - rij[-2]) * schaal
        else:
            hoogste = max(veld)
        beste = nummers[veld.index(hoogste)]
        tags.append(beste)
        t2 = t1
        t1 = beste
    return tags, marges
"""
"""Tagging one sentence, greedy left to right. The sum of a word's features is written out
from :data:`VERKLARING` (the cached entries ``V0``, ``V1``, ... around ``p``, see
:meth:`Verklaring.som_code` and :meth:`Verklaring.dyn_code`), so a word costs a dozen index
operations; the code is compiled once, at import, and holds no feature of its own. Word
``i`` of a sentence is at ``p = begin + i`` in the columns of all sentences together."""


def _maak_lus(bewaar: bool) -> Any:
    """The loop of :data:`_LUS_CODE`; with ``bewaar`` it appends every word's sum to
    ``sommen`` (for tests)."""
    code = _LUS_CODE.format(
        V="".join(f"V{s}, " for s in range(len(VERKLARING.sleutels))),
        statisch=VERKLARING.som_code("p", naast_dyn=True),
        dynamisch=VERKLARING.dyn_code("p"),
        bewaar="\n        sommen.append(s)" if bewaar else "",
    )
    ruimte: dict[str, Any] = {
        "BEGIN": _BEGIN,
        "OVERGANG": _OVERGANG,
        "BREEKT_NIET": _BREEKT_NIET,
        "UITPAKKEN": _UITPAKKEN,
        "BYTES": _BYTES,
    }
    exec(compile(code, "<tagger-lus>", "exec"), ruimte)
    return ruimte["lus"]


_LUS = _maak_lus(False)
_LUS_SOMMEN = _maak_lus(True)


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
