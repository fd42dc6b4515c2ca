"""The one matcher for the pupil's own name: does a text hold it, and where.

Every place that must keep the pupil's name out of a file asks this module: the checker's
``naam`` rule (the given names), the flow's refusal of answers, the review's masking, and
the checks on file names. They must agree, so the rules live here once:

- the text is compared after normalising both sides: Unicode compatibility forms (NFKC),
  case folding, accents folded (Daniël = Daniel, also with the diaeresis stored as a
  separate combining mark), letters Unicode does not decompose spelled out (Søren =
  Soren, Aylın = Aylin), typographic apostrophes (’) read as ', and every character that
  shows nothing ignored (soft hyphen, zero-width space/joiners, word joiner, BOM, bidi
  marks, variation selectors), an accent standing on its own next to its letter ignored
  too (Danie¨l, Noe ̈l, Ren´e: a dead key and a space, or a copy from a PDF), small
  capitals (ᴅᴀᴀɴ) and Cyrillic or Greek letters that look Latin read as the Latin letter
  (Dаan with a Cyrillic а);
- a word broken at a line end (Zwaan-/tje) is also read whole; a name spelled letter by
  letter (D-a-a-n) counts; a digit ends a word (daan2.md) and so does a capital after a
  small letter when the whole word holds no name (VerhaalDaan.md);
- every part of a full name counts on its own (``Zwaantje Klaassen``: Zwaantje, Klaassen),
  except surname particles (van, de, der, ...) and single letters, and so do the parts
  written together (Dangelo for D'Angelo, Marieclaire, Devries for de Vries);
- a part counts with possessive, plural and diminutive endings (Daans, Daan's, Daan’s,
  Daantje, Daantjes, Daanje, Timmetje) and at the start of a compound (het Zwaantjesplan),
  when the rest of the compound is a Dutch word and the whole is not one (Rooster is a
  word, not Roos + ter);
- a lower-case word that is an ordinary Dutch word (een roos, een merel) is the word, not
  the pupil, in running text; file names (``streng``) have no such exception.

Spans are code-point offsets into the *original* text, so a caller can mark or replace
exactly what the teacher typed, invisible characters and combining marks included.

Pure: no terminal, no files; the lexicon is consulted only for lower-case or compound
candidates. Time is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "NAAM_VERVANGING",
    "ONZICHTBAAR",
    "TUSSENVOEGSELS",
    "NaamZoeker",
    "normaliseer",
    "vouw",
    "zoeker",
]

NAAM_VERVANGING = "[naam]"
"""What a masked name becomes in a written file."""

ONZICHTBAAR = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
"""Characters that show nothing and are ignored when matching: soft hyphen, zero-width
space, non-joiner and joiner, word joiner, byte-order mark."""

TUSSENVOEGSELS = frozenset(
    "van de der den ter ten te het 't in op aan bij d' la le el al da di del von zu".split()
)
"""Surname particles: part of a full name, never matched on their own."""

_APOSTROFS = frozenset("'’‘ʼ′`´")
_GELIJKENDE_LETTERS = {
    # Cyrillic (after case folding; a capital's look counts too: Н is H, В is B)
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "і": "i", "ї": "i", "ј": "j",
    "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
    "х": "x", "ѕ": "s", "һ": "h", "ӏ": "l", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z",
}  # fmt: skip
"""Cyrillic and Greek letters that look like a Latin letter: a name pasted from a chat or a
PDF, or typed on a Russian or Greek keyboard layout (Dаan with a Cyrillic а), is still the
name."""
_KLEINKAPITALEN = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True))
"""Small capitals (ᴅᴀᴀɴ), as 'fancy text' generators for social media write them: Latin
letters that Unicode does not decompose."""
_ZONDER_ONTBINDING = str.maketrans(
    {
        "ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
        "ħ": "h", **_GELIJKENDE_LETTERS, **_KLEINKAPITALEN,
    }
)  # fmt: skip
"""Letters that Unicode does not decompose into a base letter and a mark (Søren = Soren,
Aylın = Aylin), small capitals, and look-alikes from other scripts."""
_OPVULLING = frozenset("\u115f\u1160\u3164\uffa0")
"""Hangul fillers: letters that show nothing."""
_LOSSE_ACCENTEN = frozenset("\u02c6\u02c7")
"""Accents on their own that Unicode calls letters, not symbols (ˆ, ˇ); the others (¨, ¸,
˜, ˚, ˝, ¯) are modifier symbols (category Sk)."""
_ACCENT_IN_WOORD = re.compile(r"(?<=[^\W\d_])(?: (?=[\u0300-\u036f]+[^\W\d_])|\u00b4(?=[^\W\d_]))")
"""Inside a word, a space that carries a combining accent (Noe ̈l, as a PDF of a typeset
text gives it when copied) or an acute accent on its own (Ren´e; the first reading takes
it for an apostrophe, as in D´Angelo): left out in the second reading."""
_ENTITEIT = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""An HTML character reference (Dani&euml;l, D&#97;an): Markdown shows it as its character,
so it is compared as that character."""
_GESPELD = re.compile(r"(?<!\w)(?:[^\W\d_][ .\-\u2010\u2011]){2,}[^\W\d_](?!\w)")
"""A word spelled out letter by letter (D-a-a-n, D.A.A.N., D a a n): the name when its
letters are exactly a form of it."""
_SCHEIDING_GESPELD = re.compile(r"[ .\-\u2010\u2011]")
_AFBREKING = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]\s+(?=[^\W\d_])")
"""A word broken at the end of a line (Zwaan-/tje, as pasted from a PDF), or such a word
quoted on one line (Zwaan- tje): also read as one word."""
_UITGANGEN_KLEIN = ("je", "tje", "pje", "etje", "'tje", "ke")
_BEZIT = ("'s", "'")
_TUSSENKLANK = ("", "s", "e", "en")
_MIN_STAART = 4
"""The rest of a compound after the name is a word of at least this many letters."""
_MIN_SAMENSTELLING = 3
_MAX_SAMENSTELLING = 40
"""Longer letter runs are no compound to analyse (a guard for hostile input: the compound
analysis of the lexicon is not linear in the word's length)."""
_SCHEIDING = re.compile(r"[\s\-\u2010\u2011]+")
_TUSSEN_DELEN = re.compile(r"[\s\-\u2010\u2011]+(?:[\w']+[\s\-\u2010\u2011]+)*")
"""Names shorter than this never count inside a compound (Bo in boter)."""


