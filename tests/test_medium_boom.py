"""The medium decision tree: the shipped tree is complete, broken trees fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from verhaal.errors import SchemaFout
from verhaal.medium import (
    ONDERWERPEN,
    TERUG,
    Keuze,
    Stap,
    Vraagknoop,
    alle_paden,
    laad_beslisboom,
    standaard_pad,
    valideer,
    wandel,
)


def test_standaard_boom_bestaat_in_werkvormen_map() -> None:
    pad = standaard_pad()
    assert pad.is_file()
    assert pad.parent.name == "beslisbomen"


def test_elk_pad_eindigt_in_een_compleet_advies() -> None:
    boom = laad_beslisboom()
    paden = list(alle_paden(boom))
    assert len(paden) >= 10
    for stappen, adviezen in paden:
        assert stappen[0][0].id == boom.begin
        assert adviezen, [k.id for _, k in stappen]
        for advies in adviezen:
            assert advies.titel and advies.waarom and advies.eerste_stap


def test_elke_vraag_en_elk_advies_ligt_op_een_pad() -> None:
    boom = laad_beslisboom()
    assert valideer(boom) == []
    gevraagd = {vraag.id for stappen, _ in alle_paden(boom) for vraag, _ in stappen}
    gegeven = {advies.id for _, adviezen in alle_paden(boom) for advies in adviezen}
    assert gevraagd == set(boom.vragen)
    assert gegeven == set(boom.adviezen)


def test_boom_gebruikt_de_vier_vragen_van_de_toolkit() -> None:
    boom = laad_beslisboom()
    assert {vraag.over for vraag in boom.vragen.values()} == set(ONDERWERPEN)
    assert boom.vragen[boom.begin].over == "publiek"


def test_boom_noemt_de_gevraagde_media() -> None:
    titels = " ".join(a.titel.lower() for a in laad_beslisboom().adviezen.values())
    for medium in (
        "teamvergadering",
        "verhaalkaart",
        "audio",
        "film",
        "nieuwsbrief",
        "intranet",
        "ouderavond",
        "studiedag",
    ):
        assert medium in titels


GOED = """\
id: proef
titel: Proefboom
begin: start
vragen:
  start:
    over: publiek
    vraag: Voor wie?
    keuzes:
      - id: a
        antwoord: Voor het team
        naar: tweede
      - id: b
        antwoord: Voor ouders
        advies: brief
  tweede:
    over: middelen
    vraag: Hoeveel tijd?
    keuzes:
      - id: kort
        antwoord: Weinig
        advies: voorlezen
      - id: lang
        antwoord: Veel
        advies: [voorlezen, brief]
adviezen:
  voorlezen:
    titel: Voorlezen
    waarom: Het kost niets.
    eerste_stap: Vraag tien minuten.
  brief:
    titel: Brief
    waarom: Ouders lezen hem.
    eerste_stap: Schrijf hem.
