"""Rule ``getal`` on sentences: what counts as a number, spans, suggestions, options."""

from __future__ import annotations

from typing import Any

import pytest

from verhaal.checker import Bevinding, CheckConfig, RegelInstelling, check
from verhaal.checker.rules import REGELS


def getallen(tekst: str, soort: str = "md", **opties: Any) -> list[Bevinding]:
    regels = {r: RegelInstelling(aan=False) for r in REGELS if r != "getal"}
    regels["getal"] = RegelInstelling(opties=opties)
    return check(tekst, CheckConfig(regels=regels), soort)  # type: ignore[arg-type]


def teksten(tekst: str, soort: str = "md", **opties: Any) -> list[str]:
    return [b.tekst for b in getallen(tekst, soort, **opties)]


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        # digits, as whole tokens
        ("Om 8:30 of om 10.30 begon het.", ["8:30", "10.30"]),
        ("Hij woog 3,2 kilo.", ["3,2"]),
        ("In de 3e klas en de 2de week.", ["3e", "2de"]),
        ("Bijna 25% van de klas.", ["25%"]),
        ("Dat was in 2019 en in de jaren '30.", ["2019", "'30"]),
        ("Ze zat in groep 8.", ["8"]),
        ("Voor de 1e-jaars en een 5-jarig meisje.", ["1e-jaars", "5-jarig"]),
        ("Het lokaal was 40 m² groot.", ["40", "m²"]),
        ("Hij had 1.000.000 ideeën.", ["1.000.000"]),
        # number words
        ("Er waren twee, drie of vier kinderen.", ["twee", "drie", "vier"]),
        ("Ze las vijfentwintig boeken.", ["vijfentwintig"]),
        ("Tweehonderd kinderen en drieduizend ouders.", ["Tweehonderd", "drieduizend"]),
        ("Het kostte een miljoen.", ["miljoen"]),
        (
            "Honderden kinderen, duizenden ouders, tienduizenden mensen.",
            ["Honderden", "duizenden", "tienduizenden"],
        ),
        ("Eén kind bleef, één ging.", ["Eén", "één"]),
        ("Na anderhalf uur en anderhalve dag.", ["anderhalf", "anderhalve"]),
        ("Met zijn tweeën, met z'n drieën en met z'n vieren.", ["tweeën", "drieën", "vieren"]),
        ("Driekwart van de klas stemde voor.", ["Driekwart"]),
        ("Tweederde van de groep en een-achtste van de rest.", ["Tweederde", "een-achtste"]),
        ("Ze kreeg een nul.", ["nul"]),
        ("Ze haalde een zesje en kreeg een tientje.", ["zesje", "tientje"]),
        ("Voor de rekentoets kreeg hij een vijfje.", ["vijfje"]),
        ("Op zijn rapporten stonden tientjes.", ["tientjes"]),
        ("Voor haar spreekbeurt kreeg ze een tientje.", ["tientje"]),
        ("De juf gaf hem een vijfje voor zijn werkstuk.", ["vijfje"]),
        ("Alleen viertjes en drietjes, en een vijfje.", ["viertjes", "drietjes", "vijfje"]),
        # times: only the number word
        ("Om half negen of kwart over acht.", ["negen", "acht"]),
        ("Om drie uur ging de bel.", ["drie"]),
        # everywhere: speech and titles
        ("„Ik wil er twee,” zei ze.", ["twee"]),
        ("# Drie vrienden\n\nZe liepen naar huis.\n", ["Drie"]),
        ("---\ntitel: Vijf dagen\n---\nZe liepen.\n", ["Vijf"]),
        # vier and acht as numbers
        ("Alle vier de kinderen en vier van hen.", ["vier", "vier"]),
        ("In acht weken leerde ze lezen.", ["acht"]),
        ("Hij nam acht koekjes.", ["acht"]),
        ("Als elf leerlingen ziek zijn, gaat de les niet door.", ["elf"]),
        ("Ze was elf toen ze als elf of twaalf kinderen meedeed.", ["elf", "elf", "twaalf"]),
        # ranges and scores written with a hyphen
        ("Ze oefende drie-vier keer per week; het werd vier-nul.", ["drie-vier", "vier-nul"]),
    ],
)
def test_meldt(tekst: str, verwacht: list[str]) -> None:
    assert teksten(tekst) == verwacht


