"""``verhaal schrijf`` through the CLI: answers files, errors and exit codes, privacy."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

import cli_hulp
from verhaal.checker import check
from verhaal.cli import app
from verhaal.flow import lees_verhaalbestand

REPO = Path(__file__).resolve().parent.parent
VOORBEELD = REPO / "voorbeelden" / "antwoorden.yaml"
PROEF = Path(__file__).parent / "data" / "werkvormen_proef" / "proef.yaml"

runner = CliRunner()


def roep(*args: str) -> tuple[int, str]:
    return cli_hulp.roep(*args)


@pytest.fixture(autouse=True)
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_voorbeeld_schrijft_een_schoon_verhaal(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "--antwoorden", str(VOORBEELD), "--uit", "verhaal.md")
    assert code == 0, uitvoer
    assert "Fase 3 van 7 · Informatie verzamelen" in uitvoer
    assert "Je verhaal is bewaard in verhaal.md" in uitvoer

    verhaal = lees_verhaalbestand(werkmap / "verhaal.md")
    assert verhaal.titel == "De rode rugzak"
    assert verhaal.voorkant["werkvorm"] == "stapsgewijs"
    # The method's own phrasing of the plotvraag is shared with the story (and checked).
    assert verhaal.voorkant["plotvraag"].startswith("Zal het de jongen lukken om ")
    assert list(verhaal.voorkant) == ["titel", "werkvorm", "datum", "plotvraag", "controle"]
    assert verhaal.voorkant["controle"] == {"fouten": 0, "waarschuwingen": 0, "tips": 0}
    # The ingredients stay in the notes.
    notities = (werkmap / "verhaal.aantekeningen.md").read_text(encoding="utf-8")
    for vraag in ("De held:", "De draken:", "De hulp:", "De climax:", "Het einde:"):
        assert vraag in notities
    assert len(verhaal.alineas) == 6
    assert verhaal.alineas[0].startswith("Er was eens ")
    assert verhaal.alineas[-1].startswith("Aan het einde van de dag ")
    # The example is the showcase: the whole file follows every writing rule.
    tekst = (werkmap / "verhaal.md").read_text(encoding="utf-8")
    assert [(b.regel, b.tekst) for b in check(tekst)] == []

    notities = (werkmap / "verhaal.aantekeningen.md").read_text(encoding="utf-8")
    assert "## Fase 1 · Kaderen" in notities
    assert "Ik zie hem nog staan" in notities
    assert "Er was eens een jongen" not in notities
    assert not (werkmap / ".verhaal-concepten").exists()


def test_zelfde_antwoorden_geven_hetzelfde_verhaal(werkmap: Path) -> None:
    assert roep("schrijf", "-a", str(VOORBEELD), "--uit", "a.md")[0] == 0
    assert roep("schrijf", "-a", str(VOORBEELD), "--uit", "b.md")[0] == 0
    a = (werkmap / "a.md").read_text(encoding="utf-8").replace("a.aantekeningen", "x")
    b = (werkmap / "b.md").read_text(encoding="utf-8").replace("b.aantekeningen", "x")
    assert a == b


def test_naam_uit_de_titel_als_er_geen_uit_is(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "--antwoorden", str(VOORBEELD))
    assert code == 0, uitvoer
    assert (werkmap / "de-rode-rugzak.md").is_file()
    assert (werkmap / "de-rode-rugzak.aantekeningen.md").is_file()


def test_bestaand_bestand_wordt_niet_overschreven(werkmap: Path) -> None:
    (werkmap / "verhaal.md").write_text("mijn oude verhaal\n", encoding="utf-8")
    code, uitvoer = roep("schrijf", "-a", str(VOORBEELD), "--uit", "verhaal.md")
    assert code == 2
    assert "verhaal.md bestaat al" in uitvoer and "--overschrijf" in uitvoer
    assert (werkmap / "verhaal.md").read_text(encoding="utf-8") == "mijn oude verhaal\n"

    code, _ = roep("schrijf", "-a", str(VOORBEELD), "--uit", "verhaal.md", "--overschrijf")
    assert code == 0
    assert "De rode rugzak" in (werkmap / "verhaal.md").read_text(encoding="utf-8")


def test_ook_de_aantekeningen_worden_niet_zomaar_overschreven(werkmap: Path) -> None:
    (werkmap / "de-rode-rugzak.aantekeningen.md").write_text("oud\n", encoding="utf-8")
    code, uitvoer = roep("schrijf", "-a", str(VOORBEELD))
    assert code == 2
    assert "de-rode-rugzak.aantekeningen.md bestaat al" in uitvoer
    assert not (werkmap / "de-rode-rugzak.md").exists()


def _antwoorden(werkmap: Path, **wijzigingen: object) -> Path:
    data = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    for sleutel, waarde in wijzigingen.items():
        if waarde is None:
            data.pop(sleutel, None)
        else:
            data[sleutel] = waarde
    pad = werkmap / "antwoorden.yaml"
    pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return pad


def test_ontbrekend_verplicht_antwoord(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "-a", str(_antwoorden(werkmap, plotvraag=None)))
    assert code == 2
    assert "antwoorden.yaml: plotvraag: Deze vraag is verplicht; vul iets in." in uitvoer
    assert not list(werkmap.glob("*.md"))


def test_onbekende_sleutel_noemt_bestand_en_regel(werkmap: Path) -> None:
    pad = werkmap / "antwoorden.yaml"
    pad.write_text("held: een jongen\nhelt: tikfout\n", encoding="utf-8")
    code, uitvoer = roep("schrijf", "-a", str(pad))
    assert code == 2
    assert (
        f"{pad}:2: helt: werkvorm 'stapsgewijs' heeft geen vraag met deze id (bedoel je 'held'?)."
        in uitvoer
    )


def test_verkeerd_aantal_alineas(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "-a", str(_antwoorden(werkmap, verhaal=["Er was eens ..."])))
    assert code == 2
    assert "verhaal[0]: verwacht 6 alinea's, één per zinsbegin, maar er staat er 1." in uitvoer


def test_keuze_die_niet_bestaat(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "-a", str(_antwoorden(werkmap, variant="nacht")))
    assert code == 2
    assert (
        "variant: 'nacht' is geen van de keuzes (kies uit: dag-uit-het-leven, er-was-eens)."
        in uitvoer
    )


def test_kapot_antwoordenbestand(werkmap: Path) -> None:
    pad = werkmap / "antwoorden.yaml"
    pad.write_text("held: een jongen\n  plotvraag: [\n", encoding="utf-8")
    code, uitvoer = roep("schrijf", "-a", str(pad))
    assert code == 2
    assert f"{pad}:2: dit is geen geldige YAML" in uitvoer
    code, uitvoer = roep("schrijf", "-a", str(werkmap / "bestaat-niet.yaml"))
    assert code == 2
    assert "bestaat-niet.yaml: dit bestand bestaat niet." in uitvoer


def test_variant_er_was_eens_eindigt_met_tot_slot(werkmap: Path) -> None:
    data = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    alineas = list(data["verhaal"])
    alineas[-1] = "Tot slot " + alineas[-1].removeprefix("Aan het einde van de dag ")
    pad = _antwoorden(werkmap, variant="er-was-eens", verhaal=alineas)
    assert roep("schrijf", "-a", str(pad), "--uit", "v.md")[0] == 0
    assert lees_verhaalbestand(werkmap / "v.md").alineas[-1].startswith("Tot slot hing")


def test_open_fouten_in_de_voorkant_en_exitcode_1(werkmap: Path) -> None:
    data = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    alineas = list(data["verhaal"])
    alineas[1] = alineas[1].replace("Het regende zachtjes", "Om half negen regende het zachtjes")
    code, uitvoer = roep(
        "schrijf", "-a", str(_antwoorden(werkmap, verhaal=alineas)), "--uit", "v.md"
    )
    assert code == 1
    assert "Let op: er staat nog één fout open; die staat bovenaan het verhaal" in uitvoer
    open_ = lees_verhaalbestand(werkmap / "v.md").voorkant["controle"]["open"]
    assert any(regel.startswith("getal:") for regel in open_)


def test_naam_komt_in_geen_enkel_bestand(werkmap: Path) -> None:
    code, uitvoer = roep(
        "schrijf", "-a", str(VOORBEELD), "--naam", "Joris", "-n", "Jo", "--uit", "v.md"
    )
    assert code == 0, uitvoer
    geschreven = [p for p in werkmap.rglob("*") if p.is_file() and p.name != "antwoorden.yaml"]
    assert len(geschreven) == 2
    for pad in geschreven:
        tekst = pad.read_text(encoding="utf-8").lower()
        assert "joris" not in tekst
        assert not any(woord.strip(".,:;'") == "jo" for woord in tekst.split())
    assert "joris" not in uitvoer.lower()


def test_antwoord_met_de_naam_wordt_geweigerd_en_niets_bewaard(werkmap: Path) -> None:
    pad = _antwoorden(werkmap, held="Joris, een stille jongen met een rode rugzak")
    code, uitvoer = roep("schrijf", "-a", str(pad), "--naam", "Joris")
    assert code == 2
    assert "held: Hier staat de naam van de leerling." in uitvoer
    assert [p.name for p in werkmap.rglob("*") if p.is_file()] == ["antwoorden.yaml"]


def test_zonder_terminal_en_zonder_antwoorden(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf")
    assert code == 2
    assert "heeft daarvoor een terminal nodig" in uitvoer
    assert "--antwoorden" in uitvoer


def test_hervat_en_antwoorden_samen(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "--hervat", "-a", str(VOORBEELD))
    assert (code, uitvoer) == (2, "verhaal: --hervat en --antwoorden gaan niet samen.\n")


def test_werkvorm_zonder_verhaal(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "--werkvorm", "verhaalstructuur", "-a", str(VOORBEELD))
    assert code == 2
    assert "De werkvorm 'verhaalstructuur' schrijft geen verhaal" in uitvoer


def test_onbekende_werkvorm(werkmap: Path) -> None:
    code, uitvoer = roep("schrijf", "--werkvorm", "stapsgewys", "-a", str(VOORBEELD))
    assert code == 2
    assert "Onbekende werkvorm 'stapsgewys'" in uitvoer


def test_andere_werkvorm_op_pad(werkmap: Path) -> None:
    pad = werkmap / "a.yaml"
    pad.write_text(
        "held: een meisje\nvariant: kort\nverhaal:\n  - Er was eens een meisje dat zong.\n"
        "  - Tot slot zong ze nog harder.\ntitel: Zingen\n",
        encoding="utf-8",
    )
    code, uitvoer = roep("schrijf", "-w", str(PROEF), "-a", str(pad), "--uit", "z.md")
    assert code == 0, uitvoer
    verhaal = lees_verhaalbestand(werkmap / "z.md")
    assert verhaal.voorkant["werkvorm"] == "proef"
    assert verhaal.alineas == ["Er was eens een meisje dat zong.", "Tot slot zong ze nog harder."]


def test_help_noemt_de_opties() -> None:
    code, uitvoer = roep("schrijf", "--help")
    assert code == 0
    for optie in ("--werkvorm", "--naam", "--uit", "--antwoorden", "--hervat", "--overschrijf"):
        assert optie in uitvoer


def test_eigen_werkvorm_in_de_werkmap_gaat_voor(werkmap: Path) -> None:
    eigen = werkmap / "werkvormen"
    eigen.mkdir()
    tekst = PROEF.read_text(encoding="utf-8").replace("id: proef", "id: stapsgewijs")
    (eigen / "stapsgewijs.yaml").write_text(tekst, encoding="utf-8")
    antwoorden = werkmap / "a.yaml"
    antwoorden.write_text(
        "held: een meisje\nverhaal:\n  - Er was eens een meisje.\n  - Tot slot zong ze.\n"
        "titel: Zingen\n",
        encoding="utf-8",
    )
    code, uitvoer = roep("schrijf", "-a", str(antwoorden), "--uit", "z.md")
    assert code == 0, uitvoer
    assert "Je gebruikt je eigen werkvorm werkvormen/stapsgewijs.yaml" in uitvoer
    assert "Fase 1 van 4 · Bouwstenen" in uitvoer


def _controleer_json(*args: str) -> tuple[int, list[dict[str, object]]]:
    import json

    resultaat = runner.invoke(app, ["controleer", "--formaat", "json", *args])
    (bestand,) = json.loads(resultaat.stdout)["files"]
    assert bestand["error"] is None
    return resultaat.exit_code, list(bestand["findings"])


def test_voorbeeldverhaal_is_schoon_voor_controleer(werkmap: Path) -> None:
    assert roep("schrijf", "-a", str(VOORBEELD), "--uit", "verhaal.md")[0] == 0
    assert _controleer_json("verhaal.md") == (0, [])
    assert _controleer_json("--faal-op", "info", "verhaal.md") == (0, [])
    resultaat = runner.invoke(app, ["controleer", "--faal-op", "info", "verhaal.md"])
    assert resultaat.exit_code == 0, resultaat.output


def test_controleer_oordeelt_over_het_bewaarde_verhaal_als_de_flow(werkmap: Path) -> None:
    # Notes in the front matter (the ingredients, the plotvraag, the check summary) are not
    # the story: the saved file gets exactly the findings the flow showed before saving.
    data = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    alineas = list(data["verhaal"])
    alineas[0] = alineas[0].replace("Er was eens een jongen", "Er was eens een jongen met skills")
    pad = _antwoorden(
        werkmap,
        hulp="De IB'er en zijn juf, die hem opwachtte bij het hek.",
        draken="Hij had geen skills om met de onrust thuis om te gaan.",
        verhaal=alineas,
    )
    code, uitvoer = roep("schrijf", "-a", str(pad), "--uit", "v.md")
    assert code == 1, uitvoer
    assert "De controle vond één fout." in uitvoer
    code, bevindingen = _controleer_json("--faal-op", "info", "v.md")
    assert code == 1
    assert [(b["rule"], b["text"]) for b in bevindingen] == [("engels", "skills")]
    tekst = (werkmap / "v.md").read_text(encoding="utf-8")
    assert bevindingen[0]["offset"] == tekst.index("skills", tekst.index("# De rode rugzak"))
