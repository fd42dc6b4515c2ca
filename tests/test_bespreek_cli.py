"""``verhaal bespreek`` from an answers file: the review file, its sections, no names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cli_hulp

VERHAAL = """\
---
titel: De rode jas
werkvorm: stapsgewijs
---

# De rode jas

Er was eens een jongen met een rode jas. Sem zat altijd achterin de klas.

Op een vroege ochtend kwam hij drie minuten te laat. De gang rook naar natte jassen.
"""

ANTWOORDEN = """\
plotvraag: Zal hij op tijd durven komen?
hulp: De mentor die bij de deur wachtte.
emoties: Schaamte, en later opluchting.
beeld: De natte jassen in de gang.
effect: De schaamte voel je goed.
boodschap: Kleine aandacht helpt.
effect_op_mij: Ik dacht aan mijn eigen klas.
voor_wie: [team, ouders]
ontbreekt: Hoe het afliep.
inspireert:
  - zin: natte jassen
    opmerking: Die geur ken ik van school.
  - 1
spreekt_minder_aan:
  - zin: achterin de klas
    opmerking: Hier mis ik wat hij voelde.
"""


def _voer_uit(*args: str) -> tuple[int, str]:
    return cli_hulp.roep(*args)


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jas.md").write_text(VERHAAL, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(ANTWOORDEN, encoding="utf-8")
    return tmp_path


def test_bespreking_wordt_naast_het_verhaal_bewaard(map_: Path) -> None:
    code, uitvoer = _voer_uit("bespreek", "jas.md", "-a", "a.yaml", "--naam", "Sem")
    assert code == 0, uitvoer
    # The story and the checker's findings are shown first.
    assert "Er was eens een jongen met een rode jas." in uitvoer
    assert "Wat de controle vond" in uitvoer and "‘drie’" in uitvoer
    assert "De bespreking is bewaard in jas.bespreking.md" in uitvoer
    tekst = (map_ / "jas.bespreking.md").read_text(encoding="utf-8")
    assert re.search(r"^## Bespreking van \d{1,2} [a-z]+ \d{4}, \d\d:\d\d$", tekst, re.M)
    assert "· getal: ‘drie’" in tekst
    assert "· naam: ‘[naam]’" in tekst
    volgorde = [
        "### Vragen bij het verhaal",
        "**Welke plotvraag past bij deze leerling?**\n\nZal hij op tijd durven komen?",
        "De mentor die bij de deur wachtte.",
        "Schaamte, en later opluchting.",
        "### Beeld, Effect en Boodschap",
        "De natte jassen in de gang.",
        "### Reacties",
        "**Wat mij inspireert**\n\n> De gang rook naar natte jassen.\n\n"
        "Die geur ken ik van school.",
        "> Er was eens een jongen met een rode jas.",
        "**Wat mij minder aanspreekt**\n\n> [naam] zat altijd achterin de klas.\n\n"
        "Hier mis ik wat hij voelde.",
        "Ik dacht aan mijn eigen klas.",
        "- Voor het team\n- Voor ouders",
        "**Wat ontbreekt er nog?**\n\nHoe het afliep.",
    ]
    posities = [tekst.index(stuk) for stuk in volgorde]
    assert posities == sorted(posities)
    # The pupil's name appears nowhere, not even inside the quoted sentence.
    assert "sem" not in tekst.lower()
    assert not (map_ / ".verhaal-concepten").exists()


def test_besprekingen_stapelen_op_zonder_verlies(map_: Path) -> None:
    assert _voer_uit("bespreek", "jas.md", "-a", "a.yaml")[0] == 0
    eerste = (map_ / "jas.bespreking.md").read_text(encoding="utf-8")
    (map_ / "a.yaml").write_text(
        ANTWOORDEN.replace("Hoe het afliep.", "Een geur van buiten."), encoding="utf-8"
    )
    assert _voer_uit("bespreek", "jas.md", "-a", "a.yaml")[0] == 0
    tweede = (map_ / "jas.bespreking.md").read_text(encoding="utf-8")
    assert tweede.startswith(eerste)
    assert tweede.count("## Bespreking van ") == 2
    assert tweede.index("Hoe het afliep.") < tweede.index("Een geur van buiten.")
    # The story itself is never touched.
    assert (map_ / "jas.md").read_text(encoding="utf-8") == VERHAAL


def test_naam_in_een_antwoord_of_opmerking_wordt_geweigerd(map_: Path) -> None:
    (map_ / "a.yaml").write_text(
        ANTWOORDEN.replace("Ik dacht aan mijn eigen klas.", "Ik dacht aan Sem."),
        encoding="utf-8",
    )
    code, bericht = _voer_uit("bespreek", "jas.md", "-a", "a.yaml", "--naam", "Sem")
    assert code == 2 and "naam van de leerling" in bericht
    (map_ / "a.yaml").write_text(
        ANTWOORDEN.replace("Die geur ken ik van school.", "Die geur kent Sem."),
        encoding="utf-8",
    )
    code, bericht = _voer_uit("bespreek", "jas.md", "-a", "a.yaml", "--naam", "Sem")
    assert code == 2
    assert "verhaal: a.yaml:12: inspireert[0].opmerking: Hier staat de naam" in bericht
    assert not (map_ / "jas.bespreking.md").exists()


@pytest.mark.parametrize(
    ("vervanging", "verwacht"),
    [
        (("  - 1\n", "  - 9\n"), "a.yaml:13: inspireert[1]: het verhaal heeft 4 zinnen; zin 9"),
        (("zin: natte jassen", "zin: de"), "a.yaml:11: inspireert[0].zin: 'de' staat in"),
        (("zin: natte jassen", "zin: paraplu"), "'paraplu' staat niet in het verhaal"),
        (("zin: achterin de klas", "zin: natte jassen"), "deze zin staat al bij 'inspireert'"),
        (("  - 1\n", "  - 1\n  - 2\n  - 3\n"), "a.yaml:10: inspireert: kies hoogstens 3 zinnen"),
        (("    opmerking: Die", "    kleur: Die"), "inspireert[0].kleur: onbekende sleutel"),
        (("plotvraag:", "plotvraaag:"), "a.yaml:1: plotvraaag: werkvorm 'bespreking' heeft geen"),
        (("voor_wie: [team, ouders]", "voor_wie: [buren]"), "voor_wie"),
    ],
)
def test_fouten_in_het_antwoordbestand(
    map_: Path, vervanging: tuple[str, str], verwacht: str
) -> None:
    oud, nieuw = vervanging
    assert oud in ANTWOORDEN
    (map_ / "a.yaml").write_text(ANTWOORDEN.replace(oud, nieuw, 1), encoding="utf-8")
    code, bericht = _voer_uit("bespreek", "jas.md", "-a", "a.yaml")
    assert code == 2
    assert verwacht in bericht
    assert not (map_ / "jas.bespreking.md").exists()


def test_fout_zinnummer_noemt_de_zinnen(map_: Path) -> None:
    (map_ / "a.yaml").write_text(ANTWOORDEN.replace("  - 1\n", "  - 9\n"), encoding="utf-8")
    _, bericht = _voer_uit("bespreek", "jas.md", "-a", "a.yaml", "--naam", "Sem")
    assert "  4. De gang rook naar natte jassen." in bericht
    assert "  2. [naam] zat altijd achterin de klas." in bericht


def test_zonder_terminal_zonder_antwoorden(map_: Path) -> None:
    code, bericht = _voer_uit("bespreek", "jas.md")
    assert code == 2 and "--antwoorden" in bericht


def test_verhaal_bestaat_niet(map_: Path) -> None:
    code, bericht = _voer_uit("bespreek", "weg.md", "-a", "a.yaml")
    assert code == 2 and "weg.md: dit verhaal bestaat niet." in bericht


def test_eigen_besprekingswerkvorm_van_het_team(map_: Path) -> None:
    (map_ / "werkvormen").mkdir()
    (map_ / "werkvormen" / "bespreking.yaml").write_text(
        "id: bespreking\n"
        "titel: Onze bespreking\n"
        "uitleg: Kort en krachtig.\n"
        "fasen:\n"
        "  - id: tops\n"
        "    titel: Tops\n"
        "    uitleg: Wat ging goed?\n"
        "    vragen:\n"
        "      - {id: top, soort: kort, vraag: 'Wat is je top?'}\n",
        encoding="utf-8",
    )
    (map_ / "a.yaml").write_text(
        "top: De geur in de gang.\ninspireert: [natte jassen]\n", encoding="utf-8"
    )
    code, uitvoer = _voer_uit("bespreek", "jas.md", "-a", "a.yaml")
    assert code == 0, uitvoer
    tekst = (map_ / "jas.bespreking.md").read_text(encoding="utf-8")
    assert "### Tops\n\n**Wat is je top?**\n\nDe geur in de gang." in tekst
    # Without a feedback phase the passages get their own section at the end.
    assert "### Zinnen uit het verhaal\n\n**Wat mij inspireert**" in tekst
    assert "Werkvorm: bespreking" in tekst
