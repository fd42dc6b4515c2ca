"""``verhaal medium``: walk the decision tree that picks a medium for a story."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add ``medium`` to ``app``."""

    @app.command()
    def medium(
        antwoorden: Path | None = typer.Option(
            None,
            "--antwoorden",
            "-a",
            help="YAML-bestand met antwoorden (vraag-id: keuze) om zonder vragen te werken.",
        ),
        toon: bool = typer.Option(
            False, "--toon", help="Laat de hele beslisboom zien in plaats van vragen te stellen."
        ),
        boom_pad: Path | None = typer.Option(
            None, "--boom", help="Gebruik een eigen beslisboom (YAML) in plaats van de standaard."
        ),
    ) -> None:
        """Kies een medium of platform voor je verhaal met een korte beslisboom.

        Vier vragen uit de toolkit sturen de keuze: voor wie (publiek), waarvoor
        (doel), hoeveel (boodschap) en met wat (middelen). Je krijgt een advies met
        de reden en een eerste stap.
        """
        import sys

        from rich.console import Console

        from verhaal.errors import GeenTerminal, Onderbroken
        from verhaal.medium import laad_beslisboom, wandel
        from verhaal.medium.antwoorden import kiezer_uit_bestand, vrager_kiezer
        from verhaal.medium.weergave import toon_boom, toon_inleiding, toon_uitkomst

        boom = laad_beslisboom(boom_pad)
        console = Console()
        if toon:
            toon_boom(console, boom)
            return
        if antwoorden is not None:
            kiezer = kiezer_uit_bestand(boom, antwoorden)
        else:
            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                raise GeenTerminal(
                    "verhaal medium stelt vragen en heeft daarvoor een terminal nodig. "
                    "Geef de antwoorden mee met --antwoorden BESTAND.yaml, "
                    "of bekijk de hele boom met --toon."
                )
            from verhaal.flow.terminal import TerminalVrager

            kiezer = vrager_kiezer(TerminalVrager())
            toon_inleiding(console, boom)
        try:
            uitkomst = wandel(boom, kiezer)
        except (KeyboardInterrupt, EOFError):
            raise Onderbroken("Gestopt; er is niets bewaard.") from None
        console.print()
        toon_uitkomst(console, uitkomst)
