"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

Severities map to ``error``, ``warning`` and ``notice``; a file that could not be read is
an ``error`` on that file; suppression notes are ``warning`` annotations. Values are
escaped as the runner expects (``%``, CR and LF everywhere, plus ``:`` and ``,`` inside
properties), so a story's text can never end or forge a command.
"""

from __future__ import annotations

from verhaal.checker.bevinding import Ernst
from verhaal.linter.rapport import Schrijver, Telling
from verhaal.linter.tekst import samenvatting_zin
from verhaal.linter.uitvoeren import Uitslag

NIVEAU: dict[Ernst, str] = {"fout": "error", "waarschuwing": "warning", "info": "notice"}


def _data(tekst: str) -> str:
    return tekst.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _eigenschap(tekst: str) -> str:
    return _data(tekst).replace(":", "%3A").replace(",", "%2C")


def annotatie(niveau: str, eigenschappen: dict[str, object], bericht: str) -> str:
    """One ``::niveau k=v,...::bericht`` line, escaped."""
    delen = ",".join(f"{k}={_eigenschap(str(v))}" for k, v in eigenschappen.items())
    return f"::{niveau} {delen}::{_data(bericht)}\n"


class GithubRapport:
    """Annotations, then one plain summary line for the job log."""

    def __init__(self, schrijf: Schrijver) -> None:
        self.schrijf = schrijf

    def begin(self) -> None:
        """Nothing to open."""

    def bestand(self, uitslag: Uitslag) -> None:
        """One annotation per finding, note or file error."""
        if uitslag.fout is not None:
            self.schrijf(
                annotatie(
                    "error",
                    {"file": uitslag.pad, "title": "verhaal (bestand niet gecontroleerd)"},
                    uitslag.fout,
                )
            )
            return
        for n in uitslag.notities:
            eigenschappen = {
                "file": uitslag.pad,
                "line": n.regel,
                "col": n.kolom,
                "endLine": n.eind_regel,
                "endColumn": n.eind_kolom,
                "title": f"verhaal ({n.soort})",
            }
            self.schrijf(annotatie("warning", eigenschappen, n.bericht))
        for g in uitslag.gevonden:
            b = g.bevinding
            bericht = b.bericht + (f" Suggestie: {b.suggestie}" if b.suggestie else "")
            eigenschappen = {
                "file": uitslag.pad,
                "line": g.regel,
                "col": g.kolom,
                "endLine": g.eind_regel,
                "endColumn": g.eind_kolom,
                "title": f"verhaal ({b.regel})",
            }
            self.schrijf(annotatie(NIVEAU[b.ernst], eigenschappen, bericht))

    def einde(self, telling: Telling, exitcode: int) -> None:
        """A plain line for people reading the job log."""
        self.schrijf(samenvatting_zin(telling) + "\n")
