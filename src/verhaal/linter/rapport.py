"""Reports: the running tally, the report interface, and the JSON contract (version 1).

The JSON contract is described in the shared eval README; scorers, CI jobs and editors
read it, so it changes only with a new ``version``. :class:`JsonRapport` streams exactly
what :func:`als_json` builds in one piece: file by file, so memory does not grow with
the batch.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from verhaal.checker.bevinding import ERNSTEN, Bevinding, Ernst, ernst_rang

if TYPE_CHECKING:
    from verhaal.linter.uitvoeren import Gevonden, Uitslag

JSON_VERSIE = 1

Schrijver = Callable[[str], object]


@dataclass
class BestandsResultaat:
    """The outcome of checking one file with its text (for in-process callers)."""

    pad: str
    tekst: str = ""
    bevindingen: list[Bevinding] = field(default_factory=list)
    fout: str | None = None


def regel_kolom(tekst: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset`` in ``tekst``."""
    regel = tekst.count("\n", 0, offset) + 1
    begin = tekst.rfind("\n", 0, offset) + 1
    return regel, offset - begin + 1


def bevinding_json(tekst: str, bevinding: Bevinding) -> dict[str, object]:
    """One finding as a JSON object of the contract."""
    regel, kolom = regel_kolom(tekst, bevinding.start)
    eind_regel, eind_kolom = regel_kolom(tekst, bevinding.eind)
    return _object(bevinding, regel, kolom, eind_regel, eind_kolom)


def gevonden_json(gevonden: Gevonden) -> dict[str, object]:
    """One finding with precomputed positions as a JSON object of the contract."""
    g = gevonden
    return _object(g.bevinding, g.regel, g.kolom, g.eind_regel, g.eind_kolom)


def _object(
    b: Bevinding, regel: int, kolom: int, eind_regel: int, eind_kolom: int
) -> dict[str, object]:
    return {
        "rule": b.regel,
        "severity": b.ernst,
        "line": regel,
        "column": kolom,
        "end_line": eind_regel,
        "end_column": eind_kolom,
        "offset": b.start,
        "length": b.eind - b.start,
        "text": b.tekst,
        "message": b.bericht,
        "suggestion": b.suggestie,
    }


def als_json(resultaten: list[BestandsResultaat]) -> str:
    """The whole report in the JSON contract, as one string."""
    bestanden = [
        {
            "path": r.pad,
            "error": r.fout,
            "findings": [] if r.fout else [bevinding_json(r.tekst, b) for b in r.bevindingen],
        }
        for r in resultaten
    ]
    samenvatting = {
        "files": len(resultaten),
        "findings": sum(len(r.bevindingen) for r in resultaten if not r.fout),
        "errors": sum(1 for r in resultaten if r.fout),
    }
    return json.dumps(
        {"version": JSON_VERSIE, "files": bestanden, "summary": samenvatting},
        ensure_ascii=False,
        indent=None,
    )


@dataclass
class Telling:
    """Running totals of a batch: what the summary and the exit code are made of."""

    bestanden: int = 0
    onleesbaar: int = 0
    met_bevindingen: int = 0
    bevindingen: int = 0
    notities: int = 0
    per_regel: Counter[tuple[str, Ernst]] = field(default_factory=Counter)

    def tel(self, uitslag: Uitslag) -> None:
        """Add one file's outcome."""
        self.bestanden += 1
        if uitslag.fout is not None:
            self.onleesbaar += 1
            return
        if uitslag.json_tekst is not None:  # from a worker: see Opdracht.json_tekst
            regels = list(uitslag.regels)
        else:
            regels = [(g.bevinding.regel, g.bevinding.ernst) for g in uitslag.gevonden]
        if regels:
            self.met_bevindingen += 1
        self.bevindingen += len(regels)
        self.notities += len(uitslag.notities)
        self.per_regel.update(regels)

    def per_ernst(self) -> dict[Ernst, int]:
        """Number of findings per severity, most severe first."""
        aantallen = dict.fromkeys(ERNSTEN, 0)
        for (_, ernst), aantal in self.per_regel.items():
            aantallen[ernst] += aantal
        return aantallen

    def boven(self, grens: Ernst) -> int:
        """Number of findings at or above severity ``grens``."""
        rang = ernst_rang(grens)
        return sum(
            aantal for (_, ernst), aantal in self.per_regel.items() if ernst_rang(ernst) <= rang
        )


class Rapport(Protocol):
    """An output format: told about the start, each file in order, and the end."""

    def begin(self) -> None:
        """Called once before the first file."""

    def bestand(self, uitslag: Uitslag) -> None:
        """Called for every file, in command-line order."""

    def einde(self, telling: Telling, exitcode: int) -> None:
        """Called once after the last file."""


def bestand_json(uitslag: Uitslag) -> str:
    """One file's object of the JSON report, as text (made by a worker already when it
    carries :attr:`~verhaal.linter.uitvoeren.Uitslag.json_tekst`)."""
    if uitslag.json_tekst is not None:
        return uitslag.json_tekst
    obj = {
        "path": uitslag.pad,
        "error": uitslag.fout,
        "findings": [gevonden_json(g) for g in uitslag.gevonden],
    }
    return json.dumps(obj, ensure_ascii=False)


class JsonRapport:
    """The JSON contract, streamed; byte for byte what :func:`als_json` returns (+ newline)."""

    def __init__(self, schrijf: Schrijver, meld: Schrijver | None = None) -> None:
        self.schrijf = schrijf
        self.meld = meld
        self._eerste = True

    def begin(self) -> None:
        """Open the report object and the file list."""
        self.schrijf(f'{{"version": {JSON_VERSIE}, "files": [')

    def bestand(self, uitslag: Uitslag) -> None:
        """One file object; linter notes go to ``meld`` (stderr), outside the contract."""
        if self.meld is not None:
            for n in uitslag.notities:
                self.meld(f"{uitslag.pad}:{n.regel}:{n.kolom}: {n.soort}: {n.bericht}\n")
        self.schrijf(("" if self._eerste else ", ") + bestand_json(uitslag))
        self._eerste = False

    def einde(self, telling: Telling, exitcode: int) -> None:
        """Close the list and write the summary."""
        samenvatting = {
            "files": telling.bestanden,
            "findings": telling.bevindingen,
            "errors": telling.onleesbaar,
        }
        self.schrijf(f'], "summary": {json.dumps(samenvatting)}}}\n')
