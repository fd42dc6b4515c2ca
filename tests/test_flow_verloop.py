"""The flow engine driven by scripted answers: phases, navigation, validation, story kinds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from verhaal.checker import Bevinding, CheckConfig
from verhaal.errors import Onderbroken
from verhaal.flow import (
    ONDERBREEK,
    STANDAARD,
    AntwoordenVrager,
    GescripteVrager,
    Verloop,
    bewaar_verhaal,
    lees_verhaalbestand,
)
from verhaal.werkvorm import Werkvorm, laad_werkvorm, lees_werkvorm
from verhaal.yamlbron import lees_yaml_tekst

PROEF = Path(__file__).parent / "data" / "werkvormen_proef" / "proef.yaml"


@pytest.fixture
def proef() -> Werkvorm:
    return lees_werkvorm(PROEF)


def nep_check(tekst: str, config: CheckConfig) -> list[Bevinding]:
    """A tiny stand-in checker: 'loopt' is present tense, 'vijf' a number.

    The engine's job is to show findings and let the teacher fix them; the real rules
    are tested on their own. The configuration still arrives, so the names can be checked.
    """
    bevindingen = []
    for woord, regel, suggestie in (
        ("loopt", "tegenwoordige-tijd", "liep"),
        ("vijf", "getal", None),
    ):
        for treffer in re.finditer(rf"\b{woord}\b", tekst):
            bevindingen.append(
                Bevinding(
                    regel,
                    "fout",
                    treffer.start(),
                    treffer.end(),
                    woord,
                    f"'{woord}' mag niet.",
                    suggestie,
                )
            )
    for naam in config.namen:
        for treffer in re.finditer(rf"\b{re.escape(naam)}\b", tekst):
            bevindingen.append(
                Bevinding("naam", "fout", treffer.start(), treffer.end(), naam, "naam", None)
            )
    return sorted(bevindingen, key=lambda b: b.start)


BOUWSTENEN = [
    ("held", "een stille jongen"),
    ("plotvraag", "Zou het hem lukken?"),
    ("zintuigen", ["zien", "ruiken"]),
    ("besproken", False),
    ("_fase", "verder"),
]
SCHRIJVEN = [
    ("variant", "kort"),
    ("verhaal", "Er was eens een jongen die naar school loopt."),
    ("verhaal", "Tot slot lachte hij."),
    ("titel", "De jongen"),
    ("_fase", "verder"),
]


def draai(werkvorm: Werkvorm, script: list[Any], **opties: Any) -> tuple[Verloop, GescripteVrager]:
    vrager = GescripteVrager(script)
    verloop = Verloop(werkvorm, vrager, check=nep_check, **opties)
    return verloop, vrager


def test_volledige_ronde_met_controle_en_verbetering(proef: Werkvorm) -> None:
    script = [
        *BOUWSTENEN,
        *SCHRIJVEN,
        ("_controle", "0"),
        ("_controle_alinea", "Er was eens een jongen die naar school liep."),
        ("_controle", "klaar"),
        ("beeld", None),
        ("_fase", "verder"),
        ("herschreven", STANDAARD),
        ("_fase", "verder"),
    ]
    verloop, vrager = draai(proef, script)
    uitkomst = verloop.voer_uit()

    assert uitkomst.klaar
    assert vrager.over == 0
    assert uitkomst.bevindingen == []
    assert verloop.titel == "De jongen"
    assert uitkomst.staat.alineas == [
        "Er was eens een jongen die naar school liep.",
        "Tot slot lachte hij.",
    ]
    # Progress lines, and the reminder of the hero before the first paragraph.
    assert "Fase 1 van 4 · Bouwstenen" in vrager.uitvoer
    assert "Fase 4 van 4 · Herschrijven" in vrager.uitvoer
    assert "Held: een stille jongen" in vrager.uitvoer
    assert "Plotvraag: Zou het hem lukken?" in vrager.uitvoer
    # The finding was shown in its sentence, with the suggestion and the paragraph.
    (bevinding,) = vrager.bevindingen
    assert (bevinding.plek, bevinding.kern, bevinding.suggestie) == ("alinea 1", "loopt", "liep")
    assert bevinding.voor.endswith("naar school ")
    assert bevinding.na == "."
    # After the fix the re-check is clean.
    assert "De controle vond niets: je verhaal volgt de schrijfregels." in vrager.uitvoer
    # The condition on 'besproken' kept 'gesprek' from being asked.
    assert "gesprek" not in [v.sleutel for v in vrager.gevraagd]


def test_zinsstarter_staat_voorgevuld_en_alleen_het_begin_is_overgeslagen(proef: Werkvorm) -> None:
    script = [
        *BOUWSTENEN,
        ("variant", "lang"),
        ("verhaal", STANDAARD),  # only the prefilled opening: skipped paragraph
        ("verhaal", "Toen bleek hij moe."),
        ("verhaal", "Tot slot sliep hij."),
        ("titel", "Moe"),
        ("_fase", "stop"),
    ]
    verloop, vrager = draai(proef, script)
    uitkomst = verloop.voer_uit()
    alinea_vragen = [v for v in vrager.gevraagd if v.sleutel == "verhaal"]
    assert [v.standaard for v in alinea_vragen] == ["Er was eens ", "Toen bleek ", "Tot slot "]
    assert [(v.index, v.aantal) for v in alinea_vragen] == [(0, 3), (1, 3), (2, 3)]
    assert alinea_vragen[1].tekst == "Alinea 2 van 3 · Toen bleek ..."
    assert uitkomst.klaar is False
    assert uitkomst.staat.alineas == ["Toen bleek hij moe.", "Tot slot sliep hij."]
    assert uitkomst.staat.antwoorden["verhaal"] == [
        "",
        "Toen bleek hij moe.",
        "Tot slot sliep hij.",
    ]


def test_voorwaarde_stelt_vervolgvraag_alleen_als_die_geldt(proef: Werkvorm) -> None:
    script = [
        ("held", "een meisje"),
        ("plotvraag", None),
        ("zintuigen", []),
        ("besproken", True),
        ("gesprek", "Mijn collega zag meer moed dan ik."),
        ("_fase", "stop"),
    ]
    verloop, _ = draai(proef, script)
    staat = verloop.voer_uit().staat
    assert staat.antwoorden["gesprek"] == "Mijn collega zag meer moed dan ik."
    assert staat.antwoorden["plotvraag"] is None


def test_ongeldige_antwoorden_worden_opnieuw_gevraagd(proef: Werkvorm) -> None:
    script = [
        ("held", ""),  # required
        ("held", "een jongen die heel erg graag buiten speelde na school"),  # > 8 words
        ("held", "een jongen"),
        ("plotvraag", None),
        ("zintuigen", ["proeven"]),  # not a choice
        ("zintuigen", ["Horen"]),  # labels and case are accepted
        ("besproken", "misschien"),
        ("besproken", "nee"),
        ("_fase", "stop"),
    ]
    verloop, vrager = draai(proef, script)
    staat = verloop.voer_uit().staat
    assert vrager.meldingen == [
        "Deze vraag is verplicht; vul iets in.",
        "Houd het bij hoogstens 8 woorden (nu 10).",
        "'proeven' is geen van de keuzes (kies uit: zien, horen, ruiken).",
        "Antwoord met ja of nee.",
    ]
    assert staat.antwoorden["held"] == "een jongen"
    assert staat.antwoorden["zintuigen"] == ["horen"]
    assert staat.antwoorden["besproken"] is False
    # The rejected text comes back as the default, so nothing typed is lost.
    held_vragen = [v for v in vrager.gevraagd if v.sleutel == "held"]
    assert held_vragen[2].standaard == "een jongen die heel erg graag buiten speelde na school"


def test_naam_van_de_leerling_wordt_geweigerd(proef: Werkvorm) -> None:
    script = [
        ("held", "Daantje, een stille jongen"),
        ("held", "een stille jongen"),
        ("plotvraag", "Zou het Daan's dag worden?"),
        ("plotvraag", "Zou het zijn dag worden?"),
        ("zintuigen", []),
        ("besproken", False),
        ("_fase", "stop"),
    ]
    verloop, vrager = draai(proef, script, namen=["Daan"])
    staat = verloop.voer_uit().staat
    assert len(vrager.meldingen) == 2
    assert all("naam van de leerling" in m for m in vrager.meldingen)
    assert "daan" not in repr(staat.als_data()).lower()


def test_terug_naar_eerdere_fase_en_daarna_verder_waar_je_was(proef: Werkvorm) -> None:
    script = [
        *BOUWSTENEN,
        *SCHRIJVEN[:-1],
        ("_fase", "terug"),
        ("_terug", "0"),
        # Phase 1 again: earlier answers are the defaults.
        ("held", STANDAARD),
        ("plotvraag", "Zou hij weer lachen?"),
        ("zintuigen", STANDAARD),
        ("besproken", STANDAARD),
        ("_fase", "verder"),
        # Back where we were: phase 3, not phase 2 again.
        ("_controle", "klaar"),
        ("_controle_overslaan", "verder"),
        ("beeld", None),
        ("_fase", "stop"),
    ]
    verloop, vrager = draai(proef, script)
    verloop.voer_uit()
    gevraagd = [v.sleutel for v in vrager.gevraagd]
    assert gevraagd.count("variant") == 1
    herhaald = [v for v in vrager.gevraagd if v.sleutel == "held"][1]
    assert herhaald.standaard == "een stille jongen"
    assert verloop.staat.antwoorden["plotvraag"] == "Zou hij weer lachen?"
    assert (
        "Fase 1 van 4 · Bouwstenen"
        in vrager.uitvoer[vrager.uitvoer.index("Fase 2 van 4 · Schrijven") :]
    )


def test_fase_opnieuw_doen(proef: Werkvorm) -> None:
    script = [
        *BOUWSTENEN[:-1],
        ("_fase", "opnieuw"),
        ("held", "een lange jongen"),
        ("plotvraag", STANDAARD),
        ("zintuigen", STANDAARD),
        ("besproken", STANDAARD),
        ("_fase", "stop"),
    ]
    verloop, _ = draai(proef, script)
    staat = verloop.voer_uit().staat
    assert staat.antwoorden["held"] == "een lange jongen"
    assert staat.antwoorden["zintuigen"] == ["zien", "ruiken"]
    assert staat.fasen_klaar == ["bouwstenen"]


def test_open_fouten_terug_om_aan_te_passen(proef: Werkvorm) -> None:
    script = [
        *BOUWSTENEN,
        *SCHRIJVEN,
        ("_controle", "klaar"),
        ("_controle_overslaan", "verder"),
        ("beeld", "De school is goed te zien."),
        ("_fase", "verder"),
        ("herschreven", STANDAARD),
        ("_fase", "verder"),
        ("_open_fouten", "aanpassen"),
        # Only the controle question is asked again, not 'beeld'.
        ("_controle", "0"),
        ("_controle_alinea", "Er was eens een jongen die naar school liep."),
        ("_controle", "klaar"),
        ("_fase", "verder"),
    ]
    verloop, vrager = draai(proef, script)
    uitkomst = verloop.voer_uit()
    assert uitkomst.klaar and uitkomst.open_fouten == []
    assert vrager.over == 0
    assert [v.sleutel for v in vrager.gevraagd].count("beeld") == 1
    assert verloop.staat.antwoorden["beeld"] == "De school is goed te zien."


def test_toch_bewaren_zet_open_fouten_in_het_verhaal(proef: Werkvorm, tmp_path: Path) -> None:
    script = [
        *BOUWSTENEN,
        *SCHRIJVEN,
        ("_controle", "klaar"),
        ("_controle_overslaan", "verder"),
        ("beeld", None),
        ("_fase", "verder"),
        ("herschreven", STANDAARD),
        ("_fase", "verder"),
        ("_open_fouten", "bewaren"),
    ]
    verloop, _ = draai(proef, script)
    uitkomst = verloop.voer_uit()
    assert [b.tekst for b in uitkomst.open_fouten] == ["loopt"]
    bewaard = bewaar_verhaal(verloop, uitkomst, tmp_path / "jongen.md")
    verhaal = lees_verhaalbestand(bewaard.verhaal)
    assert verhaal.voorkant["controle"] == {
        "fouten": 1,
        "waarschuwingen": 0,
        "tips": 0,
        "open": ["tegenwoordige-tijd: ‘loopt’: 'loopt' mag niet."],
    }
    assert verhaal.titel == "De jongen"
    assert verhaal.alineas == [
        "Er was eens een jongen die naar school loopt.",
        "Tot slot lachte hij.",
    ]


def test_herschrijven_vervangt_het_hele_verhaal_en_controleert_opnieuw(proef: Werkvorm) -> None:
    script = [
        *BOUWSTENEN,
        *SCHRIJVEN,
        ("_controle", "titel"),
        ("_controle_titel", "De jongen en de vijf bomen"),
        ("_controle", "klaar"),
        ("beeld", None),
        ("_fase", "verder"),
        (
            "herschreven",
            "Er was eens een jongen.\n\nHij liep naar school.\n\n\nTot slot lachte hij.",
        ),
        ("_fase", "verder"),
        ("_open_fouten", "bewaren"),
    ]
    verloop, vrager = draai(proef, script)
    uitkomst = verloop.voer_uit()
    assert uitkomst.staat.alineas == [
        "Er was eens een jongen.",
        "Hij liep naar school.",
        "Tot slot lachte hij.",
    ]
    # The title was changed in the check phase and is now the one finding left.
    assert [(b.regel, b.tekst) for b in uitkomst.bevindingen] == [("getal", "vijf")]
    assert verloop.in_context(uitkomst.bevindingen[0]).plek == "titel"
    herschrijf = next(v for v in vrager.gevraagd if v.sleutel == "herschreven")
    assert (
        herschrijf.standaard
        == "Er was eens een jongen die naar school loopt.\n\nTot slot lachte hij."
    )


def test_antwoordenbestand_loopt_hetzelfde_verloop(proef: Werkvorm) -> None:
    tekst = (
        "held: een stille jongen\n"
        "zintuigen: [zien]\n"
        "variant: lang\n"
        "verhaal:\n"
        "  - Er was eens een jongen.\n"
        "  -\n"
        "  - Tot slot loopt hij weg.\n"
        "titel: Weg\n"
    )
    uitvoer: list[str] = []
    vrager = AntwoordenVrager(lees_yaml_tekst(tekst, "a.yaml"), proef, uitvoer.append)
    uitkomst = Verloop(proef, vrager, check=nep_check).voer_uit()
    assert uitkomst.klaar
    assert uitkomst.staat.alineas == ["Er was eens een jongen.", "Tot slot loopt hij weg."]
    assert [b.tekst for b in uitkomst.open_fouten] == ["loopt"]
    assert uitvoer[0] == "Fase 1 van 4 · Bouwstenen"
    assert any("«loopt»" in regel and "→ liep" in regel for regel in uitvoer)


def test_stapsgewijs_heeft_zeven_fasen_en_beide_reeksen() -> None:
    werkvorm = laad_werkvorm("stapsgewijs")
    assert [f.titel for f in werkvorm.fasen] == [
        "Kaderen",
        "Ophalen en kiezen",
        "Informatie verzamelen",
        "Narratieve structuur",
        "Vastleggen",
        "Controleren en aanvullen",
        "Herschrijven",
    ]
    assert all(f.duur for f in werkvorm.fasen)
    slot = {k: v.starters[-1].tekst for k, v in werkvorm.zinsstarters.items()}
    assert slot == {
        "dag-uit-het-leven": "Aan het einde van de dag ...",
        "er-was-eens": "Tot slot ...",
    }
    ingredienten = {
        "held",
        "oproep",
        "draken",
        "hulp",
        "climax",
        "einde",
        "plotvraag",
        "sleutelmomenten",
    }
    assert ingredienten <= {v.id for v in werkvorm.fasen[3].vragen}
    assert {v.soort for v in werkvorm.fasen[5].vragen} >= {"controle"}
    assert [v.id for v in werkvorm.fasen[5].vragen][1:] == ["beeld", "effect", "boodschap"]
    assert werkvorm.fasen[6].vragen[0].soort == "herschrijf"


HERSCHRIJF_DAN_CONTROLE = """\
id: kort-stuk
titel: Een kort stuk
uitleg: Schrijf een kort stuk en controleer het.
fasen:
  - id: schrijven
    titel: Schrijven
    uitleg: Schrijf het stuk.
    vragen:
      - {id: stuk, soort: herschrijf, vraag: "Schrijf je stuk.", verplicht: true}
      - {id: controle, soort: controle, vraag: "Welk stuk wil je aanpassen?"}
