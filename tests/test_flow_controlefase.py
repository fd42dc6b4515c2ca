"""The check phase through the scripted Vrager: where the cursor starts, one confirmation
before every fix is skipped, severity with each finding, and Dutch that agrees with the
count and names what the werkvorm writes."""

from __future__ import annotations

from typing import Any

import pytest

from verhaal.checker import Bevinding, CheckConfig
from verhaal.flow import GescripteVrager, Verloop
from verhaal.flow.bewaren import open_fouten_melding
from verhaal.werkvorm import Werkvorm
from verhaal.werkvorm.schema import werkvorm_uit_yaml
from verhaal.yamlbron import lees_yaml_tekst

STUK = """\
id: kort-stuk
titel: Een kort stuk
uitleg: Schrijf een kort stuk en controleer het.
{product}
fasen:
  - id: schrijven
    titel: Schrijven
    uitleg: Schrijf het stuk.
    vragen:
      - {{id: titel, soort: kort, vraag: "Titel?", bewaar: titel}}
      - {{id: stuk, soort: herschrijf, vraag: "Schrijf je stuk.", verplicht: true}}
      - {{id: controle, soort: controle, vraag: "Welk stuk wil je aanpassen?"}}
"""


def stuk(product: str = "") -> Werkvorm:
    return werkvorm_uit_yaml(lees_yaml_tekst(STUK.format(product=product), "stuk.yaml"))


def nep_check(tekst: str, config: CheckConfig) -> list[Bevinding]:
    """'loopt' is a fout, 'heel' a waarschuwing, 'mooi' a tip: one per occurrence."""
    bevindingen = []
    for woord, ernst in (("loopt", "fout"), ("heel", "waarschuwing"), ("mooi", "info")):
        start = tekst.find(woord)
        while start >= 0:
            eind = start + len(woord)
            bevindingen.append(Bevinding("proef", ernst, start, eind, woord, "let op", None))
            start = tekst.find(woord, eind)
    return sorted(bevindingen, key=lambda b: b.start)


def draai(werkvorm: Werkvorm, script: list[Any]) -> tuple[Verloop, GescripteVrager]:
    vrager = GescripteVrager(script)
    verloop = Verloop(werkvorm, vrager, check=nep_check)
    verloop.voer_uit()
    assert vrager.over == 0
    return verloop, vrager


def menu(vrager: GescripteVrager) -> list[Any]:
    return [v for v in vrager.gevraagd if v.sleutel == "_controle"]


def test_de_cursor_begint_op_de_eerste_bevinding() -> None:
    script = [
        ("titel", "Een dag"),
        ("stuk", "Hij at.\n\nHij loopt weg."),
        ("_controle", "1"),
        ("_controle_alinea", "Hij liep weg."),
        ("_controle", "klaar"),
        ("_fase", "verder"),
    ]
    _, vrager = draai(stuk(), script)
    eerste, tweede = menu(vrager)
    assert eerste.standaard == "1"  # paragraph 2, where 'loopt' is
    assert "Alinea 2 (één fout): Hij loopt weg." in [k.label for k in eerste.keuzes]
    assert tweede.standaard == "klaar"  # nothing left to fix


def test_een_lange_alinea_in_het_menu_wordt_afgekort_na_een_heel_woord() -> None:
    lang = "Toen bleek dat hij bang was om uitgelachen te worden door de grotere kinderen."
    script = [
        ("titel", "Een dag"),
        ("stuk", f"Hij at.\n\n{lang}"),
        ("_controle", "klaar"),
        ("_fase", "verder"),
    ]
    _, vrager = draai(stuk(), script)
    label = next(k.label for k in menu(vrager)[0].keuzes if k.label.startswith("Alinea 2"))
    voorproef = label.split(": ", 1)[1]
    assert voorproef.endswith("…") and len(voorproef) <= 50
    assert lang.startswith(voorproef[:-1])
    assert lang[len(voorproef) - 1] == " "  # 'te…' or 'worden…', never 'word…'


