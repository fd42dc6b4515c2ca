"""Per-file results and the JSON contract (see shared eval README, version 1)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from verhaal.checker.bevinding import Bevinding

JSON_VERSIE = 1


@dataclass
class BestandsResultaat:
    """The outcome of checking one file: findings, or an error message."""

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
    return {
        "rule": bevinding.regel,
        "severity": bevinding.ernst,
        "line": regel,
        "column": kolom,
        "end_line": eind_regel,
        "end_column": eind_kolom,
        "offset": bevinding.start,
        "length": bevinding.eind - bevinding.start,
        "text": bevinding.tekst,
        "message": bevinding.bericht,
        "suggestion": bevinding.suggestie,
    }


def als_json(resultaten: list[BestandsResultaat]) -> str:
    """The whole report in the JSON contract, as a string."""
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
