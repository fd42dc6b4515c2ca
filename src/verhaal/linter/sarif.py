"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

One run; the driver lists every rule with its Dutch title, description and the method's
reason as help. Columns are Unicode code points (``columnKind``), as in the JSON contract.
Files that could not be read, and the linter's own notes (suppressions), become
``toolExecutionNotifications`` of the invocation: they are not results of a rule.
The command line is deliberately not recorded: it may hold a pupil's name (``--naam``).
Results are streamed; only the (few) notifications are kept until the end.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from verhaal import __version__
from verhaal.checker.bevinding import Ernst
from verhaal.linter.invoer import STANDAARDINVOER
from verhaal.linter.rapport import Schrijver, Telling
from verhaal.linter.uitvoeren import Gevonden, Uitslag

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
NIVEAU: dict[Ernst, str] = {"fout": "error", "waarschuwing": "warning", "info": "note"}
BASIS = "SRCROOT"


def _uri(pad: str) -> dict[str, str]:
    """An artifactLocation: relative paths against the working folder, absolute as file URIs."""
    if pad == STANDAARDINVOER:
        return {"uri": "stdin"}
    if os.path.isabs(pad):
        return {"uri": Path(pad).as_uri()}
    return {"uri": quote(Path(pad).as_posix()), "uriBaseId": BASIS}


def regels_json() -> list[dict[str, object]]:
    """The ``rules`` of the driver, from the rule registry."""
    from verhaal.checker.rules import REGELS

    regels: list[dict[str, object]] = []
    for regel in REGELS.values():
        titel = regel.titel or regel.id
        beschrijving = regel.beschrijving or titel
        help_tekst = beschrijving + (f"\n\nWaarom: {regel.waarom}" if regel.waarom else "")
        help_md = f"**{titel}**\n\n{beschrijving}" + (
            f"\n\n*Waarom:* {regel.waarom}" if regel.waarom else ""
        )
        regels.append(
            {
                "id": regel.id,
                "name": regel.id,
                "shortDescription": {"text": titel},
                "fullDescription": {"text": beschrijving},
                "help": {"text": help_tekst, "markdown": help_md},
                "defaultConfiguration": {"level": NIVEAU[regel.ernst]},
                "properties": {"tags": ["schrijfregel"]},
            }
        )
    return regels


class SarifRapport:
    """Streams one SARIF log."""

    def __init__(self, schrijf: Schrijver) -> None:
        self.schrijf = schrijf
        self._eerste = True
        self._meldingen: list[dict[str, object]] = []
        self._index: dict[str, int] = {}

    def begin(self) -> None:
        """The log header, the tool with its rules, and the opening of ``results``."""
        regels = regels_json()
        self._index = {str(r["id"]): i for i, r in enumerate(regels)}
        kop = {
            "$schema": SCHEMA,
            "version": "2.1.0",
        }
        run_kop = {
            "tool": {
                "driver": {
                    "name": "verhaal",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": regels,
                }
            },
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {BASIS: {"uri": Path.cwd().as_uri() + "/"}},
        }
        self.schrijf(json.dumps(kop, ensure_ascii=False)[:-1] + ', "runs": [')
        self.schrijf(json.dumps(run_kop, ensure_ascii=False)[:-1] + ', "results": [')

    def bestand(self, uitslag: Uitslag) -> None:
        """Results of one file; its error or notes become notifications."""
        plek = _uri(uitslag.pad)
        if uitslag.fout is not None:
            self._meldingen.append(
                {
                    "level": "error",
                    "message": {"text": f"{uitslag.pad}: {uitslag.fout}"},
                    "locations": [{"physicalLocation": {"artifactLocation": plek}}],
                    "descriptor": {"id": "bestand-niet-gecontroleerd"},
                }
            )
            return
        for notitie in uitslag.notities:
            self._meldingen.append(
                {
                    "level": "warning",
                    "message": {"text": notitie.bericht},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": plek,
                                "region": {
                                    "startLine": notitie.regel,
                                    "startColumn": notitie.kolom,
                                    "endLine": notitie.eind_regel,
                                    "endColumn": notitie.eind_kolom,
                                },
                            }
                        }
                    ],
                    "descriptor": {"id": notitie.soort},
                }
            )
        for g in uitslag.gevonden:
            tekst = json.dumps(self._resultaat(g, plek), ensure_ascii=False)
            self.schrijf(("" if self._eerste else ", ") + tekst)
            self._eerste = False

    def _resultaat(self, g: Gevonden, plek: dict[str, str]) -> dict[str, object]:
        b = g.bevinding
        bericht = b.bericht + (f" Suggestie: {b.suggestie}" if b.suggestie else "")
        resultaat: dict[str, object] = {
            "ruleId": b.regel,
            "level": NIVEAU[b.ernst],
            "message": {"text": bericht},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": plek,
                        "region": {
                            "startLine": g.regel,
                            "startColumn": g.kolom,
                            "endLine": g.eind_regel,
                            "endColumn": g.eind_kolom,
                            "charOffset": b.start,
                            "charLength": b.eind - b.start,
                            "snippet": {"text": b.tekst},
                        },
                    }
                }
            ],
        }
        if b.regel in self._index:
            resultaat["ruleIndex"] = self._index[b.regel]
        if b.suggestie is not None:
            resultaat["fixes"] = [
                {
                    "description": {"text": f"Vervang '{b.tekst}' door '{b.suggestie}'."},
                    "artifactChanges": [
                        {
                            "artifactLocation": plek,
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "charOffset": b.start,
                                        "charLength": b.eind - b.start,
                                    },
                                    "insertedContent": {"text": b.suggestie},
                                }
                            ],
                        }
                    ],
                }
            ]
        return resultaat

    def einde(self, telling: Telling, exitcode: int) -> None:
        """Close the results; the invocation with its notifications ends the log."""
        aanroep = {
            "executionSuccessful": telling.onleesbaar == 0,
            "exitCode": exitcode,
            "toolExecutionNotifications": self._meldingen,
        }
        self.schrijf(f'], "invocations": [{json.dumps(aanroep, ensure_ascii=False)}]}}]}}\n')
