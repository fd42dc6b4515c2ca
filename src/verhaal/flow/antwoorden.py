"""``--antwoorden``: answer a werkvorm from a YAML file, without a terminal.

The file maps question ids to answers (see ``voorbeelden/antwoorden.yaml`` and
docs/werkvormen.md). The same engine runs as at the terminal; this Vrager hands out the
answers, accepts the defaults for the flow's own menus, and turns every complaint about an
answer into an :class:`~verhaal.errors.InvoerFout` that names the file, line and key.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from verhaal.errors import InvoerFout
from verhaal.flow.vrager import BevindingInContext, Vraagstuk, WeergaveSoort
from verhaal.taal import aantal, werkwoord
from verhaal.werkvorm.model import Werkvorm
from verhaal.yamlbron import Plek, YamlBron, lees_yaml_bestand

_ALINEA = ("alinea", "alinea's")


def _schrijf(tekst: str) -> None:
    sys.stdout.write(tekst + "\n")


class AntwoordenVrager:
    """A non-interactive Vrager reading answers from parsed YAML."""

    def __init__(
        self, bron: YamlBron, werkvorm: Werkvorm, uitvoer: Callable[[str], None] = _schrijf
    ) -> None:
        self.bron = bron
        self.uitvoer = uitvoer
        data = bron.data
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise InvoerFout(
                f"{bron.bron}:{bron.plek.regel}: verwacht per vraag-id een antwoord "
                "(bijvoorbeeld 'held: een stille jongen'), niet een losse tekst of lijst."
            )
        bekend = [v.id for _, v in werkvorm.vragen()]
        for sleutel in data:
            if sleutel not in bekend:
                import difflib

                plek = bron.plek / sleutel
                gelijkend = difflib.get_close_matches(str(sleutel), bekend, n=1, cutoff=0.6)
                hint = f" (bedoel je '{gelijkend[0]}'?)" if gelijkend else ""
                raise InvoerFout(
                    plek.bericht(
                        f"werkvorm '{werkvorm.id}' heeft geen vraag met deze id{hint}. De "
                        f"vragen staan in: verhaal werkvorm toon {werkvorm.id}"
                    )
                )
        self.data: Mapping[str, Any] = data

    @classmethod
    def uit_bestand(
        cls, pad: Path, werkvorm: Werkvorm, uitvoer: Callable[[str], None] = _schrijf
    ) -> AntwoordenVrager:
        """Read an answers file (errors name the file and line)."""
        return cls(lees_yaml_bestand(pad), werkvorm, uitvoer)

    @property
    def interactief(self) -> bool:
        """Never: no menus, no fix-up loops."""
        return False

    def kop(self, voortgang: str, titel: str, uitleg: str, duur: str | None) -> None:
        """Print the progress line only."""
        self.uitvoer(voortgang)

    def toon(self, tekst: str, soort: WeergaveSoort = "uitleg") -> None:
        """Print results and warnings; explanations and reminders are for people at work."""
        if soort in ("melding", "waarschuwing", "succes"):
            self.uitvoer(f"  {tekst}")

    def bevinding(self, bevinding: BevindingInContext) -> None:
        """Print a finding on one line with its suggestion."""
        suggestie = f" → {bevinding.suggestie}" if bevinding.suggestie else ""
        self.uitvoer(
            f"  {bevinding.ernst} [{bevinding.regel}] {bevinding.plek}: "
            f"{bevinding.voor}«{bevinding.kern}»{bevinding.na} · {bevinding.bericht}{suggestie}"
        )

    def vraag(self, vraagstuk: Vraagstuk) -> Any:
        """The answer from the file; the default for the flow's own questions."""
        if vraagstuk.intern:
            return vraagstuk.standaard
        waarde = self.data.get(vraagstuk.sleutel)
        if vraagstuk.index is None:
            return waarde
        if waarde is None:
            return None
        if not isinstance(waarde, list):
            self.ongeldig(
                vraagstuk,
                f"verwacht een lijst met één alinea per zinsbegin ({vraagstuk.aantal}), "
                "elke alinea op een regel die met '- ' begint.",
            )
        if (
            vraagstuk.index == 0
            and vraagstuk.aantal is not None
            and len(waarde) != vraagstuk.aantal
        ):
            self.ongeldig(
                vraagstuk,
                f"verwacht {aantal(vraagstuk.aantal, *_ALINEA)}, één per "
                f"zinsbegin, maar er {werkwoord(len(waarde), 'staat', 'staan')} er "
                f"{len(waarde)}. Laat een alinea leeg met '- ' zonder tekst.",
            )
        return waarde[vraagstuk.index] if vraagstuk.index < len(waarde) else None

    def _plek(self, vraagstuk: Vraagstuk) -> Plek:
        plek = self.bron.plek / vraagstuk.sleutel
        if vraagstuk.index is not None and isinstance(self.data.get(vraagstuk.sleutel), list):
            plek = plek / vraagstuk.index
        return plek

    def ongeldig(self, vraagstuk: Vraagstuk, bericht: str) -> None:
        """Stop: an answer in the file does not fit."""
        plek = self._plek(vraagstuk)
        if vraagstuk.sleutel not in self.data:
            raise InvoerFout(
                f"{self.bron.bron}: {vraagstuk.sleutel}: {bericht} Voeg het antwoord toe "
                f"onder '{vraagstuk.sleutel}:' (de vraag: {vraagstuk.tekst})"
            )
        raise InvoerFout(f"{plek.bron}:{plek.regel}: {plek.padtekst}: {bericht}")
