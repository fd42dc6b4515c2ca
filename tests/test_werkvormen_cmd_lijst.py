"""``verhaal werkvormen`` and ``verhaal werkvorm toon``: listing, filtering, own werkvormen."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import cli_hulp
from verhaal.cli import app
from verhaal.werkvorm import (
    THEMAS,
    alle_werkvormen,
    lees_werkvorm,
    werkvorm_bestanden,
    werkvormen_map,
)


def _voer_uit(*args: str) -> tuple[int, str]:
    return cli_hulp.roep(*args, breedte=250)


def _eigen_werkvorm(id_: str, titel: str, thema: str = "samenwerking") -> str:
    return (
        f"id: {id_}\n"
        f"titel: {titel}\n"
        "uitleg: Een werkvorm van ons eigen team.\n"
        f"thema: {thema}\n"
        "duur: een kwartier\n"
        "fasen:\n"
        "  - id: praten\n"
        "    titel: Samen praten\n"
        "    uitleg: Vertel elkaar wat je opviel.\n"
        "    vragen:\n"
        "      - id: opvallend\n"
        "        soort: lang\n"
        "        vraag: Wat viel je op aan het verhaal van je collega?\n"
    )


@pytest.fixture
def in_lege_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_lijst_toont_alle_ingebouwde_werkvormen(in_lege_map: Path) -> None:
    code, uitvoer = _voer_uit("werkvormen")
    assert code == 0
    ingebouwd = alle_werkvormen([])
    assert ingebouwd
    for werkvorm in ingebouwd:
        assert werkvorm.id in uitvoer
        assert werkvorm.titel in uitvoer
    assert "herkomst" not in uitvoer


@pytest.mark.parametrize("thema", THEMAS)
def test_filter_op_thema(in_lege_map: Path, thema: str) -> None:
    code, uitvoer = _voer_uit("werkvormen", "--thema", thema)
    assert code == 0
    for werkvorm in alle_werkvormen([]):
        regel = f"│ {werkvorm.id} "
        assert (regel in uitvoer) == (werkvorm.thema == thema), werkvorm.id


def test_onbekend_thema(in_lege_map: Path) -> None:
    code, bericht = _voer_uit("werkvormen", "--thema", "sport")
    assert code == 2
    assert "Onbekend thema 'sport'" in bericht and "samenwerking" in bericht


def test_eigen_werkvorm_staat_ernaast_en_vervangt_ingebouwde(in_lege_map: Path) -> None:
    eigen = in_lege_map / "werkvormen"
    eigen.mkdir()
    (eigen / "teamgesprek.yaml").write_text(
        _eigen_werkvorm("teamgesprek", "Ons teamgesprek"), encoding="utf-8"
    )
    (eigen / "stapsgewijs.yaml").write_text(
        _eigen_werkvorm("stapsgewijs", "Onze eigen stappen"), encoding="utf-8"
    )
    code, uitvoer = _voer_uit("werkvormen")
    assert code == 0
    regels = {r.split("│")[1].strip(): r for r in uitvoer.splitlines() if r.startswith("│ ")}
    assert "Ons teamgesprek" in regels["teamgesprek"]
    assert "eigen (werkvormen/teamgesprek.yaml)" in regels["teamgesprek"]
    assert "vervangt" not in regels["teamgesprek"]
    assert "Onze eigen stappen" in regels["stapsgewijs"]
    assert "vervangt de ingebouwde" in regels["stapsgewijs"]
    assert "Stapsgewijs een verhaal" not in uitvoer
    andere = [w for w in alle_werkvormen([]) if w.id != "stapsgewijs"]
    assert all("ingebouwd" in regels[w.id] for w in andere)

    # toon uses the team's version too.
    code, uitvoer = _voer_uit("werkvorm", "toon", "stapsgewijs")
    assert code == 0
    assert "Onze eigen stappen" in uitvoer
    assert "vervangt de ingebouwde" in uitvoer


def test_werkvormmappen_uit_de_configuratie(in_lege_map: Path) -> None:
    map_ = in_lege_map / "gedeeld" / "werkvormen-team"
    map_.mkdir(parents=True)
    (map_ / "kring.yaml").write_text(
        _eigen_werkvorm("kring", "Kringgesprek", thema="communicatie"), encoding="utf-8"
    )
    (in_lege_map / ".verhaal.yaml").write_text(
        "werkvormen: [gedeeld/werkvormen-team]\n", encoding="utf-8"
    )
    code, uitvoer = _voer_uit("werkvormen", "--thema", "communicatie")
    assert code == 0
    assert "Kringgesprek" in uitvoer and "eigen (gedeeld/werkvormen-team/kring.yaml)" in uitvoer


def test_kapotte_eigen_werkvorm_noemt_bestand_en_regel(in_lege_map: Path) -> None:
    # One broken file does not hide the rest: the valid ones are listed (stdout), every
    # broken file is reported with file:line: key: message (stderr), and the exit code
    # says something was wrong.
    eigen = in_lege_map / "werkvormen"
    eigen.mkdir()
    tekst = _eigen_werkvorm("kapot", "Kapot").replace("soort: lang", "soort: tekts")
    (eigen / "kapot.yaml").write_text(tekst, encoding="utf-8")
    (eigen / "ook-kapot.yaml").write_text("id: ook-kapot\ntitel: [\n", encoding="utf-8")
    (eigen / "teamgesprek.yaml").write_text(
        _eigen_werkvorm("teamgesprek", "Ons teamgesprek"), encoding="utf-8"
    )
    resultaat = CliRunner().invoke(app, ["werkvormen"], env={"COLUMNS": "250"})
    assert resultaat.exit_code == 2
    assert "Ons teamgesprek" in resultaat.stdout
    assert "Stapsgewijs een verhaal" in resultaat.stdout
    assert "Kapot" not in resultaat.stdout
    fouten = resultaat.stderr.splitlines()
    assert fouten[0].startswith("werkvormen/kapot.yaml:12: fasen[0].vragen[0].soort: ")
    assert fouten[1].startswith("werkvormen/ook-kapot.yaml:")
    assert "verhaal werkvorm valideer werkvormen" in fouten[-1]


def test_kapotte_eigen_versie_van_een_ingebouwde_staat_gemarkeerd(in_lege_map: Path) -> None:
    eigen = in_lege_map / "werkvormen"
    eigen.mkdir()
    (eigen / "logline.yaml").write_text("id: logline\n", encoding="utf-8")
    resultaat = CliRunner().invoke(app, ["werkvormen"], env={"COLUMNS": "250"})
    assert resultaat.exit_code == 2
    regel = next(r for r in resultaat.stdout.splitlines() if r.startswith("│ logline "))
    assert "jullie eigen bestand klopt niet" in regel
    assert resultaat.stderr.startswith("werkvormen/logline.yaml:")


SHIPPED = werkvorm_bestanden(werkvormen_map())


@pytest.mark.parametrize("pad", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_toon_elke_ingebouwde_werkvorm(in_lege_map: Path, pad: Path) -> None:
    werkvorm = lees_werkvorm(pad)
    code, uitvoer = _voer_uit("werkvorm", "toon", werkvorm.id)
    assert code == 0, uitvoer
    assert werkvorm.titel in uitvoer
    for nummer, fase in enumerate(werkvorm.fasen, start=1):
        assert f"Stap {nummer} · {fase.titel}" in uitvoer
        for vraag in fase.vragen:
            # The question's first words (long ones wrap at the panel's edge).
            assert " ".join(vraag.vraag.split()[:4]) in uitvoer, vraag.id
            for keuze in vraag.keuzes:
                assert keuze.label in uitvoer
    for reeks in werkvorm.zinsstarters.values():
        for starter in reeks.starters:
            assert starter.tekst in uitvoer


def test_toon_onbekende_werkvorm(in_lege_map: Path) -> None:
    code, bericht = _voer_uit("werkvorm", "toon", "bestaatniet")
    assert code == 2
    assert "Onbekende werkvorm 'bestaatniet'" in bericht
