"""Tense classes of round 13 (sets 16 and 17 read for classes of error after the honest
measurement): sentences written for this round, each class with sentences that must be
flagged and ones that must not."""

from __future__ import annotations

import pytest

from tijd_hulp import tt


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


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Op maandag mocht iedere leerling een steen kiezen en beschrijven wat hij voelde.", []),
        ("Ze moest de ramen wassen en vegen wat er lag.", []),
        ("Ze mocht gaan, en ze lachen samen.", ["lachen"]),
        ("De kinderen zingen en dansen op het plein.", ["zingen", "dansen"]),
    ],
)
def test_infinitief_na_en_na_modaal(tekst: str, verwacht: list[str]) -> None:
    """Two infinitives joined by ``en`` after a verb that takes one: the second is no
    finite verb; a subject pronoun between, or finite verbs on both sides, keep it."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Ze heeft haar fiets sinds gisteren bij de schuur staan, zei haar broer.", ["heeft"]),
        ("Hij heeft zijn jas altijd aan de haak hangen.", ["heeft"]),
        ("Ze heeft een hond en de katten zitten.", ["heeft", "zitten"]),
        ("Hij had de jas nog in de kast hangen.", []),
    ],
)
def test_positie_na_hebben(tekst: str, verwacht: list[str]) -> None:
    """A verb of position as the bare infinitive of ``hebben``: only ``hebben`` is finite;
    after ``en`` the search stops."""
    assert tt(tekst) == verwacht


def test_infinitief_na_en_na_modaal_niet_bij_inversie() -> None:
    """A modal after ``en`` with its subject after it is finite, also after a modal's
    infinitive before ``en``."""
    tekst = "Je moet de tuin goed water geven en moeten slakken weggehaald worden."
    assert tt(tekst) == ["moet", "moeten"]