"""


def _schrijf(tmp_path: Path, tekst: str) -> Path:
    pad = tmp_path / "boom.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_goede_proefboom_laadt(tmp_path: Path) -> None:
    boom = laad_beslisboom(_schrijf(tmp_path, GOED))
    assert [[a.id for a in adviezen] for _, adviezen in alle_paden(boom)] == [
        ["voorlezen"],
        ["voorlezen", "brief"],
        ["brief"],
    ]


# Each broken tree: (description, replacement of a piece of GOED, expected message part).
KAPOT = [
    (
        "doodlopende vraag zonder keuzes",
        (
            GOED[GOED.index("    keuzes:\n      - id: kort") : GOED.index("adviezen:")],
            "    keuzes: []\n",
        ),
        "boom.yaml:15: vragen.tweede: een vraag heeft minstens twee keuzes nodig",
    ),
    (
        "keuze zonder vervolg",
        ("        advies: brief\n  tweede", "\n  tweede"),
        "boom.yaml:12: vragen.start.keuzes[1]: geef precies een van 'naar'",
    ),
    (
        "keuze met naar en advies",
        ("        naar: tweede\n", "        naar: tweede\n        advies: brief\n"),
        "boom.yaml:9: vragen.start.keuzes[0]: geef precies een van 'naar'",
    ),
    (
        "verwijzing naar een onbekende vraag",
        ("naar: tweede", "naar: derde"),
        "boom.yaml:11: vragen.start.keuzes[0].naar: de vraag 'derde' bestaat niet.",
    ),
    (
        "verwijzing naar een onbekend advies",
        ("advies: [voorlezen, brief]", "advies: [voorlezen, film]"),
        "boom.yaml:24: vragen.tweede.keuzes[1].advies: het advies 'film' bestaat niet.",
    ),
    (
        "kring",
        ("        advies: voorlezen\n", "        naar: start\n"),
        "boom.yaml:21: vragen.tweede.keuzes[0].naar: deze keuze maakt een kring: "
        "start -> tweede -> start.",
    ),
    (
        "onbekende beginvraag",
        ("begin: start", "begin: eerste"),
        "boom.yaml:3: begin: de beginvraag 'eerste' bestaat niet",
    ),
    (
        "onbekend onderwerp",
        ("over: middelen", "over: geld"),
        "boom.yaml:16: vragen.tweede.over: 'over' moet een van boodschap, publiek, doel, "
        "middelen zijn, niet 'geld'.",
    ),
    (
        "ontbrekende eerste stap",
        ("    eerste_stap: Schrijf hem.\n", ""),
        "boom.yaml:30: adviezen.brief: 'eerste_stap' ontbreekt.",
    ),
    (
        "dubbele sleutel",
        ("    titel: Brief\n", "    titel: Brief\n    titel: Kaart\n"),
        "boom.yaml:32: adviezen.brief.titel: deze sleutel staat er twee keer",
    ),
    (
        "dubbele keuze-id",
        ("      - id: lang", "      - id: kort"),
        "boom.yaml:22: vragen.tweede.keuzes[1]: de keuze-id 'kort' komt al eerder voor.",
    ),
    (
        "ongeldige YAML",
        ("    vraag: Hoeveel tijd?", "    vraag: [Hoeveel tijd?"),
        "boom.yaml:17: dit is geen geldige YAML",
    ),
]


@pytest.mark.parametrize(
    ("vervanging", "verwacht"), [k[1:] for k in KAPOT], ids=[k[0] for k in KAPOT]
)
def test_kapotte_boom_geeft_duidelijke_fout(
    tmp_path: Path, vervanging: tuple[str, str], verwacht: str
) -> None:
    oud, nieuw = vervanging
    assert oud in GOED
    with pytest.raises(SchemaFout) as fout:
        laad_beslisboom(_schrijf(tmp_path, GOED.replace(oud, nieuw, 1)))
    assert verwacht in fout.value.bericht


def test_vraag_met_een_keuze_loopt_dood(tmp_path: Path) -> None:
    tekst = GOED.replace(
        "      - id: lang\n        antwoord: Veel\n        advies: [voorlezen, brief]\n", ""
    )
    with pytest.raises(SchemaFout, match=r"boom\.yaml:15: vragen\.tweede: .*minstens twee keuzes"):
        laad_beslisboom(_schrijf(tmp_path, tekst))


def test_onbereikbare_vraag_en_ongebruikt_advies(tmp_path: Path) -> None:
    film = "  film:\n    titel: Film\n    waarom: Mooi.\n    eerste_stap: Draaiboek.\n"
    tekst = GOED.replace("        naar: tweede\n", "        advies: voorlezen\n") + film
    with pytest.raises(SchemaFout) as fout:
        laad_beslisboom(_schrijf(tmp_path, tekst))
    bericht = fout.value.bericht
    assert "vragen.tweede: deze vraag is onbereikbaar" in bericht
    assert "adviezen.film: dit advies wordt nooit gegeven" in bericht
    # Every problem is listed, each on its own line with file and line number.
    assert bericht.startswith("de beslisboom klopt niet:")
    assert all(":" in regel for regel in bericht.splitlines()[1:])


def test_alle_schemafouten_tegelijk(tmp_path: Path) -> None:
    tekst = GOED.replace("over: publiek", "over: iedereen").replace("titel: Brief", "kleur: rood")
    with pytest.raises(SchemaFout) as fout:
        laad_beslisboom(_schrijf(tmp_path, tekst))
    regels = fout.value.bericht.splitlines()
    assert any("vragen.start.over" in r for r in regels)
    assert any("adviezen.brief.kleur: onbekende sleutel" in r for r in regels)
    assert any("adviezen.brief: 'titel' ontbreekt." in r for r in regels)


def _kies_op_id(*ids: object) -> object:
    reeks = list(ids)

    def kies(vraag: Vraagknoop, stappen: tuple[Stap, ...]) -> Keuze | object:
        volgende = reeks.pop(0)
        if volgende is TERUG:
            return TERUG
        keuze = vraag.keuze(str(volgende))
        assert keuze is not None, (vraag.id, volgende)
        return keuze

    return kies


def test_wandel_volgt_de_keuzes(tmp_path: Path) -> None:
    boom = laad_beslisboom(_schrijf(tmp_path, GOED))
    uitkomst = wandel(boom, _kies_op_id("a", "lang"))  # type: ignore[arg-type]
    assert [s.keuze.id for s in uitkomst.stappen] == ["a", "lang"]
    assert [a.id for a in uitkomst.adviezen] == ["voorlezen", "brief"]


def test_wandel_kan_terug(tmp_path: Path) -> None:
    boom = laad_beslisboom(_schrijf(tmp_path, GOED))
    uitkomst = wandel(boom, _kies_op_id(TERUG, "a", TERUG, "b"))  # type: ignore[arg-type]
    assert [s.vraag.id for s in uitkomst.stappen] == ["start"]
    assert [a.id for a in uitkomst.adviezen] == ["brief"]


def test_keuze_op_nummer_tekst_en_id(tmp_path: Path) -> None:
    vraag = laad_beslisboom(_schrijf(tmp_path, GOED)).vragen["start"]
    assert vraag.keuze("2") is vraag.keuzes[1]
    assert vraag.keuze("voor het TEAM") is vraag.keuzes[0]
    assert vraag.keuze("b") is vraag.keuzes[1]
    assert vraag.keuze("3") is None
    assert vraag.keuze("niets") is None


def test_wandel_via_de_vrager_met_terug_en_fout_antwoord(tmp_path: Path) -> None:
    from verhaal.flow import GescripteVrager
    from verhaal.medium.antwoorden import vrager_kiezer

    boom = laad_beslisboom(_schrijf(tmp_path, GOED))
    vrager = GescripteVrager(
        [("start", "a"), ("tweede", "_terug"), ("start", "a"), ("tweede", "bestaat-niet"), "2"]
    )
    uitkomst = wandel(boom, vrager_kiezer(vrager))
    assert [a.id for a in uitkomst.adviezen] == ["voorlezen", "brief"]
    assert vrager.over == 0
    assert len(vrager.meldingen) == 1 and "kort (Weinig)" in vrager.meldingen[0]
    eerste, tweede = vrager.gevraagd[0], vrager.gevraagd[1]
    assert eerste.verplicht and [k.waarde for k in eerste.keuzes] == ["a", "b"]
    # From the second question on there is a way back.
    assert [k.waarde for k in tweede.keuzes] == ["kort", "lang", "_terug"]
    assert "Middelen · vraag 2" in vrager.uitvoer


def test_terug_houdt_de_eerdere_keuze_gemarkeerd(tmp_path: Path) -> None:
    from verhaal.flow import STANDAARD, GescripteVrager
    from verhaal.medium.antwoorden import vrager_kiezer

    boom = laad_beslisboom(_schrijf(tmp_path, GOED))
    vrager = GescripteVrager([("start", "a"), ("tweede", "_terug"), ("start", STANDAARD), "2"])
    uitkomst = wandel(boom, vrager_kiezer(vrager))
    eerste, _, weer = vrager.gevraagd[:3]
    assert eerste.standaard is None  # nothing chosen yet: the first option
    assert weer.sleutel == "start" and weer.standaard == "a"  # the cursor is on 'a' again
    assert [s.keuze.id for s in uitkomst.stappen] == ["a", "lang"]
