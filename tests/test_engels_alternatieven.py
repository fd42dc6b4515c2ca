"""Rule engels and its alternatives table: every entry is found and gets its alternative.

Our own sentences (slang, games, social media, fashion, work, school, tech), none taken
from an evaluation set.
"""

from __future__ import annotations

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.bevinding import Bevinding
from verhaal.checker.rules import REGELS
from verhaal.data import lees_regels, lees_woorden

DRAGER = "Die dag ging het over {}."


def _engels(tekst: str) -> list[Bevinding]:
    regels = {r: RegelInstelling(aan=r == "engels") for r in REGELS}
    return check(tekst, CheckConfig(regels=regels))


def _tabel() -> list[tuple[str, str]]:
    paren = (regel.split("\t") for regel in lees_regels("engels/alternatieven.tsv"))
    return [(deel[0].strip(), deel[1].strip()) for deel in paren if len(deel) == 2]


@pytest.mark.parametrize(("term", "alternatief"), _tabel(), ids=lambda x: x)
def test_elke_term_wordt_gevonden_met_zijn_alternatief(term: str, alternatief: str) -> None:
    zin = DRAGER.format(term)
    begin = zin.index(term)
    eind = begin + len(term)
    raak = [b for b in _engels(zin) if b.start <= begin and b.eind >= eind]
    assert raak, f"{term} niet gevonden"
    if raak[0].start == begin and raak[0].eind == eind:
        assert raak[0].suggestie == alternatief


def test_tabel_zonder_leenwoorden_of_nederlandse_woorden() -> None:
    """An integrated loan or a Dutch look-alike never goes into the table (it would be
    reported everywhere)."""
    termen = [term for term, _ in _tabel()]
    assert len(termen) == len(set(termen)), "dubbele term"
    verboden = lees_woorden("engels/leenwoorden.txt") | lees_woorden("engels/nederlands.txt")
    assert not verboden & set(termen)


MOET = [
    ("Na de verloren ronde deed hij een rage quit en liep weg.", ["rage quit"]),
    ("Ze voelde zich awkward tussen de nieuwe klasgenoten.", ["awkward"]),
    ("Haar oom had het over stakeholders en deliverables.", ["stakeholders", "deliverables"]),
    ("Het was lowkey het leukste uitje van het jaar.", ["lowkey"]),
    ("Ze riep: „No way, dat meen je niet!”", ["No way"]),
    ("To be honest vond hij de toets best lastig.", ["To be honest"]),
    ("Hij had zijn vriend geghost na de ruzie.", ["geghost"]),
    ("De nieuwe speler was echt een tryhard.", ["tryhard"]),
    ("Ze had een crop top en een beanie aan.", ["crop top", "beanie"]),
    ("Mijn charger lag nog in de klas.", ["charger"]),
    ("Op het leaderboard stond hij helemaal bovenaan.", ["leaderboard"]),
    ("Haar study buddy hielp haar met de sommen.", ["study buddy"]),
]

MAG_NIET = [
    "Het grind knerpte onder zijn fiets.",
    "De nerf van het hout liep schuin.",
    "Op de plank stond een rij boeken.",
    "Ze gingen in de zomer naar een camping aan zee.",
    "Opa las een oude legende voor.",
    "De kapitein gaf het teken om te vertrekken.",
    "De codering van het slot was lastig.",
    "De winnaars kregen een beker.",
    "Ze keek door de microscoop naar een blad.",
    "Ze kocht een presentje voor haar zus.",
]


@pytest.mark.parametrize(("tekst", "verwacht"), MOET)
def test_engels_uit_de_tabel(tekst: str, verwacht: list[str]) -> None:
    assert [b.tekst for b in _engels(tekst)] == verwacht


@pytest.mark.parametrize("tekst", MAG_NIET)
def test_nederlandse_woorden_blijven_vrij(tekst: str) -> None:
    assert _engels(tekst) == []
