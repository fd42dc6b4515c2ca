"""The lexicon module: compact word tables and Dutch word lookups."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from verhaal.checker import woordenboek as wb


def test_woordtabel_heen_en_terug() -> None:
    woorden = {"appel": 1, "appels": 2, "bakker": 3, "zee": 4, "één": 5, "Zwolle": 6}
    tabel = wb.Woordtabel(wb.maak_woordtabel(woorden, blok=2))
    assert len(tabel) == 6
    assert sorted(tabel) == sorted(woorden)
    for woord, waarde in woorden.items():
        assert woord in tabel
        assert tabel.waarde(woord) == waarde
    for afwezig in ("", "a", "appe", "appelsap", "zwolle", "zzz"):
        assert afwezig not in tabel


@given(st.sets(st.text(alphabet="abcéëz-'", min_size=1, max_size=8), max_size=60), st.text())
def test_woordtabel_zoekt_als_een_set(woorden: set[str], zoek: str) -> None:
    tabel = wb.Woordtabel(wb.maak_woordtabel(woorden, blok=4))
    assert list(tabel) == sorted(woorden, key=lambda w: w.encode())
    assert (zoek in tabel) == (zoek in woorden)


def test_nederlandse_woorden() -> None:
    assert wb.is_woord("fiets")
    assert wb.is_woord("Fiets")  # sentence start
    assert wb.is_woord("Arnhem")
    assert not wb.is_woord("arnhem")
    assert wb.is_gewoon_woord("Jasmijn")  # the shrub
    assert not wb.is_gewoon_woord("Arnhem")
    assert wb.is_eigennaam("Arnhem")
    assert not wb.is_woord("Xqzvw")


def test_samenstellingen_en_verkleinwoorden() -> None:
    assert wb.is_samenstelling("druivensuikerpot") or wb.is_nederlands("druivensuikerpot")
    assert wb.is_nederlands("boomhommels")
    assert wb.is_nederlands("riddertje")
    assert not wb.is_nederlands("Marloes")


def test_frequentie() -> None:
    assert wb.frequentie("het") > wb.frequentie("fiets") > wb.frequentie("jasmijn") > 0
    assert wb.frequentie("Rotterdam") > 4
    assert wb.frequentie("xqzvw") == 0.0


def test_meerwoordige_namen() -> None:
    assert "Albert Heijn" in wb.meerwoordige_namen()
