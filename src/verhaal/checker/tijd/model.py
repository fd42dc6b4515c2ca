"""The tense tagger's weights: an averaged perceptron over hashed features.

Features are strings; each is hashed (CRC-32, stable across runs, unlike ``hash``) into
``2**bits`` buckets, and every bucket holds one int16 weight per label. The weights are one
flat array per pass, so loading the model is a single ``frombytes`` per pass: the shipped
model has ``bits`` 16 and one pass, ``3 * 2**16`` weights, about 0.4 MB.

File layout of ``tijd.model``: ``VTM1``, a uint32 length and that many bytes of UTF-8
notice text (attribution and licence: the model is trained on UD Dutch, CC BY-SA 4.0),
one byte ``bits``, one byte with the number of passes, then per pass a float32 scale and
``3 * 2**bits`` little-endian int16 weights (:func:`schrijf_model` writes it,
:func:`laad_model` reads it; :meth:`Model.scores` takes the pass to score with).
Trained by ``scripts/tabellen/train_tijd.py``.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from verhaal.data import pad

LABELS = ("O", "TT", "VT")
"""Not a finite verb (or not one we judge), finite present, finite past."""
O, TT, VT = 0, 1, 2  # noqa: E741 - the labels' own names
MAGIC = b"VTM1"
_BIAS = 1 << 15
"""Added to every weight in a packed sum (see :class:`Model`)."""
MAX_KENMERK_CACHE = 50_000
"""Feature strings whose packed weights are kept (about 150 bytes each)."""
VELD = (1 << 32) - 1
"""Mask of one label's 32-bit field in a packed sum (see :class:`Model`)."""


def beste(scores: tuple[float, float, float], toegestaan: tuple[bool, bool, bool]) -> int:
    """The best allowed label (ties go to the lower label, O first)."""
    return max(
        (label for label in range(3) if toegestaan[label]), key=lambda lab: (scores[lab], -lab)
    )


def emmer(kenmerk: str, masker: int) -> int:
    """The bucket of a feature string."""
    return zlib.crc32(kenmerk.encode("utf-8")) & masker


class KenmerkSom:
    """Packed feature weights, cached per feature string; shared by both stages. A subclass
    reads a feature's bucket in ``_bewaar`` (and may bound the cache there)."""

    _cache: dict[str, int]

    def _bewaar(self, kenmerk: str) -> int:
        raise NotImplementedError

    def som(self, kenmerken: Sequence[str]) -> int:
        """The packed weights of some features, added up (each feature's cached: the group
        sums of :class:`~verhaal.checker.tijd.verklaring.Sommen` come through here, and many
        of their strings recur in the entries of other words, such as a pair's flags or the
        tags around a candidate)."""
        get = self._cache.get
        totaal = 0
        for k in kenmerken:
            waarde = get(k)
            totaal += self._bewaar(k) if waarde is None else waarde
        return totaal

    def _lees(self, kenmerk: str) -> int:
        raise NotImplementedError


