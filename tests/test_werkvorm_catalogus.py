"""Every command finds werkvormen the same way: configured folders, own files, broken files.

``schrijf``, ``werkvorm doe``, ``werkvorm toon``, ``bespreek`` and ``werkvormen`` all go
through :func:`verhaal.werkvorm.vind_werkvormen`; these tests run each of them on the same
folder set-up and check they agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import Result

import cli_hulp
from verhaal.errors import InvoerFout
from verhaal.werkvorm import Catalogus, vind_werkvormen

PROEF = Path(__file__).parent / "data" / "werkvormen_proef" / "proef.yaml"

# A team's own werkvorm that writes a story (the test werkvorm under another id).
SCHRIJF_ANTWOORDEN = (
    "held: een meisje\nverhaal:\n  - Er was eens een meisje met een gele jas.\n"
    "  - Tot slot zong ze zacht een liedje.\ntitel: Zingen\n"
)

# A team's own version of the built-in review werkvorm: one question.
BESPREKING = """\
id: bespreking
titel: Onze korte bespreking
uitleg: Een bespreking in een vraag.
fasen:
  - id: vraag
    titel: De vraag
    uitleg: Wat valt op?
    vragen:
      - {id: opvallend, soort: kort, vraag: "Wat valt je op?", verplicht: true}
"""

VERHAAL = "# De gele jas\n\nEr was eens een meisje met een gele jas. Ze zong zacht.\n"

KAPOT = (
    "id: kapot\ntitel: Kapot\nuitleg: Stuk.\nfasen:\n  - id: a\n    titel: A\n    uitleg: B\n"
    "    vragen:\n      - {id: v, soort: tekts, vraag: Wat}\n"
)


FOUT = "kapot.yaml:9: fasen[0].vragen[0].soort: "
"""Where KAPOT goes wrong: the start of its error message, after the folder."""


def roep(*args: str) -> Result:
    return cli_hulp.roep_resultaat(*args)


def code_en_tekst(resultaat: Result) -> tuple[int, str]:
    """Exit code and everything shown."""
    return resultaat.exit_code, resultaat.output


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder whose configuration names a shared werkvorm folder (no ./werkvormen)."""
    monkeypatch.chdir(tmp_path)
    gedeeld = tmp_path / "gedeeld" / "werkvormen"
    gedeeld.mkdir(parents=True)
    tekst = PROEF.read_text(encoding="utf-8").replace("id: proef", "id: ons-verhaal")
    (gedeeld / "ons-verhaal.yaml").write_text(tekst, encoding="utf-8")
    (gedeeld / "bespreking.yaml").write_text(BESPREKING, encoding="utf-8")
    (tmp_path / ".verhaal.yaml").write_text("werkvormen: [gedeeld/werkvormen]\n", encoding="utf-8")
    (tmp_path / "antwoorden.yaml").write_text(SCHRIJF_ANTWOORDEN, encoding="utf-8")
    (tmp_path / "jas.md").write_text(VERHAAL, encoding="utf-8")
    return tmp_path


def test_elke_opdracht_vindt_de_werkvormen_uit_de_configuratie(team: Path) -> None:
    code, uitvoer = code_en_tekst(roep("werkvormen"))
    assert code == 0, uitvoer
    assert "ons-verhaal" in uitvoer and "Onze korte bespreking" in uitvoer

    code, uitvoer = code_en_tekst(roep("werkvorm", "toon", "ons-verhaal"))
    assert code == 0, uitvoer
    assert "Proefwerkvorm" in uitvoer

    code, uitvoer = code_en_tekst(
        roep("schrijf", "--werkvorm", "ons-verhaal", "-a", "antwoorden.yaml", "--uit", "z.md")
    )
    assert code == 0, uitvoer
    assert "werkvorm: ons-verhaal" in (team / "z.md").read_text(encoding="utf-8")

    code, uitvoer = code_en_tekst(
        roep("werkvorm", "doe", "ons-verhaal", "-a", "antwoorden.yaml", "--uit", "d.md")
    )
    assert code == 0, uitvoer
    assert (team / "d.md").is_file()

    (team / "b.yaml").write_text("opvallend: De gele jas.\n", encoding="utf-8")
    code, uitvoer = code_en_tekst(roep("bespreek", "jas.md", "-a", "b.yaml"))
    assert code == 0, uitvoer
    assert "Je gebruikt je eigen werkvorm gedeeld/werkvormen/bespreking.yaml" in uitvoer
    assert "De gele jas." in (team / "jas.bespreking.md").read_text(encoding="utf-8")


def test_config_optie_kiest_de_mappen(team: Path) -> None:
    andere = team / "elders"
    andere.mkdir()
    config = team / ".verhaal.yaml"
    config.rename(andere / "team.yaml")
    code, uitvoer = code_en_tekst(roep("schrijf", "-w", "ons-verhaal", "-a", "antwoorden.yaml"))
    assert code == 2 and "Onbekende werkvorm 'ons-verhaal'" in uitvoer
    (andere / "team.yaml").write_text("werkvormen: [../gedeeld/werkvormen]\n", encoding="utf-8")
    for opdracht in (
        ["schrijf", "-w", "ons-verhaal", "-a", "antwoorden.yaml", "--uit", "c.md"],
        ["werkvorm", "doe", "ons-verhaal", "-a", "antwoorden.yaml", "--uit", "e.md"],
        ["werkvorm", "toon", "ons-verhaal"],
    ):
        code, uitvoer = code_en_tekst(roep(*opdracht, "--config", "elders/team.yaml"))
        assert code == 0, (opdracht, uitvoer)


