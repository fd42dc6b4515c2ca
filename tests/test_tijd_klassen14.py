"""Tense classes of round 14 (stage two trained on the project's stories reads some present
verbs as infinitives or adjectives; the rules after it mend the classes): sentences written
for this round, each class with sentences that must be flagged and ones that must not."""

from __future__ import annotations

import pytest

from tijd_hulp import tt


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Hij dacht dat otters zwemmen in de rivier.", ["zwemmen"]),
        ("Ze zei dat ganzen trekken naar het zuiden.", ["trekken"]),
        ("Ze at een appel en die meisjes lachen.", ["lachen"]),
        ("Hij zag dat ze achterin kletsen over de film.", ["kletsen"]),
        ("Hun tenten staan op het veld.", ["staan"]),
        ("Hij wist dat otters wilden zwemmen.", []),
        ("Hij zag dat ze buiten wilden spelen.", []),
        ("Hun tenten stonden op het veld.", []),
        ("Nu wil die man zijn fiets terug.", ["wil"]),
    ],
)
def test_meervoud_na_onderwerp(tekst: str, verwacht: list[str]) -> None:
    """A plural verb after a bare plural subject right after a conjunction, after a
    pronoun and an adverb of place, after a determiner that follows ``en``, and after a
    clause-opening possessive and its noun, whatever the noun's tag."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Vogels die zingen waren overal.", ["zingen"]),
        ("Hij wist dat de man die naast hem staat lacht.", ["staat", "lacht"]),
        ("De vogels die ze wilde tekenen vlogen weg.", []),
        ("Vogels die zongen waren overal.", []),
    ],
)
def test_finiet_voor_hoofdwerkwoord(tekst: str, verwacht: list[str]) -> None:
    """The verb closing a relative clause in the subject, right before the main verb."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Hij was blij en heet Piet.", ["heet"]),
        ("Ze zuchtte en laat met een grijns de kat binnenkomen.", ["laat"]),
        ("Het water was warm en heet.", []),
        ("Hij kwam thuis en laat op de avond at hij.", []),
    ],
)
def test_werkwoord_na_en_bewezen(tekst: str, verwacht: list[str]) -> None:
    """``heet`` and ``laat`` after ``en`` are verbs when a name or an infinitive closing
    their part shows it."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        (
            "De meisjes fietsen naar school. Ze zetten hun fietsen neer. Dan gaan ze naar binnen.",
            ["fietsen", "zetten", "gaan"],
        ),
        ("Hij liep naar huis. Ze zetten de stoelen neer. Toen kwam de juf.", []),
    ],
)
def test_meervoud_beide_tijden(tekst: str, verwacht: list[str]) -> None:
    """A plural that is present and past alike is past only between past sentences, also
    when stage two calls it past."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Hij keek om zich heen. Gruis overal.", []),
        ("Het was stil. Stof overal.", []),
        ("Kijk overal.", ["Kijk"]),
    ],
)
def test_naamwoord_zonder_werkwoord(tekst: str, verwacht: list[str]) -> None:
    """A noun and adverbs only is a sentence without a verb, not an imperative."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Die week ging het over geef nooit op.", []),
        ("Ze wist niet waar hij op let.", ["let"]),
        ("Hij kijkt naar buiten.", ["kijkt"]),
    ],
)
def test_na_voorzetsel_met_ander_finiet(tekst: str, verwacht: list[str]) -> None:
    """A word right after a preposition is no finite verb when a surer one shares its
    clause, unless a word before it strands the preposition."""
    assert tt(tekst) == verwacht