def _spoorloos(teken: str) -> bool:
    """Whether ``teken`` shows nothing of its own: a mark (also one that does not combine,
    such as a variation selector), a format character (bidi marks from a paste), a filler,
    or an accent standing on its own (¨, ¸, ˜: a dead key followed by a space, or text
    copied from a PDF, puts it next to its letter instead of on it: Danie¨l)."""
    return (
        teken in ONZICHTBAAR
        or teken in _OPVULLING
        or teken in _LOSSE_ACCENTEN
        or unicodedata.category(teken) in ("Mn", "Me", "Cf")
        or (unicodedata.category(teken) == "Sk" and not teken.isascii())
    )


@lru_cache(maxsize=4096)
def _vouw_teken(teken: str) -> str:
    """One character as it is compared: '' for invisible characters and marks, else its
    compatibility decomposition without marks, case-folded, letters such as ø spelled out.
    An apostrophe-like accent (´, `) is an apostrophe (D´Angelo)."""
    if teken in _APOSTROFS:
        return "'"
    if _spoorloos(teken):
        return ""
    kaal = "".join(c for c in unicodedata.normalize("NFKD", teken) if not _spoorloos(c))
    return kaal.casefold().translate(_ZONDER_ONTBINDING)


def normaliseer(tekst: str, *, afbreking: bool = False) -> tuple[str, list[int]]:
    """``tekst`` folded for comparison, and for every folded character the offset of the
    original character it came from. ``afbreking``: read a word broken with a hyphen and
    white space (Zwaan-/tje), or by an accent of its own (Noe ̈l, Ren´e), as one word."""
    weg = (
        {
            i
            for patroon in (_AFBREKING, _ACCENT_IN_WOORD)
            for m in patroon.finditer(tekst)
            for i in range(m.start(), m.end())
        }
        if afbreking
        else set()
    )
    entiteiten = _entiteiten(tekst) if "&" in tekst else {}
    if tekst.isascii() and not weg and not entiteiten:
        gevouwen = tekst.lower().replace("`", "'")
        return gevouwen, list(range(len(tekst)))
    delen: list[str] = []
    bron: list[int] = []
    tot = 0
    for index, teken in enumerate(tekst):
        if index in weg or index < tot:
            continue
        if index in entiteiten:
            tot, teken = entiteiten[index]
            vorm = "".join(_vouw_teken(c) for c in teken)
            delen.append(vorm)
            bron.extend([index] * len(vorm))
            continue
        vorm = teken.lower() if teken.isascii() else _vouw_teken(teken)
        if vorm == "`":
            vorm = "'"
        if vorm:
            delen.append(vorm)
            bron.extend([index] * len(vorm))
    return "".join(delen), bron


