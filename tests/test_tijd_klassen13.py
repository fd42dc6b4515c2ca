"""Tense classes of round 13 (sets 16 and 17 read for classes of error after the honest
measurement): sentences written for this round, each class with sentences that must be
flagged and ones that must not."""

from __future__ import annotations

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check


def tt(tekst: str) -> list[str]:
    config = CheckConfig(regels={"tegenwoordige-tijd": RegelInstelling(opties={})})
    return [b.tekst for b in check(tekst, config) if b.regel == "tegenwoordige-tijd"]


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Hij bakte brood met zuurdesem, en dat proef je.", ["proef"]),
        ("Het was een lange reis. Dat merk je aan zijn voeten.", ["merk"]),
        ("Ze werkte hard, en zo leer je het vak.", ["leer"]),
        ("Die proef je vader deed, mislukte.", []),
        ("Dat werk je moeder deed, was zwaar.", []),
        ("Het was koud en dat merkte je.", []),
    ],
)
def test_stam_voor_je(tekst: str, verwacht: list[str]) -> None:
    """An inverted second person after a one-word first constituent: the stem is finite,
    also when it is a noun as well; not when ``je`` is a possessive before a noun."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Ze zat vaak alleen. Jullie weten nog hoe het ging.", ["weten"]),
        ("De meester vroeg of jullie komen.", ["komen"]),
        ("Jullie weten vast nog hoe hij toen rondliep.", ["weten"]),
        ("Ik zag jullie lopen in het park.", []),
        ("Jullie liepen samen naar huis.", []),
        ("Jullie zetten de tent op en spanden de lijnen.", []),
    ],
)
def test_jullie_met_werkwoord(tekst: str, verwacht: list[str]) -> None:
    """``jullie`` opening its part and the present form right after it: its finite verb;
    ``jullie`` as an object before an infinitive, or a past form, stays clean."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("De juf hielp de kinderen bij het rekenen met breuken.", []),
        ("Tijdens het zwemmen verloor hij zijn bril.", []),
        ("Na het stofzuigen van de gang dronk ze thee.", []),
        ("Waar ze het over hebben, weet niemand.", ["hebben", "weet"]),
    ],
)
def test_naamwoord_na_voorzetsel_en_het(tekst: str, verwacht: list[str]) -> None:
    """An infinitive after a preposition and ``het`` is a noun; a stranded preposition
    before ``het`` keeps the verb."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Ze opende het raam. De vogels buiten fluiten, en de zon scheen.", ["fluiten"]),
        ("Hij keek om. De jongens achteraan lachen hem uit.", ["lachen"]),
        ("Ze zag de meiden achterin fluisteren.", []),
        ("De jongens daar lachten hard.", []),
    ],
)
def test_meervoud_na_onderwerp_met_plaats(tekst: str, verwacht: list[str]) -> None:
    """A plural subject with an adverb of place after its head, opening its clause, and
    its plural verb; not an object before a perception verb's infinitive."""
    assert tt(tekst) == verwacht