@pytest.mark.parametrize(
    "tekst",
    [
        "Een voor een kwamen ze binnen en nog een keer zwaaide een van hen.",
        "Een jongen liep met een meisje.",
        "De eerste, tweede en veertiende dag; de laatste keer.",
        "Beide kinderen, allebei moe, bleven een half uur.",
        "Na een kwartier, een kwart van de tijd, kwamen enkele ouders en een paar opa's.",
        "Ze tekende driehoeken, kletste honderduit en kocht een tweedehands fiets.",
        "Ik vier mijn verjaardag en morgen vier ik het feest.",
        "Vier het leven!",
        "Hij moest acht geven op de weg en sloeg er geen acht op.",
        "Ze nam zijn wensen in acht en hij werd in acht genomen.",
        "Ik acht hem tot alles in staat.",
        "Ze deed het in haar eentje.",
        # a coin, a note or an amount of money: a noun, no cardinal number word
        "Hij vroeg een tientje per knipbeurt en kreeg soms een vijfje extra.",
        "Voor een paar tientjes kocht ze een fiets.",
        "Er verscheen een elf in het bos, en later een elfje.",
        # 'als elf' of a role or a costume, with nothing counted behind it
        "In de kerstvoorstelling speelde hij als elf mee; zijn zus ging zoals elf en trol.",
        "Met carnaval ging ze verkleed als elf.",
        "Hij was eens een keer alleen.",
        "Ze zagen elkaar in de Tweede Kamer.",
        "De vijfjarige jongen en het drietal.",
        "Ze hield een één-op-één gesprek.",
        "Hij speelde een een-tweetje met zijn buurjongen.",
        "Na een snel tweetje met zijn broer scoorde hij; de tweetjes gingen vlot.",
        # ordinals built by the grammar, also where the letters could be read as a
        # fraction (zes + tiende, twee + honderdste)
        "Op zijn zestiende kwam hij naar Nederland.",
        "Ze werd achttiende, hij zeventiende en haar broer negentiende.",
        "Voor de honderdste keer, de tweehonderdste dag, het duizendste boek.",
        "Op haar twintigste, zijn eenentwintigste en de vijfentwintigste van de maand.",
        "De elfde, twaalfde en dertiende les; haar zesde verjaardag.",
    ],
)
def test_stil(tekst: str) -> None:
    assert teksten(tekst) == []


@pytest.mark.parametrize(
    ("tekst", "suggestie"),
    [
        ("Om 8:30 ging de bel.", "vroeg in de ochtend"),
        ("Om half negen ging de bel.", "vroeg in de ochtend"),
        ("Om 14.00 uur ging de bel.", "in de middag"),
        ("In de 3e klas.", "derde"),
        ("Voor de 1e-jaars.", "eerstejaars"),
        ("Ze kreeg een 8 voor taal.", "heel goed cijfer"),
        ("Ze haalde een 5.", "onvoldoende"),
        ("Ze haalde een zesje.", "voldoende"),
        ("Het waren 37 dino's.", "veel"),
        ("Het duurde twee weken.", "een paar"),
        ("Er was 1 ander meisje.", "een"),
        ("Eén kind bleef.", "Een"),
        ("Bijna 90% ging mee.", "bijna alle"),
        ("Er waren duizend woorden.", "heel veel"),
        ("Ze zat in groep 8.", None),
        ("In 1958 was het anders.", None),
        # An age: no 'een jongen van een aantal jaar'; a span of time keeps its advice.
        ("Er was eens een jongen van elf jaar.", None),
        ("Een meisje van 11 jaar keek op.", None),
        ("Na een pauze van elf jaar kwam ze terug.", "een aantal"),
    ],
)
def test_suggesties(tekst: str, suggestie: str | None) -> None:
    (bevinding,) = getallen(tekst)
    assert bevinding.suggestie == suggestie
    assert bevinding.ernst == "fout"
    assert bevinding.bericht


