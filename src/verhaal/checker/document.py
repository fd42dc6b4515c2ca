"""A story as the rules see it: prose only, split in blocks, sentences and word tokens.

The central trick is ``Document.proza``: a copy of the text of exactly the same length
in which everything that is not prose (Markdown syntax, code, HTML comments, URLs,
front-matter keys) is replaced by spaces. Offsets found in ``proza`` are therefore
offsets into the original text, so every rule can scan with plain regular expressions.
Newlines are kept, so line structure survives.

Direct speech is found here too (``Token.citaat``), with apostrophes (auto's, zo'n,
's ochtends, '30) never taken for quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import itemgetter
from typing import Literal, NamedTuple

from verhaal.verhaaltekst import voorkant_waarden, zoek_voorkant

BestandsSoort = Literal["md", "txt"]
BlokSoort = Literal["kop", "alinea", "lijst", "citaat", "frontmatter", "titelregel", "tabel"]


@dataclass(frozen=True, slots=True)
class Blok:
    """A prose block: a heading, paragraph, list item, quote or front-matter value."""

    soort: BlokSoort
    start: int
    eind: int
    niveau: int = 0
    """Heading level for ``kop`` (1 for ``#``), otherwise 0."""


class Token(NamedTuple):
    """A word (or a number such as ``8:30``) in the prose.

    A named tuple rather than a frozen dataclass: a story has hundreds of tokens, and a
    frozen dataclass costs five times as much to build (about 1 ms per story).
    """

    tekst: str
    start: int
    eind: int
    zin: int
    """Index into ``Document.zinnen``."""
    blok: int
    """Index into ``Document.blokken``."""
    citaat: bool
    """Inside quotation marks (direct speech or other quoted text)."""
    zinsbegin: bool
    """First word of its sentence (also the first word inside an opening quote)."""


tekst_van: Callable[[Token], str] = itemgetter(0)
"""A token's ``tekst`` (its first field), for ``map``: no Python-level call per token."""


@dataclass
class Document:
    """A parsed story. Build it with :func:`lees_document`."""

    tekst: str
    proza: str
    soort: BestandsSoort
    blokken: list[Blok] = field(default_factory=list)
    zinnen: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    citaten: list[tuple[int, int]] = field(default_factory=list)
    """Spans of quoted text, quotation marks included."""
    titel: tuple[int, int] | None = None
    """Span of the title text, if the story has one."""
    frontmatter: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Front-matter key -> span of its (scalar) value in the text."""
    voorkant_verhaal: list[tuple[int, int]] = field(default_factory=list)
    """Spans of the front-matter values that are shared as part of the story (the
    :data:`VOORKANT_VERHAAL` keys, all lines of them): rules that leave metadata alone
    still check these, like the title."""
    titelblok: int | None = None
    """Index in ``blokken`` of the body's title block (a leading heading or the title line
    of a .txt file), also when the title itself comes from the front matter."""
    _verhaal: list[Token] | None = field(default=None, init=False, repr=False, compare=False)
    """The tokens of :meth:`verhaal_tokens`, worked out on first use: several rules ask for
    them, and a document is not changed after :func:`lees_document`."""

    _per_zin: dict[int, list[Token]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """The tokens per sentence, grouped on first use of :meth:`zin_tokens` (one pass, so
    asking for many sentences stays linear in the text)."""

    @cached_property
    def woorden(self) -> list[str]:
        """The text of every token, in token order (``woorden[k] == tokens[k].tekst``).

        Rules that judge each token by its text alone scan this list with a cached
        predicate (see :meth:`indices`) instead of reading ``tekst`` from every token."""
        return list(map(tekst_van, self.tokens))

    def indices(self, predicaat: Callable[[str], object]) -> list[int]:
        """Indices of the tokens whose text satisfies ``predicaat``, ascending.

        The scan runs in C (``map`` and ``compress``): with a predicate cached per
        distinct word, a token that is no candidate costs one cache lookup."""
        return list(compress(range(len(self.tokens)), map(predicaat, self.woorden)))

    def zin_tokens(self, zin: int) -> list[Token]:
        """The tokens of sentence ``zin`` (index into ``zinnen``)."""
        if self._per_zin is None:
            per_zin: dict[int, list[Token]] = {}
            for token in self.tokens:
                per_zin.setdefault(token.zin, []).append(token)
            self._per_zin = per_zin
        return list(self._per_zin.get(zin, ()))

    def tussen(self, links: Token, rechts: Token) -> str:
        """The prose between two tokens (:attr:`proza`, so markup and front matter are
        spaces): what follows ``links`` up to where ``rechts`` starts (a space, a comma, a
        line break, or nothing)."""
        return self.proza[links.eind : rechts.start]

    def tussen_in_tekst(self, links: Token, rechts: Token) -> str:
        """The same stretch as :meth:`tussen` in the text as written, markup included."""
        return self.tekst[links.eind : rechts.start]

    def los_streepje(self, token: Token) -> bool:
        """Whether a hyphen follows ``token`` and then white space or a comma: the first
        part of a compound whose end is left out (``twee- en driewielers``, ``vier-, vijf-
        of``) or a word broken off at a line end (``leer- lingen``)."""
        na = self.proza[token.eind : token.eind + 2]
        return len(na) == 2 and na[0] == "-" and (na[1].isspace() or na[1] == ",")

    def in_citaat(self, positie: int) -> bool:
        """Whether code point ``positie`` lies inside quoted text."""
        return any(start <= positie < eind for start, eind in self.citaten)

    def woordreeksen(self, rond: Iterable[int] | None = None) -> list[list[Token]]:
        """Runs of tokens separated only by spaces (no punctuation, same sentence), in
        text order. Multi-word terms (growth mindset, ambulant begeleider) lie within a run.

        With ``rond`` (token indices, ascending) only the runs holding one of those tokens:
        each is grown from such a token, so the rest of the text is not looked at.
        """
        tokens = self.tokens
        proza = self.proza
        reeksen: list[list[Token]] = []
        if rond is None:
            huidig: list[Token] = []
            vorige: Token | None = None
            for token in tokens:
                if (
                    vorige is not None
                    and vorige.zin == token.zin
                    and not proza[vorige.eind : token.start].strip()
                ):
                    huidig.append(token)
                else:
                    if huidig:
                        reeksen.append(huidig)
                    huidig = [token]
                vorige = token
            if huidig:
                reeksen.append(huidig)
            return reeksen
        eind = 0
        for index in rond:
            if index < eind:
                continue  # in the run before
            begin = index
            while begin > 0:
                links, rechts = tokens[begin - 1], tokens[begin]
                if links.zin != rechts.zin or proza[links.eind : rechts.start].strip():
                    break
                begin -= 1
            eind = index + 1
            while eind < len(tokens):
                links, rechts = tokens[eind - 1], tokens[eind]
                if links.zin != rechts.zin or proza[links.eind : rechts.start].strip():
                    break
                eind += 1
            reeksen.append(tokens[begin:eind])
        return reeksen

    def verhaal_tokens(self) -> Iterator[Token]:
        """Tokens of the story body: not the title and not front matter."""
        if self._verhaal is None:
            weg = {i for i, blok in enumerate(self.blokken) if blok.soort == "frontmatter"}
            if self.titelblok is not None:
                weg.add(self.titelblok)
            if self.titel:
                begin, eind = self.titel
                self._verhaal = [
                    t for t in self.tokens if t.blok not in weg and not begin <= t.start < eind
                ]
            else:
                self._verhaal = [t for t in self.tokens if t.blok not in weg]
        return iter(self._verhaal)


# --- Markdown masking -------------------------------------------------------------------

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_KOP = re.compile(r"^[ \t]{0,3}(#{1,6})(?:[ \t]+|$)")
_KOP_SLOT = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_REGEL_LIJN = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_CITAATBLOK = re.compile(r"^[ \t]{0,3}(>[ \t]?)+")
# No "^": it is matched with .match(text, pos) inside a line (after "> "), where "^"
# would only ever match at the very start of the text.
_LIJSTITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_TABELSCHEIDING = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"
)
_HTML_COMMENTAAR = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# A code span may wrap lines but never crosses a blank line: one stray backtick must not
# mask the paragraphs up to the next one.
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1)(?!\r?\n[ \t]*\r?\n).)+?\1", re.S)
_AUTOLINK = re.compile(r"<(?:https?://|mailto:|www\.)[^>\s]*>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_LINK = re.compile(r"(!?\[)([^\[\]\n]*)(\]\([^()\s]*(?:\s+\"[^\"]*\")?\)|\]\[[^\]\n]*\])")
_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"”’]")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_NADRUK = re.compile(
    r"(?<![\w*_~\\])(\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(\*{1,3}|_{1,3}|~~)(?![\w*_~])"
)
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~\"'])")


def _wis(buf: list[str], start: int, eind: int) -> None:
    """Blank ``buf[start:eind]``, keeping newlines so lines and offsets survive."""
    for i in range(start, eind):
        if buf[i] not in "\r\n":
            buf[i] = " "


def _lijnen(tekst: str, vanaf: int = 0) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end-without-newline, line) for each line from ``vanaf``."""
    pos = vanaf
    n = len(tekst)
    while pos < n:
        nl = tekst.find("\n", pos)
        eind = n if nl == -1 else nl
        inhoud_eind = eind - 1 if eind > pos and tekst[eind - 1] == "\r" else eind
        yield pos, inhoud_eind, tekst[pos:inhoud_eind]
        pos = eind + 1


