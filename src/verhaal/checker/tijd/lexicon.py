"""The Dutch verb lexicon behind the tense rule: word form -> possible analyses.

The table holds about a hundred thousand word forms. Building a Python dict of that size
costs tens of milliseconds, so the forms are stored as a sorted array of 32-bit CRC keys
with parallel arrays of flags and paradigm numbers: loading is a single ``frombytes`` and a
lookup is a binary search. A CRC collision can at worst lend an unknown word the flags of
a verb form (about one chance in 40,000 per unknown word); the tagger still has to agree.

The paradigms themselves (``paradigmas.bin``: infinitive, present forms, past forms,
participle, in compressed blocks) are only read when a suggestion is needed.

Built by ``scripts/tabellen/werkwoorden.py``; provenance in ``data/werkwoorden/HERKOMST.md``.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from dataclasses import dataclass, fields
from functools import cache

from verhaal.data import pad

# Flags: what a word form can be. A form often has several (``lopen``: plural present and
# infinitive; ``loop``: present stem and a noun).
STAM = 1
"""Present stem: ``ik loop``, imperative ``loop!``, ``loop jij``."""
T_VORM = 2
"""Present second/third person singular: ``loopt``, ``heeft``, ``is``, ``kan``."""
MEERVOUD = 4
"""Present plural, which is also the infinitive: ``lopen``."""
VT_EV = 8
"""Past singular: ``liep``."""
VT_MV = 16
"""Past plural: ``liepen``."""
VOLTOOID = 32
"""Past participle: ``gelopen``."""
ZELFST = 64
"""Also a noun or a noun plural: ``loop``, ``remmen``, ``tanden``, ``start``."""
BIJV = 128
"""Also an adjective: ``laat``, ``heet``."""
SCHEIDBAAR = 256
"""A separable compound written as one word: ``meedoet``, ``opbelt``."""
ONV_DEELW = 512
"""Present participle: ``lopend``."""
GANGBAAR = 1024
"""A form of one of the ~3,700 common verbs of pattern's table (not a rule-made paradigm)."""

TEGENWOORDIG = STAM | T_VORM | MEERVOUD
VERLEDEN = VT_EV | VT_MV
FINIET = TEGENWOORDIG | VERLEDEN

GEEN = 0xFFFF
"""Paradigm number meaning 'none'."""

MAGIC = b"VWW1"


