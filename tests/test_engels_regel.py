"""Rule engels: English words and phrases, with integrated loanwords left alone.

Our own sentences, written to the annotation guideline (not from the evaluation stories).
"""

from __future__ import annotations

import pytest

from verhaal.checker import Bevinding, CheckConfig, RegelInstelling, check
from verhaal.checker.rules import REGELS


def _alleen(regel_id: str, **opties: object) -> CheckConfig:
    regels = {r: RegelInstelling(aan=False) for r in REGELS if r != regel_id}
    regels[regel_id] = RegelInstelling(opties=opties)
    return CheckConfig(regels=regels)


def engels_in(tekst: str, **opties: object) -> list[Bevinding]:
    return check(tekst, _alleen("engels", **opties))


ZINNEN = [
    ("Ze had een sterke work ethic.", ["work ethic"]),
    ("Het was een hele struggle voor hem.", ["struggle"]),
    ("Ze voelde zich echt empowered.", ["empowered"]),
    ("De klas deed aan teambuilding op het strand.", ["teambuilding"]),
    ("„That's not fair!” riep hij.", ["That's not fair"]),
    ("Ze oefende haar presentation skills.", ["presentation skills"]),
    ("Zijn ouders waren erg supportive.", ["supportive"]),
    ("De docent noemde het een wake-up call.", ["wake-up call"]),
    ("Het meisje was heel shy in de klas.", ["shy"]),
    ("Het werd een echte gamechanger-aanpak.", ["gamechanger-aanpak"]),
    ("Happy werd ze er niet van.", ["Happy"]),
    ("Ze zei: „Dat was echt next level.”", ["next level"]),
    ("Hij zat helemaal in zijn comfort zone.", ["comfort zone"]),
    ("Het was een kwestie van trial and error.", ["trial and error"]),
    ("Ze had last van fear of missing out.", ["fear of missing out"]),
    ("Ze maakte een mood board voor haar kamer.", ["mood board"]),
    # Integrated loanwords and Dutch words that look English.
    ("Ze kreeg een compliment van de juf.", []),
    ("Ze printte de poster en hing hem op.", []),
    ("De leerlingen hadden een lunch met de burgemeester.", []),
    ("Hij had skills of talent, dat wist niemand.", ["skills"]),
    ("Na school ging hij gamen op zijn laptop.", []),
    ("Ze stuurde een appje en een e-mail.", []),
    ("Hij was best nerveus voor zijn spreekbeurt.", []),
    ("Hij wilde graag meedoen, maar durfde het niet.", []),
    ("Ze had een goed gesprek met haar coach over haar hobby.", []),
    ("Hij scoorde in de laatste minuut een goal.", []),
    ("Ze trok haar hoodie aan en pakte haar tablet.", []),
    ("Hij at een zakje drop; de taken bleven liggen.", []),
    ("Ze liep stage en de stages bevielen haar.", []),
    ("In het weekend keek het team naar de website.", []),
    ("Ze kocht een iPhone bij de Apple Store.", []),
]


# English in Dutch clothes: an English stem with Dutch verb morphology, and two English
# words run together that no Dutch list knows. Integrated verbs stay (the lexicon knows
# their infinitive: scrollen, liken), and so do Dutch and Latin words.
ENGELSE_VORMEN = [
    ("Ze bleef 's avonds in bed overthinken.", ["overthinken"]),
    ("Hij werd geghost door zijn vrienden en swipete verder.", ["geghost", "swipete"]),
    ("Ze deed aan selfcare en mealprep op zondag.", ["selfcare", "mealprep"]),
    ("De app werd geüpdatet en hij scrollde verder.", []),
    ("Hij had het gecheckt en geliket.", ["geliket"]),
    ("Het feest werd gecanceld; ze had de foto al geliked.", ["gecanceld", "geliked"]),
    ("Hij had het gecheckt, gemaild en gepland.", []),
    ("De linkshander en de cytokinen waren reciprocale.", []),
    ("Egypte was warm. Boogerd won de rit.", []),
    ("Hij had zijn fiets geparkeerd en gemaild.", []),
]


# A frequent English word that Dutch knows only as a rare form or marginal loan: English
# when it stands alone in direct speech, Dutch elsewhere.
IN_CITAAT = [
    ("Ze wees naar de pop en riep: „Mam, listen!” Hij draaide zich om.", ["listen"]),
    ("„Wrong,” zei hij zacht.", ["Wrong"]),
    ("Hij had een nieuwe look en droeg een jas.", []),
    ("„Voor mijn part mag het,” zei ze.", []),
    ("„Die look staat je goed,” zei ze.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), IN_CITAAT)
def test_engels_alleen_in_een_citaat(tekst: str, verwacht: list[str]) -> None:
    assert [b.tekst for b in engels_in(tekst)] == verwacht


@pytest.mark.parametrize(("tekst", "verwacht"), ENGELSE_VORMEN)
def test_engelse_vormen(tekst: str, verwacht: list[str]) -> None:
    assert [b.tekst for b in engels_in(tekst)] == verwacht


@pytest.mark.parametrize(("tekst", "verwacht"), ZINNEN)
def test_engels(tekst: str, verwacht: list[str]) -> None:
    assert [b.tekst for b in engels_in(tekst)] == verwacht


def test_suggestie_uit_de_tabel() -> None:
    (bevinding,) = engels_in("Ze werkte aan haar skills.")
    assert bevinding.suggestie == "vaardigheden"
    assert "vaardigheden" in bevinding.bericht
    (bevinding,) = engels_in("Skills leer je niet vanzelf.")
    assert bevinding.suggestie == "Vaardigheden"


def test_extra_en_toegestaan() -> None:
    assert [b.tekst for b in engels_in("Ze kreeg feedback.", toegestaan=["feedback"])] == []
    assert [b.tekst for b in engels_in("Hij keek een vlog.", extra=["vlog"])] == ["vlog"]
    # An allowed word also stops a phrase from growing over it.
    gevonden = engels_in("Ze deed online safety.", toegestaan=["online"])
    assert [b.tekst for b in gevonden] == ["safety"]
