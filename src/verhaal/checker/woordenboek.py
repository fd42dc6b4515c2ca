"""Dutch lexicon lookups: is this a Dutch word, how frequent is it, how is it capitalised.

The tables are large (the OpenTaal list has ~400k entries), so they are not loaded into
Python sets: that would cost tens of milliseconds and megabytes of objects at every start.
Instead each table is one binary file with sorted, front-coded blocks of words
(:class:`Woordtabel`); a lookup is a binary search over the block heads plus a short scan
of one block, straight on the bytes. Loading is reading the file (well under a millisecond)
and happens lazily on the first lookup.

Tables (under ``verhaal/data/lexicon/``, provenance in its HERKOMST.md):

- ``woorden.bin``: every single-word entry of the OpenTaal word list, case preserved
  (proper nouns are capitalised there).
- ``frequentie.bin``: one byte per entry of ``woorden.bin`` (same order): the Zipf
  frequency x10 in Dutch of the entry (case ignored), from the wordfreq package's data.
- ``meerwoordig.txt``: multi-word proper names of the OpenTaal list (``Albert Heijn``).
"""

from __future__ import annotations

import struct
import sys
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from functools import cache

from verhaal.data import lees_regels, pad

_MAGIC = b"VWT2"

WOORDMEMO = 1 << 12
"""How many distinct words (token texts) each per-word cache of the checker keeps, least
recently used first out: the words a story repeats (the rules judge most of them by their
text alone), in bounded memory on large collections of stories."""
_KOP = struct.Struct("<4sIHBxII")


class Woordtabel:
    """A sorted set of words (optionally with a one-byte value each) in one bytes object.

    Layout: header, block offsets (uint32), block data, values, block heads. A block holds up to
    ``blok`` words: the first in full, the others as (shared-prefix length, suffix), each
    ended by a newline. Words are compared as UTF-8 bytes, which sorts like code points.
    """

    __slots__ = ("_basis", "_blok", "_data", "_koppen", "_n", "_nblokken", "_offsets", "_waarden")

    def __init__(self, ruw: bytes) -> None:
        magic, n, blok, heeft_waarden, nblokken, koppen_lengte = _KOP.unpack_from(ruw, 0)
        if magic != _MAGIC:
            raise ValueError("geen woordtabel")
        begin = _KOP.size
        eind_offsets = begin + 4 * (nblokken + 1)
        self._offsets = array("I")
        self._offsets.frombytes(ruw[begin:eind_offsets])
        if sys.byteorder != "little":  # pragma: no cover - the files are little-endian
            self._offsets.byteswap()
        self._n = int(n)
        self._blok = int(blok)
        self._nblokken = int(nblokken)
        # Positions in the block data are relative to _basis; the data is not copied.
        self._data = ruw
        self._basis = eind_offsets
        data_eind = eind_offsets + (self._offsets[nblokken] if nblokken else 0)
        waarden_eind = data_eind + (self._n if heeft_waarden else 0)
        self._waarden = ruw[data_eind:waarden_eind] if heeft_waarden else b""
        # The first word of every block, for a fast binary search (one split, no loop).
        koppen = ruw[waarden_eind : waarden_eind + koppen_lengte]
        self._koppen = koppen.split(b"\n") if nblokken else []

    def __len__(self) -> int:
        return self._n

    def _zoek(self, woord: str) -> int:
        """Global index of ``woord``, or -1.

        The block is scanned without rebuilding its words: ``gelijk`` is how far the key
        agrees with the last word passed (which sorts before the key). A word that shares
        more than that with its predecessor sorts before the key as well and is passed at
        the cost of finding its end; only the others are compared.
        """
        if not self._nblokken:
            return -1
        sleutel = woord.encode("utf-8")
        blok = bisect_right(self._koppen, sleutel) - 1
        if blok < 0:
            return -1
        kop = self._koppen[blok]  # the block's first word, as in the data
        if kop == sleutel:
            return blok * self._blok
        data = self._data
        pos = self._basis + self._offsets[blok] + len(kop) + 1
        eind = self._basis + self._offsets[blok + 1]
        gelijk = _gedeeld(kop, sleutel)
        stap = 0
        while pos < eind:
            stap += 1
            nl = data.index(b"\n", pos + 1)  # after the prefix-length byte, which may be 10
            gedeeld = data[pos]
            if gedeeld <= gelijk:
                # The word is the key's first ``gedeeld`` bytes and then its suffix.
                staart = data[pos + 1 : nl]
                rest = sleutel[gedeeld:]
                if staart == rest:
                    return blok * self._blok + stap
                if staart > rest:
                    return -1
                gelijk = gedeeld
                for a, b in zip(staart, rest, strict=False):
                    if a != b:
                        break
                    gelijk += 1
            pos = nl + 1
        return -1

    def index(self, woord: str) -> int:
        """Position of ``woord`` in sorted order (for tables aligned to this one), or -1."""
        return self._zoek(woord)

    def __contains__(self, woord: object) -> bool:
        return isinstance(woord, str) and self._zoek(woord) >= 0

    def waarde(self, woord: str) -> int | None:
        """The value stored with ``woord`` (``None`` if absent or the table has no values)."""
        index = self._zoek(woord)
        if index < 0 or not self._waarden:
            return None
        return self._waarden[index]

    def __iter__(self) -> Iterator[str]:
        data = self._data
        for blok in range(self._nblokken):
            pos = self._basis + self._offsets[blok]
            eind = self._basis + self._offsets[blok + 1]
            nl = data.index(b"\n", pos)
            vorige = data[pos:nl]
            yield vorige.decode("utf-8")
            pos = nl + 1
            while pos < eind:
                nl = data.index(b"\n", pos + 1)
                vorige = vorige[: data[pos]] + data[pos + 1 : nl]
                yield vorige.decode("utf-8")
                pos = nl + 1


