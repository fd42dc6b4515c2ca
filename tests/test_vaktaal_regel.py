"""Rule vaktaal: education jargon and acronyms; school types stay.

Our own sentences, written to the annotation guideline.
"""

from __future__ import annotations

import pytest

from verhaal.checker import Bevinding, CheckConfig, RegelInstelling, check
from verhaal.checker.rules import REGELS
from verhaal.checker.woordenboek import Termen, verbogen_vormen


def _alleen(regel_id: str, **opties: object) -> CheckConfig:
    regels = {r: RegelInstelling(aan=False) for r in REGELS if r != regel_id}
    regels[regel_id] = RegelInstelling(opties=opties)
    return CheckConfig(regels=regels)


def vaktaal_in(tekst: str, **opties: object) -> list[Bevinding]:
    return check(tekst, _alleen("vaktaal", **opties))


ZINNEN = [
    ("Het OPP-gesprek was in maart.", ["OPP-gesprek"]),
    ("De RT'er nam hem mee naar een apart lokaal.", ["RT'er"]),
    ("De IB’ers overlegden.", ["IB’ers"]),
    ("In de zorgstructuur van de school was geen plek.", ["zorgstructuur"]),
    ("Hij had een TLV nodig.", ["TLV"]),
    ("De leerkracht gaf verlengde instructie aan de kleine groep.", ["verlengde instructie"]),
    (
        "Ze kreeg een arrangement vanuit het samenwerkingsverband.",
        ["arrangement", "samenwerkingsverband"],
    ),
    ("Zijn ondersteuningsbehoeften waren groot.", ["ondersteuningsbehoeften"]),
    ("Hij volgde de BBL-opleiding.", ["BBL-opleiding"]),
    ("De juf besprak de referentieniveaus met de ouders.", ["referentieniveaus"]),
    ("De ambulante begeleiders kwamen langs.", ["ambulante begeleiders"]),
    ("Ze wilde opstromen, en in mei stroomde ze op.", ["opstromen"]),
    ("In het groepsplan stond dat hij extra rekenles kreeg.", ["groepsplan"]),
    ("De leerling met een LWOO-indicatie kwam binnen.", ["LWOO-indicatie"]),
    ("Hij was een zorgleerling volgens het dossier.", ["zorgleerling"]),
    ("Ze zat in de brugklas en had dyslexie.", []),
    ("Ze deed eindexamen op het vwo.", []),
    ("Op de havo koos ze het profiel natuur en gezondheid.", []),
    ("De mentor en de decaan spraken over haar stage op het mbo.", []),
    ("Ze legde de leerlingen de opdracht uit.", []),
    ("Hij zong het lied solo.", []),
    # spelled-out diagnoses are as transparent as dyslexie; their acronym is jargon
    ("Ze had een taalontwikkelingsstoornis, in het dossier TOS genoemd.", ["TOS"]),
]

# Acronyms no list knows: recognised by their form (2-5 capitals, not in the lexicon,
# not everyday), with Dutch endings and hyphenated compounds as one span.
ONBEKENDE_AFKORTINGEN = [
    ("Via het CJG kwam er eindelijk hulp.", ["CJG"]),
    ("Hij kreeg EMDR bij een psycholoog.", ["EMDR"]),
    ("De DCD-diagnose kwam pas laat.", ["DCD-diagnose"]),
    ("Twee SPH'ers begeleidden hem die middag.", ["SPH'ers"]),
    ("De WMO-aanvraag en het JGZ-dossier lagen klaar.", ["WMO-aanvraag", "JGZ-dossier"]),
    ("„Moet ik naar de CGT?” vroeg hij.", ["CGT"]),
]

# Everyday acronyms, roman numerals, shouting and English in capitals stay.
GEWONE_HOOFDLETTERS = [
    "Ze nam de trein van de NS en kocht een taart bij de HEMA.",
    "De EHBO-doos stond naast de wc; hij keek tv.",
    "De GGD kwam langs voor de vaccinaties.",
    "Na de BSO fietste ze naar huis.",
    "„NEE!” riep hij. „STOP DAAR!”",
    "Het boek ging over Willem III en hoofdstuk XIV was het mooist.",
    "# DE GROTE REIS\n\nZe liep naar huis.",
    "„OMG,” zei ze, „dat is ASAP nodig.”",
    "Ze droeg een shirt in maat XS.",
]


