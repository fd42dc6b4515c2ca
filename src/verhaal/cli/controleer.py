"""``verhaal controleer``: check story files against the writing rules.

First version: files in, JSON or plain text out. The batch linter (folders, formats,
configuration, suppression, parallelism) grows from here.
"""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add ``controleer`` to ``app``."""

    @app.command()
    def controleer(
        paden: list[Path] = typer.Argument(..., help="Verhaalbestanden (.md of .txt)."),
        naam: list[str] = typer.Option(
            [], "--naam", "-n", help="Naam van de leerling (mag vaker)."
        ),
        formaat: str = typer.Option("tekst", "--formaat", "-f", help="tekst of json."),
    ) -> None:
        """Controleer verhalen op de schrijfregels van de methode."""
        from verhaal.checker import CheckConfig, check
        from verhaal.linter.rapport import BestandsResultaat, als_json

        config = CheckConfig(namen=tuple(naam))
        resultaten: list[BestandsResultaat] = []
        for pad in paden:
            try:
                tekst = pad.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as fout:
                resultaten.append(BestandsResultaat(str(pad), fout=f"Kan niet lezen: {fout}"))
                continue
            soort = "txt" if pad.suffix.lower() == ".txt" else "md"
            resultaten.append(BestandsResultaat(str(pad), tekst, check(tekst, config, soort)))
        if formaat == "json":
            typer.echo(als_json(resultaten))
        else:
            from verhaal.linter.rapport import regel_kolom

            for r in resultaten:
                for b in r.bevindingen:
                    regel, kolom = regel_kolom(r.tekst, b.start)
                    typer.echo(f"{r.pad}:{regel}:{kolom}  {b.regel}  {b.bericht}")
        if any(r.fout for r in resultaten):
            raise typer.Exit(2)
        raise typer.Exit(1 if any(r.bevindingen for r in resultaten) else 0)