def _gedeeld(a: bytes, b: bytes) -> int:
    """Length of the common prefix of ``a`` and ``b``."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def maak_woordtabel(woorden: Iterable[str] | Mapping[str, int], blok: int = 32) -> bytes:
    """Serialise words (or words with values 0-255) into the :class:`Woordtabel` format.

    Used by the table scripts under ``scripts/tabellen``; words may not contain newlines.
    """
    waarden_map = woorden if isinstance(woorden, Mapping) else None
    sleutels = sorted({w.encode("utf-8") for w in woorden})
    offsets: list[int] = []
    delen: list[bytes] = []
    lengte = 0
    vorige = b""
    for index, sleutel in enumerate(sleutels):
        if b"\n" in sleutel or not sleutel:
            raise ValueError(f"ongeldig woord: {sleutel!r}")
        if index % blok == 0:
            offsets.append(lengte)
            stuk = sleutel + b"\n"
        else:
            gedeeld = 0
            grens = min(len(vorige), len(sleutel), 255)
            while gedeeld < grens and vorige[gedeeld] == sleutel[gedeeld]:
                gedeeld += 1
            stuk = bytes([gedeeld]) + sleutel[gedeeld:] + b"\n"
        delen.append(stuk)
        lengte += len(stuk)
        vorige = sleutel
    offsets.append(lengte)
    koppen = b"\n".join(sleutels[::blok])
    kop = _KOP.pack(
        _MAGIC,
        len(sleutels),
        blok,
        1 if waarden_map is not None else 0,
        len(offsets) - 1,
        len(koppen),
    )
    uit = [kop, struct.pack(f"<{len(offsets)}I", *offsets), *delen]
    if waarden_map is not None:
        uit.append(bytes(waarden_map[s.decode("utf-8")] for s in sleutels))
    uit.append(koppen)
    return b"".join(uit)


@cache
def lees_woordtabel(naam: str) -> Woordtabel:
    """Load a shipped table (path relative to ``verhaal/data``), once per process."""
    return Woordtabel(pad(naam).read_bytes())


def _lexicon() -> Woordtabel:
    return lees_woordtabel("lexicon/woorden.bin")


def engelse_woorden() -> Woordtabel:
    """The English word table (``engels/woorden.bin``, built by scripts/tabellen/engels.py;
    its values are declared in :mod:`verhaal.checker.rules.engels`): the one way every rule
    reads it."""
    return lees_woordtabel("engels/woorden.bin")


def engelse_samenstelling(klein: str) -> bool:
    """Whether a lower-case word is two words of the English table run together, each of
    at least three letters: a game, app or brand (minecraft, snapchat, facetime)."""
    tabel = engelse_woorden()
    return any(klein[:i] in tabel and klein[i:] in tabel for i in range(3, len(klein) - 2))


def engelse_waarde(woord: str) -> int:
    """The value of ``woord`` (as written) in the English word table, 0 when absent (the
    table stores no 0)."""
    return engelse_woorden().waarde(woord) or 0


def is_vorm(woord: str) -> bool:
    """Whether ``woord`` occurs in the lexicon exactly as written (case included)."""
    return woord in _lexicon()


@cache
def is_woord(woord: str) -> bool:
    """Whether ``woord`` is a Dutch word: as written, or in lower case (sentence start).

    Proper nouns (``Arnhem``) count when written with their capital.
    """
    if not woord:
        return False
    lexicon = _lexicon()
    if woord in lexicon:
        return True
    klein = woord.lower()
    return klein != woord and klein in lexicon


@cache
def is_gewoon_woord(woord: str) -> bool:
    """Whether the lower-case form of ``woord`` is a Dutch word (not only a proper noun).

    ``Jasmijn`` -> True (jasmijn, a shrub); ``Arnhem`` -> False; ``Kofi`` -> False.
    """
    return bool(woord) and woord.lower() in _lexicon()


@cache
def is_eigennaam(woord: str) -> bool:
    """Whether ``woord`` is in the lexicon only with a capital: a place, brand, name, ..."""
    if not woord or not woord[0].isupper():
        return False
    lexicon = _lexicon()
    return (woord in lexicon or woord.upper() in lexicon) and woord.lower() not in lexicon


@cache
def is_voornaam(woord: str) -> bool:
    """Whether ``woord`` (capitalised) is a known first name."""
    return woord in lees_woordtabel("namen/voornamen.bin")


@cache
def is_achternaam(woord: str) -> bool:
    """Whether ``woord`` (capitalised) is a known surname (or part of one)."""
    return woord in lees_woordtabel("namen/achternamen.bin")


@cache
def is_plaats(woord: str) -> bool:
    """Whether ``woord`` is a city or country of the gazetteer (GeoNames: Gdańsk, Gdansk)."""
    return woord in lees_woordtabel("namen/plaatsen.bin")


def is_plaatspaar(eerste: str, tweede: str) -> bool:
    """Whether two words open a gazetteer place of more words (São Paulo, Buenos Aires,
    Costa Rica; ``plaatsparen.bin``, built with ``plaatsen.bin``)."""
    return f"{eerste} {tweede}" in lees_woordtabel("namen/plaatsparen.bin")


@cache
def _plaatsdeeltjes() -> frozenset[str]:
    return frozenset(lees_regels("namen/plaatsdeeltjes.txt"))


def is_plaatsdeeltje(woord: str) -> bool:
    """Whether ``woord`` opens many place names of the gazetteer (São, San, Sankt, Puerto,
    Kuala; ``plaatsdeeltjes.txt``, built with ``plaatsen.bin``)."""
    return woord in _plaatsdeeltjes()


VERKLEINING = ("etje", "tje", "pje", "kje", "je", "ke")
"""Endings of a Dutch diminutive, longest first where one ends another."""
_TUSSENKLANK = ("s", "en", "e", "er")


def _klein_in_lexicon(woord: str) -> bool:
    return len(woord) >= 3 and woord in _lexicon()


@cache
def is_samenstelling(woord: str) -> bool:
    """Whether ``woord`` is a compound of lexicon words (boom + hommel, basis + taken +
    pakket), with the usual linking sounds (s, e, en, er). Case-insensitive."""
    klein = woord.lower()
    if len(klein) < 6 or not klein.isalpha():
        return False
    for i in range(len(klein) - 4, 2, -1):  # longest head first; tail of 4+ letters
        kop, staart = klein[:i], klein[i:]
        if not _klein_in_lexicon(staart):
            continue  # the head may be a compound itself, the tail must be a word
        if _klein_in_lexicon(kop):
            return True
        for klank in _TUSSENKLANK:
            if kop.endswith(klank) and _klein_in_lexicon(kop[: -len(klank)]):
                return True
        if len(kop) >= 6 and is_samenstelling(kop):
            return True
    return False


def _zonder_accenten(woord: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", woord) if unicodedata.category(c) != "Mn"
    )


@cache
def is_nederlands(woord: str) -> bool:
    """Whether ``woord`` is a Dutch common word: in the lexicon in lower case, a compound
    of such words, or a diminutive of one (riddertje, zeerovertje)."""
    if is_gewoon_woord(woord) or is_samenstelling(woord):
        return True
    klein = woord.lower()
    kaal = _zonder_accenten(klein)
    if kaal != klein and (kaal in _lexicon() or kaal.replace("e", "é", 1) in _lexicon()):
        return True  # Eén, hé: accents of emphasis
    for uitgang in VERKLEINING:
        if klein.endswith(uitgang) and len(klein) > len(uitgang) + 2:
            basis = klein[: -len(uitgang)]
            if basis in _lexicon() or (len(basis) > 3 and basis[:-1] in _lexicon()):
                return True
    return False


@cache
def frequentie(woord: str) -> float:
    """Zipf frequency of ``woord`` in Dutch (case-insensitive); 0.0 when unknown.

    Zipf 6 is a word of every sentence (``het``), 4 a common word (``fiets``), 2 a rare
    one. Only words of the lexicon have a frequency (proper nouns included: the lower-case
    form is tried first, then the word as written).
    """
    lexicon = _lexicon()
    index = lexicon.index(woord.lower())
    if index < 0:
        index = lexicon.index(woord)
    return 0.0 if index < 0 else _frequenties()[index] / 10


@cache
def _frequenties() -> bytes:
    return pad("lexicon/frequentie.bin").read_bytes()


@cache
def meerwoordige_namen() -> frozenset[str]:
    """Multi-word proper names from the lexicon (``Albert Heijn``, ``Rode Kruis``)."""
    tekst = pad("lexicon/meerwoordig.txt").read_text(encoding="utf-8")
    return frozenset(r for r in tekst.split("\n") if r and not r.startswith("#"))


BEPALERS = frozenset("de het een deze die dat dit onze ons mijn jouw zijn haar hun".split())
"""Words that open a Dutch noun phrase: articles, demonstratives and possessives (closed
class). The naam and engels rules judge the word after one of them."""


# --- Term lists: words and fixed phrases with inflected forms ------------------------------

_ER = ("'er", "’er", "er")


def verbogen_vormen(woord: str) -> tuple[str, ...]:
    """Common Dutch inflections of a lower-case noun or adjective (base form included).

    Plural -en/-s/-'s, doubled consonant (plan -> plannen), adjective -e and -en/-n;
    enough to find jargon and English terms in running text.
    """
    vormen = {woord, woord + "s", woord + "'s", woord + "’s", woord + "e", woord + "en"}
    if woord.endswith("e"):
        vormen.add(woord + "n")
    korte_klinker = len(woord) > 2 and woord[-1] not in "aeiouy" and woord[-2] in "aeiou"
    if korte_klinker and (len(woord) < 4 or woord[-3] not in "aeiou"):
        vormen.add(woord + woord[-1] + "en")
        vormen.add(woord + woord[-1] + "e")
    return tuple(vormen)


class Termen:
    """A list of terms (single words, fixed phrases, acronyms) to find in token sequences.

    Lower-case terms match in any capitalisation and with :func:`verbogen_vormen` on each
    word; a term with capitals (an acronym) matches case-sensitively, also with ``'er``
    (IB'er) and as part of a hyphenated compound (LOB-traject); a hyphenated term
    (psycho-educatie) matches as a whole. Single lower-case words of
    six letters or more also match as the first or last part of a closed compound whose
    other part is a Dutch word (groepsplanbespreking).
    """

    def __init__(self, termen: Mapping[str, str | None], *, eerste_vast: bool = False) -> None:
        """``eerste_vast``: the first word of a phrase matches only as written, without the
        Dutch inflections (English phrases: the forms of 'to', 'on', 'all' and 'same' would
        be the Dutch 'toen', 'ons', 'alle' and 'samen', and every such word would start a
        search)."""
        self.termen = dict(termen)
        self._vorm: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
        self._acroniemen: dict[str, str] = {}
        self._compound: list[str] = []
        for term in self.termen:
            if term != term.lower() and " " not in term:
                self._acroniemen[term] = term
                for uitgang in _ER:
                    self._acroniemen[term + uitgang] = term
                    self._acroniemen[term + uitgang + "s"] = term
                self._acroniemen[term + "'s"] = term
                self._acroniemen[term + "’s"] = term
                continue
            woorden = term.lower().split()
            patroon = tuple(frozenset(verbogen_vormen(w)) for w in woorden)
            if eerste_vast and len(woorden) > 1:
                patroon = (frozenset((woorden[0],)), *patroon[1:])
            for vorm in patroon[0]:
                self._vorm.setdefault(vorm, []).append((patroon, term))
            if len(woorden) == 1 and len(term) >= 6:
                self._compound.append(term.lower())
        for lijst in self._vorm.values():
            lijst.sort(key=lambda item: -len(item[0]))
        self._compound_tuple = tuple(self._compound)
        # Without acronyms and single-word terms no token is a term on its own (the
        # English phrases): term_van_woord is then None for every word.
        self._enkelwoordig = bool(self._acroniemen) or any(
            len(patroon) == 1 for lijst in self._vorm.values() for patroon, _ in lijst
        )
        self._per_woord: dict[str, str | None] = {}
        """Memo of :meth:`term_van_woord`: a story repeats its words, and a long word is
        tried against every compound term."""

    def term_van_woord(self, woord: str) -> str | None:
        """The term a single token is (or contains as a compound part), if any."""
        try:
            return self._per_woord[woord]
        except KeyError:
            pass
        gevonden = self._term_van_woord(woord) if self._enkelwoordig else None
        if len(self._per_woord) >= WOORDMEMO:
            self._per_woord.clear()
        self._per_woord[woord] = gevonden
        return gevonden

    def kan_beginnen(self, woord: str) -> bool:
        """Whether a match of :meth:`zoek` may start at this word: it starts a phrase or
        is a term itself. A run of words none of which may start a match has none."""
        return woord.lower() in self._vorm or self.term_van_woord(woord) is not None

    def _term_van_woord(self, woord: str) -> str | None:
        if woord in self._acroniemen:
            return self._acroniemen[woord]
        if "-" in woord:
            for patroon, term in self._vorm.get(woord.lower(), ()):
                if len(patroon) == 1:
                    return term  # a hyphenated term itself: psycho-educatie
            for deel in woord.split("-"):
                if deel in self._acroniemen:
                    return self._acroniemen[deel]
                gevonden = self._enkel(deel.lower())
                if gevonden is not None:
                    return gevonden
            return None
        return self._enkel(woord.lower())

    def _enkel(self, klein: str) -> str | None:
        for patroon, term in self._vorm.get(klein, ()):
            if len(patroon) == 1:
                return term
        if len(klein) < 9 or not self._compound:
            return None
        if not (klein.startswith(self._compound_tuple) or klein.endswith(self._compound_tuple)):
            return None  # one test for all compound terms: most words contain none
        for term in self._compound:
            if klein.startswith(term):
                rest = klein[len(term) :]
                if len(rest) >= 3 and rest not in verbogen_vormen(term) and is_woord(rest):
                    return term
                # with a linking s: bekostiging + s + categorie
                if rest[:1] == "s" and len(rest) >= 5 and is_woord(rest[1:]):
                    return term
            elif klein.endswith(term):
                begin = klein[: -len(term)]
                if len(begin) >= 3 and (is_woord(begin) or is_woord(begin.rstrip("s"))):
                    return term
        return None

    def zoek(self, woorden: list[str]) -> Iterator[tuple[int, int, str]]:
        """Yield (first, end, term) index ranges of terms in a list of word strings.

        Longest match first; matches do not overlap.
        """
        posities: Iterable[int] = range(len(woorden))
        if not self._enkelwoordig:
            # Only a word that starts a phrase can start a match.
            posities = [i for i, woord in enumerate(woorden) if woord.lower() in self._vorm]
        i = 0
        for positie in posities:
            if positie < i:
                continue  # inside the match before
            i = positie
            woord = woorden[i]
            klein = woord.lower()
            gevonden: tuple[int, str] | None = None
            for patroon, term in self._vorm.get(klein, ()):
                n = len(patroon)
                if (
                    n > 1
                    and i + n <= len(woorden)
                    and all(woorden[i + k].lower() in patroon[k] for k in range(1, n))
                ):
                    gevonden = (n, term)
                    break
            if gevonden is None and self._enkelwoordig:
                term_enkel = self.term_van_woord(woord)
                if term_enkel is not None:
                    gevonden = (1, term_enkel)
            if gevonden is not None:
                yield i, i + gevonden[0], gevonden[1]
                i += gevonden[0]


@cache
def genummerde_woorden() -> frozenset[str]:
    """Nouns that a number follows as a name or label, not as a count (``groep zeven``,
    ``hoofdstuk acht``, ``bus vier``): ``data/getallen/genummerd.txt``. The number rule and
    the tense rule's ``getal_geen_werkwoord`` both read this one list."""
    return frozenset(w for regel in lees_regels("getallen/genummerd.txt") for w in regel.split())
