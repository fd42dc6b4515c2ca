"""The story file: writing, reading back, file names, and never overwriting unasked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from verhaal.checker import Bevinding
from verhaal.errors import InvoerFout
from verhaal.flow import (
    AntwoordenVrager,
    GescripteVrager,
    Staat,
    Verloop,
    aantekeningen_markdown,
    kies_verhaalpad,
    lees_verhaal,
    verhaal_markdown,
)
from verhaal.flow.verhaalbestand import bestandsnaam
from verhaal.werkvorm import Werkvorm, lees_werkvorm
from verhaal.yamlbron import lees_yaml_tekst

PROEF = Path(__file__).parent / "data" / "werkvormen_proef" / "proef.yaml"


@pytest.fixture
def proef() -> Werkvorm:
    return lees_werkvorm(PROEF)


ANTWOORDEN = {
    "held": "een stille jongen",
    "plotvraag": "Zou het lukken?",
    "zintuigen": ["zien", "horen"],
    "besproken": True,
    "gesprek": "Eerst dit.\nDan dat.",
    "variant": "kort",
    "titel": "De stille jongen",
    "beeld": None,
}


def test_verhaal_schrijven_en_teruglezen(proef: Werkvorm) -> None:
    bevinding = Bevinding("getal", "fout", 0, 4, "vijf", "Geen getallen.", "een paar")
    tekst = verhaal_markdown(
        proef,
        ANTWOORDEN,
        "De stille jongen",
        ["Er was eens een jongen.", "Tot slot lachte hij."],
        bevindingen=[bevinding],
        datum=date(2025, 3, 14),
    )
    assert tekst.startswith(
        "---\ntitel: De stille jongen\nwerkvorm: proef\ndatum: 2025-03-14\n"
        "plotvraag: Zou het lukken?\ncontrole:\n"
    )
    assert tekst.endswith(
        "---\n\n# De stille jongen\n\nEr was eens een jongen.\n\nTot slot lachte hij.\n"
    )
    verhaal = lees_verhaal(tekst)
    assert verhaal.titel == "De stille jongen"
    assert verhaal.alineas == ["Er was eens een jongen.", "Tot slot lachte hij."]
    # Only title, werkvorm, date, plotvraag and the check summary: the ingredients and
    # every other answer are notes, in the notes file.
    assert list(verhaal.voorkant) == ["titel", "werkvorm", "datum", "plotvraag", "controle"]
    assert verhaal.voorkant["datum"] == date(2025, 3, 14)
    assert verhaal.voorkant["controle"]["open"] == ["getal: ‘vijf’: Geen getallen."]
    assert tekst[verhaal.lichaam_start :].startswith("\n# De stille jongen")


def test_lezen_zonder_voorkant_en_met_kapotte_voorkant() -> None:
    kaal = lees_verhaal("# Titel\n\nEen alinea\nover twee regels.\n\nNog een.\n")
    assert (kaal.titel, kaal.alineas, kaal.voorkant) == (
        "Titel",
        ["Een alinea\nover twee regels.", "Nog een."],
        {},
    )
    kapot = lees_verhaal("---\ntitel: [open\n---\nTekst.\n")
    assert kapot.voorkant == {} and kapot.alineas == ["Tekst."]
    alleen_voorkant = lees_verhaal("---\ntitel: Uit de voorkant\n---\n\nTekst.\n")
    assert alleen_voorkant.titel == "Uit de voorkant"


def test_aantekeningen_per_fase(proef: Werkvorm) -> None:
    tekst = aantekeningen_markdown(
        proef, ANTWOORDEN, titel="De stille jongen", datum=date(2025, 3, 14), verhaal="stil.md"
    )
    assert "<!-- verhaal: uit -->" in tekst
    assert "# Aantekeningen bij 'De stille jongen'" in tekst
    assert "## Fase 1 · Bouwstenen" in tekst
    assert "**Welke zintuigen spelen mee?**\n\n- zien\n- horen\n" in tekst
    assert "**Heb je het besproken?**\n\nja\n" in tekst
    # The teacher's line breaks stay (a hard break), no bullets are added.
    assert "**Wat kwam eruit?**\n\nEerst dit.  \nDan dat.\n" in tekst
    assert "**Wie is de held?**\n\neen stille jongen\n" in tekst  # the ingredients are here
    assert "**Welke reeks?**\n\nKort verhaal\n" in tekst
    assert "Welke titel?" not in tekst  # the title is the story's, not a note
    assert "Is de plek te zien?" not in tekst  # skipped
    assert "## Fase 3" not in tekst  # nothing answered there


@pytest.mark.parametrize(
    ("titel", "naam"),
    [
        ("De rode rugzak", "de-rode-rugzak.md"),
        ("Één café, één crème!", "een-cafe-een-creme.md"),
        (None, "verhaal.md"),
        ("???", "verhaal.md"),
    ],
)
def test_bestandsnaam_uit_titel(titel: str | None, naam: str) -> None:
    assert bestandsnaam(titel) == naam


def _verloop(proef: Werkvorm, vrager: object) -> Verloop:
    staat = Staat(werkvorm="proef", antwoorden={"titel": "Stil"}, alineas=["Er was eens."])
    return Verloop(proef, vrager, staat=staat)  # type: ignore[arg-type]


def test_bestaand_bestand_andere_naam_kiezen(proef: Werkvorm, tmp_path: Path) -> None:
    (tmp_path / "stil.md").write_text("oud", encoding="utf-8")
    vrager = GescripteVrager([("_overschrijven", "andere-naam"), ("_uit", str(tmp_path / "nieuw"))])
    pad = kies_verhaalpad(_verloop(proef, vrager), None, overschrijf=False, map_=tmp_path)
    assert pad == tmp_path / "nieuw.md"
    voorstel = vrager.gevraagd[1].standaard
    assert voorstel == str(tmp_path / "stil-2.md")


def test_bestaand_bestand_vervangen_na_bevestiging(proef: Werkvorm, tmp_path: Path) -> None:
    (tmp_path / "stil.md").write_text("oud", encoding="utf-8")
    vrager = GescripteVrager([("_overschrijven", "overschrijven")])
    assert kies_verhaalpad(_verloop(proef, vrager), None, overschrijf=False, map_=tmp_path) == (
        tmp_path / "stil.md"
    )


def test_bestaand_bestand_zonder_terminal(proef: Werkvorm, tmp_path: Path) -> None:
    (tmp_path / "stil.md").write_text("oud", encoding="utf-8")
    vrager = AntwoordenVrager(lees_yaml_tekst("", "a.yaml"), proef)
    with pytest.raises(InvoerFout, match="bestaat al"):
        kies_verhaalpad(_verloop(proef, vrager), None, overschrijf=False, map_=tmp_path)
    assert kies_verhaalpad(_verloop(proef, vrager), None, overschrijf=True, map_=tmp_path) == (
        tmp_path / "stil.md"
    )