def test_berichten_per_soort() -> None:
    berichten = {b.tekst: b.bericht for b in getallen("In 2019 zat ze in groep 8, om 8:30.")}
    assert "Jaartal" in berichten["2019"]
    assert "groep" in berichten["8"].lower()
    assert "tijdstip" in berichten["8:30"]
    (leeftijd,) = getallen("Het was een stille jongen van elf jaar oud.")
    assert leeftijd.bericht.startswith("Leeftijd")


def test_frontmatter_alleen_de_titel_tenzij_gevraagd() -> None:
    tekst = "---\ntitel: Twee vrienden\ndatum: 2024-05-01\n---\nZe liepen.\n"
    assert teksten(tekst) == ["Twee"]
    assert teksten(tekst, frontmatter=True) == ["Twee", "2024-05-01"]


def test_negeer() -> None:
    tekst = "Op een A4'tje schreef hij twee zinnen."
    assert teksten(tekst) == ["A4'tje", "twee"]
    assert teksten(tekst, negeer=["a4'TJE"]) == ["twee"]


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        # The infinitive after its object, also in a title and before 'en' or a comma.
        ("# Grind zeven\n\nHet was een warme dag.\n", []),
        ("Hij moest eerst de kiezels zeven en daarna de bak vullen.", []),
        ("Oma liet ons het meel zeven, want er zaten klontjes in.", []),
        ("Ze hielp de potgrond te zeven.", []),
        ("Aan het zeven was ze de hele ochtend.", []),
        ("Het zeven van de grond duurde lang.", []),
        # A subject pronoun makes it finite.
        ("Samen zeven we het strandzand.", []),
        ("Zij zeven de suiker boven de taart.", []),
        ("Hij acht het nog te vroeg.", []),
        # An imperative with a particle of a request: no count follows such a word.
        ("„Vier maar lekker feest,” zei ze. „Vier gewoon je verjaardag!”", []),
        ("„Vier vooral samen,” zei ze. „Vier kinderen is genoeg.”", ["Vier"]),
        # After a noun that a number names, after a preposition or verb: a number.
        ("In klas zeven en op bladzijde acht stond het.", ["zeven", "acht"]),
        ("Hij droeg het shirtnummer zeven.", ["zeven"]),
        ("Ze stapte in tram zeven.", ["zeven"]),
        ("Hij werd die winter zeven.", ["zeven"]),
        ("Ze wachtte tot zeven en rende toen weg.", ["zeven"]),
        ("Het meisje was zeven, haar broer negen.", ["zeven", "negen"]),
        ("Ze kocht zeven broden en gaf ze zeven appels.", ["zeven", "zeven"]),
        ("Wij zeven liepen voorop.", ["zeven"]),
        ("Alle zeven de emmers waren vol.", ["zeven"]),
        ("De zeven geiten sliepen.", ["zeven"]),
        # A capitalised plural in the middle of a sentence is a name, not grades.
        ("Ze reden door Tienen naar huis en haalde daar alleen tienen.", ["tienen"]),
    ],
)
def test_telwoord_of_werkwoord(tekst: str, verwacht: list[str]) -> None:
    """Number words that are also verb forms (zeven, vier, acht, negen) by their context."""
    assert teksten(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        # 'acht' with 'te' before the verb of the idiom
        ("Hij rende door zonder acht te slaan op de auto's.", []),
        ("Ze vergat acht te geven op haar rugzak.", []),
        ("Ze probeerde acht te tellen en sloeg acht ballen weg.", ["acht", "acht"]),
        # ... but an hour before a verb of the idiom, and the clock that strikes, are numbers
        ("Om half acht gaf de juf les; tegen acht gaf ze het op.", ["acht", "acht"]),
        ("De klok sloeg acht. Hij sloeg geen acht op de klok.", ["acht"]),
        # 'een (bijvoeglijk) nul': a person who counts for nothing, or the figure
        ("Hij voelde zich een echte nul en zij noemde hem een nul.", []),
        # ... but a mark, wherever it stands, stays a number
        ("Het werd een nul, en op zijn rapport prijkte een dikke nul.", ["nul", "nul"]),
        ("De juf zette een nul onder de toets.", ["nul"]),
        # a request particle makes 'Vier' an imperative only when the clause goes on
        ("„Vier maar lekker feest,” zei ze. „Vier toch,” zei hij.", ["Vier"]),
        # ... but a mark or a count stays a number
        ("Ze kreeg een dikke nul en hij had nul fouten.", ["nul", "nul"]),
        ("Voor dat proefwerk had hij een nul.", ["nul"]),
        ("Hij haalde een nul voor dictee; het bleef nul-nul.", ["nul", "nul-nul"]),
        # 'elf' as the subject of a singular verb: the fairy; 'zeven' stays a mark
        ("De elf lachte en de oude elf sliep.", []),
        ("Die zeven had ze echt verdiend. Deze zeven was haar hoogste cijfer.", ["zeven", "zeven"]),
        ("De zeven liepen weg en die elf waren moe.", ["zeven", "elf"]),
        ("Van de zeven was er maar een ziek.", ["zeven"]),
        ("Ze wist dat elf meer is dan tien.", ["elf", "tien"]),
        ("De elf kinderen lachten.", ["elf"]),
        # the first part of a compound with its end left out
        ("Er stonden twee- en driewielers en kwamen vier-, vijf- of zesjarigen.", []),
        ("Het waren twee- of drieduizend mensen.", ["twee", "drieduizend"]),
        ("Het waren twee- à driehonderd mensen.", ["twee", "driehonderd"]),
        ("Er waren 4- en 5-jarigen.", ["4", "5-jarigen"]),
    ],
)
def test_telwoord_in_vaste_vorm(tekst: str, verwacht: list[str]) -> None:
    """Number words in idioms, as nouns, and in compounds with a left-out part."""
    assert teksten(tekst) == verwacht