NIET_PROZA = frozenset(
    {
        # written by verhaal schrijf / werkvorm doe: metadata and the check summary ('datum'
        # stays prose: the getal rule's 'frontmatter' option is there to check it)
        "werkvorm", "thema", "controle", "aantekeningen",
        # the teacher's notes on the story's structure (the method's ingredients): since
        # verhaal schrijf keeps them in the notes file, only older story files hold them.
        # The plotvraag is not among them: it is prose the story is shared with, checked.
        "held", "heldin", "oproep", "draken", "hulp", "mentor", "mentoren", "actie",
        "climax", "einde", "sleutelmomenten", "ingrediënten", "ingredienten",
    }
)  # fmt: skip
"""Top-level front-matter keys whose values are notes or metadata, not story prose.

Their values (nested lines, lists and block scalars included) are masked like keys. Every
other value is prose and checked: the title and the plotvraag that ``verhaal schrijf``
writes there, and whatever a teacher adds by hand. Their scalar
spans stay in ``Document.frontmatter`` (the linter reads ``werkvorm`` there)."""


VOORKANT_VERHAAL = frozenset({"plotvraag"})
"""Front-matter keys (besides the title) whose values are shared with the story and checked
as it is: ``verhaal schrijf`` writes the plotvraag there."""


def _frontmatter(
    tekst: str,
    buf: list[str],
    blokken: list[Blok],
    velden: dict[str, tuple[int, int]],
    verhaal: list[tuple[int, int]] | None = None,
) -> int:
    """Mask a YAML front-matter block; its scalar values stay prose (except the values of
    :data:`NIET_PROZA` keys). Returns body start.

    Where the front matter is and which values it holds come from the one reader of story
    files (:mod:`verhaal.verhaaltekst`); this only masks everything else.
    """
    voorkant = zoek_voorkant(tekst)
    if voorkant is None:
        return 0
    waarden, gevonden = voorkant_waarden(tekst, voorkant, NIET_PROZA)
    velden.update(gevonden)
    _wis(buf, 0, voorkant.lichaam_start)
    for waarde in waarden:
        start, eind = waarde.start, waarde.eind
        buf[start:eind] = tekst[start:eind]
        if waarde.flowlijst:
            # A flow list: keep the items, blank the brackets and commas.
            for i in range(start, eind):
                if tekst[i] in "[],":
                    buf[i] = " "
        blokken.append(Blok("frontmatter", start, eind))
        if verhaal is not None and waarde.sleutel in VOORKANT_VERHAAL:
            verhaal.append((start, eind))
    return voorkant.lichaam_start