def test_kapot_eigen_bestand_ernaast_stopt_schrijf_doe_en_bespreek_niet(team: Path) -> None:
    (team / "gedeeld" / "werkvormen" / "kapot.yaml").write_text(KAPOT, encoding="utf-8")
    (team / "b.yaml").write_text("opvallend: De gele jas.\n", encoding="utf-8")
    for opdracht in (
        ["schrijf", "-w", "ons-verhaal", "-a", "antwoorden.yaml", "--uit", "z.md"],
        ["schrijf", "-a", "antwoorden.yaml", "--uit", "s.md"],
        ["werkvorm", "doe", "ons-verhaal", "-a", "antwoorden.yaml", "--uit", "d.md"],
        ["bespreek", "jas.md", "-a", "b.yaml"],
    ):
        resultaat = roep(*opdracht)
        if opdracht[1:3] == ["-a", "antwoorden.yaml"]:
            # The built-in stapsgewijs asks other questions: exit 2 for the answers, not
            # for the broken file. The warning still comes first.
            assert FOUT in resultaat.stderr
            continue
        assert resultaat.exit_code == 0, (opdracht, resultaat.output)
        assert resultaat.stderr.startswith(f"Let op: gedeeld/werkvormen/{FOUT}"), opdracht
        assert "verhaal werkvorm valideer gedeeld/werkvormen" in resultaat.stderr


def test_kapot_bestand_van_de_gekozen_werkvorm_is_een_fout(team: Path) -> None:
    (team / "gedeeld" / "werkvormen" / "ons-verhaal.yaml").write_text(
        KAPOT.replace("kapot", "ons-verhaal"), encoding="utf-8"
    )
    code, uitvoer = code_en_tekst(roep("schrijf", "-w", "ons-verhaal", "-a", "antwoorden.yaml"))
    assert code == 2
    assert "gedeeld/werkvormen/ons-verhaal.yaml:9: fasen[0].vragen[0].soort: " in uitvoer
    assert not (team / "zingen.md").exists()


def test_valideer_zonder_pad_neemt_de_mappen_uit_de_configuratie(team: Path) -> None:
    (team / "gedeeld" / "werkvormen" / "kapot.yaml").write_text(KAPOT, encoding="utf-8")
    code, uitvoer = code_en_tekst(roep("werkvorm", "valideer"))
    assert code == 1
    assert "gedeeld/werkvormen/ons-verhaal.yaml: in orde" in uitvoer
    assert f"gedeeld/werkvormen/{FOUT}" in uitvoer


def test_catalogus_zet_kapotte_bestanden_apart(team: Path) -> None:
    (team / "gedeeld" / "werkvormen" / "kapot.yaml").write_text(KAPOT, encoding="utf-8")
    catalogus = vind_werkvormen()
    assert catalogus == Catalogus(((team / "gedeeld" / "werkvormen").resolve(),))
    verzameling = catalogus.alle()
    ids = [w.id for w in verzameling.werkvormen]
    assert "ons-verhaal" in ids and "stapsgewijs" in ids and "kapot" not in ids
    assert [k.id for k in verzameling.kapot] == ["kapot"]
    assert verzameling.kapot[0].bericht.startswith(f"gedeeld/werkvormen/{FOUT}")
    with pytest.raises(InvoerFout, match=r"kapot\.yaml:9"):
        catalogus.laad("kapot")
    ons = catalogus.laad("ons-verhaal")
    assert [k.id for k in catalogus.waarschuwingen(behalve=ons)] == ["kapot"]


def test_ontbrekende_map_in_de_configuratie(team: Path) -> None:
    (team / ".verhaal.yaml").write_text(
        "werkvormen: [gedeeld/werkvormen, bestaat-niet]\n", encoding="utf-8"
    )
    resultaat = roep("werkvormen")
    assert resultaat.exit_code == 2
    assert "ons-verhaal" in resultaat.stdout
    assert "bestaat-niet: deze map bestaat niet." in resultaat.stderr
    resultaat = roep("schrijf", "-w", "ons-verhaal", "-a", "antwoorden.yaml", "--uit", "z.md")
    assert resultaat.exit_code == 0, resultaat.output
    assert "bestaat-niet: deze map bestaat niet." in resultaat.stderr


def test_controleer_meldt_een_ontbrekende_werkvormmap(team: Path) -> None:
    (team / ".verhaal.yaml").write_text(
        "werkvormen: [gedeeld/werkvormen, bestaat-niet]\n", encoding="utf-8"
    )
    (team / "v.md").write_text("# De jas\n\nZe zag de rode jas.\n", encoding="utf-8")
    resultaat = roep("controleer", "--zonder", "zintuigen", "v.md")
    assert resultaat.exit_code == 0, resultaat.output
    assert (
        "verhaal: de map met werkvormen bestaat-niet (uit .verhaal.yaml) bestaat niet; "
        "werkvormen daaruit doen niet mee." in resultaat.stderr
    )
    assert "gedeeld/werkvormen" not in resultaat.stderr  # the folder that exists is fine
