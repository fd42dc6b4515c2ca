"""The content of the shipped werkvormen: metadata, the toolkit's chapter 4, the droom.

The schema tests (test_werkvorm_schema.py) check that every file is well-formed; these tests
check that the files say what the method needs them to say, and that the werkvormen with their
own writing rules really change what the checker reports.
"""

from __future__ import annotations

import pytest

from verhaal.checker import check
from verhaal.werkvorm import lees_werkvorm, werkvorm_bestanden, werkvormen_map
from verhaal.werkvorm.model import THEMAS, VERHAALSOORTEN, Werkvorm

BESTANDEN = werkvorm_bestanden(werkvormen_map())
WERKVORMEN = {pad.stem: lees_werkvorm(pad) for pad in BESTANDEN}

# Chapter 4 of the toolkit (4.1.1 to 4.4.2), each werkvorm under one of the four themes.
# The issue speaks of "eight"; the toolkit numbers nine, counting the logline (4.4.1).
HOOFDSTUK_4 = {
    "reis-van-de-held": ("samenwerking", "4.1.1"),
    "schrijf-je-mee": ("samenwerking", "4.1.2"),
    "plotvraag-en-sleutelmoment": ("verantwoording", "4.2.1"),
    "door-de-ogen-van": ("verantwoording", "4.2.2"),
    "sterker-van": ("leren-en-innoveren", "4.3.1"),
    "rugzak-en-eigenaarschap": ("leren-en-innoveren", "4.3.2"),
    "coach-in-het-verhaal": ("leren-en-innoveren", "4.3.3"),
    "logline": ("communicatie", "4.4.1"),
    "keuze-medium": ("communicatie", "4.4.2"),
}

VERHAAL_WERKVORMEN = {
    "reis-van-de-held",
    "plotvraag-en-sleutelmoment",
    "door-de-ogen-van",
    "sterker-van",
    "rugzak-en-eigenaarschap",
    "coach-in-het-verhaal",
}
"""Werkvormen whose steps start from a story the team already wrote."""


def _tijdbevindingen(werkvorm: Werkvorm, tekst: str) -> list[str]:
    """The spans the tense rule reports in ``tekst`` under the werkvorm's own rules."""
    return [
        b.tekst for b in check(tekst, werkvorm.check_config()) if b.regel == "tegenwoordige-tijd"
    ]


@pytest.mark.parametrize("werkvorm_id", sorted(WERKVORMEN))
def test_werkvorm_heeft_de_gegevens_voor_het_overzicht(werkvorm_id: str) -> None:
    werkvorm = WERKVORMEN[werkvorm_id]
    assert werkvorm.thema in THEMAS
    assert werkvorm.bron
    assert werkvorm.duur
    assert werkvorm.toepassing


def test_ids_zijn_uniek_en_gelijk_aan_de_bestandsnaam() -> None:
    ids = [werkvorm.id for werkvorm in WERKVORMEN.values()]
    assert len(ids) == len(set(ids))
    assert all(werkvorm.id == stem for stem, werkvorm in WERKVORMEN.items())


@pytest.mark.parametrize("werkvorm_id", sorted(HOOFDSTUK_4))
def test_werkvorm_van_hoofdstuk_4_staat_onder_het_goede_thema(werkvorm_id: str) -> None:
    thema, paragraaf = HOOFDSTUK_4[werkvorm_id]
    werkvorm = WERKVORMEN[werkvorm_id]
    assert werkvorm.thema == thema
    assert werkvorm.bron is not None and paragraaf in werkvorm.bron


def test_elk_thema_van_hoofdstuk_4_heeft_werkvormen() -> None:
    themas = {thema for thema, _ in HOOFDSTUK_4.values()}
    assert themas == set(THEMAS) - {"verhalen-verzamelen"}


def test_werkvormen_die_op_een_verhaal_bouwen_tonen_het_verhaal() -> None:
    for werkvorm_id in VERHAAL_WERKVORMEN:
        assert WERKVORMEN[werkvorm_id].gebruikt_verhaal, werkvorm_id


def test_variant_wat_als_we_niks_hadden_gedaan_hoort_bij_de_reis_van_de_held() -> None:
    variant = WERKVORMEN["wat-als-we-niks-hadden-gedaan"]
    assert variant.thema == "samenwerking"
    assert variant.bron is not None and "4.1.1" in variant.bron
    assert "wat-als-we-niks-hadden-gedaan" in WERKVORMEN["reis-van-de-held"].uitleg