def test_een_bevinding_in_de_titel_gaat_voor() -> None:
    script = [
        ("titel", "Een heel lange dag"),
        ("stuk", "Hij loopt weg."),
        ("_controle", "klaar"),
        ("_controle_overslaan", "verder"),
        ("_fase", "verder"),
        ("_open_fouten", "bewaren"),
    ]
    _, vrager = draai(stuk(), script)
    assert menu(vrager)[0].standaard == "titel"


def test_alles_overslaan_vraagt_een_keer_om_bevestiging() -> None:
    script = [
        ("titel", "Een dag"),
        ("stuk", "Hij loopt weg.\n\nHet was heel mooi."),
        ("_controle", "klaar"),
        ("_controle_overslaan", "aanpassen"),
        ("_controle", "klaar"),  # the second time: no question, the phase ends
        ("_fase", "verder"),
        ("_open_fouten", "bewaren"),
    ]
    _, vrager = draai(stuk(), script)
    (bevestiging,) = [v for v in vrager.gevraagd if v.sleutel == "_controle_overslaan"]
    assert bevestiging.tekst == (
        "Er staan nog één fout en één waarschuwing in je verhaal. "
        "Wil je verder zonder iets aan te passen?"
    )
    assert bevestiging.standaard == "aanpassen"
    assert bevestiging.keuzes[0].label == "Nee, ik pas ze aan"


def test_alleen_tips_vragen_geen_bevestiging() -> None:
    script = [
        ("titel", "Een dag"),
        ("stuk", "Het was mooi."),
        ("_controle", "klaar"),
        ("_fase", "verder"),
    ]
    _, vrager = draai(stuk(), script)
    assert "_controle_overslaan" not in [v.sleutel for v in vrager.gevraagd]


def test_elke_bevinding_toont_haar_ernst() -> None:
    script = [
        ("titel", "Een dag"),
        ("stuk", "Hij loopt weg. Het was heel mooi."),
        ("_controle", "0"),
        ("_controle_alinea", "Hij liep weg. Het was mooi."),
        ("_controle", "klaar"),
        ("_fase", "verder"),
    ]
    _, vrager = draai(stuk(), script)
    assert "De controle vond één fout, één waarschuwing en één tip." in vrager.uitvoer
    assert "fout · proef: loopt" in vrager.uitvoer
    assert "waarschuwing · proef: heel" in vrager.uitvoer
    assert "tip · proef: mooi" in vrager.uitvoer
    # The findings come along, with their severity, to the paragraph being fixed.
    alinea = next(v for v in vrager.gevraagd if v.sleutel == "_controle_alinea")
    assert alinea.herinneringen == (
        "fout · proef: ‘loopt’",
        "waarschuwing · proef: ‘heel’",
        "tip · proef: ‘mooi’",
    )


@pytest.mark.parametrize(
    ("stuktekst", "melding", "terug"),
    [
        ("Hij loopt weg.", "Er staat nog één fout in je verhaal.", "Terug om hem aan te passen"),
        (
            "Hij loopt weg. Zij loopt mee.",
            "Er staan nog 2 fouten in je verhaal.",
            "Terug om ze aan te passen",
        ),
    ],
)
def test_de_poort_telt_in_goed_nederlands(stuktekst: str, melding: str, terug: str) -> None:
    script = [
        ("titel", "Een dag"),
        ("stuk", stuktekst),
        ("_controle", "klaar"),
        ("_controle_overslaan", "verder"),
        ("_fase", "verder"),
        ("_open_fouten", "bewaren"),
    ]
    _, vrager = draai(stuk(), script)
    assert melding in vrager.uitvoer
    poort = next(v for v in vrager.gevraagd if v.sleutel == "_open_fouten")
    assert poort.keuzes[0].label == terug
    # The check phase and the gate looked at the same text: the reminder is a sentence.
    assert not any(r.startswith("Je verhaal is niet veranderd") for r in vrager.uitvoer)


