"""Rule vaktaal: more jargon judged by its form, without a list of the words themselves.

Our own sentences (proselint style: must trigger, must stay silent), none taken from an
evaluation set: lower-case letters that name a kind of school before a school word, the
person a career verb makes, and the bare stem kind- and perspectief- before a head of
policy.
"""

from __future__ import annotations

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.rules import REGELS
from verhaal.checker.rules.vaktaal import (
    BEKEND_VANAF,
    ZELDZAME_ZORGTERM,
    bestuurlijke_samenstelling,
    klein_afkorting_voor_schoolwoord,
    loopbaanpersoon,
    open_lettergreep,
    samenstelling_in_jargonzin,
    zorgterm,
)
from verhaal.checker.woordenboek import frequentie


def vaktaal(tekst: str) -> list[str]:
    regels = {r: RegelInstelling(aan=r == "vaktaal") for r in REGELS}
    return [b.tekst for b in check(tekst, CheckConfig(regels=regels))]


MOET_MELDEN = [
    # letters spoken one by one before a word of teaching: a kind of school or stream
    ("Na de zomer zat ze in een tto-klas op de bovenste verdieping.", ["tto-klas"]),
    ("De pkb-leerlingen gingen eerder naar huis.", ["pkb-leerlingen"]),
    ("Hij werd aangenomen als dtl-docent.", ["dtl-docent"]),
    # the plural of a common compound is common too, also beside other jargon
    # (einddoel: einddoelen, a form of the heads doel and doelen)
    ("Ze schreef haar einddoelen op, naast de IB'er.", ["IB'er"]),
    # such letters before a head of policy name a scheme, like an acronym in capitals
    ("Het qzx-traject en het qzx-overleg.", ["qzx-traject", "qzx-overleg"]),
    # a person named by a career verb, also with 'zij-' (from another trade)
    ("De nieuwe juf was een zij-instromer uit de zorg.", ["zij-instromer"]),
    ("De uitstromers van vorig jaar kwamen op bezoek.", ["uitstromers"]),
    ("Als zijinstromer moest hij nog veel leren.", ["zijinstromer"]),
    # the bare stem kind- (not the everyday kinder-) before a head of policy
    ("Alles stond in het kinddossier.", ["kinddossier"]),
    ("Het kindplan werd elk halfjaar bijgesteld.", ["kindplan"]),
    # a perspective is a head of policy itself: before another head it makes a term
    ("Het perspectiefplan lag op tafel.", ["perspectiefplan"]),
    # the plural and the inflected adjective with an open syllable (one vowel written)
    ("Ze koos twee keuzedelen.", ["keuzedelen"]),
    (
        "De medezeggenschapsorganen en de ondersteuningsstructuren.",
        ["medezeggenschapsorganen", "ondersteuningsstructuren"],
    ),
    # a plural that is also a verb with a particle stays, next to other jargon too
    ("Na het OPP bleef de moeder doorvragen over de uren.", ["OPP"]),
    # a learned combining form in -o before a head of care, rare in general Dutch
    ("Zijn visuomotoriek ging vooruit.", ["visuomotoriek"]),
    (
        "Ze kreeg haptotherapie en oefende sensomotorische spelletjes.",
        ["haptotherapie", "sensomotorische"],
    ),
]

MOET_STIL = [
    # known letters, a word, an everyday school type or an everyday acronym
    "De ict-klas en de ehbo-klas begonnen tegelijk.",
    "Hij zat in de havo-klas en zijn zus in een mbo-opleiding.",
    "Ze speelde in de pop-klas en ging naar de gym-docent.",
    "De tv-school en de bso-groep.",
    # letters before a word of another trade: no kind of school
    "Hij werkte op de hr-afdeling en legde een pvc-buis.",
    # the verb of a stream, outside school, and everyday words with kinder-
    "Het water stroomde over de dijk; de zwerver sliep buiten.",
    "Ze kocht een kinderboek en zocht een plek in de kinderopvang.",
    "De kinderen maakten een plan voor het weekend.",
    # everyday plans
    "We maakten een vakantieplan en een weekplan.",
    # a linking form and known letters before a head of policy
    "Er waren veel zonne-uren en een nieuwe btw-regeling.",
    # plurals of common compounds are common too; a plural that is also a verb
    "Ze maakten stappenplannen en zetten de keukentafels klaar.",
    # therapies everyone has heard of, a word before the combining form, plain motor skills
    "Na de psychotherapie ging hij naar de fysiotherapeut en de kinderfysiotherapeut.",
    "Haar motoriek was goed; speltherapie hielp ook.",
]