@pytest.mark.parametrize(
    "werkvorm_id",
    sorted(w.id for w in WERKVORMEN.values() if w.schrijft_verhaal()),
)
def test_geschreven_tekst_wordt_gecontroleerd(werkvorm_id: str) -> None:
    """Every werkvorm that asks for a text runs the checker on it afterwards."""
    soorten = [vraag.soort for _, vraag in WERKVORMEN[werkvorm_id].vragen()]
    eerste_tekst = min(i for i, s in enumerate(soorten) if s in ("zinsstarters", "herschrijf"))
    assert "controle" in soorten[eerste_tekst:]
    assert set(soorten) & set(VERHAALSOORTEN)


VERLEDEN = "# Het lokaal\n\nDe leerling liep lachend het lokaal binnen.\n"
TEGENWOORDIG = "# Het lokaal\n\nDe leerling loopt lachend het lokaal binnen.\n"


def test_droom_keert_de_tijdregel_om() -> None:
    droom = WERKVORMEN["waarderend-onderzoek-droom"]
    assert droom.regels["tegenwoordige-tijd"].opties.get("tijd") == "tegenwoordig"
    assert _tijdbevindingen(droom, TEGENWOORDIG) == []
    assert _tijdbevindingen(droom, VERLEDEN) == ["liep"]


def test_zonder_omkering_meldt_de_tijdregel_juist_de_tegenwoordige_tijd() -> None:
    """The contrast that makes the droom's reversal meaningful: a story werkvorm."""
    deel_1 = WERKVORMEN["er-was-eens-deel-1"]
    assert _tijdbevindingen(deel_1, VERLEDEN) == []
    assert _tijdbevindingen(deel_1, TEGENWOORDIG) == ["loopt"]


def test_logline_wordt_in_de_tegenwoordige_tijd_geschreven() -> None:
    logline = WERKVORMEN["logline"]
    assert _tijdbevindingen(logline, TEGENWOORDIG) == []
    assert _tijdbevindingen(logline, VERLEDEN) == ["liep"]


def test_meegeleverd_fragment_volgt_de_eigen_schrijfregels() -> None:
    """The story fragment of 'Schrijf je mee' is a model text: the checker finds nothing."""
    werkvorm = WERKVORMEN["schrijf-je-mee"]
    vervolg = werkvorm.vraag("vervolg")
    assert vervolg is not None and isinstance(vervolg.standaard, str)
    assert check(vervolg.standaard, werkvorm.check_config()) == []


@pytest.mark.parametrize(
    ("werkvorm_id", "slot"),
    [
        ("er-was-eens-deel-2", "Tot slot ..."),
        ("werkblad-dag-uit-het-leven", "Aan het einde van de dag ..."),
    ],
)
def test_zes_zinsbeginnen_van_de_methode(werkvorm_id: str, slot: str) -> None:
    (reeks,) = WERKVORMEN[werkvorm_id].zinsstarters.values()
    teksten = [starter.tekst for starter in reeks.starters]
    assert teksten == [
        "Er was eens ...",
        "En op een vroege ochtend ...",
        "Toen bleek ...",
        "Daardoor ...",
        "Dit zorgde ervoor ...",
        slot,
    ]


def test_actietabel_van_waarderend_onderzoek_vraagt_elke_kolom() -> None:
    """The action table: who, when, whom you tell, what you do tomorrow, when we return."""
    werkvorm = WERKVORMEN["waarderend-onderzoek"]
    pitchen = next(fase for fase in werkvorm.fasen if fase.id == "pitchen")
    ids = {vraag.id for vraag in pitchen.vragen}
    assert {
        "actie",
        "actie-wie",
        "actie-wanneer",
        "actie-vertellen",
        "actie-morgen",
        "actie-terugkomen",
    } <= ids
    morgen = werkvorm.vraag("actie-morgen")
    assert morgen is not None and morgen.verplicht and "MORGEN" in morgen.vraag


def test_leerlingarena_vraagt_niet_naar_personen() -> None:
    """The arena's example questions are about what happens, never about a named person."""
    arena = next(f for f in WERKVORMEN["scholendag"].fasen if f.id == "leerlingarena")
    voorbeelden = [r for r in arena.uitleg.splitlines() if r.lstrip().startswith("- ")]
    assert len(voorbeelden) >= 5
    for regel in voorbeelden:
        assert "juf" not in regel.lower() and "meester" not in regel.lower()
    bevindingen = check("\n".join(voorbeelden), None)
    assert not [b for b in bevindingen if b.regel == "naam"]