@pytest.mark.parametrize(("tekst", "verwacht"), ONBEKENDE_AFKORTINGEN)
def test_onbekende_afkorting(tekst: str, verwacht: list[str]) -> None:
    bevindingen = vaktaal_in(tekst)
    assert [b.tekst for b in bevindingen] == verwacht
    assert all(b.ernst == "waarschuwing" and b.suggestie is None for b in bevindingen)


@pytest.mark.parametrize("tekst", GEWONE_HOOFDLETTERS)
def test_gewone_hoofdletters(tekst: str) -> None:
    assert [b.tekst for b in vaktaal_in(tekst)] == []


def test_uitgelegde_afkorting() -> None:
    tekst = "Ze ging naar de Jeugdgezondheidszorg (JGZ). De JGZ gaf goed advies."
    assert [b.tekst for b in vaktaal_in(tekst)] == []
    assert [b.tekst for b in vaktaal_in("De JGZ gaf goed advies.")] == ["JGZ"]


def test_onbekende_afkorting_toegestaan() -> None:
    tekst = "Via het CJG en de CJG-coach kwam er hulp."
    assert [b.tekst for b in vaktaal_in(tekst, toegestaan=["CJG"])] == []


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Hij kreeg in april een dyspraxieverklaring.", ["dyspraxieverklaring"]),
        ("Met haar ADHD-verklaring kreeg ze meer tijd.", ["ADHD-verklaring"]),
        ("De autismeverklaringen lagen in de kast.", ["autismeverklaringen"]),
        ("Zijn angststoornisverklaring kwam te laat.", ["angststoornisverklaring"]),
        ("Hij schreef haar een liefdesverklaring.", []),
        ("De verklaring van de getuige was kort; er kwam een garantieverklaring bij.", []),
    ],
)
def test_diagnoseverklaring(tekst: str, verwacht: list[str]) -> None:
    bevindingen = vaktaal_in(tekst)
    assert [b.tekst for b in bevindingen] == verwacht
    assert all(b.ernst == "fout" and b.suggestie for b in bevindingen)


@pytest.mark.parametrize(("tekst", "verwacht"), ZINNEN)
def test_vaktaal(tekst: str, verwacht: list[str]) -> None:
    assert [b.tekst for b in vaktaal_in(tekst)] == verwacht


def test_alternatief_als_suggestie() -> None:
    (bevinding,) = vaktaal_in("In zijn OPP stond het.")
    assert bevinding.suggestie == "het plan voor de ontwikkeling van de leerling"
    assert bevinding.ernst == "fout"


def test_extra_en_toegestaan() -> None:
    assert [b.tekst for b in vaktaal_in("Het MDO begon.", toegestaan=["MDO"])] == []
    assert [b.tekst for b in vaktaal_in("De plusklas begon.", extra=["plusklas"])] == ["plusklas"]


def test_termen_zoeken_langste_eerst() -> None:
    termen = Termen({"plan": "x", "plan van aanpak": "y", "LOB": "z"})
    woorden = "het plan van aanpak en het LOB-traject".split()
    assert list(termen.zoek(woorden)) == [(1, 4, "plan van aanpak"), (6, 7, "LOB")]


def test_termen_eerste_woord_vast() -> None:
    """English phrases: the first word is not inflected, so the Dutch 'toen' and 'ons' (forms
    of 'to' and 'on') start no match; later words keep their inflections."""
    zinnen = {"to do list": "takenlijst", "on time": "op tijd"}
    vast = Termen(zinnen, eerste_vast=True)
    los = Termen(zinnen)
    tekst = "toen do lists ons time en een to do lists on time".split()
    assert list(los.zoek(tekst)) == [
        (0, 3, "to do list"),
        (3, 5, "on time"),
        (7, 10, "to do list"),
        (10, 12, "on time"),
    ]
    assert list(vast.zoek(tekst)) == [(7, 10, "to do list"), (10, 12, "on time")]
    assert not vast.kan_beginnen("toen") and vast.kan_beginnen("to")


def test_verbogen_vormen() -> None:
    assert {"plannen", "plans", "plan"} <= set(verbogen_vormen("plan"))
    assert "behoeften" in verbogen_vormen("behoefte")