def _markdown_blokken(tekst: str, buf: list[str], begin: int, blokken: list[Blok]) -> None:
    """Mask block-level Markdown syntax and collect prose blocks."""
    huidig: list[int] | None = None  # [soort-index, start, eind]
    soort_huidig: BlokSoort = "alinea"
    fence: str | None = None
    vorige_leeg = True
    regels = list(_lijnen(tekst, begin))

    def sluit() -> None:
        nonlocal huidig
        if huidig is not None:
            blokken.append(Blok(soort_huidig, huidig[1], huidig[2], huidig[0]))
            huidig = None

    for index, (start, eind, regel) in enumerate(regels):
        if fence is not None:
            _wis(buf, start, eind)
            stripped = regel.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence = None
            continue
        m = _FENCE.match(regel)
        if m:
            sluit()
            fence = m.group(1)
            _wis(buf, start, eind)
            vorige_leeg = False
            continue
        if not regel.strip():
            sluit()
            vorige_leeg = True
            continue
        if vorige_leeg and huidig is None and (regel.startswith("    ") or regel.startswith("\t")):
            # Indented code block (CommonMark): not prose.
            _wis(buf, start, eind)
            continue
        if _REGEL_LIJN.match(regel) and not (huidig is not None and regel.strip("- \t") == ""):
            sluit()
            _wis(buf, start, eind)
            vorige_leeg = False
            continue
        setext = _SETEXT.match(regel)
        if setext and huidig is not None and soort_huidig == "alinea":
            # The paragraph above is a setext heading.
            niveau = 1 if setext.group(1)[0] == "=" else 2
            blokken.append(Blok("kop", huidig[1], huidig[2], niveau))
            huidig = None
            _wis(buf, start, eind)
            vorige_leeg = False
            continue
        if _TABELSCHEIDING.match(regel) and "|" in regel:
            _wis(buf, start, eind)
            continue
        kop = _KOP.match(regel)
        if kop:
            sluit()
            _wis(buf, start, start + kop.end())
            slot = _KOP_SLOT.search(regel)
            inhoud_eind = start + slot.start() if slot else eind
            if slot:
                _wis(buf, inhoud_eind, eind)
            blokken.append(Blok("kop", start + kop.end(), inhoud_eind, len(kop.group(1))))
            vorige_leeg = False
            continue
        soort: BlokSoort = "alinea"
        inhoud_start = start
        citaat = _CITAATBLOK.match(regel)
        if citaat:
            _wis(buf, start, start + citaat.end())
            inhoud_start = start + citaat.end()
            soort = "citaat"
        lijst = _LIJSTITEM.match(tekst, inhoud_start, eind)
        if lijst:
            _wis(buf, inhoud_start, lijst.end())
            inhoud_start = lijst.end()
            soort = "lijst"
        if "|" in regel and regel.strip().startswith("|"):
            for i in range(start, eind):
                if tekst[i] == "|":
                    buf[i] = " "
            soort = "tabel"
        nieuw_blok = (
            huidig is None
            or soort == "lijst"
            or soort == "tabel"
            or (soort != soort_huidig and not (soort_huidig == "lijst" and soort == "alinea"))
        )
        if nieuw_blok:
            sluit()
            huidig = [0, inhoud_start, eind]
            soort_huidig = soort
        elif huidig is not None:
            huidig[2] = eind
        vorige_leeg = False
        del index
    sluit()


