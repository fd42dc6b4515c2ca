"""``verhaal medium`` through the CLI, with answers files instead of a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

import cli_hulp
from verhaal.medium import alle_paden, laad_beslisboom

BOOM = laad_beslisboom()
PADEN = list(alle_paden(BOOM))


def _voer_uit(*args: str) -> tuple[int, str]:
    return cli_hulp.roep(*args)


@pytest.mark.parametrize(
    ("stappen", "adviezen"),
    PADEN,
    ids=["-".join(k.id for _, k in stappen) for stappen, _ in PADEN],
)
def test_elk_pad_via_antwoordbestand(tmp_path: Path, stappen: tuple, adviezen: tuple) -> None:
    antwoorden = tmp_path / "antwoorden.yaml"
    antwoorden.write_text(
        "".join(f"{vraag.id}: {keuze.id}\n" for vraag, keuze in stappen), encoding="utf-8"
    )
    code, uitvoer = _voer_uit("medium", "--antwoorden", str(antwoorden))
    assert code == 0, uitvoer
    for advies in adviezen:
        assert advies.titel in uitvoer
        assert advies.eerste_stap.split()[0] in uitvoer
    for _vraag, keuze in stappen:
        assert keuze.antwoord in uitvoer
    # Advice that this route does not lead to is not shown.
    anders = [a for a in BOOM.adviezen.values() if a not in adviezen]
    assert not any(f"─ {a.titel} ─" in uitvoer for a in anders)


def test_antwoord_op_nummer_en_tekst(tmp_path: Path) -> None:
    antwoorden = tmp_path / "a.yaml"
    antwoorden.write_text(
        "publiek: 1\nteam_doel: Samen leren en verder komen met een vraag of thema\nteam_tijd: 2\n",
        encoding="utf-8",
    )
    code, uitvoer = _voer_uit("medium", "-a", str(antwoorden))
    assert code == 0
    assert BOOM.adviezen["studiedag"].titel in uitvoer


def test_ontbrekend_antwoord_noemt_de_keuzes(tmp_path: Path) -> None:
    antwoorden = tmp_path / "a.yaml"
    antwoorden.write_text("publiek: ouders\n", encoding="utf-8")
    code, bericht = _voer_uit("medium", "-a", str(antwoorden))
    assert code == 2
    assert "geen antwoord op vraag 'ouders_doel'" in bericht
    assert "laten_zien" in bericht and "gesprek" in bericht


def test_onbekende_vraag_en_onbekend_antwoord(tmp_path: Path) -> None:
    antwoorden = tmp_path / "a.yaml"
    antwoorden.write_text("publiek: team\nkleur: rood\n", encoding="utf-8")
    code, bericht = _voer_uit("medium", "-a", str(antwoorden))
    assert (code, bericht.split(": ")[1]) == (2, f"{antwoorden}:2")
    assert "kleur: onbekende vraag" in bericht

    antwoorden.write_text("publiek: directie\n", encoding="utf-8")
    code, bericht = _voer_uit("medium", "-a", str(antwoorden))
    assert code == 2
    assert f"{antwoorden}:1: publiek: onbekend antwoord 'directie'" in bericht


def test_zonder_terminal_en_zonder_antwoorden() -> None:
    code, bericht = _voer_uit("medium")
    assert code == 2
    assert "--antwoorden" in bericht and "--toon" in bericht


def test_toon_laat_de_hele_boom_zien() -> None:
    code, uitvoer = _voer_uit("medium", "--toon")
    assert code == 0
    for vraag in BOOM.vragen.values():
        assert vraag.vraag in uitvoer
        for keuze in vraag.keuzes:
            assert keuze.antwoord in uitvoer
    for advies in BOOM.adviezen.values():
        assert advies.titel in uitvoer


def test_eigen_kapotte_boom_geeft_bestand_en_regel(tmp_path: Path) -> None:
    boom = tmp_path / "boom.yaml"
    boom.write_text("id: x\ntitel: X\nbegin: a\nvragen: {}\nadviezen: {}\n", encoding="utf-8")
    code, bericht = _voer_uit("medium", "--toon", "--boom", str(boom))
    assert code == 2
    assert f"{boom}:3: begin: de beginvraag 'a' bestaat niet" in bericht


@pytest.mark.parametrize("breedte", [50, 80])
def test_het_advies_loopt_door_onder_zijn_eigen_tekst(tmp_path: Path, breedte: int) -> None:
    # 'Waarom', 'Eerste stap' and 'Let op' are labels in a column: a wrapped line starts
    # under the text, never under the label, at any width.
    antwoorden = tmp_path / "a.yaml"
    antwoorden.write_text(
        "publiek: team\nteam_doel: raken\nteam_samenkomen: los\n", encoding="utf-8"
    )
    code, uitvoer = cli_hulp.roep("medium", "--antwoorden", str(antwoorden), breedte=breedte)
    assert code == 0
    regels = [r.strip("│╭╰ ") for r in uitvoer.splitlines()]
    labels = ("Waarom ", "Eerste stap ", "Let op ")
    inspringing = len("Eerste stap") + 2
    binnen_advies = False
    for ruwe, regel in zip(uitvoer.splitlines(), regels, strict=True):
        if regel.startswith(labels):
            binnen_advies = True
            continue
        if binnen_advies and regel and not ruwe.startswith(("╭", "╰")):
            tekst = ruwe.split("│")[1]
            assert tekst[: inspringing + 1].strip() == "", ruwe
        if ruwe.startswith("╰"):
            binnen_advies = False
