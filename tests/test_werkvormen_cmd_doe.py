"""``verhaal werkvorm doe``: run a werkvorm from an answers file, with and without a story."""

from __future__ import annotations

from pathlib import Path

import pytest

import cli_hulp
from verhaal.bespreking.verhaal_erbij import VerhaalErbij
from verhaal.flow import GescripteVrager, Verloop
from verhaal.werkvorm import lees_werkvorm

VERHAAL = """\
---
titel: De rode jas
---

# De rode jas

Er was eens een jongen met een rode jas. Hij zat altijd achterin de klas.

Op een vroege ochtend kwam hij te laat. De gang rook naar natte jassen.
"""

# A story-based werkvorm that only asks questions.
LEZEN = """\
id: samen-lezen
titel: Samen lezen
uitleg: Lees het verhaal en zoek de plotvraag.
thema: verantwoording
gebruikt_verhaal: true
fasen:
  - id: lezen
    titel: Lees het verhaal
    uitleg: Lees het verhaal samen.
  - id: plot
    titel: De plotvraag
    uitleg: Welke vraag drijft het verhaal?
    vragen:
      - {id: plotvraag, soort: kort, vraag: "Wat is de plotvraag?", verplicht: true}
      - id: voor_wie
        soort: meerkeuze
        vraag: Voor wie?
        keuzes: [{waarde: team, label: Het team}, {waarde: ouders, label: De ouders}]
"""

# A werkvorm in which the teacher writes a text in the present tense.
DROOM = """\
id: droom
titel: De droom
uitleg: Schrijf over de school over twee jaar, alsof het al zo is.
thema: leren-en-innoveren
product: {enkelvoud: droom, meervoud: dromen, lidwoord: de}
controle:
  regels:
    tegenwoordige-tijd: {tijd: tegenwoordig}
    titel: false
fasen:
  - id: dromen
    titel: Dromen
    uitleg: Schrijf in de tegenwoordige tijd.
    vragen:
      - {id: wens, soort: kort, vraag: "Wat wens je?"}
      - {id: tekst, soort: herschrijf, vraag: "Schrijf je droom.", verplicht: true}
"""


def _voer_uit(*args: str) -> tuple[int, str]:
    return cli_hulp.roep(*args)


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    eigen = tmp_path / "werkvormen"
    eigen.mkdir()
    (eigen / "samen-lezen.yaml").write_text(LEZEN, encoding="utf-8")
    (eigen / "droom.yaml").write_text(DROOM, encoding="utf-8")
    (tmp_path / "verhalen").mkdir()
    (tmp_path / "verhalen" / "jas.md").write_text(VERHAAL, encoding="utf-8")
    return tmp_path


def _antwoorden(map_: Path, tekst: str) -> str:
    pad = map_ / "antwoorden.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return str(pad)


def test_verhaalwerkvorm_bewaart_antwoorden_naast_het_verhaal(map_: Path) -> None:
    antwoorden = _antwoorden(map_, "plotvraag: Zal hij op tijd komen?\nvoor_wie: [ouders]\n")
    code, uitvoer = _voer_uit(
        "werkvorm", "doe", "samen-lezen", "--verhaal", "verhalen/jas.md", "-a", antwoorden
    )
    assert code == 0, uitvoer
    notities = map_ / "verhalen" / "jas.samen-lezen.aantekeningen.md"
    assert f"bewaard in {Path('verhalen/jas.samen-lezen.aantekeningen.md')}" in uitvoer
    tekst = notities.read_text(encoding="utf-8")
    assert "verhaal: jas.md" in tekst  # a link that works from the notes' own folder
    assert "werkvorm: samen-lezen" in tekst
    assert "# Aantekeningen bij 'De rode jas'" in tekst
    assert "Zal hij op tijd komen?" in tekst
    assert "- De ouders" in tekst
    assert "<!-- verhaal: uit -->" in tekst  # the batch linter leaves notes alone
    assert not (map_ / "verhalen" / "jas.samen-lezen.md").exists()
    assert not (map_ / ".verhaal-concepten").exists()


def test_zonder_verhaal_waarschuwt_een_verhaalwerkvorm(map_: Path) -> None:
    antwoorden = _antwoorden(map_, "plotvraag: Zal hij op tijd komen?\n")
    code, uitvoer = _voer_uit("werkvorm", "doe", "samen-lezen", "-a", antwoorden)
    assert code == 0
    assert "--verhaal PAD" in uitvoer
    assert (map_ / "samen-lezen.aantekeningen.md").is_file()
    # A second run never overwrites the first.
    code, uitvoer = _voer_uit("werkvorm", "doe", "samen-lezen", "-a", antwoorden)
    assert code == 0
    assert (map_ / "samen-lezen-2.aantekeningen.md").is_file()