def _nodig(
    patronen: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...], tekst: str
) -> list[re.Pattern[str]]:
    """The patterns that can match in ``tekst``: each needs one of its strings in it."""
    return [patroon for patroon, nodig in patronen if any(deel in tekst for deel in nodig)]


# Every inline pattern, with the strings one of which each of its matches contains: most
# stories have no Markdown inside their paragraphs, and a test for a character is far
# cheaper than a scan with the pattern.
_INLINE_ORIGINEEL = (
    (_HTML_COMMENTAAR, ("<!--",)),
    (_INLINE_CODE, ("`",)),
    (_AUTOLINK, ("<",)),
    (_HTML_TAG, ("<",)),
)
_INLINE_ADRESSEN = ((_URL, ("://", "www.")), (_EMAIL, ("@",)))
_INLINE_NADRUK = ((_NADRUK, ("*", "_", "~~")), (_ESCAPE, ("\\",)))


def _markdown_inline(tekst: str, buf: list[str], begin: int, huidige: str) -> str:
    """Mask inline syntax: comments, code, links, URLs, HTML tags, emphasis markers.

    ``huidige`` is ``"".join(buf)``; returns it after masking (joined again only when
    something was masked)."""
    deel = tekst[begin:]
    gewist = False
    for patroon in _nodig(_INLINE_ORIGINEEL, deel):
        for m in patroon.finditer(deel):
            _wis(buf, begin + m.start(), begin + m.end())
            gewist = True
    if gewist:
        huidige = "".join(buf)
    if "[" in huidige:
        links = list(_LINK.finditer(huidige, begin))
        for m in links:
            _wis(buf, m.start(1), m.end(1))
            _wis(buf, m.start(3), m.end(3))
        if links:
            huidige = "".join(buf)
    for groep in (_INLINE_ADRESSEN, _INLINE_NADRUK):
        gewist = False
        for patroon in _nodig(groep, huidige):
            for m in patroon.finditer(huidige, begin):
                _wis(buf, m.start(), m.end())
                gewist = True
        if gewist:
            huidige = "".join(buf)
    return huidige


