"""The broad term list ``data/vaktaal/termen-breed.txt``: every shipped term is found by the
rule, and ordinary sentences with look-alike words stay clean."""

from __future__ import annotations

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.rules import REGELS
from verhaal.data import lees_regels

BREED = lees_regels("vaktaal/termen-breed.txt")


def vaktaal(tekst: str) -> list[str]:
    regels = {r: RegelInstelling(aan=r == "vaktaal") for r in REGELS}
    return [b.tekst for b in check(tekst, CheckConfig(regels=regels))]


def test_breed_is_breed_en_zonder_dubbelen() -> None:
    assert len(BREED) >= 250
    assert len({t.lower() for t in BREED}) == len(BREED)
    tsv = {r.split("\t")[0].strip().lower() for r in lees_regels("vaktaal/termen.tsv")}
    assert not tsv & {t.lower() for t in BREED}


@pytest.mark.parametrize("term", BREED)
def test_elke_term_wordt_gevonden(term: str) -> None:
    tekst = f"Op school ging het gesprek over {term} en over niets anders."
    assert term in vaktaal(tekst)


ENKEL = [t for t in BREED if t.islower() and t.isalpha() and len(t) >= 6]


@pytest.mark.parametrize("term", ENKEL)
def test_term_in_samenstelling(term: str) -> None:
    # a single word of six letters or more is also found as the first part of a compound
    tekst = f"Er was een {term}bespreking op maandag."
    assert vaktaal(tekst) == [f"{term}bespreking"]


@pytest.mark.parametrize(
    "tekst",
    [
        "Op directe instructie van de burgemeester sloot de politie de straat.",
        "Hij arrangeerde de muziek voor het koor van zijn oom.",
        "De bank had een zorgplicht tegenover haar klanten.",
        "In het eerste tijdvak leefden jagers en boeren.",
        "Het akkoord klonk disharmonisch en schril.",
        "Het weer was een stimulerende factor voor de verkoop van ijs.",
        "Ze las de tekst hardop en keek naar het werk van haar zus.",
        "De stam trok met de hele groep naar het zuiden.",
        "Hij leerde in het bedrijf van zijn vader hoe je een kast maakt.",
        "Het bedrijf kreeg al snel vaste voet in Duitsland.",
        "Er kwam een dekkend netwerk van laadpalen in de stad.",
        "Het werd hakken en plakken met de oude begroting.",
        "Stuur het zsm terug, schreef ze.",
    ],
)
def test_gewone_zinnen_blijven_stil(tekst: str) -> None:
    assert vaktaal(tekst) == []


@pytest.mark.parametrize(
    ("tekst", "term"),
    [
        ("De ouders vroegen een bapo-regeling aan.", "bapo-regeling"),
        ("Toen kwam de lirik op tafel.", "lirik"),
    ],
)
def test_afkorting_van_de_lijst_in_kleine_letters(tekst: str, term: str) -> None:
    # an acronym of the broad list is found in lower case where that spelling is no word
    assert vaktaal(tekst) == [term]
