"""The werkvorm schema: shipped files validate, broken files give file:line:key errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app
from verhaal.errors import InvoerFout, SchemaFout
from verhaal.werkvorm import (
    alle_werkvormen,
    laad_werkvorm,
    lees_werkvorm,
    werkvorm_bestanden,
    werkvormen_map,
)

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parent.parent

INGEBOUWD = werkvorm_bestanden(werkvormen_map())


def test_er_zijn_ingebouwde_werkvormen() -> None:
    namen = {pad.stem for pad in INGEBOUWD}
    assert {"stapsgewijs", "verhaalstructuur"} <= namen


@pytest.mark.parametrize("pad", INGEBOUWD, ids=[p.stem for p in INGEBOUWD])
def test_ingebouwde_werkvorm_is_geldig(pad: Path) -> None:
    werkvorm = lees_werkvorm(pad)
    assert werkvorm.id == pad.stem
    assert werkvorm.fasen
    ids = [vraag.id for _, vraag in werkvorm.vragen()]
    assert len(ids) == len(set(ids))


FOUTEN = {
    "als-later": "12: fasen[0].vragen[0].als.vraag: de vraag 'besproken' komt pas later; "
    "je kunt alleen verwijzen naar een vraag die eerder in de werkvorm staat.",
    "als-tikfout": "18: fasen[0].vragen[1].als.is: 'aanpak' heeft geen keuze 'notitieboekje' "
    "(bedoel je 'notitieboek'?).",
    "controle-vooraan": "10: fasen[0].vragen[0].soort: een controle werkt op het verhaal: zet "
    "eerst een vraag van soort 'zinsstarters' of 'herschrijf'.",
    "dubbele-punt": "7: dit is geen geldige YAML (kolom 19): hier mag geen dubbele punt staan "
    "(zet tekst met een dubbele punt tussen aanhalingstekens).",
    "dubbele-sleutel": "8: fasen[0].titel: deze sleutel staat er twee keer (ook op regel 6).",
    "dubbele-vraag": "16: fasen[1].vragen[0].id: de vraag-id 'held' staat er al; elke vraag "
    "krijgt een eigen id.",
    "fasen-geen-lijst": "4: fasen: verwacht een lijst (regels die met '- ' beginnen), niet de "
    "tekst 'kaderen'.",
    "id-bestandsnaam": "1: id: de id 'andere-id' moet gelijk zijn aan de bestandsnaam "
    "('id-bestandsnaam'), zodat iedereen de werkvorm onder dezelfde naam vindt.",
    "keuze-standaard": "13: fasen[0].vragen[0].standaard: onbekende keuze 'middel' "
    "(kies uit: kort, lang).",
    "leeg": "1: verwacht sleutels met waarden (id, titel, uitleg, fasen), niet een lege waarde.",
    "onbekende-sleutel": "12: fasen[0].vragen[0].verplict: onbekende sleutel 'verplict' "
    "(bedoel je 'verplicht'?).",
    "regel-onbekend": "7: controle.regels.getall: onbekende regel 'getall' (bedoel je 'getal'?).",
    "regel-optie": "6: controle.regels.lengte.max_woorden: verwacht een geheel getal van 0 of "
    "meer, niet 'veel'.",
    "rol-onbekend": "11: fasen[0].rol: onbekende rol 'inbrengster' (bedoel je 'inbrenger'?).",
    "sleutel-ontbreekt": "5: fasen[0]: de sleutel 'titel' ontbreekt.",
    "soort-onbekend": "20: fasen[2].vragen[0].soort: onbekende soort 'tekts' (kies uit: kort, "
    "lang, keuze, meerkeuze, bevestig, zinsstarters, controle, herschrijf).",
    "starter-toont-later": "18: fasen[0].vragen[0].starters: de zinsstarter 'Er was eens ...' "
    "toont 'held', maar die vraag komt pas later (of bestaat niet).",
    "starters-onbekend": "16: fasen[0].vragen[0].starters: onbekende reeks zinsstarters "
    "'nacht' (kies uit: dag).",
    "tab": "6: dit is geen geldige YAML (kolom 1): gebruik spaties om in te springen, geen tabs.",
    "thema-onbekend": "4: thema: onbekend thema 'samenwerken' (bedoel je 'samenwerking'?).",
    "vraagteken": "9: dit is geen geldige YAML (kolom 43): tussen { } of [ ] klopt iets niet; "
    "zet een tekst met een vraagteken, komma of dubbele punt tussen aanhalingstekens.",
    "woordgrenzen": "12: fasen[0].vragen[0].min_woorden: min_woorden (20) is groter dan "
    "max_woorden (10).",
}


def test_elk_fout_bestand_staat_in_de_tabel() -> None:
    assert {p.stem for p in (DATA / "werkvormen_fout").glob("*.yaml")} == set(FOUTEN)


@pytest.mark.parametrize(("naam", "verwacht"), sorted(FOUTEN.items()))
def test_kapotte_werkvorm_geeft_bestand_regel_en_sleutel(
    naam: str, verwacht: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DATA)
    with pytest.raises(SchemaFout) as fout:
        lees_werkvorm(Path("werkvormen_fout") / f"{naam}.yaml")
    assert str(fout.value) == f"werkvormen_fout/{naam}.yaml:{verwacht}"


def test_voorbeeld_uit_de_documentatie_is_geldig(tmp_path: Path) -> None:
    tekst = (REPO / "docs" / "werkvormen.md").read_text(encoding="utf-8")
    blok = re.findall(r"```yaml\n(.*?)```", tekst, re.S)[0]
    pad = tmp_path / "mini-verhaal.yaml"
    pad.write_text(blok, encoding="utf-8")
    werkvorm = lees_werkvorm(pad)
    assert werkvorm.schrijft_verhaal()
    assert werkvorm.regels["lengte"].opties == {"max_woorden": 150}


def _eigen_werkvorm(map_: Path, werkvorm_id: str, titel: str) -> Path:
    map_.mkdir(parents=True, exist_ok=True)
    pad = map_ / f"{werkvorm_id}.yaml"
    pad.write_text(
        f"id: {werkvorm_id}\ntitel: {titel}\nuitleg: Een eigen werkvorm.\n"
        "fasen:\n  - id: een\n    titel: Een\n    uitleg: De enige fase.\n",
        encoding="utf-8",
    )
    return pad


def test_eigen_werkvorm_vervangt_ingebouwde(tmp_path: Path) -> None:
    eigen = tmp_path / "werkvormen"
    pad = _eigen_werkvorm(eigen, "stapsgewijs", "Ons eigen stappenplan")
    _eigen_werkvorm(eigen, "kringgesprek", "Kringgesprek")
    # Subfolders hold other data and are never read as werkvormen.
    (eigen / "beslisbomen").mkdir()
    (eigen / "beslisbomen" / "boom.yaml").write_text("geen: werkvorm\n", encoding="utf-8")

    alle = {w.id: w for w in alle_werkvormen([eigen])}
    assert alle["stapsgewijs"].titel == "Ons eigen stappenplan"
    assert alle["stapsgewijs"].ingebouwd is False
    assert alle["stapsgewijs"].vervangt == werkvormen_map() / "stapsgewijs.yaml"
    assert alle["kringgesprek"].vervangt is None
    assert alle["verhaalstructuur"].ingebouwd is True
    assert "boom" not in alle

    geladen = laad_werkvorm("stapsgewijs", [eigen])
    assert geladen.pad == pad
    assert geladen.vervangt == werkvormen_map() / "stapsgewijs.yaml"
    assert laad_werkvorm("stapsgewijs", []).ingebouwd is True


def test_eigen_map_in_werkmap_telt_standaard_mee(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _eigen_werkvorm(tmp_path / "werkvormen", "kringgesprek", "Kringgesprek")
    monkeypatch.chdir(tmp_path)
    assert laad_werkvorm("kringgesprek").titel == "Kringgesprek"
    assert "kringgesprek" in {w.id for w in alle_werkvormen()}


def test_onbekende_werkvorm_noemt_de_bekende() -> None:
    with pytest.raises(InvoerFout, match=r"Onbekende werkvorm 'stapsgewys'.*stapsgewijs"):
        laad_werkvorm("stapsgewys", [])


def test_werkvorm_op_pad(tmp_path: Path) -> None:
    pad = _eigen_werkvorm(tmp_path, "los", "Los bestand")
    assert laad_werkvorm(str(pad)).titel == "Los bestand"


def test_werkvormen_map_is_de_repository_in_een_bewerkbare_installatie() -> None:
    assert werkvormen_map().resolve() == (REPO / "werkvormen").resolve()


runner = CliRunner()


def test_cli_valideer_ingebouwd() -> None:
    resultaat = runner.invoke(app, ["werkvorm", "valideer"])
    assert resultaat.exit_code == 0, resultaat.output
    assert "stapsgewijs.yaml: in orde (werkvorm 'stapsgewijs', 7 fasen" in resultaat.output


def test_cli_valideer_kapot_bestand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA)
    resultaat = runner.invoke(
        app, ["werkvorm", "valideer", "werkvormen_fout/soort-onbekend.yaml", str(werkvormen_map())]
    )
    assert resultaat.exit_code == 1
    assert (
        "werkvormen_fout/soort-onbekend.yaml:20: fasen[2].vragen[0].soort: onbekende soort 'tekts'"
        in resultaat.output
    )
    assert "verhaalstructuur.yaml: in orde" in resultaat.output
    assert "Traceback" not in resultaat.output


def test_cli_valideer_map_met_fouten_meldt_elk_bestand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA)
    resultaat = runner.invoke(app, ["werkvorm", "valideer", "werkvormen_fout"])
    assert resultaat.exit_code == 1
    for naam, verwacht in FOUTEN.items():
        assert f"werkvormen_fout/{naam}.yaml:{verwacht}" in resultaat.output


def test_cli_valideer_pad_bestaat_niet(tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["werkvorm", "valideer", str(tmp_path / "nergens.yaml")])
    assert resultaat.exit_code == 2
    assert "nergens.yaml: dit bestand of deze map bestaat niet." in resultaat.stderr