def test_ongewijzigd_is_een_hele_zin_met_het_eigen_woord_van_de_werkvorm() -> None:
    product = "product: {enkelvoud: logline, meervoud: loglines, lidwoord: de}"
    script = [
        ("titel", "Een dag"),
        ("stuk", "Hij loopt weg."),
        ("_controle", "0"),
        ("_controle_alinea", "Hij loopt weg."),  # unchanged
        ("_controle", "klaar"),
        ("_fase", "verder"),
        ("_open_fouten", "bewaren"),
    ]
    _, vrager = draai(stuk(product), script)
    assert (
        "Je logline is niet veranderd sinds de vorige controle; die vond één fout."
        in vrager.uitvoer
    )
    assert "Er staat nog één fout in je logline." in vrager.uitvoer
    herschrijf = next(v for v in vrager.gevraagd if v.sleutel == "stuk")
    assert herschrijf.uitleg is not None and "de logline" in herschrijf.uitleg


def test_een_werkvorm_zonder_product_schrijft_een_verhaal() -> None:
    assert stuk().product.met_lidwoord == "het verhaal"
    logline = stuk("product: {enkelvoud: logline, meervoud: loglines, lidwoord: de}")
    assert (logline.product.enkelvoud, logline.product.verwijzing) == ("logline", "hij")


@pytest.mark.parametrize(
    ("aantal", "tekst"),
    [
        (1, "Let op: er staat nog één fout open; die staat bovenaan x.md onder 'controle'."),
        (3, "Let op: er staan nog 3 fouten open; ze staan bovenaan x.md onder 'controle'."),
    ],
)
def test_open_fouten_na_bewaren(aantal: int, tekst: str) -> None:
    assert open_fouten_melding(aantal, "x.md") == tekst


def test_een_onbekend_lidwoord_is_een_schemafout() -> None:
    from verhaal.errors import SchemaFout

    with pytest.raises(SchemaFout, match=r"product\.lidwoord: het lidwoord is 'de' of 'het'"):
        stuk("product: {enkelvoud: droom, meervoud: dromen, lidwoord: een}")
    with pytest.raises(SchemaFout, match="meervoud"):
        stuk("product: {enkelvoud: droom, lidwoord: de}")


def test_de_plotvraag_wordt_gecontroleerd_zoals_controleer_hem_ziet() -> None:
    # The proef werkvorm keeps its plotvraag on the story's front matter: the flow checks
    # the text the file will share, so a number there is found and can be fixed here.
    from pathlib import Path

    from verhaal.werkvorm import lees_werkvorm

    proef = lees_werkvorm(Path(__file__).parent / "data" / "werkvormen_proef" / "proef.yaml")
    script = [
        ("held", "een stille jongen"),
        ("plotvraag", "Zou het hem lukken om loopt te zeggen?"),
        ("zintuigen", ["zien"]),
        ("besproken", False),
        ("_fase", "verder"),
        ("variant", "kort"),
        ("verhaal", "Er was eens een jongen die naar school liep."),
        ("verhaal", "Tot slot lachte hij."),
        ("titel", "De jongen"),
        ("_fase", "verder"),
        ("_controle", "plotvraag"),
        ("_controle_plotvraag", "Zou het hem lukken om weer te lachen?"),
        ("_controle", "klaar"),
        ("beeld", None),
        ("_fase", "verder"),
        ("herschreven", None),
        ("_fase", "verder"),
    ]
    verloop, vrager = draai(proef, script)
    eerste = menu(vrager)[0]
    assert eerste.standaard == "plotvraag"
    assert "De plotvraag (één fout)" in [k.label for k in eerste.keuzes]
    (bevinding,) = vrager.bevindingen
    assert (bevinding.plek, bevinding.kern) == ("plotvraag", "loopt")
    assert verloop.staat.antwoorden["plotvraag"] == "Zou het hem lukken om weer te lachen?"
    assert verloop.controleer() == []
