"""The one helper for Dutch counts and agreement."""

from __future__ import annotations

import pytest

from verhaal.taal import aantal, er_staat, meervoud, werkwoord


@pytest.mark.parametrize(
    ("n", "verwacht"),
    [(0, "geen fouten"), (1, "één fout"), (2, "2 fouten"), (12, "12 fouten")],
)
def test_aantal(n: int, verwacht: str) -> None:
    assert aantal(n, "fout", "fouten") == verwacht


def test_er_staat_agrees_with_the_count() -> None:
    assert er_staat(1, "fout", "fouten") == "Er staat nog één fout"
    assert er_staat(3, "fout", "fouten") == "Er staan nog 3 fouten"
    assert er_staat(0, "fout", "fouten") == "Er staan geen fouten"
    assert er_staat(2, "fout", "fouten", nog=False) == "Er staan 2 fouten"


def test_meervoud_and_werkwoord() -> None:
    assert meervoud(1, "verhaal", "verhalen") == "verhaal"
    assert meervoud(0, "verhaal", "verhalen") == "verhalen"
    assert werkwoord(1, "is", "zijn") == "is"
    assert werkwoord(2, "is", "zijn") == "zijn"


def test_en() -> None:
    from verhaal.taal import en

    assert [en([]), en(["a"]), en(["a", "b"]), en(["a", "b", "c"])] == [
        "",
        "a",
        "a en b",
        "a, b en c",
    ]


def test_datum_in_woorden() -> None:
    from datetime import date

    from verhaal.taal import datum

    assert datum(date(2026, 12, 7)) == "7 december 2026"
    assert datum(date(2027, 1, 1)) == "1 januari 2027"
