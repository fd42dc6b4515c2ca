"""Close-match suggestions for mistyped ids and names (verhaal.gelijkend)."""

from __future__ import annotations

from pathlib import Path

import pytest

import cli_hulp
from verhaal.checker.rules import REGELS
from verhaal.gelijkend import bedoel_je, gelijkend

WERKVORMEN = ["waarderend-onderzoek", "waarderend-onderzoek-droom", "logline", "beb-methode"]


@pytest.mark.parametrize(
    ("woord", "kandidaten", "verwacht"),
    [
        ("droom", WERKVORMEN, ["waarderend-onderzoek-droom"]),
        ("beb", WERKVORMEN, ["beb-methode"]),
        ("logine", WERKVORMEN, ["logline"]),
        ("tijd", list(REGELS), ["tegenwoordige-tijd"]),
        ("getl", list(REGELS), ["getal"]),
        ("getallen", list(REGELS), ["getal"]),
        ("Naam", list(REGELS), []),  # the id itself (case aside) is no suggestion
        ("xyzzy", list(REGELS), []),
        ("", list(REGELS), []),
    ],
)
def test_gelijkend(woord: str, kandidaten: list[str], verwacht: list[str]) -> None:
    assert gelijkend(woord, kandidaten) == verwacht


def test_bedoel_je_zin() -> None:
    assert bedoel_je("droom", WERKVORMEN, aanhalen="'") == "Bedoel je 'waarderend-onderzoek-droom'?"
    assert bedoel_je("xyzzy", WERKVORMEN) == ""
    assert bedoel_je("onderzoek", WERKVORMEN) == (
        "Bedoel je waarderend-onderzoek of waarderend-onderzoek-droom?"
    )


def test_lange_invoer_is_geen_tikfout() -> None:
    assert gelijkend("droom" * 10_000, WERKVORMEN) == []


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("werkvorm", "toon", "droom"), "Bedoel je 'waarderend-onderzoek-droom'?"),
        (("regels", "tijd"), "Bedoel je 'tegenwoordige-tijd'?"),
        (("controleer", "--zonder", "getallen", "."), "Bedoel je 'getal'?"),
        (("controleer", "--alleen", "engel", "."), "Bedoel je 'engels'?"),
    ],
)
def test_de_cli_stelt_voor(args: tuple[str, ...], hint: str) -> None:
    code, uitvoer = cli_hulp.roep(*args)
    assert code == 2
    assert hint in uitvoer
    assert "Beschikbaar:" not in uitvoer  # with a close match, no list of every id


def test_onbekende_werkvorm_zonder_treffer_noemt_ze_allemaal() -> None:
    code, uitvoer = cli_hulp.roep("werkvorm", "toon", "xyzzy")
    assert code == 2
    assert "Beschikbaar:" in uitvoer and "logline" in uitvoer


def test_config_en_onderdrukking_stellen_voor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "v.md").write_text(
        "# Titel\n\n<!-- verhaal: negeer getl -->\nZe was daar.\n", encoding="utf-8"
    )
    _, uitvoer = cli_hulp.roep("controleer", "v.md")
    assert "Onbekende regel 'getl' in 'negeer'. Bedoel je 'getal'?" in uitvoer
    (tmp_path / ".verhaal.yaml").write_text("regels:\n  tijd: false\n", encoding="utf-8")
    code, uitvoer = cli_hulp.roep("controleer", "v.md")
    assert code == 2
    assert "onbekende regel 'tijd' (bedoel je 'tegenwoordige-tijd'?)." in uitvoer


def test_onbekende_sleutel_in_de_configuratie(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".verhaal.yaml").write_text("regel:\n  getal: false\n", encoding="utf-8")
    (tmp_path / "v.md").write_text("# Titel\n\nZe was daar.\n", encoding="utf-8")
    code, uitvoer = cli_hulp.roep("controleer", "v.md")
    assert code == 2
    assert "onbekende sleutel 'regel' (bedoel je 'regels'?)." in uitvoer
