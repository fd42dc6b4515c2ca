"""``verhaal regels [ID]``: the overview, one rule explained, unknown ids, rich vs plain."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from verhaal.checker.rules import REGELS
from verhaal.cli import app
from verhaal.cli import regels as regels_cli

runner = CliRunner()


def test_overzicht_noemt_elke_regel_met_ernst_en_titel() -> None:
    resultaat = runner.invoke(app, ["regels"])
    assert resultaat.exit_code == 0, resultaat.output
    regels = resultaat.output.splitlines()
    for regel in REGELS.values():
        rij = next(r for r in regels if r.startswith(regel.id + " "))
        assert regel.ernst in rij
        assert regel.titel in rij
    assert "verhaal regels ID" in resultaat.output
    assert "\x1b[" not in resultaat.output  # plain text: no terminal here


def test_overzicht_toont_eerste_zin_van_de_beschrijving() -> None:
    uitvoer = runner.invoke(app, ["regels"]).output
    rij = next(r for r in uitvoer.splitlines() if r.startswith("getal "))
    assert rij.rstrip().endswith("Het verhaal noemt geen getallen.")


def test_een_regel_met_waarom_instellingen_en_voorbeelden() -> None:
    resultaat = runner.invoke(app, ["regels", "getal"])
    assert resultaat.exit_code == 0
    uitvoer = resultaat.output
    regel = REGELS["getal"]
    assert uitvoer.startswith("getal: Geen getallen (ernst: fout)")
    assert regel.beschrijving in uitvoer
    assert regel.waarom in uitvoer
    for naam, optie in regel.opties.items():
        assert f"{naam} ({regels_cli.type_naam(optie)}, standaard: " in uitvoer
        assert f"        {naam}: {json.dumps(optie.standaard)}" in uitvoer
    meldt, stil = uitvoer.split("Voorbeelden waarbij de regel stil blijft")
    assert "| Om 8:30 ging de bel.\n    meldt: '8:30'" in meldt
    assert "| Een voor een kwamen ze binnen; nog een keer zwaaide ze." in stil
    assert "meldt:" not in stil
    assert "(met negeer = 'A4'tje')" in stil


@pytest.mark.parametrize("regel_id", list(REGELS))
def test_elke_regel_is_uit_te_leggen(regel_id: str) -> None:
    resultaat = runner.invoke(app, ["regels", regel_id])
    assert resultaat.exit_code == 0
    for voorbeeld in REGELS[regel_id].voorbeelden:
        eerste_regel = voorbeeld.tekst.strip("\n").split("\n")[0]
        assert f"| {eerste_regel}".rstrip() in resultaat.output


def test_verhaalregel_zonder_titel_meldt_het_geheel() -> None:
    uitvoer = runner.invoke(app, ["regels", "titel"]).output
    assert "meldt: het verhaal als geheel" in uitvoer
    assert "(met als .txt-bestand)" in uitvoer


def test_id_is_niet_hoofdlettergevoelig() -> None:
    resultaat = runner.invoke(app, ["regels", "GETAL"])
    assert resultaat.exit_code == 0
    assert resultaat.output.startswith("getal:")


def test_onbekende_regel_geeft_nederlandse_fout_en_code_2() -> None:
    resultaat = runner.invoke(app, ["regels", "getallen"])
    assert resultaat.exit_code == 2
    assert "verhaal: Onbekende regel 'getallen'" in resultaat.stderr
    assert "getal" in resultaat.stderr.split("Bekende regels:")[1]


def test_op_een_terminal_met_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regels_cli, "op_terminal", lambda: True)
    overzicht = runner.invoke(app, ["regels"], env={"COLUMNS": "160"})
    assert overzicht.exit_code == 0
    assert "┏" in overzicht.output and "Regels van de verhaalcontrole" in overzicht.output
    detail = runner.invoke(app, ["regels", "zintuigen"], env={"COLUMNS": "160"})
    assert detail.exit_code == 0
    assert "Instellingen in .verhaal.yaml" in detail.output
    assert "minimum" in detail.output and "extra_woorden" in detail.output
    assert "Voorbeelden die de regel meldt" in detail.output


def test_rich_markeert_de_gemelde_stukken() -> None:
    from rich.console import Console

    uit = io.StringIO()
    console = Console(file=uit, force_terminal=True, color_system="standard", width=120)
    regels_cli.toon_regel(console, REGELS["getal"])
    ansi = uit.getvalue()
    # The reported span is drawn reversed (SGR 7); the rest of the example is not.
    assert "\x1b[1;7;31m8:30\x1b[0m" in ansi
    assert "\x1b[1;7;31mOm" not in ansi


def test_no_color_of_pijp_geeft_platte_tekst(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdout", Terminal())
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert regels_cli.op_terminal()
    monkeypatch.setenv("NO_COLOR", "1")
    assert not regels_cli.op_terminal()
    monkeypatch.setattr("sys.stdout", io.StringIO())
    monkeypatch.delenv("NO_COLOR")
    assert not regels_cli.op_terminal()


def test_voorbeelden_worden_echt_uitgevoerd() -> None:
    regel = REGELS["getal"]
    voorbeeld = next(v for v in regel.voorbeelden if v.tekst.startswith("Om 8:30"))
    assert regels_cli.voorbeeld_uitkomst(regel, voorbeeld) == [(3, 7, "8:30")]


def test_waarden_in_het_nederlands() -> None:
    # ja/nee instead of true/false in the text; the YAML example keeps what YAML reads.
    resultaat = runner.invoke(app, ["regels", "tegenwoordige-tijd"])
    tekst = resultaat.output
    assert "citaten (ja/nee, standaard: nee)" in tekst
    assert "standaard: false" not in tekst and "standaard: true" not in tekst
    assert "        citaten: false" in tekst


def test_werkvorm_toon_zegt_de_regels_in_zinnen() -> None:
    resultaat = runner.invoke(app, ["werkvorm", "toon", "logline"], env={"COLUMNS": "200"})
    assert "Lengte: hoogstens 120 woorden." in resultaat.output
    assert "Staan uit: titel en zintuigen." in resultaat.output
    assert "max_woorden" not in resultaat.output
    # The werkvorm's own product, and a severity as a teacher reads it (tip, not info).
    assert (
        "Tegenwoordige tijd: als waarschuwing; de logline staat in de tegenwoordige tijd, "
        "dus de regel meldt de verleden tijd." in resultaat.output
    )
    assert "Getal: als waarschuwing." in resultaat.output
    assert "meldt als" not in resultaat.output