def _entiteiten(tekst: str) -> dict[int, tuple[int, str]]:
    """Per HTML character reference in ``tekst``: its start, its end and what it stands for."""
    import html

    gevonden: dict[int, tuple[int, str]] = {}
    for m in _ENTITEIT.finditer(tekst):
        teken = html.unescape(m.group())
        if teken != m.group():
            gevonden[m.start()] = (m.end(), teken)
    return gevonden


def vouw(tekst: str) -> str:
    """``tekst`` as it is compared (see :func:`normaliseer`), without the offsets."""
    return normaliseer(tekst)[0]


def _delen(naam: str) -> list[str]:
    """The parts of one name that are matched on their own, folded; and the parts written
    together as a teacher may type them: without the apostrophe or hyphen (Dangelo,
    Marieclaire) and with the particles against the surname (Devries, Vandijk)."""
    woorden = [w for w in re.split(r"[\W_]+", vouw(naam)) if w]
    delen = [w for w in woorden if w not in TUSSENVOEGSELS and len(w) > 1]
    delen = delen or [w for w in woorden if len(w) > 1] or woorden
    samen: list[str] = []
    particles = ""
    for stuk in vouw(naam).split():
        letters = "".join(re.split(r"[\W_]+", stuk))
        if letters in TUSSENVOEGSELS:
            particles += letters
            continue
        for vorm in (letters, particles + letters):
            if len(vorm) > 1 and vorm not in delen and vorm not in samen:
                samen.append(vorm)
        particles = ""
    return delen + samen


def _verkleinwoorden(deel: str) -> list[str]:
    """Diminutives of a (folded) name: daan -> daantje, daanje; tim -> timmetje; anna ->
    annaatje."""
    vormen = [deel + uitgang for uitgang in _UITGANGEN_KLEIN]
    if len(deel) > 1 and deel[-1] not in "aeiouy" and deel[-2] in "aeiou":
        vormen.append(deel + deel[-1] + "etje")
    if len(deel) > 1 and deel[-1] in "aou" and deel[-2] not in "aeiou":
        vormen.append(deel + deel[-1] + "tje")
    return vormen


def _vormen(deel: str) -> tuple[str, ...]:
    """Every written form of one name part, longest first."""
    basis = [deel, *_verkleinwoorden(deel)]
    vormen = set(basis)
    for vorm in basis:
        vormen.add(vorm + "s")
    return tuple(sorted(vormen, key=len, reverse=True))


def _is_letter(teken: str) -> bool:
    """Letters make a word; a digit does not (daan2.md, 2Daan)."""
    return teken.isalpha()