# --- Tokens, quotes and sentences -------------------------------------------------------

# A word part: letters/digits, then also combining accents (decomposed 'ë') and soft
# hyphens, so 'tweeëntwintig' in NFD or 'ver\u00adhaal' stays one token.
_WOORD = r"\w[\w\u0300-\u036f\u00ad]*"
# A token is a word, optionally after an elision apostrophe ('s, 't, '30), and more words
# joined by a hyphen or apostrophe (or between digits by . : , /). The first character is
# matched by one class, and what it was is checked behind it, so that the regex engine
# can skip from one possible first character to the next instead of trying the pattern
# at every position.
_TOKEN_BEGIN = (
    r"[\w'’‘](?:(?<=\w)|(?<=['’‘])(?=[stnkmr]\b)\w|(?<=['’])(?=\d\d\b)\w)"
    r"[\w\u0300-\u036f\u00ad]*"
)
TOKEN_RE = re.compile(rf"{_TOKEN_BEGIN}(?:(?:[-'’]|(?<=\d)[.:,/](?=\d)){_WOORD})*")
_LETTER = re.compile(r"\w")
_ELISIE = re.compile(r"['’‘][stnkmr](?!\w)|['’‘]\d\d(?!\w)")
_OPEN_DUBBEL = {"„": "”“", "“": "”", "«": "»", "‹": "›", ",,": "”“'\""}
# Not 'zo' (zondag) or 'wo': "Het was nu eenmaal zo." ends far more sentences.
_AFKORTINGEN = frozenset(
    """bijv bv bijvoorbeeld dhr mevr mr dr drs ir ing prof o.a a.s ca enz etc evt nl m.b.t
    d.w.z i.p.v z.g.a.n p n.a.v t.a.v v.d jl blz nr st vs resp incl excl m.a.w
    d.m.v e.a i.v.m n.v.t t/m o.b.v""".split()
)