"""


def _kort_stuk() -> Werkvorm:
    from verhaal.werkvorm.schema import werkvorm_uit_yaml

    return werkvorm_uit_yaml(lees_yaml_tekst(HERSCHRIJF_DAN_CONTROLE, "kort-stuk.yaml"))


def test_herschrijf_gevolgd_door_controle_toont_elke_bevinding_een_keer() -> None:
    # As in 'verhaal werkvorm doe logline': the check question right after the rewrite
    # shows the findings; the rewrite itself must not show them first.
    script = [
        ("stuk", "De jongen loopt naar huis."),
        ("_controle", "0"),
        ("_controle_alinea", "De jongen liep naar huis."),
        ("_controle", "klaar"),
        ("_fase", "verder"),
    ]
    verloop, vrager = draai(_kort_stuk(), script)
    assert verloop.voer_uit().klaar
    assert [b.kern for b in vrager.bevindingen] == ["loopt"]
    assert [r for r in vrager.uitvoer if r.startswith("De controle vond")] == [
        "De controle vond één fout.",
        "De controle vond niets: je verhaal volgt de schrijfregels.",
    ]


def test_herschrijf_gevolgd_door_controle_uit_een_antwoordenbestand() -> None:
    uitvoer: list[str] = []
    werkvorm = _kort_stuk()
    bron = lees_yaml_tekst("stuk: De jongen loopt naar huis.\n", "a.yaml")
    Verloop(werkvorm, AntwoordenVrager(bron, werkvorm, uitvoer.append), check=nep_check).voer_uit()
    assert sum("«loopt»" in regel for regel in uitvoer) == 1


def test_ongewijzigd_verhaal_wordt_niet_opnieuw_helemaal_getoond(proef: Werkvorm) -> None:
    # Phase 4 (herschrijven) keeps the text as it was in phase 3: its findings were just
    # shown, so the teacher gets a short reminder instead of the same list again.
    script = [
        *BOUWSTENEN,
        *SCHRIJVEN,
        ("_controle", "klaar"),
        ("_controle_overslaan", "verder"),
        ("beeld", None),
        ("_fase", "verder"),
        ("herschreven", STANDAARD),
        ("_fase", "verder"),
        ("_open_fouten", "bewaren"),
    ]
    verloop, vrager = draai(proef, script)
    verloop.voer_uit()
    # Once in the check phase, once more at the gate before saving (where it is the point).
    getoond = [b.kern for b in vrager.bevindingen]
    assert getoond == ["loopt", "loopt"]
    assert any("niet veranderd" in regel for regel in vrager.uitvoer)


def test_na_teruggaan_noemt_het_menu_de_fase_waar_je_verdergaat(proef: Werkvorm) -> None:
    script = [
        *BOUWSTENEN,
        *SCHRIJVEN[:-1],
        ("_fase", "terug"),
        ("_terug", "0"),
        ("held", STANDAARD),
        ("plotvraag", STANDAARD),
        ("zintuigen", STANDAARD),
        ("besproken", STANDAARD),
        ("_fase", "stop"),
    ]
    verloop, vrager = draai(proef, script)
    verloop.voer_uit()
    menus = [v for v in vrager.gevraagd if v.sleutel == "_fase"]
    assert menus[0].keuzes[0].label == "Door naar fase 2 · Schrijven"
    # Back in phase 1 after phase 2: 'on' goes to phase 3, where the teacher was.
    assert menus[-1].keuzes[0].label == "Door naar fase 3 · Controleren"
    assert any("Je gaat terug naar fase 1" in regel for regel in vrager.uitvoer)


def test_geheugensteun_hoort_bij_de_eigen_alinea(proef: Werkvorm) -> None:
    verloop, vrager = draai(proef, [*BOUWSTENEN, *SCHRIJVEN[:-1], ("_fase", "stop")])
    verloop.voer_uit()
    alineas = [v for v in vrager.gevraagd if v.sleutel == "verhaal"]
    assert alineas[0].herinneringen == ("Held: een stille jongen",)
    assert alineas[1].herinneringen == ("Plotvraag: Zou het hem lukken?",)


def test_bij_het_verbeteren_staan_de_bevindingen_van_die_alinea_erbij(proef: Werkvorm) -> None:
    script = [
        *BOUWSTENEN,
        *SCHRIJVEN,
        ("_controle", "0"),
        ("_controle_alinea", "Er was eens een jongen die naar school liep."),
        ("_controle", "1"),
        ("_controle_alinea", STANDAARD),
        ("_controle", "klaar"),
        ("beeld", None),
        ("_fase", "stop"),
    ]
    verloop, vrager = draai(proef, script)
    verloop.voer_uit()
    eerste, tweede = (v for v in vrager.gevraagd if v.sleutel == "_controle_alinea")
    assert eerste.herinneringen == ("fout · tegenwoordige-tijd: ‘loopt’ → liep",)
    assert tweede.herinneringen == ()


def test_een_nieuwe_ronde_begint_met_de_werkvorm_zelf(proef: Werkvorm) -> None:
    verloop, vrager = draai(proef, [*BOUWSTENEN[:-1], ("_fase", "stop")])
    verloop.voer_uit()
    assert vrager.uitvoer[:2] == [
        "Proefwerkvorm · 4 fasen",
        "Een kleine werkvorm die elke soort vraag gebruikt.",
    ]
    # Continuing later goes straight to the open phase.
    vervolg, vrager = draai(proef, [("variant", ONDERBREEK)], staat=verloop.staat)
    with pytest.raises(Onderbroken):
        vervolg.voer_uit()
    assert vrager.uitvoer[0] == "Fase 2 van 4 · Schrijven"


def test_geheugensteun_houdt_regels_uit_elkaar() -> None:
    # Key moments typed one under the other read as a list in the reminder, not as one
    # run-on sentence ('De tekening Het gesprek De tentoonstelling').
    from verhaal.flow.invullen import herinneringen

    stapsgewijs = lees_werkvorm(Path(__file__).parent.parent / "werkvormen" / "stapsgewijs.yaml")
    verloop = Verloop(stapsgewijs, GescripteVrager([]))
    momenten = "De tekening\n  Het gesprek \n\nDe tentoonstelling"
    verloop.staat.antwoorden["sleutelmomenten"] = momenten
    assert herinneringen(verloop, ["sleutelmomenten"]) == (
        "Sleutelmomenten: De tekening · Het gesprek · De tentoonstelling",
    )
