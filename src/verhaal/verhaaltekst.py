"""A story as written: YAML front matter and Markdown structure, read in one place.

Three parts of verhaal read stories: the checker (:mod:`verhaal.checker.document` keeps
the prose and masks the rest), the flow (a story read back, ``verhaal werkvorm doe
--verhaal``) and the review (``verhaal bespreek``). They all find the front matter, its
values and the title and paragraphs of the body here, so a file means the same to each.

- :func:`zoek_voorkant`: where the front matter is (``---`` on the first line, closed
  by ``---`` or ``...``);
- :func:`voorkant_waarden`: the scalar values in it, with their offsets in the whole text,
  found line by line without a YAML parse (the checker needs offsets and speed);
- :func:`voorkant_data`: the front matter as data, through the one YAML reader
  (:func:`verhaal.yamlbron.lees_yaml_tekst`);
- :func:`voorkant_fout`: why a front matter is not valid YAML (a Dutch message with the
  line and column in the file), or None;
- :func:`lees_verhaal`: front matter, title and paragraphs of a story.

Pure and cheap: nothing here imports yaml until :func:`voorkant_data` is called.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

__all__ = [
    "Verhaalbestand",
    "Voorkant",
    "VoorkantWaarde",
    "lees_verhaal",
    "voorkant_data",
    "voorkant_fout",
    "voorkant_waarden",
    "zoek_voorkant",
]

_VOORKANT_EIND = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)  # CRLF files too
_SLEUTEL = re.compile(r"^([ \t]*)([A-Za-z_][\w\- ]*?)[ \t]*:(?:[ \t]+|$)")
_BLOKSCALAR = re.compile(r"[|>][+-]?\d?[+-]?[ \t]*(?:#.*)?")
_LIJST = re.compile(r"^([ \t]*-[ \t]+)")
_LEEG = frozenset(("", "[]", "{}", "~", "null", "true", "false"))
_KOP = re.compile(r"#{1,6}\s")
_ALINEAGRENS = re.compile(r"\n[ \t]*\n")


class Voorkant(NamedTuple):
    """Where the front matter lies in a text (offsets)."""

    inhoud_start: int
    """First character after the opening ``---`` line."""
    slot_start: int
    """Start of the closing ``---`` (or ``...``) line."""
    slot_eind: int
    """End of the closing marker (a ``\\r`` included, the newline not)."""
    lichaam_start: int
    """First character of the body."""


class VoorkantWaarde(NamedTuple):
    """A scalar value in the front matter that may be prose.

    ``sleutel`` is the top-level key it belongs to (lower case; empty for a line before
    any key); ``start``/``eind`` its span in the whole text, quotes left out. In a flow
    list (``[a, b]``) the brackets and commas are syntax: ``flowlijst`` says so.
    """

    sleutel: str
    start: int
    eind: int
    flowlijst: bool = False


def zoek_voorkant(tekst: str) -> Voorkant | None:
    """The front matter of ``tekst``: ``---`` on the very first line, up to the next line
    that is ``---`` or ``...``; None when there is none (or it is never closed)."""
    if tekst.startswith("---\n"):
        inhoud_start = 4
    elif tekst.startswith("---\r\n"):
        inhoud_start = 5
    else:
        return None
    slot = _VOORKANT_EIND.search(tekst, 4)
    if slot is None:
        return None
    lichaam_start = tekst.find("\n", slot.start())
    lichaam_start = len(tekst) if lichaam_start == -1 else lichaam_start + 1
    return Voorkant(inhoud_start, slot.start(), slot.end(), lichaam_start)


def _regels(tekst: str, vanaf: int, tot: int) -> Iterator[tuple[int, int, str]]:
    """(start, end without ``\\r``, line) for each line of ``tekst[vanaf:tot]``."""
    pos = vanaf
    while pos < tot:
        nl = tekst.find("\n", pos, tot)
        eind = tot if nl == -1 else nl
        inhoud_eind = eind - 1 if eind > pos and tekst[eind - 1] == "\r" else eind
        yield pos, inhoud_eind, tekst[pos:inhoud_eind]
        pos = eind + 1


def voorkant_waarden(
    tekst: str, voorkant: Voorkant, notities: Collection[str] = ()
) -> tuple[list[VoorkantWaarde], dict[str, tuple[int, int]]]:
    """The values of the front matter that may be prose, and the span of each key's value.

    Line by line, without a YAML parse: ``sleutel: waarde`` lines, list items, the lines
    of block scalars (``tekst: |``) and continuation lines give values. The values of the
    top-level keys in ``notities`` (all their nested lines, lists and block scalars) are
    not prose and are left out; their own scalar value still gets a span. The spans
    (second result) map each key, lower case and first occurrence, to its value.
    """
    waarden: list[VoorkantWaarde] = []
    velden: dict[str, tuple[int, int]] = {}
    blok_inspringing: int | None = None  # inside a block scalar ('tekst: |') of this key
    in_notitie = False  # inside the value of a key in 'notities'
    bovenste = ""  # the top-level key the current line belongs to
    for start, einde, regel in _regels(tekst, 4, voorkant.slot_start):
        inspringing = len(regel) - len(regel.lstrip(" \t"))
        if in_notitie:
            if not regel.strip() or inspringing > 0 or _LIJST.match(regel):
                continue
            in_notitie = False
        if blok_inspringing is not None:
            if not regel.strip():
                continue
            if inspringing > blok_inspringing:
                # A line of a block scalar is all value, colons included ("Hij zei: kom").
                waarden.append(VoorkantWaarde(bovenste, start + inspringing, einde))
                continue
            blok_inspringing = None
        if not regel.strip() or regel.lstrip().startswith("#"):
            continue
        sleutel = _SLEUTEL.match(regel)
        naam = sleutel.group(2).strip().lower() if sleutel else ""
        if sleutel and not sleutel.group(1):
            bovenste = naam
        if sleutel and not sleutel.group(1) and naam in notities:
            w_start, w_eind = start + sleutel.end(), einde
            while w_start < w_eind and tekst[w_start] in " \t\"'":
                w_start += 1
            while w_eind > w_start and tekst[w_eind - 1] in " \t\"'":
                w_eind -= 1
            if w_start < w_eind and not _BLOKSCALAR.fullmatch(regel, sleutel.end()):
                velden.setdefault(naam, (w_start, w_eind))
            in_notitie = True
            continue
        if sleutel and _BLOKSCALAR.fullmatch(regel, sleutel.end()):
            blok_inspringing = inspringing
            continue
        if sleutel:
            w_start = start + sleutel.end()
        else:
            lijst = _LIJST.match(regel)
            w_start = start + lijst.end() if lijst else start
        # Leave quotes and block-scalar indicators around the value out.
        w_eind = einde
        while w_start < w_eind and tekst[w_start] in " \t\"'|>":
            w_start += 1
        while w_eind > w_start and tekst[w_eind - 1] in " \t\"'":
            w_eind -= 1
        if tekst[w_start:w_eind] in _LEEG:
            continue
        flowlijst = bool(sleutel) and tekst.startswith("[", w_start)
        waarden.append(VoorkantWaarde(bovenste, w_start, w_eind, flowlijst))
        if sleutel:
            velden.setdefault(naam, (w_start, w_eind))
    return waarden, velden


def voorkant_data(tekst: str, voorkant: Voorkant | None = None) -> dict[str, Any]:
    """The front matter as data (keys as text); invalid or absent front matter is empty.

    Parsed by the one YAML reader of verhaal. A story must stay readable, so a front
    matter that is not valid YAML, or not a mapping, counts as none.
    """
    from verhaal.errors import VerhaalFout
    from verhaal.yamlbron import lees_yaml_tekst

    if voorkant is None:
        voorkant = zoek_voorkant(tekst)
    if voorkant is None:
        return {}
    try:
        data = lees_yaml_tekst(tekst[voorkant.inhoud_start : voorkant.slot_start], "voorkant").data
    except VerhaalFout:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items()}


_VERDACHT_BEGIN = tuple("[{@`&*!%,?")
"""Characters that cannot start a plain value (or start a flow list, an anchor, an alias or
a tag: valid, but not what a story's front matter holds)."""
_YAML_FOUT = re.compile(r":(\d+): (?:dit is geen geldige YAML(?: \(kolom (\d+)\))?: )?")
"""The line (and column) at the start of a message of the YAML reader (for source '')."""


def _verdacht(tekst: str, voorkant: Voorkant) -> bool:
    """Whether the front matter may be invalid YAML, by a look at its lines that costs no
    parse: an unclosed quote, a flow list or other indicator at the start of a value, a
    colon inside a plain value, a key given twice, a tab in the indentation, or a top-level
    line that is no key, list item or comment. Front matter written by ``verhaal schrijf``
    (``yaml.safe_dump``) is none of these except for its quoted values and nested keys."""
    gezien: set[str] = set()
    blok_inspringing: int | None = None
    for _, _, regel in _regels(tekst, voorkant.inhoud_start, voorkant.slot_start):
        kaal = regel.lstrip(" \t")
        inspringing = len(regel) - len(kaal)
        if blok_inspringing is not None:
            if not kaal or inspringing > blok_inspringing:
                continue
            blok_inspringing = None
        if not kaal or kaal.startswith("#"):
            continue
        if "\t" in regel[:inspringing]:
            return True
        sleutel = _SLEUTEL.match(regel)
        if sleutel:
            if not sleutel.group(1):
                naam = sleutel.group(2).strip()
                if naam in gezien:
                    return True
                gezien.add(naam)
            waarde = regel[sleutel.end() :].strip()
            if _BLOKSCALAR.fullmatch(waarde):
                blok_inspringing = inspringing
                continue
        else:
            lijst = _LIJST.match(regel)
            if lijst is None and inspringing == 0:
                return True  # a top-level line that is no key and no list item
            waarde = regel[lijst.end() :].strip() if lijst else kaal.strip()
        if " #" in waarde:
            waarde = waarde.split(" #", 1)[0].rstrip()  # a comment after the value
        if not waarde or waarde in _LEEG:
            continue
        if waarde[0] in "\"'":
            if len(waarde) < 2 or waarde[-1] != waarde[0]:
                return True  # an unclosed quote (or text after the closing one)
            continue
        if waarde.startswith(_VERDACHT_BEGIN) or waarde.startswith("- "):
            return True
        if ": " in waarde or waarde.endswith(":"):
            return True
    return False


_NA_FOUT = (
    "Het verhaal zelf is wel gecontroleerd, maar andere programma's (en verhaal bundel) "
    "kunnen deze voorkant niet lezen."
)
_TIP = (
    "Zet een waarde met een dubbele punt of een haakje tussen aanhalingstekens: "
    "titel: 'De les: een dag'."
)


def voorkant_fout(tekst: str, voorkant: Voorkant | None = None) -> str | None:
    """Why the front matter of ``tekst`` is not valid YAML, as a Dutch message that names
    the line and column in the file; None when it is valid or absent.

    Valid is what the one YAML reader (:func:`verhaal.yamlbron.lees_yaml_tekst`) accepts. A
    cheap look at the lines comes first (:func:`_verdacht`), so a front matter that is
    plainly fine costs no YAML import and no parse.
    """
    if voorkant is None:
        voorkant = zoek_voorkant(tekst)
    if voorkant is None or not _verdacht(tekst, voorkant):
        return None
    from verhaal.errors import VerhaalFout, YamlGrensFout
    from verhaal.yamlbron import lees_yaml_tekst

    # Blank lines in front, so the reader counts lines as the file does (line 1: '---').
    voor = "\n" * tekst.count("\n", 0, voorkant.inhoud_start)
    try:
        bron = lees_yaml_tekst(voor + tekst[voorkant.inhoud_start : voorkant.slot_start], "")
    except VerhaalFout as fout:
        m = _YAML_FOUT.match(fout.bericht)
        if m is None:  # no line: too large, or nested too deep
            plek, uitleg = "", fout.bericht.lstrip(": ").replace("dit bestand", "de voorkant")
        else:
            kolom = f", kolom {m.group(2)}" if m.group(2) else ""
            plek, uitleg = f" op regel {m.group(1)}{kolom}", fout.bericht[m.end() :]
        # A passed limit (an alias bomb, a huge value) is no typo that quotes would mend.
        tip = "" if isinstance(fout, YamlGrensFout) else f" {_TIP}"
        return (
            f"De voorkant (de YAML tussen de twee regels met ---) klopt niet{plek}: {uitleg} "
            f"{_NA_FOUT}{tip}"
        )
    if bron.data is not None and not isinstance(bron.data, dict):
        regel = tekst.count("\n", 0, voorkant.inhoud_start) + 1
        return (
            f"De voorkant (de YAML tussen de twee regels met ---) klopt niet op regel {regel}: "
            f"er horen sleutels met een waarde te staan, zoals ‘titel: De regenjas’. {_NA_FOUT}"
        )
    return None


@dataclass
class Verhaalbestand:
    """A story file as read back: front matter, title, paragraphs and the raw text."""

    tekst: str
    voorkant: dict[str, Any] = field(default_factory=dict)
    titel: str | None = None
    alineas: list[str] = field(default_factory=list)
    lichaam_start: int = 0
    """Offset in ``tekst`` where the body (after the front matter) starts."""


def lees_verhaal(tekst: str) -> Verhaalbestand:
    """Read a story (front matter optional; a first ``#`` heading is the title).

    The body is split into paragraphs at blank lines. The title falls back to the front
    matter's ``titel``. Invalid front matter is treated as absent rather than an error.
    """
    voorkant = zoek_voorkant(tekst)
    data = voorkant_data(tekst, voorkant) if voorkant is not None else {}
    start = voorkant.lichaam_start if voorkant is not None else 0
    titel: str | None = None
    alineas: list[str] = []
    for blok in _ALINEAGRENS.split(tekst[start:]):
        blok = blok.strip()
        if not blok:
            continue
        if titel is None and not alineas and _KOP.match(blok) and "\n" not in blok:
            titel = blok.lstrip("#").strip()
            continue
        alineas.append(blok)
    if titel is None and isinstance(data.get("titel"), str):
        titel = data["titel"]
    return Verhaalbestand(tekst, data, titel, alineas, start)
