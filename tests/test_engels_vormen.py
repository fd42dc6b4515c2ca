"""Rule engels on English plurals and English verbs in Dutch clothes that no list names.

Each mechanism has sentences that must and must not trigger it: our own sentences (sport,
games, hobbies, household), none taken from an evaluation set, and a check on the shipped
table the first mechanism is built into (scripts/tabellen/engels.py).
"""

from __future__ import annotations

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.rules import REGELS, engels
from verhaal.checker.woordenboek import engelse_waarde


def engels_in(tekst: str) -> list[str]:
    regels = {r: RegelInstelling(aan=r == "engels") for r in REGELS}
    return [b.tekst for b in check(tekst, CheckConfig(regels=regels))]


# The plural in -s of a reported English word, when English text uses the plural far more
# than Dutch text does, is reported like its singular; plurals Dutch uses about as much as
# English (drugs, beginners) and Dutch forms of another word (doses: dosis) are not.
MEERVOUD = [
    ("Onder haar tekening stonden meer likes dan ooit.", ["likes"]),
    ("Hij las alle reviews voordat hij de fiets kocht.", ["reviews"]),
    ("De verpleegster trok haar scrubs aan.", ["scrubs"]),
    ("Hij zat in een groep voor beginners.", []),
    ("De arts verlaagde de doses van het medicijn.", []),
    ("De politie vond drugs in de auto.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), MEERVOUD)
def test_engels_meervoud(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_meervouden_in_de_tabel() -> None:
    """The build reports the plural only where its singular is reported alone."""
    for meervoud in ("likes", "reviews", "scrubs"):
        assert engelse_waarde(meervoud) == engels.ENGELS
        assert engelse_waarde(meervoud[:-1]) == engels.ENGELS
    for gedeeld in ("drugs", "beginners", "doses"):
        assert engelse_waarde(gedeeld) != engels.ENGELS


# A form on -en that the Dutch word list has but the Dutch verb tables know as no verb, on
# an English verb stem: English right in an infinitive's place (after 'aan het', 'te', a
# modal or 'gaan', a plural subject pronoun). The list has most such forms as plurals
# (diagrammen, supplementen), so a few words further on, after 'jullie' (a possessive too)
# or without a verb before it, they stay Dutch.
ONGELIJSTE_INFINITIEF = [
    ("De hele avond was hij aan het scripten voor zijn website.", ["scripten"]),
    ("„Ze spammen de klassenapp vol,” klaagde hij.", ["spammen"]),
    ("Later wilde ze kleding designen.", ["designen"]),
    ("Later wilde ze designen, zei ze.", ["designen"]),
    ("Ze moest de diagrammen in het boek bekijken.", []),
    ("Hij slikte te veel supplementen.", []),
    ("Ze at lekker veel supplementen.", []),
    ("Jullie diagrammen hingen aan de muur.", []),
    # a pronoun after another verb or a subject is an object here, and the word a noun
    ("De dokter gaf ze supplementen.", []),
    ("Daarna stuurden we ze diagrammen.", []),
    ("Toen gingen ze spammen.", ["spammen"]),
    ("De spiralen in het schrift waren scheef.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), ONGELIJSTE_INFINITIEF)
def test_ongelijste_infinitief(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# Five letters: a plainly English verb stem of four letters with the Dutch -t of the
# present tense (pullt) is English; Dutch words of that form and English stems Dutch has
# taken in stay.
KORTE_T_VORM = [
    ("„Als je die kaart pullt, win je,” zei hij.", ["pullt"]),
    ("Ze haalt haar jas en rent naar buiten.", []),
    ("Hij kickt de bal over het hek.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), KORTE_T_VORM)
def test_korte_t_vorm(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# An English particle (up, out) before an English word of five letters or more, in a word
# no Dutch list has, is an English derivation; Dutch words and Dutch diminutives of loans
# that start with those letters are not.
VOORVOEGSEL = [
    ("Van oude spijkerbroeken maakte ze tassen: upcycling noemde ze dat.", ["upcycling"]),
    ("Hij had zijn tegenstander volledig outplayed.", ["outplayed"]),
    ("Ze kocht een nieuw outfitje en liet haar laptop upgraden.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), VOORVOEGSEL)
def test_engels_voorvoegsel(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# A capitalised English word at a sentence start is a person's name only where what follows
# fits a subject: a finite verb, a comma, 'en' or 'of'. Before another word (an adverb, a
# particle) it is the English noun it looks like.
ZINSBEGIN = [
    ("„Hou vol. Stamina bijna op,” zei de trainer.", ["Stamina"]),
    ("River en Sky liepen samen naar huis.", []),
    ("Sunny, die naast me zat, lachte.", []),
    ("River keek op. Sunny zei niets.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), ZINSBEGIN)
def test_naam_of_engels_aan_zinsbegin(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# A rare closed compound of two English words that English text writes closed, that the
# Dutch lists lack and Dutch text uses no more than English text (kickflip, spellchecker),
# is English in lower case; with a capital it is often a name, and Dutch compounds of
# words Dutch shares (superliga) are not such compounds.
ZELDZAME_SAMENSTELLING = [
    ("Na een week oefenen lukte zijn eerste kickflip.", ["kickflip"]),
    ("De spellchecker keurde het woord af.", ["spellchecker"]),
    ("Hij volgde de superliga op televisie.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), ZELDZAME_SAMENSTELLING)
def test_zeldzame_engelse_samenstelling(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_zeldzame_samenstellingen_in_de_tabel() -> None:
    """The build gives such compounds the lower-case value; shared parts are not enough."""
    assert engelse_waarde("kickflip") == engels.ENGELS_KLEIN
    assert engelse_waarde("holeshot") == engels.ENGELS_KLEIN
    assert engelse_waarde("superliga") == 0


# A Dutch verb form on an English verb stem that Dutch hardly uses as a verb, judged per
# form from word frequencies (engels/werkwoordsvormen.bin): English also where the Dutch
# word list has the form; an -en form only where an infinitive stands. Dutch verbs that
# share a stem with English (slippen, stampen, tillen), forms the Dutch verb tables give
# another stem (spurten: spurt; honen: hoon), listed Dutch verbs on -eren (garneren), verbs
# of a listed loan's agent noun (keepen: keeper) and Dutch plurals stay Dutch.
WERKWOORDSVORM = [
    ("Hij had de map met foto's gezipt.", ["gezipt"]),
    ("Ze moest het boek nog reviewen.", ["reviewen"]),
    ("Hij bleef het liedje skippen.", ["skippen"]),
    ("De banden gingen slippen op het natte wegdek.", []),
    ("Ze wilde naar de finish spurten.", []),
    ("De kok wilde de taart garneren.", []),
    ("Ze wilden hem niet honen.", []),
    ("Hij stampte en tilde de kist op.", []),
    ("Zijn broer keepte bij de jeugd.", []),
    ("Uit de boxen kwam harde muziek.", []),
    ("Hij liet de kapper het haar taperen.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), WERKWOORDSVORM)
def test_engelse_werkwoordsvorm(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_werkwoordsvormen_in_de_tabel() -> None:
    """The shipped table holds English verb forms Dutch hardly uses, not Dutch verbs."""
    for vorm in ("gezipt", "reviewen", "skippen", "gefaced"):
        assert engels.engelse_werkwoordsvorm(vorm), vorm
    for vorm in ("slippen", "spurten", "garneren", "honen", "keepte", "stampte", "tilde"):
        assert not engels.engelse_werkwoordsvorm(vorm), vorm
    # listed loan verbs and Dutch words stay out (gamen, gecheckt, drop)
    for vorm in ("gamen", "gecheckt", "gemaild", "checken"):
        assert not engels.engelse_werkwoordsvorm(vorm), vorm