_CITAATTEKEN = re.compile(r"[„“«‹”»›\"'‘’`]|,(?=,)")


def _in_woord(proza: str, i: int, begin: int) -> bool:
    """Whether the hyphen at ``i`` joins two parts of one word (``al-'Iskandariyyah``):
    an apostrophe after it is part of the word, not an opening quote."""
    return proza[i] == "-" and i > begin and proza[i - 1].isalnum()


def _citaten(proza: str, blokken: list[Blok]) -> list[tuple[int, int]]:
    """Find quoted spans per block; an unclosed quote ends with its block."""
    spans: list[tuple[int, int]] = []
    for blok in blokken:
        stapel: list[tuple[str, int]] = []  # (closing characters, start)
        i = blok.start
        while True:
            # Jump to the next quote-like character: most of a block is plain words.
            teken = _CITAATTEKEN.search(proza, i, blok.eind)
            if teken is None:
                break
            i = teken.start()
            c = proza[i]
            vorige = proza[i - 1] if i > blok.start else " "
            volgende = proza[i + 1] if i + 1 < blok.eind else " "
            if c in "„“«‹" or (c == "," and volgende == "," and not vorige.isalnum()):
                if c == "“" and stapel and "“" in stapel[-1][0]:
                    # German-style „...“: this one closes.
                    spans.append((stapel.pop()[1], i + 1))
                elif c == "“" and stapel and stapel[-1][0] == "”" and not volgende.strip():
                    spans.append((stapel.pop()[1], i + 1))
                else:
                    sleutel = ",," if c == "," else c
                    stapel.append((_OPEN_DUBBEL[sleutel], i))
                    if c == ",":
                        i += 1
            elif c in "”»›":
                for diepte in range(len(stapel) - 1, -1, -1):
                    if c in stapel[diepte][0]:
                        spans.append((stapel[diepte][1], i + 1))
                        del stapel[diepte:]
                        break
                else:
                    if not stapel:
                        # A closing mark without opener: quote from the block start.
                        spans.append((blok.start, i + 1))
            elif c == '"':
                if stapel and '"' in stapel[-1][0]:
                    spans.append((stapel.pop()[1], i + 1))
                elif vorige.isspace() or vorige in "([{—–-:" or i == blok.start or not stapel:
                    if volgende.isspace() and stapel:
                        pass
                    else:
                        stapel.append(('"', i))
            elif c in "'‘’`":
                if c == "'" and volgende == "'" and stapel and "'" in stapel[-1][0]:
                    # ,,quote'' closed by two apostrophes (common in Dutch news text).
                    spans.append((stapel.pop()[1], i + 2))
                    i += 2
                    continue
                if _ELISIE.match(proza, i) and (i == blok.start or not vorige.isalnum()):
                    i += 1
                    continue
                if vorige.isalnum() and (volgende.isalnum()):
                    i += 1  # apostrophe inside a word: auto's, zo'n
                    continue
                sluitend = stapel and stapel[-1][0] in ("'’", "’'")
                if sluitend and not vorige.isspace():
                    spans.append((stapel.pop()[1], i + 1))
                elif (
                    vorige.isspace()
                    or (vorige in '([{—–-:„“"' and not _in_woord(proza, i - 1, blok.start))
                    or i == blok.start
                ) and (volgende.strip() and not volgende.isdigit()):
                    stapel.append(("’'", i))
            i += 1
        if stapel:
            spans.append((stapel[0][1], blok.eind))
    spans.sort()
    # Merge nested spans into their outermost quote.
    samengevoegd: list[tuple[int, int]] = []
    for start, eind in spans:
        if samengevoegd and start < samengevoegd[-1][1]:
            vorige_start, vorige_eind = samengevoegd[-1]
            samengevoegd[-1] = (vorige_start, max(vorige_eind, eind))
        else:
            samengevoegd.append((start, eind))
    return samengevoegd


