"""``verhaal init``: write a commented example ``.verhaal.yaml``.

The rule section is generated from the rule registry (ids, titles, default severities and
every declared option with its default), so the example never drifts from the rules.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

LANGE_STANDAARD = 60
"""Defaults longer than this (as YAML) are not spelled out in the example."""


def _waarde(waarde: object) -> str:
    """A YAML flow value (JSON is valid YAML)."""
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    return json.dumps(waarde, ensure_ascii=False)


def voorbeeld_config() -> str:
    """The text of the example configuration.

    Every setting is commented out, showing its default: the file as written changes
    nothing (an explicit ``aan: true`` would, for instance, switch a rule back on in a
    werkvorm that switches it off). It loads as valid YAML, and so does every setting
    once its ``#`` is removed.
    """
    from verhaal.checker.rules import REGELS
    from verhaal.instellingen import STANDAARD_MAX_KB

    regels: list[str] = []
    for regel in REGELS.values():
        regels.append(f"  # Regel '{regel.id}': {regel.titel or regel.id}")
        regels.append(f"  # {regel.id}:")
        regels.append("  #   aan: true")
        regels.append(f"  #   ernst: {regel.ernst}")
        for naam, optie in regel.opties.items():
            standaard = _waarde(optie.standaard)
            uitleg = " ".join(optie.uitleg.split())
            if len(standaard) > LANGE_STANDAARD:
                leeg = "[]" if isinstance(optie.standaard, list) else standaard[:LANGE_STANDAARD]
                uitleg += f" (standaard: zie 'verhaal regels {regel.id}')"
                standaard = leeg
            regels.append(f"  #   {naam}: {standaard}  # {uitleg}")
    return "\n".join(
        [
            "# Instellingen voor 'verhaal controleer' (gemaakt met 'verhaal init').",
            "# verhaal vindt dit bestand in de huidige map of in een map daarboven.",
            "# Alles is optioneel. Haal een '#' weg om een instelling te gebruiken;",
            "# 'verhaal regels ID' legt elke regel uit, met voorbeelden.",
            "",
            "# Per regel: aan of uit (true/false), de ernst (fout, waarschuwing of info)",
            "# en de eigen instellingen van de regel; hieronder staan de standaardwaarden.",
            "# Korter mag ook: 'getal: false' of 'engels: waarschuwing'. Een werkvorm kan",
            "# regels zelf aan- of uitzetten; alleen een aan/uit die je hier noemt gaat daarvoor.",
            "regels:",
            *regels,
            "",
            "# Namen waar de regel 'naam' altijd op let. Liever niet: met --naam staat de",
            "# naam van een leerling nergens op schijf, en dit bestand deel je met je team.",
            "# namen:",
            "#   - Voornaam",
            "",
            "# Extra mappen met eigen werkvormen (YAML-bestanden), naast werkvormen/ in de",
            "# huidige map. Paden gelden vanaf de map van dit bestand.",
            "# werkvormen:",
            "#   - team/werkvormen",
            "",
            "# Andere regels voor verhalen die in een bepaalde werkvorm geschreven zijn",
            "# (de voorkant van het verhaal zegt 'werkvorm: ID'). Dit komt boven op de",
            "# regels hierboven en op de instellingen van de werkvorm zelf.",
            "# per_werkvorm:",
            "#   stapsgewijs:",
            "#     regels:",
            "#       lengte: waarschuwing",
            "",
            "# Bestanden en mappen die 'verhaal controleer' overslaat (zoals --uitsluiten).",
            "# uitsluiten:",
            "#   - archief",
            '#   - "concept-*.md"',
            "",
            "# Vanaf welke ernst 'verhaal controleer' met exitcode 1 stopt (zoals --faal-op).",
            "# faal_op: fout",
            "",
            "# Het grootste verhaalbestand dat 'verhaal controleer' leest, in kB; grotere",
            "# bestanden worden overgeslagen met een melding.",
            f"# max_kb: {STANDAARD_MAX_KB}",
            "",
        ]
    )


def register(app: typer.Typer) -> None:
    """Add ``init`` to ``app``."""

    @app.command()
    def init(
        pad: Path = typer.Option(
            Path(".verhaal.yaml"), "--pad", help="Waar het bestand komt.", show_default=True
        ),
        overschrijf: bool = typer.Option(
            False, "--overschrijf", help="Vervang een bestaand bestand."
        ),
    ) -> None:
        """Schrijf een voorbeeldconfiguratie (.verhaal.yaml) met uitleg bij elke instelling."""
        from verhaal.errors import VerhaalFout
        from verhaal.opslag import schrijf_atomisch

        try:
            schrijf_atomisch(pad, voorbeeld_config(), overschrijf=overschrijf)
        except VerhaalFout as fout:
            sys.stderr.write(f"verhaal: {fout.bericht}\n")
            raise typer.Exit(fout.exit_code) from None
        typer.echo(
            f"Voorbeeldconfiguratie geschreven naar {pad}. Pas het aan en controleer met "
            "'verhaal controleer'."
        )