def _binnenkap(tekst: str, bron: list[int], index: int) -> bool:
    """Whether the folded character at ``index`` is a capital right after a small letter
    in the original (VerhaalDaan.md, ZwaantjeKlaassen): a word starts there."""
    if not index or bron[index] == bron[index - 1]:
        return False
    return tekst[bron[index]].isupper() and tekst[bron[index - 1]].islower()


def _gewoon_woord(woord: str) -> bool:
    from verhaal.checker.woordenboek import is_gewoon_woord

    return is_gewoon_woord(woord)


def _andere_naam(woord: str) -> bool:
    """Whether ``woord`` (folded) is a name of its own: Annabel is no Anna-compound, and
    Noorwegen no Noor-compound."""
    from verhaal.checker.woordenboek import is_achternaam, is_plaats, is_voornaam, is_vorm

    hoofd = woord[:1].upper() + woord[1:]
    return is_voornaam(hoofd) or is_achternaam(hoofd) or is_plaats(hoofd) or is_vorm(hoofd)


def _nederlands(woord: str) -> bool:
    from verhaal.checker.woordenboek import is_nederlands

    return is_nederlands(woord)


def _vereend(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of two sorted span lists, overlapping spans joined."""
    samen: list[tuple[int, int]] = []
    for start, eind in sorted(a + b):
        if samen and start < samen[-1][1]:
            samen[-1] = (samen[-1][0], max(samen[-1][1], eind))
        else:
            samen.append((start, eind))
    return samen


class NaamZoeker:
    """Finds the pupil's names (``namen``: one or more full names) in texts.

    ``vind`` gives the spans, ``bevat`` whether there is one, ``maskeer`` replaces each.
    A zoeker without names finds nothing (and is falsy).
    """

    def __init__(self, namen: Iterable[str]) -> None:
        volledig = [n.strip() for n in namen if n and n.strip()]
        delen: dict[str, None] = {}
        particles: set[str] = set()
        for naam in volledig:
            for deel in _delen(naam):
                delen[deel] = None
            particles.update(w for w in re.split(r"\s+", vouw(naam)) if w in TUSSENVOEGSELS)
        self._delen = tuple(delen)
        self._particles = frozenset(particles)
        self._vormen = {deel: _vormen(deel) for deel in self._delen}
        self._alle_vormen = frozenset(v for vormen in self._vormen.values() for v in vormen)
        self._begin: re.Pattern[str] | None = None
        if self._delen:
            eerste = sorted({deel[:2] for deel in self._delen})
            self._begin = re.compile("|".join(re.escape(e) for e in eerste))

    def __bool__(self) -> bool:
        return bool(self._delen)

    # --- the public API ------------------------------------------------------------------

    def vind(self, tekst: str, *, streng: bool = False) -> list[tuple[int, int]]:
        """Spans ``(start, eind)`` of the pupil's name in ``tekst`` (offsets into
        ``tekst``), sorted, not overlapping; the parts of one full name written together
        ("Zwaantje Klaassen") form one span. ``streng``: also lower-case forms that are
        Dutch words (for file names)."""
        if self._begin is None or not tekst:
            return []
        spans = self._vind_in(tekst, *normaliseer(tekst), streng)
        if _AFBREKING.search(tekst) or (not tekst.isascii() and _ACCENT_IN_WOORD.search(tekst)):
            # A word broken at a line end (Zwaan-/tje), or quoted from one on a single line
            # (Zwaan- tje), or by an accent of its own (Noe ̈l): a second reading with the
            # break taken out. What the first reading found stays (DAAN-/KLAASSEN is two
            # names, not one word).
            tweede = self._vind_in(tekst, *normaliseer(tekst, afbreking=True), streng)
            spans = _vereend(spans, tweede)
        gespeld = [
            (m.start(), m.end())
            for m in _GESPELD.finditer(tekst)
            if "".join(_SCHEIDING_GESPELD.split(vouw(m.group()))) in self._alle_vormen
        ]
        if gespeld:
            spans = _vereend(spans, gespeld)
        return self._samengevoegd(tekst, spans)

    def _vind_in(
        self, tekst: str, gevouwen: str, bron: list[int], streng: bool
    ) -> list[tuple[int, int]]:
        """The spans (in ``tekst``) of the names in one folded reading of it."""
        assert self._begin is not None
        gevonden: list[tuple[int, int]] = []
        eind_woord = 0
        for m in self._begin.finditer(gevouwen):
            begin = m.start()
            if begin and _is_letter(gevouwen[begin - 1]) and not _binnenkap(tekst, bron, begin):
                continue
            if gevonden and begin < gevonden[-1][1]:
                continue
            if begin >= eind_woord:  # a new letter run (else: a capital inside the last one)
                eind_woord = begin
                while eind_woord < len(gevouwen) and _is_letter(gevouwen[eind_woord]):
                    eind_woord += 1
            eind = self._treffer(tekst, gevouwen, bron, begin, eind_woord, streng)
            if eind is not None:
                gevonden.append((begin, eind))
        return [self._origineel(tekst, bron, b, e) for b, e in gevonden]

    def bevat(self, tekst: str, *, streng: bool = False) -> bool:
        """Whether ``tekst`` holds the pupil's name (see :meth:`vind`)."""
        return bool(self.vind(tekst, streng=streng))

    def maskeer(self, tekst: str, vervanging: str = NAAM_VERVANGING) -> str:
        """``tekst`` with every occurrence of the name replaced by ``vervanging``."""
        spans = self.vind(tekst)
        if not spans:
            return tekst
        delen: list[str] = []
        vorige = 0
        for start, eind in spans:
            delen.append(tekst[vorige:start])
            delen.append(vervanging)
            vorige = eind
        delen.append(tekst[vorige:])
        return "".join(delen)

    # --- matching ------------------------------------------------------------------------

    def _treffer(
        self, tekst: str, gevouwen: str, bron: list[int], begin: int, eind_woord: int, streng: bool
    ) -> int | None:
        """The end (in ``gevouwen``) of a name starting at ``begin``, or None. The word is
        the letter run from ``begin`` to ``eind_woord``; when that holds no name, the run
        up to a capital inside it (VerhaalDaan, ZwaantjeKlaassen; DaaN is one word first)."""
        eind_kap = next(
            (i for i in range(begin + 1, eind_woord) if _binnenkap(tekst, bron, i)), eind_woord
        )
        eind = self._treffer_in(tekst, gevouwen, bron, begin, eind_woord, streng)
        if eind is None and eind_kap != eind_woord:
            eind = self._treffer_in(tekst, gevouwen, bron, begin, eind_kap, streng)
        return eind

    def _treffer_in(
        self, tekst: str, gevouwen: str, bron: list[int], begin: int, eind_woord: int, streng: bool
    ) -> int | None:
        """The end of a name at the start of the word ``gevouwen[begin:eind_woord]``."""
        woord = gevouwen[begin:eind_woord]
        for deel in self._delen:
            if not woord.startswith(deel[:2]):
                continue
            for vorm in self._vormen[deel]:
                if not woord.startswith(vorm):
                    # A form with an apostrophe inside (daan'tje) spans the letter run.
                    na = begin + len(vorm)
                    if (
                        "'" in vorm
                        and gevouwen.startswith(vorm, begin)
                        and not _is_letter(gevouwen[na : na + 1])
                    ):
                        return na
                    continue
                eind = begin + len(vorm)
                if eind == eind_woord:
                    eind = self._met_bezit(gevouwen, eind, vorm)
                    if not streng and self._gewoon(tekst, bron, begin, eind, gevouwen):
                        continue
                    return eind
                staart = self._samenstelling(tekst, bron, begin, woord, vorm, deel, streng)
                if staart is not None:
                    return begin + staart
        return None

    @staticmethod
    def _met_bezit(gevouwen: str, eind: int, vorm: str) -> int:
        """Include a possessive 's (Daan's), or a bare apostrophe after s, x or z (Joris')."""
        if gevouwen.startswith("'s", eind) and not _is_letter(gevouwen[eind + 2 : eind + 3]):
            return eind + 2
        if (
            gevouwen.startswith("'", eind)
            and vorm[-1] in "sxz"
            and not _is_letter(gevouwen[eind + 1 : eind + 2])
        ):
            return eind + 1
        return eind

    @staticmethod
    def _gewoon(tekst: str, bron: list[int], begin: int, eind: int, gevouwen: str) -> bool:
        """Whether the match is a lower-case ordinary word (een roos), not the pupil."""
        origineel = "".join(c for c in tekst[bron[begin] : bron[eind - 1] + 1] if c.isalpha())
        if not origineel or not origineel.islower():
            return False
        return _gewoon_woord(gevouwen[begin:eind])

    def _samenstelling(
        self,
        tekst: str,
        bron: list[int],
        begin: int,
        woord: str,
        vorm: str,
        deel: str,
        streng: bool,
    ) -> int | None:
        """The length of the name (with its linking sound) at the start of the compound
        ``woord`` (het Zwaantjesplan), or None when ``woord`` is no such compound."""
        if not _MIN_SAMENSTELLING <= len(deel) < len(woord) <= _MAX_SAMENSTELLING:
            return None
        if _gewoon_woord(woord) or _andere_naam(woord):
            return None
        if _gewoon_woord(deel):
            # The name is a word too (Roos, Zwaantje): lower case it is the word (rozenperk,
            # zwaantjesvijver); only a capital makes the compound the name's.
            if not streng and not tekst[bron[begin]].isupper():
                return None
        elif _nederlands(woord):
            return None  # noordenkant is noorden + kant, not Noor + denkant
        for klank in _TUSSENKLANK:
            if not woord.startswith(klank, len(vorm)):
                continue
            rest = woord[len(vorm) + len(klank) :]
            if len(rest) >= _MIN_STAART and rest.isalpha() and _nederlands(rest):
                return len(vorm) + len(klank)
        return None

    # --- offsets -------------------------------------------------------------------------

    @staticmethod
    def _origineel(tekst: str, bron: list[int], begin: int, eind: int) -> tuple[int, int]:
        """A folded span as offsets into the original text: from the first character to
        after the last one, with the marks and invisible characters that follow its last
        letter."""
        start = bron[begin]
        einde = bron[eind - 1] + 1
        if tekst[einde - 1] == "&" and (entiteit := _ENTITEIT.match(tekst, einde - 1)):
            einde = entiteit.end()  # the name ends in a character reference (Zo&euml;)
        while einde < len(tekst) and _spoorloos(tekst[einde]):
            einde += 1
        return start, einde

    def _samengevoegd(self, tekst: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Join the spans of one full name written together: only spaces or a hyphen
        (and the name's own particles) between two parts (Zwaantje Klaassen,
        Marie-Claire)."""
        if len(spans) < 2:
            return spans
        samen = [spans[0]]
        for start, eind in spans[1:]:
            vorige_start, vorige_eind = samen[-1]
            tussen = vouw(tekst[vorige_eind:start])
            if (
                _TUSSEN_DELEN.fullmatch(tussen)
                and "\n" not in tussen
                and all(w in self._particles for w in _SCHEIDING.split(tussen) if w)
            ):
                samen[-1] = (vorige_start, eind)
            else:
                samen.append((start, eind))
        return samen


@lru_cache(maxsize=64)
def zoeker(namen: tuple[str, ...]) -> NaamZoeker:
    """A shared :class:`NaamZoeker` for ``namen``: a batch check asks for the same names
    story after story (the naam rule and the checker's overlap filter both use it)."""
    return NaamZoeker(namen)