# A sentence end: punctuation, closing quotes or brackets, then a space or the end. Written
# with the choice after the punctuation (not as two alternatives that both start with it),
# so the regex engine can jump from one punctuation mark to the next.
_ZINSEINDE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?:(?=\s)|$)")
_NIET_WIT = re.compile(r"\S")  # \S is exactly "not str.isspace()", as strip() uses
_WOORD_VOORAAN = re.compile(r"[\w.]+")


def _laatste_woord(proza: str, start: int, eind: int) -> str | None:
    r"""What ``re.search(r"([\w.]+)$", proza[start:eind])`` finds, without trying every
    position of the sentence: the run of word characters and dots at the end (where
    ``$`` also matches before one final newline)."""
    voor = proza[start:eind]
    if voor.endswith("\n"):
        voor = voor[:-1]
    m = _WOORD_VOORAAN.match(voor[::-1])
    return None if m is None else voor[len(voor) - m.end() :]


def _zinnen(proza: str, blokken: list[Blok]) -> list[tuple[int, int, int]]:
    """Split every block into sentences at . ! ? … followed by a capital or a quote.

    Returns (start, end, block index) triples.
    """
    zinnen: list[tuple[int, int, int]] = []
    for blok_index, blok in enumerate(blokken):
        start = blok.start
        for m in _ZINSEINDE.finditer(proza, blok.start, blok.eind):
            eind = m.end()
            rest = _NIET_WIT.search(proza, eind, blok.eind)  # the first non-space after it
            if rest is None:
                continue
            volgend = rest.group()
            if not (volgend.isupper() or volgend.isdigit() or volgend in "„“\"'‘«(-–—"):
                continue
            laatste_woord = _laatste_woord(proza, start, m.start()) if m.group()[0] == "." else None
            if laatste_woord:
                woord = laatste_woord.lower().rstrip(".")
                if woord in _AFKORTINGEN or (len(woord) == 1 and woord.isalpha()):
                    continue
            # A sentence end inside a quote followed by narration in lower case was
            # handled above; inside quotes a capital still starts a new sentence.
            zinnen.append((start, eind, blok_index))
            start = eind
        if proza[start : blok.eind].strip():
            zinnen.append((start, blok.eind, blok_index))
    return zinnen


def _tokens(
    proza: str,
    zinnen: list[tuple[int, int, int]],
    citaten: list[tuple[int, int]],
) -> list[Token]:
    tokens: list[Token] = []
    citaat_index = 0
    aantal_citaten = len(citaten)
    # Hot loop (hundreds of tokens per story): locals and a direct tuple build.
    nieuw = tuple.__new__
    voeg_toe = tokens.append
    for zin_index, (start, eind, blok_index) in enumerate(zinnen):
        while citaat_index < aantal_citaten and citaten[citaat_index][1] <= start:
            citaat_index += 1
        if citaat_index == aantal_citaten or citaten[citaat_index][0] >= eind:
            # No quote in this sentence (most): no token is quoted and only the first one
            # starts a sentence.
            treffers = TOKEN_RE.finditer(proza, start, eind)
            m = next(treffers, None)
            if m is not None:
                voeg_toe(
                    nieuw(Token, (m[0], m.start(), m.end(), zin_index, blok_index, False, True))
                )
                tokens += [
                    nieuw(Token, (m[0], m.start(), m.end(), zin_index, blok_index, False, False))
                    for m in treffers
                ]
            continue
        eerste = True
        vorige_eind = start
        for m in TOKEN_RE.finditer(proza, start, eind):
            positie, eind_token = m.span()
            while citaat_index < aantal_citaten and citaten[citaat_index][1] <= positie:
                citaat_index += 1
            in_citaat = citaat_index < aantal_citaten and citaten[citaat_index][0] <= positie
            woord = m.group()
            # A word right after an opening quote starts a (quoted) sentence too.
            begint = eerste or (
                in_citaat
                and citaten[citaat_index][0] >= vorige_eind
                and woord[:1].isupper()
                and not any(ch.isalnum() for ch in proza[vorige_eind:positie])
            )
            voeg_toe(
                nieuw(
                    Token,
                    (woord, positie, eind_token, zin_index, blok_index, in_citaat, begint),
                )
            )
            eerste = False
            vorige_eind = eind_token
    return tokens