class Model(KenmerkSom):
    """Hashed perceptron weights, read-only.

    Packed sums (:meth:`som`, :meth:`lees`) hold three 32-bit fields, one per label, each
    weight plus 2**15: adding the integers of a word's features adds all three scores at
    once.
    """

    def __init__(self, ruw: bytes) -> None:
        if ruw[:4] != MAGIC:
            raise ValueError("tijd.model: onbekend formaat")
        lengte = int.from_bytes(ruw[4:8], "little")
        pos = 8 + lengte
        self.verklaring = ruw[8:pos].decode("utf-8")
        self.bits = ruw[pos]
        passen = ruw[pos + 1]
        pos += 2
        self.masker = (1 << self.bits) - 1
        grootte = 3 << self.bits
        self.schalen: list[float] = []
        self.tabellen: list[array[int]] = []
        self._gepakt = b""
        for _ in range(passen):
            (schaal,) = struct.unpack("<f", ruw[pos : pos + 4])
            tabel = array("h")
            tabel.frombytes(ruw[pos + 4 : pos + 4 + 2 * grootte])
            if sys.byteorder == "big":  # pragma: no cover - the file is little-endian
                tabel.byteswap()
            if len(tabel) != grootte:
                raise ValueError("tijd.model: verkeerde lengte")
            if not self.tabellen:
                self._gepakt = _pak(ruw[pos + 4 : pos + 4 + 2 * grootte])
            self.schalen.append(schaal)
            self.tabellen.append(tabel)
            pos += 4 + 2 * grootte
        self._cache: dict[str, int] = {}
        self.afhankelijk: list[Any] = []
        """Caches of group sums built on these weights (emptied with :meth:`leeg`)."""

    def leeg(self) -> None:
        """Forget the cached weights and group sums (for benchmarks)."""
        self._cache.clear()
        for sommen in self.afhankelijk:
            sommen.leeg()

    def _lees(self, kenmerk: str) -> int:
        return self.lees(kenmerk)

    def lees(self, kenmerk: str) -> int:
        """The packed weights of one feature (as in :meth:`som`), read from the table, not
        cached."""
        i = (zlib.crc32(kenmerk.encode("utf-8")) & self.masker) * _GEPAKT
        return int.from_bytes(self._gepakt[i : i + _GEPAKT], "little")

    def lees_emmer(self, emmer: int) -> int:
        """The packed weights of one bucket (what :meth:`lees` gives for its features)."""
        i = emmer * _GEPAKT
        return int.from_bytes(self._gepakt[i : i + _GEPAKT], "little")

    def _bewaar(self, kenmerk: str) -> int:
        if len(self._cache) > MAX_KENMERK_CACHE:
            self._cache.clear()
        waarde = self._cache[kenmerk] = self.lees(kenmerk)
        return waarde

    def indices(self, kenmerken: Iterable[str]) -> list[int]:
        """Offsets of the features' buckets in a weight table."""
        masker = self.masker
        crc = zlib.crc32
        return [(crc(k.encode("utf-8")) & masker) * 3 for k in kenmerken]

    def scores(self, indices: Iterable[int], pas: int = 0) -> tuple[float, float, float]:
        """Scores of the labels O, TT and VT for one word in pass ``pas``."""
        g = self.tabellen[pas]
        o = tt = vt = 0
        for i in indices:
            o += g[i]
            tt += g[i + 1]
            vt += g[i + 2]
        s = self.schalen[pas]
        return o * s, tt * s, vt * s


_GEPAKT = 12
"""Bytes per bucket in :attr:`Model._gepakt`: three little-endian 32-bit fields."""
_HOOG = bytes(b ^ 0x80 for b in range(256))
"""Flips the sign bit of an int16's high byte: int16 ``x`` becomes uint16 ``x + 2**15``."""


def _pak(gewichten: bytes) -> bytes:
    """The first pass's int16 weights (little-endian, three per bucket) as a bucket's
    packed sum (see :class:`Model`): per weight a 32-bit field holding the weight plus
    2**15, so reading a feature is one ``int.from_bytes`` of 12 bytes (the same number as
    :meth:`Model.lees` built from the three weights)."""
    gepakt = bytearray(2 * len(gewichten))
    gepakt[0::4] = gewichten[0::2]
    gepakt[1::4] = gewichten[1::2].translate(_HOOG)
    return bytes(gepakt)


def schrijf_model(passen: list[Iterable[float]], bits: int, verklaring: str) -> bytes:
    """Serialise float weights (3 per bucket, per pass) as int16 with a scale factor."""
    tekst = verklaring.encode("utf-8")
    uit = MAGIC + len(tekst).to_bytes(4, "little") + tekst + bytes([bits, len(passen)])
    for gewichten in passen:
        waarden = list(gewichten)
        grootste = max((abs(w) for w in waarden), default=1.0) or 1.0
        schaal = grootste / 32767
        geheel = array("h", (round(w / schaal) for w in waarden))
        if sys.byteorder == "big":  # pragma: no cover
            geheel.byteswap()
        uit += struct.pack("<f", schaal) + geheel.tobytes()
    return uit


@cache
def laad_model() -> Model:
    """The shipped model, loaded on first use."""
    return Model(pad("werkwoorden/tijd.model").read_bytes())
