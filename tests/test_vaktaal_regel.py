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
]


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


def test_verbogen_vormen() -> None:
    assert {"plannen", "plans", "plan"} <= set(verbogen_vormen("plan"))
    assert "behoeften" in verbogen_vormen("behoefte")