def sleutel(woord: str) -> int:
    """The 32-bit key of a (lower-case) word form: CRC-32 of its UTF-8 bytes."""
    return zlib.crc32(woord.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Paradigma:
    """The forms of one verb. Alternatives are separated by ``/`` in the table."""

    infinitief: str
    eerste: str
    tweede: str
    derde: str
    vt_ev: str
    vt_mv: str
    voltooid: str

    @property
    def vt_enkelvoud(self) -> str:
        """The preferred past singular (the first alternative)."""
        return self.vt_ev.split("/")[0]

    @property
    def vt_meervoud(self) -> str:
        """The preferred past plural (the first alternative)."""
        return self.vt_mv.split("/")[0]


class Lexicon:
    """Read-only view on ``vormen.bin`` (keys, flags, paradigm numbers)."""

    def __init__(self, ruw: bytes) -> None:
        if ruw[:4] != MAGIC:
            raise ValueError("vormen.bin: onbekend formaat")
        n = int.from_bytes(ruw[4:8], "little")
        pos = 8
        self.sleutels = array("I")
        self.sleutels.frombytes(ruw[pos : pos + 4 * n])
        pos += 4 * n
        self.vlaggen = array("H")
        self.vlaggen.frombytes(ruw[pos : pos + 2 * n])
        pos += 2 * n
        self.tegenwoordig = array("H")
        self.tegenwoordig.frombytes(ruw[pos : pos + 2 * n])
        pos += 2 * n
        self.verleden = array("H")
        self.verleden.frombytes(ruw[pos : pos + 2 * n])
        if sys.byteorder == "big":  # pragma: no cover - the table is little-endian
            for deel in (self.sleutels, self.vlaggen, self.tegenwoordig, self.verleden):
                deel.byteswap()
        self._cache: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.sleutels)

    def _index(self, woord: str) -> int:
        """Position of ``woord`` in the arrays, or -1."""
        k = sleutel(woord)
        i = bisect_left(self.sleutels, k)
        if i < len(self.sleutels) and self.sleutels[i] == k:
            return i
        return -1

    def vlag(self, woord: str) -> int:
        """The flags of a lower-case word form (0 when unknown). Cached per word."""
        gevonden = self._cache.get(woord)
        if gevonden is None:
            i = self._index(woord)
            gevonden = self.vlaggen[i] if i >= 0 else 0
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[woord] = gevonden
        return gevonden

    def paradigma_nummer(self, woord: str, verleden: bool) -> int:
        """Number of the paradigm in which ``woord`` is a present (or past) form."""
        i = self._index(woord)
        if i < 0:
            return GEEN
        return self.verleden[i] if verleden else self.tegenwoordig[i]


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded on first use."""
    return Lexicon(pad("werkwoorden/vormen.bin").read_bytes())


class Paradigmas:
    """Read-only view on ``paradigmas.bin``: the paradigm lines in zlib-compressed blocks.

    Layout: ``VWP1``, uint32 number of lines, uint32 lines per block, uint32 number of
    blocks, the blocks' end offsets (uint32 each, relative to the data), then the blocks:
    each the UTF-8 lines joined by newlines, compressed. A suggestion needs one line, so
    only its block (a few kilobytes) is unpacked.
    """

    def __init__(self, ruw: bytes) -> None:
        if ruw[:4] != PARADIGMA_MAGIC:
            raise ValueError("paradigmas.bin: onbekend formaat")
        regels, per_blok, blokken = struct.unpack_from("<III", ruw, 4)
        self.regels: int = regels
        self.per_blok: int = per_blok
        eindes = array("I")
        eindes.frombytes(ruw[16 : 16 + 4 * blokken])
        if sys.byteorder == "big":  # pragma: no cover - the table is little-endian
            eindes.byteswap()
        self._eindes = eindes
        self._data = ruw[16 + 4 * blokken :]
        if len(self._data) != (eindes[-1] if blokken else 0):
            raise ValueError("paradigmas.bin: verkeerde lengte")
        self._blokken: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return self.regels

    def blok(self, nummer: int) -> list[str]:
        """The lines of block ``nummer`` (unpacked once)."""
        regels = self._blokken.get(nummer)
        if regels is None:
            begin = self._eindes[nummer - 1] if nummer else 0
            tekst = zlib.decompress(self._data[begin : self._eindes[nummer]]).decode("utf-8")
            regels = self._blokken[nummer] = tekst.split("\n")
        return regels

    def __getitem__(self, nummer: int) -> str:
        if not 0 <= nummer < self.regels:
            raise IndexError(nummer)
        return self.blok(nummer // self.per_blok)[nummer % self.per_blok]


PARADIGMA_MAGIC = b"VWP1"


def pak_paradigmas(regels: list[str], per_blok: int = 256) -> bytes:
    """Serialise paradigm lines as ``paradigmas.bin`` (used by the build script)."""
    blokken = [
        zlib.compress("\n".join(regels[i : i + per_blok]).encode("utf-8"), 9)
        for i in range(0, len(regels), per_blok)
    ]
    eindes = array("I")
    positie = 0
    for blok in blokken:
        positie += len(blok)
        eindes.append(positie)
    if sys.byteorder == "big":  # pragma: no cover
        eindes.byteswap()
    kop = PARADIGMA_MAGIC + struct.pack("<III", len(regels), per_blok, len(blokken))
    return kop + eindes.tobytes() + b"".join(blokken)


@cache
def paradigma_tabel() -> Paradigmas:
    """The shipped paradigm table, read when the first suggestion is made."""
    return Paradigmas(pad("werkwoorden/paradigmas.bin").read_bytes())


def paradigmas() -> tuple[str, ...]:
    """All paradigm lines (unpacks the whole table)."""
    tabel = paradigma_tabel()
    return tuple(tabel[i] for i in range(len(tabel)))


def paradigma(nummer: int) -> Paradigma | None:
    """Paradigm ``nummer`` of the table, or None."""
    tabel = paradigma_tabel()
    if nummer == GEEN or nummer >= len(tabel):
        return None
    velden = tabel[nummer].split("|")
    if len(velden) != 7:
        return None
    return Paradigma(*velden)


def werkwoordsvormen(infinitieven: str) -> frozenset[str]:
    """Every form of the verbs whose infinitives ``infinitieven`` names (separated by spaces):
    present, past and participle, with their alternatives, as the paradigm table has them
    ('kopen' gives koop, koopt, kopen, kocht, kochten, gekocht). A rule that needs the forms
    of a few verbs declares their infinitives and takes the forms from here, never a hand
    copy. An infinitive the table does not know is a ValueError."""
    vormen: set[str] = set()
    for infinitief in infinitieven.split():
        p = paradigma(lexicon().paradigma_nummer(infinitief, verleden=False))
        if p is None or infinitief not in p.infinitief.split("/"):
            raise ValueError(f"geen werkwoord in de tabel: {infinitief}")
        for veld in fields(p):
            vormen.update(v for v in getattr(p, veld.name).split("/") if v)
    return frozenset(vormen)


def _zelfde_hoofdletters(voorbeeld: str, vorm: str) -> str:
    """Give ``vorm`` the capitalisation of ``voorbeeld`` (Loopt -> Liep, LOOPT -> LIEP)."""
    if voorbeeld.isupper() and len(voorbeeld) > 1:
        return vorm.upper()
    if voorbeeld[:1].isupper():
        return vorm[:1].upper() + vorm[1:]
    return vorm


def verleden_vorm(woord: str) -> str | None:
    """The past form for a finite present form: loopt -> liep, zijn -> waren, bent -> was."""
    laag = woord.lower()
    p = paradigma(lexicon().paradigma_nummer(laag, verleden=False))
    if p is None:
        return None
    if laag in p.infinitief.split("/") and laag not in (p.eerste, p.tweede, p.derde):
        vorm = p.vt_meervoud
    else:
        vorm = p.vt_enkelvoud
    return _zelfde_hoofdletters(woord, vorm) if vorm else None


def tegenwoordige_vorm(woord: str, eerste_persoon: bool = False) -> str | None:
    """The present form for a finite past form: liep -> loopt (ik liep -> loop), liepen -> lopen."""
    laag = woord.lower()
    p = paradigma(lexicon().paradigma_nummer(laag, verleden=True))
    if p is None:
        return None
    if laag in p.vt_mv.split("/"):
        vorm = p.infinitief
    elif eerste_persoon:
        vorm = p.eerste
    else:
        vorm = p.derde
    return _zelfde_hoofdletters(woord, vorm) if vorm else None