def test_geschreven_tekst_wordt_gecontroleerd_met_de_regels_van_de_werkvorm(map_: Path) -> None:
    antwoorden = _antwoorden(
        map_,
        "wens: rust\ntekst: |\n  De school is een rustige plek. Iedereen wist de weg.\n",
    )
    code, uitvoer = _voer_uit("werkvorm", "doe", "droom", "-a", antwoorden)
    # Saved, with the open error reported (exit 1), as 'verhaal schrijf' does.
    assert code == 1, uitvoer
    # Reversed tense rule: the past tense is flagged, the present tense is fine.
    assert "fout [tegenwoordige-tijd] alinea 1: De school is een rustige plek. Iedereen «wist»" in (
        uitvoer
    )
    assert "«is»" not in uitvoer
    assert "er staat nog één fout open" in uitvoer
    # The werkvorm's own noun for what was written, with its article.
    assert f"Je droom is bewaard in {Path('droom.md')}" in uitvoer
    assert "bovenaan de droom onder 'controle'" in uitvoer
    tekst = (map_ / "droom.md").read_text(encoding="utf-8")
    assert "werkvorm: droom" in tekst
    assert "fouten: 1" in tekst
    assert "De school is een rustige plek. Iedereen wist de weg." in tekst
    assert "rust" in (map_ / "droom.aantekeningen.md").read_text(encoding="utf-8")


def test_schrijven_bij_een_verhaal_begint_bij_dat_verhaal(map_: Path) -> None:
    # An empty answer to the rewrite keeps the story as it was: it becomes the text.
    antwoorden = _antwoorden(map_, "wens: rust\ntekst:\n")
    code, uitvoer = _voer_uit(
        "werkvorm", "doe", "droom", "--verhaal", "verhalen/jas.md", "-a", antwoorden
    )
    assert code == 0, uitvoer
    assert "«zat»" in uitvoer  # the story (past tense) checked with the droom's rules
    assert not (map_ / "verhalen" / "jas.droom.md").exists()
    assert (map_ / "verhalen" / "jas.droom.aantekeningen.md").is_file()


def test_bestaande_uit_wordt_niet_overschreven(map_: Path) -> None:
    antwoorden = _antwoorden(map_, "plotvraag: Zal hij op tijd komen?\n")
    (map_ / "mijn.aantekeningen.md").write_text("eerder werk\n", encoding="utf-8")
    code, bericht = _voer_uit(
        "werkvorm", "doe", "samen-lezen", "-a", antwoorden, "--uit", "mijn.md"
    )
    assert code == 2
    assert "mijn.aantekeningen.md bestaat al" in bericht
    assert (map_ / "mijn.aantekeningen.md").read_text(encoding="utf-8") == "eerder werk\n"
    code, _ = _voer_uit(
        "werkvorm", "doe", "samen-lezen", "-a", antwoorden, "--uit", "mijn.md", "--overschrijf"
    )
    assert code == 0
    assert "Zal hij op tijd komen?" in (map_ / "mijn.aantekeningen.md").read_text(encoding="utf-8")


def test_naam_in_een_antwoord_wordt_geweigerd(map_: Path) -> None:
    antwoorden = _antwoorden(map_, "plotvraag: Zal Sem op tijd komen?\n")
    code, bericht = _voer_uit("werkvorm", "doe", "samen-lezen", "-a", antwoorden, "--naam", "Sem")
    assert code == 2
    assert "naam van de leerling" in bericht
    assert not list(map_.glob("*.aantekeningen.md"))


def test_fouten_in_het_antwoordbestand(map_: Path) -> None:
    antwoorden = _antwoorden(map_, "plotvraag: Zal hij?\nplotvraaag: x\n")
    code, bericht = _voer_uit("werkvorm", "doe", "samen-lezen", "-a", antwoorden)
    assert code == 2
    assert ":2: plotvraaag:" in bericht and "bedoel je 'plotvraag'" in bericht
    antwoorden = _antwoorden(map_, "voor_wie: [buren]\n")
    code, bericht = _voer_uit("werkvorm", "doe", "samen-lezen", "-a", antwoorden)
    assert code == 2


def test_zonder_terminal_en_zonder_antwoorden(map_: Path) -> None:
    code, bericht = _voer_uit("werkvorm", "doe", "samen-lezen")
    assert code == 2
    assert "--antwoorden" in bericht and "verhaal werkvorm toon samen-lezen" in bericht


def test_onbekende_werkvorm(map_: Path) -> None:
    code, bericht = _voer_uit("werkvorm", "doe", "bestaat-niet")
    assert code == 2 and "Onbekende werkvorm" in bericht


def test_verhaal_staat_bij_elke_fase_in_beeld(map_: Path) -> None:
    werkvorm = lees_werkvorm(map_ / "werkvormen" / "samen-lezen.yaml")
    script = GescripteVrager(
        [
            ("_fase", "verder"),
            ("plotvraag", "Zal hij op tijd komen?"),
            ("voor_wie", ["team"]),
            ("_fase", "verder"),
        ]
    )
    erbij = VerhaalErbij(script, "De rode jas", ["Eerste alinea.", "Tweede alinea."])
    uitkomst = Verloop(werkvorm, erbij).voer_uit()
    assert uitkomst.klaar
    assert script.uitvoer.count("Eerste alinea.\n\nTweede alinea.") == 2
    assert script.uitvoer.count("Het verhaal: De rode jas") == 2
    assert uitkomst.staat.antwoorden["voor_wie"] == ["team"]