def test_code_en_urls_tellen_niet() -> None:
    tekst = "Zie `x = 3` en https://school.nl/2019 voor twee tips.\n\n```\n8:30\n```\n"
    assert teksten(tekst) == ["twee"]


def test_txt_bestand() -> None:
    assert teksten("Drie wensen\n\nZe had er twee.\n", "txt") == ["Drie", "twee"]


def test_spans_kloppen_met_de_tekst() -> None:
    tekst = "Om 8:30 kwam 25% van de vijfentwintig kinderen."
    for b in getallen(tekst):
        assert tekst[b.start : b.eind] == b.tekst


def test_regel_declaratie() -> None:
    regel = REGELS["getal"]
    assert regel.id == "getal"
    assert regel.ernst == "fout"
    assert set(regel.opties) == {"negeer", "frontmatter"}


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        # an hour in the plural form after a preposition of time (also after 'half')
        ("Ze was pas tegen vieren klaar.", ["vieren"]),
        (
            "Om zevenen ging het licht uit, rond half negenen sliep iedereen.",
            ["zevenen", "negenen"],
        ),
        (
            "Hij kwam om kwart voor zevenen en ging tien over achten weg.",
            ["zevenen", "tien", "achten"],
        ),
        # the same forms as verbs or nouns stay unmarked
        ("Ze gingen naar huis om het feest te vieren.", []),
        ("Na het vieren van de verjaardag ruimden ze op.", []),
        # 'acht' in 'acht slaan op' with words between verb and 'acht'; a grade stays a number
        ("Niemand sloeg er ook maar acht op.", []),
        ("Hij gaf er nooit acht op.", []),
        ("De juf gaf hem acht op tien.", ["acht", "tien"]),
    ],
)
def test_uur_meervoud_en_acht_idioom(tekst: str, verwacht: list[str]) -> None:
    assert teksten(tekst) == verwacht