def _txt_titel(tekst: str, blokken: list[Blok]) -> tuple[int, int] | None:
    """A plain first line that is short, has no closing punctuation and stands alone."""
    if not blokken:
        return None
    eerste = blokken[0]
    regel = tekst[eerste.start : eerste.eind]
    if "\n" in regel.strip() or len(blokken) < 2:
        return None
    stripped = regel.strip()
    if not stripped or stripped[-1] in ".!?,;:…\"”’'" or len(stripped.split()) > 12:
        return None
    begin = eerste.start + (len(regel) - len(regel.lstrip()))
    return begin, begin + len(stripped)


def lees_document(tekst: str, soort: BestandsSoort = "md") -> Document:
    """Parse ``tekst`` into a :class:`Document` (pure; never raises on any input)."""
    buf = list(tekst)
    blokken: list[Blok] = []
    velden: dict[str, tuple[int, int]] = {}
    voorkant_verhaal: list[tuple[int, int]] = []
    if soort == "md":
        begin = _frontmatter(tekst, buf, blokken, velden, voorkant_verhaal)
        # Without front matter (begin 0) _frontmatter masked nothing: buf is still the text.
        gemaskeerd = _markdown_inline(tekst, buf, begin, "".join(buf) if begin else tekst)
        # Masking inline comments first keeps `<!-- # x -->` out of the block scan.
        _markdown_blokken(gemaskeerd, buf, begin, blokken)
    else:
        huidig: tuple[int, int] | None = None
        for start, eind, regel in _lijnen(tekst):
            if regel.strip():
                huidig = (huidig[0] if huidig else start, eind)
            elif huidig is not None:
                blokken.append(Blok("alinea", *huidig))
                huidig = None
        if huidig is not None:
            blokken.append(Blok("alinea", *huidig))
    proza = "".join(buf)
    blokken.sort(key=lambda b: b.start)
    blokken = [b for b in blokken if proza[b.start : b.eind].strip()]
    titel: tuple[int, int] | None = None
    for sleutel in ("titel", "title"):
        if sleutel in velden:
            titel = velden[sleutel]
            break
    titelblok: int | None = None
    lichaam = [b for b in blokken if b.soort != "frontmatter"]
    if lichaam and lichaam[0].soort == "kop":
        titelblok = blokken.index(lichaam[0])
        if titel is None:
            titel = (lichaam[0].start, lichaam[0].eind)
    elif lichaam and soort == "txt" and titel is None:
        titel = _txt_titel(tekst, lichaam)
        if titel is not None:
            titelblok = blokken.index(lichaam[0])
            blokken[titelblok] = Blok("titelregel", lichaam[0].start, lichaam[0].eind)
    if titel is not None:
        while titel[0] < titel[1] and proza[titel[0]].isspace():
            titel = (titel[0] + 1, titel[1])
        while titel[1] > titel[0] and proza[titel[1] - 1].isspace():
            titel = (titel[0], titel[1] - 1)
    citaten = _citaten(proza, blokken)
    zinnen = _zinnen(proza, blokken)
    tokens = _tokens(proza, zinnen, citaten)
    return Document(
        tekst=tekst,
        proza=proza,
        soort=soort,
        blokken=blokken,
        zinnen=[(start, eind) for start, eind, _ in zinnen],
        tokens=tokens,
        citaten=citaten,
        titel=titel,
        titelblok=titelblok,
        frontmatter=velden,
        voorkant_verhaal=voorkant_verhaal,
    )
