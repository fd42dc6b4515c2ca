"""The stories of a booklet: found, read, checked for names, and ready to print.

Reading goes through the checker's own reader (:func:`verhaal.checker.lees_document`), so
title, front matter and body are what ``verhaal controleer`` sees. Every story passes the
name gate before it may enter the booklet: the checker (:func:`verhaal.checker.check`)
runs with the pupils' names and with the ``naam`` rule's heuristic for other persons at
``fout`` level, on the file and once more on exactly the text the booklet would show (the
plotvraag and theme are notes to the checker, so the file check alone would not see them).
Any name found keeps the story out. The names themselves only live in memory; a finding is
reported by position and a masked hint, never by the name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from verhaal.bundel.markdown import naar_html, zichtbare_tekst
from verhaal.checker import Bevinding, CheckConfig, Document, Ernst, RegelInstelling, check
from verhaal.checker import lees_document as lees_tekst
from verhaal.checker.document import BestandsSoort
from verhaal.errors import InvoerFout

if TYPE_CHECKING:
    from verhaal.instellingen import Instellingen

__all__ = [
    "GEEN_THEMA",
    "GEEN_VERHAAL",
    "ZONDER_TITEL",
    "Leesverslag",
    "Naampoort",
    "Naamvondst",
    "Verhaal",
    "lees_verhalen",
    "maskeer",
    "verhaalbestanden",
]

GEEN_THEMA = frozenset({"", "open"})
"""Theme values that mean "no theme yet" ('open' is the stapsgewijs werkvorm's "weet ik nog
niet"): such stories go under "Overige"."""

ZONDER_TITEL = "Zonder titel"

GEEN_VERHAAL = "<!-- verhaal: uit -->"
"""The first line of files that are not stories (notes, reviews, a Markdown booklet)."""

NAAM_STRENG = RegelInstelling(aan=True, ernst="fout", opties={"heuristiek": True})
"""The ``naam`` rule as the gate runs it: on, the heuristic too, every finding a ``fout``."""

_WERKVORM_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


@dataclass(frozen=True)
class Verhaal:
    """A story that passed the name gate, with only what the booklet shows."""

    titel: str
    thema: str | None
    """The theme as read (``thema`` of the story, else of its werkvorm); None: Overige."""
    plotvraag: str | None
    plotvraag_label: str
    """"Plotvraag" or "Logline": which of the two the story gave."""
    lichaam: str
    """The body source (Markdown or plain text), without front matter and title."""
    soort: BestandsSoort
    html: str
    """The body rendered as a safe HTML fragment."""
    pad: str
    """Where it came from; for sorting ties and the terminal only, never for the booklet."""


@dataclass(frozen=True)
class Naamvondst:
    """A name found in a story: where, and a hint that does not give the name away."""

    pad: str
    regel: int | None
    kolom: int | None
    hint: str
    waar: str = "verhaal"
    """"verhaal" (in the file), or the part of the booklet it would have appeared in."""


@dataclass
class Leesverslag:
    """What reading gave: the stories for the booklet and everything left out or open."""

    verhalen: list[Verhaal] = field(default_factory=list)
    namen: list[Naamvondst] = field(default_factory=list)
    onleesbaar: list[tuple[str, str]] = field(default_factory=list)
    """(path, Dutch reason) of files that could not be read."""
    overgeslagen: list[str] = field(default_factory=list)
    """Paths of files that say they are no story (first line :data:`GEEN_VERHAAL`)."""
    open_bevindingen: dict[str, Counter[Ernst]] = field(default_factory=dict)
    """Per path of an included story: the other open findings, counted per severity."""

    @property
    def weggelaten(self) -> list[str]:
        """Paths of the stories left out, in order, each once."""
        return list(dict.fromkeys([v.pad for v in self.namen] + [p for p, _ in self.onleesbaar]))


def maskeer(woord: str) -> str:
    """A masked hint for a found name: its first letter and a dot per other letter."""
    woord = woord.strip()
    if not woord:
        return "…"
    return woord[0] + "·" * min(len(woord) - 1, 12)


def _positie(tekst: str, offset: int) -> tuple[int, int]:
    regel = tekst.count("\n", 0, offset) + 1
    kolom = offset - (tekst.rfind("\n", 0, offset) + 1) + 1
    return regel, kolom


def verhaalbestanden(paden: Sequence[str]) -> list[tuple[str, BestandsSoort]]:
    """The story files under ``paden`` (as ``verhaal controleer`` finds them), without the
    review and notes files next to them. A path that does not exist is an InvoerFout."""
    from verhaal.bespreking.markdown import is_bespreking
    from verhaal.flow.verhaalbestand import AANTEKENINGEN_ACHTERVOEGSEL
    from verhaal.linter.invoer import STANDAARDINVOER, verzamel

    for pad in paden:
        if pad == STANDAARDINVOER:
            raise InvoerFout("verhaal bundel leest geen standaardinvoer; geef een map of bestand.")
        if not Path(pad).exists():
            raise InvoerFout(f"{pad}: deze map of dit bestand bestaat niet.")
    gevonden: list[tuple[str, BestandsSoort]] = []
    gezien: set[str] = set()
    for bron in verzamel(paden):
        naam = bron.pad.lower()
        if is_bespreking(naam) or naam.endswith(AANTEKENINGEN_ACHTERVOEGSEL):
            continue
        sleutel = str(Path(bron.pad).resolve())
        if sleutel in gezien:
            continue
        gezien.add(sleutel)
        gevonden.append((bron.pad, bron.soort))
    return gevonden


def _waarde(doc: Document, sleutel: str) -> str | None:
    """A front-matter scalar as text: quotes undone, white space collapsed."""
    span = doc.frontmatter.get(sleutel)
    if span is None:
        return None
    begin, eind = span
    tekst = doc.tekst
    waarde = tekst[begin:eind]
    voor = tekst[begin - 1] if begin > 0 else ""
    na = tekst[eind] if eind < len(tekst) else ""
    if voor == na == "'":
        waarde = waarde.replace("''", "'")
    elif voor == na == '"':
        waarde = re.sub(r"\\(.)", r"\1", waarde)
    waarde = " ".join(waarde.split())
    return waarde or None


def _lichaam(doc: Document) -> str:
    """The story body: from the line of the first block after front matter and title."""
    for index, blok in enumerate(doc.blokken):
        if blok.soort == "frontmatter" or index == doc.titelblok:
            continue
        if doc.titelblok is not None and index < doc.titelblok:
            continue
        begin = doc.tekst.rfind("\n", 0, blok.start) + 1
        return doc.tekst[begin:]
    return ""


class Naampoort:
    """Checks stories and booklet text for names, with one configuration per werkvorm."""

    def __init__(self, instellingen: Instellingen, namen: Sequence[str]) -> None:
        self.instellingen = instellingen
        self.namen = tuple(namen)
        self._configs: dict[str | None, CheckConfig] = {}
        self._themas: dict[str, str | None] = {}

    def config(self, werkvorm_id: str | None) -> CheckConfig:
        """The story's configuration as ``verhaal controleer`` builds it, with the gate's
        ``naam`` rule on top (the command line layer)."""
        from verhaal.linter.werkvormregels import verhaal_config

        if werkvorm_id not in self._configs:
            try:
                config, _ = verhaal_config(
                    self.instellingen,
                    werkvorm_id,
                    namen=self.namen,
                    opdracht_regels={"naam": NAAM_STRENG},
                )
            except InvoerFout:  # a broken werkvorm file: the plain rules, still the gate
                config, _ = verhaal_config(
                    self.instellingen, None, namen=self.namen, opdracht_regels={"naam": NAAM_STRENG}
                )
            self._configs[werkvorm_id] = config
        return self._configs[werkvorm_id]

    def alleen_naam(self, werkvorm_id: str | None = None) -> CheckConfig:
        """Only the gate's ``naam`` rule (with the team's allowed words), nothing else."""
        from verhaal.checker.rules import REGELS

        volledig = self.config(werkvorm_id)
        regels = {regel_id: RegelInstelling(aan=False) for regel_id in REGELS}
        regels["naam"] = volledig.instelling("naam")
        return CheckConfig(namen=volledig.namen, regels=regels)

    def namen_in(self, tekst: str, werkvorm_id: str | None = None) -> list[Bevinding]:
        """The names in a piece of plain text (a title, a file name, a remark)."""
        return [b for b in check(tekst, self.alleen_naam(werkvorm_id), "txt") if b.regel == "naam"]

    def thema_van(self, werkvorm_id: str) -> str | None:
        """The ``thema`` of a werkvorm (None when unknown, broken or without one)."""
        if werkvorm_id not in self._themas:
            thema: str | None = None
            if _WERKVORM_ID.fullmatch(werkvorm_id):
                try:
                    from verhaal.werkvorm import zoek_werkvorm

                    werkvorm = zoek_werkvorm(werkvorm_id, self.instellingen.werkvorm_mappen())
                    thema = werkvorm.thema if werkvorm is not None else None
                except InvoerFout:
                    thema = None
            self._themas[werkvorm_id] = thema
        return self._themas[werkvorm_id]


def lees_verhalen(
    bestanden: Iterable[tuple[str, BestandsSoort]],
    poort: Naampoort,
    voortgang: Callable[[], None] | None = None,
) -> Leesverslag:
    """Read and gate every story; ``voortgang`` is called once per file."""
    from verhaal.linter.invoer import Bron, LeesFout, lees

    verslag = Leesverslag()
    for pad, soort in bestanden:
        try:
            tekst = lees(Bron(pad, soort))
        except LeesFout as fout:
            verslag.onleesbaar.append((pad, str(fout)))
        else:
            if tekst.startswith(GEEN_VERHAAL):
                verslag.overgeslagen.append(pad)
            else:
                _lees_een(pad, soort, tekst, poort, verslag)
        if voortgang is not None:
            voortgang()
    return verslag


def _lees_een(
    pad: str, soort: BestandsSoort, tekst: str, poort: Naampoort, verslag: Leesverslag
) -> None:
    doc = lees_tekst(tekst, soort)
    werkvorm = _waarde(doc, "werkvorm")
    werkvorm_id = werkvorm.strip().lower() if werkvorm else None
    if werkvorm_id is not None and not _WERKVORM_ID.fullmatch(werkvorm_id):
        werkvorm_id = None  # not an id (a path?): read nothing because of it
    bevindingen = check(tekst, poort.config(werkvorm_id), soort)
    # The plotvraag in the front matter is prose the checker checks: say so when the
    # name is there.
    plot = doc.voorkant_verhaal
    vondsten = [
        Naamvondst(
            pad,
            *_positie(tekst, b.start),
            maskeer(b.tekst),
            "plotvraag" if any(s <= b.start < e for s, e in plot) else "verhaal",
        )
        for b in bevindingen
        if b.regel == "naam"
    ]
    # Without a title: a placeholder, never the file name (the booklet holds no paths).
    titel = " ".join(tekst[doc.titel[0] : doc.titel[1]].split()) if doc.titel else ""
    titel = titel or ZONDER_TITEL
    thema = _waarde(doc, "thema")
    if thema is None and werkvorm_id:
        thema = poort.thema_van(werkvorm_id)
    if thema is not None and thema.strip().lower() in GEEN_THEMA:
        thema = None
    plotvraag, label = _waarde(doc, "plotvraag"), "Plotvraag"
    if plotvraag is None:
        plotvraag, label = _waarde(doc, "logline"), "Logline"
    lichaam = _lichaam(doc)
    fragment = naar_html(lichaam, soort)
    if not vondsten:
        # What the booklet would show, checked as the reader will see it.
        delen = [("titel", titel), ("thema", thema), ("plotvraag", plotvraag)]
        delen.append(("verhaal", zichtbare_tekst(fragment)))
        for waar, inhoud in delen:
            if not inhoud:
                continue
            for bevinding in poort.namen_in(inhoud, werkvorm_id):
                regel, kolom = _vind_terug(tekst, bevinding.tekst)
                vondsten.append(Naamvondst(pad, regel, kolom, maskeer(bevinding.tekst), waar))
    if vondsten:
        verslag.namen.extend(vondsten)
        return
    open_ = Counter(b.ernst for b in bevindingen)
    if open_:
        verslag.open_bevindingen[pad] = open_
    verslag.verhalen.append(Verhaal(titel, thema, plotvraag, label, lichaam, soort, fragment, pad))


def _vind_terug(tekst: str, woord: str) -> tuple[int | None, int | None]:
    """Line and column of the first whole-word occurrence of ``woord`` in ``tekst``."""
    gevonden = re.search(rf"(?<!\w){re.escape(woord)}(?!\w)", tekst, re.IGNORECASE)
    if gevonden is None:
        return None, None
    return _positie(tekst, gevonden.start())
