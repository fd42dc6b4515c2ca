"""Tense classes of round 16 (the misses of the leave-sets-out study: a verb after ``en``
whose subject is in the clause before): sentences written for this round, each class with
sentences that must be flagged and ones that must not."""

from __future__ import annotations

import pytest

from tijd_hulp import tt


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Mijn zus speelt piano en heeft les op dinsdag.", ["speelt", "heeft"]),
        ("Hij rekent snel en heeft hulp nodig bij taal.", ["rekent", "heeft"]),
        ("Het rook naar stof en heet plastic.", []),
        ("Ze kookte met uien en heet vet.", []),
    ],
)
def test_werkwoord_in_opsomming_blijft_werkwoord(tekst: str, verwacht: list[str]) -> None:
    """A present verb after ``en`` and before a noun stays one when the word lexicon knows
    it only as a verb (``heeft``), whatever a lemma list says; an adjective there is no
    verb (``heet plastic``)."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("De honden rennen door de tuin en blaffen naar de buren.", ["rennen", "blaffen"]),
        ("De leerlingen staan bij het hek en wachten op de bus.", ["staan", "wachten"]),
        ("Ze willen zingen en dansen op het feest.", ["willen"]),
        ("Ze verkopen appels en peren op de markt.", ["verkopen"]),
        ("Ze gaan zwemmen en fietsen in de zomer.", ["gaan"]),
        ("Ze zitten te lezen en schrijven in hun schrift.", ["zitten"]),
    ],
)
def test_meervoud_na_en(tekst: str, verwacht: list[str]) -> None:
    """A plural verb after ``en`` that shares the plural subject of the present verb
    before it; not infinitives of a cluster
    or after ``te``, not a list of things."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        (
            "Geef haar een vaste plek en een maatje, en bespreek met haar ouders wat nodig is.",
            ["Geef", "bespreek", "is"],
        ),
        ("Pak je jas en tas.", ["Pak"]),
        ("Geef haar een pen en papier.", ["Geef"]),
    ],
)
def test_tweede_gebiedende_wijs(tekst: str, verwacht: list[str]) -> None:
    """A stem after ``en`` that follows an imperative is a second one; not a noun after
    ``en`` in the object."""
    assert tt(tekst) == verwacht