@pytest.mark.parametrize(("tekst", "verwacht"), MOET_MELDEN)
def test_moet_melden(tekst: str, verwacht: list[str]) -> None:
    assert vaktaal(tekst) == verwacht


@pytest.mark.parametrize("tekst", MOET_STIL)
def test_moet_stil(tekst: str) -> None:
    assert vaktaal(tekst) == []


def test_kleine_letters_voor_schoolwoord_naar_frequentie() -> None:
    """Letters are a kind of school only while general Dutch does not know them: the
    same form with known letters (ehbo, frequent as EHBO) is no finding."""
    assert frequentie("EHBO") >= BEKEND_VANAF
    assert not klein_afkorting_voor_schoolwoord("ehbo-klas")
    assert max(frequentie("qzx"), frequentie("QZX")) < BEKEND_VANAF
    assert klein_afkorting_voor_schoolwoord("qzx-klas")
    assert not klein_afkorting_voor_schoolwoord("qzx-afdeling")  # every trade has one
    assert not klein_afkorting_voor_schoolwoord("qzx")  # no hyphen, no school word


def test_loopbaanpersoon_naar_vorm() -> None:
    for woord in ("instromer", "doorstromers", "zij-instromer", "mbo-instromers"):
        assert loopbaanpersoon(woord), woord
    for woord in ("stromer", "zwerver", "instromen", "overstromer"):
        assert not loopbaanpersoon(woord), woord


def test_kind_zonder_tussenklank() -> None:
    """kind- is a modifier of policy; kinder- (the everyday compounds) is not."""
    assert bestuurlijke_samenstelling("kinddossier")
    assert not bestuurlijke_samenstelling("kinderplan")
    assert not bestuurlijke_samenstelling("kinderboek")


def test_engelse_chatafkorting_is_engels_geen_vaktaal() -> None:
    """A chat acronym in capitals (a message sent on social media) belongs to the engels
    rule, an unknown school acronym beside it to vaktaal."""
    regels = {r: RegelInstelling(aan=r in ("engels", "vaktaal")) for r in REGELS}
    tekst = "Na het gesprek over het QZV stuurde ze haar nicht een DM."
    gevonden = {(b.regel, b.tekst) for b in check(tekst, CheckConfig(regels=regels))}
    assert gevonden == {("vaktaal", "QZV"), ("engels", "DM")}


def test_zorgterm_naar_vorm_en_frequentie() -> None:
    """A care term needs the learned combining form (no Dutch word, none in front of it)
    and rarity in general Dutch, judged by the most frequent inflection."""
    assert frequentie("psychotherapie") >= ZELDZAME_ZORGTERM
    assert not zorgterm("psychotherapie")
    assert zorgterm("grafomotoriek") and zorgterm("Grafomotoriek")
    assert not zorgterm("kinderfysiotherapeut")  # a word in front: fysiotherapeut
    assert not zorgterm("logotherapie")  # logo is a word
    # hypnotherapeuten is rarer than hypnotherapeut, which is heard of: one verdict
    assert zorgterm("hypnotherapeut") == zorgterm("hypnotherapeuten")


def test_open_lettergreep() -> None:
    assert open_lettergreep("keuzedeel") == ("keuzedelen", "keuzedele")
    assert open_lettergreep("intramuraal")[1] == "intramurale"
    assert open_lettergreep("kaas")[0] == "kazen"  # s voices to z
    assert open_lettergreep("plan") == () and open_lettergreep("beleid") == ()


def test_meervoud_van_gangbare_samenstelling_is_gangbaar() -> None:
    """In a sentence with other jargon the plural of a compound is judged by its base
    form: actieplan is common Dutch, so actieplannen is, however rare on its own."""
    assert frequentie("actieplan") >= 2.5 > frequentie("actieplannen")
    assert not samenstelling_in_jargonzin("actieplannen")
    assert not samenstelling_in_jargonzin("keukentafels")
    assert samenstelling_in_jargonzin("overstapdossiers")
    assert bestuurlijke_samenstelling("begeleidingsstructuren")
