"""The number-word grammar of rule ``getal``: parsing, spelling, ordinals."""

from __future__ import annotations

import ctypes.util
import importlib.util
from pathlib import Path

import pytest

from verhaal.checker.rules.getal import rangwaarde, rangwoord, spel, telwaarde


@pytest.mark.parametrize(
    ("woord", "waarde"),
    [
        ("nul", 0),
        ("een", 1),
        ("één", 1),
        ("Twee", 2),
        ("elf", 11),
        ("negentien", 19),
        ("twintig", 20),
        ("eenentwintig", 21),
        ("tweeëntwintig", 22),
        ("tweeentwintig", 22),  # diaeresis left out
        ("vijfentwintig", 25),
        ("negenennegentig", 99),
        ("honderd", 100),
        ("honderdeen", 101),
        ("honderdeneen", 101),
        ("tweehonderd", 200),
        ("honderdvijftig", 150),
        ("twaalfhonderd", 1200),
        ("negentienhonderdachtenvijftig", 1958),
        ("duizend", 1000),
        ("drieduizend", 3000),
        ("tweeduizendnegentien", 2019),
        ("vijftigduizend", 50_000),
        ("honderdduizend", 100_000),
        ("miljoen", 10**6),
        ("tweemiljoen", 2 * 10**6),
        ("miljard", 10**9),
        ("twee-en-twintig", 22),
        ("VIJF", 5),
    ],
)
def test_telwaarde(woord: str, waarde: int) -> None:
    assert telwaarde(woord) == waarde


@pytest.mark.parametrize(
    "woord",
    [
        "eerste",
        "tweede",
        "veertiende",
        "driehoek",
        "driehoeken",
        "honderduit",
        "tweedehands",
        "eens",
        "achten",
        "tienen",
        "tweeën",
        "honderdhonderd",
        "duizendduizend",
        "eenen",
        "en",
        "",
        "half",
        "kwart",
        "Beide",
    ],
)
def test_geen_telwoord(woord: str) -> None:
    assert telwaarde(woord) is None


@pytest.mark.parametrize(
    ("waarde", "woord"),
    [
        (1, "een"),
        (22, "tweeëntwintig"),
        (21, "eenentwintig"),
        (101, "honderdeen"),
        (2019, "tweeduizendnegentien"),
        (100_000, "honderdduizend"),
    ],
)
def test_spel(waarde: int, woord: str) -> None:
    assert spel(waarde) == woord


@pytest.mark.parametrize(
    ("waarde", "woord"),
    [
        (1, "eerste"),
        (2, "tweede"),
        (3, "derde"),
        (8, "achtste"),
        (14, "veertiende"),
        (20, "twintigste"),
        (21, "eenentwintigste"),
        (100, "honderdste"),
        (108, "honderdachtste"),
        (1000, "duizendste"),
    ],
)
def test_rangwoord(waarde: int, woord: str) -> None:
    assert rangwoord(waarde) == woord


def test_rangwaarde_leest_elk_rangwoord_terug() -> None:
    for waarde in [*range(1, 2000), 10_000, 21_016, 100_000]:
        assert rangwaarde(rangwoord(waarde)) == waarde


@pytest.mark.parametrize("woord", ["tweederde", "drievierde", "een-achtste", "laatste", "twee"])
def test_geen_rangwoord(woord: str) -> None:
    assert rangwaarde(woord) is None


def test_spel_en_telwaarde_zijn_elkaars_omgekeerde() -> None:
    for waarde in range(1, 3000):
        assert telwaarde(spel(waarde)) == waarde


def _icu_script():  # type: ignore[no-untyped-def]
    pad = Path(__file__).resolve().parents[1] / "scripts" / "tabellen" / "getallen.py"
    spec = importlib.util.spec_from_file_location("tabellen_getallen", pad)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(ctypes.util.find_library("icui18n") is None, reason="ICU niet aanwezig")
def test_grammatica_volgt_icu() -> None:
    icu = _icu_script().Icu()
    for waarde in [*range(0, 1200), 1958, 2019, 12_345, 99_999, 250_000]:
        woorden = icu.spel(waarde).split()
        assert all(telwaarde(w) is not None for w in woorden), woorden
        if len(woorden) == 1:
            assert telwaarde(woorden[0]) == waarde
    for waarde in range(1, 200):
        assert rangwoord(waarde) == icu.spel(waarde, rang=True)


@pytest.mark.skipif(ctypes.util.find_library("icui18n") is None, reason="ICU niet aanwezig")
def test_tabel_is_actueel() -> None:
    script = _icu_script()
    tabel = Path(__file__).resolve().parents[1] / "src/verhaal/data/getallen/telwoorden.tsv"
    assert tabel.read_text(encoding="utf-8") == script.maak_tabel(script.Icu())
