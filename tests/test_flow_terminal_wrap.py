"""The terminal Vrager wraps long texts at word boundaries with a hanging indent, at any
width: every continuation line starts under the first word, and no word is cut."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("rich")

from rich.console import Console

from verhaal.flow.terminal import TerminalVrager
from verhaal.flow.vrager import BevindingInContext, Vraagstuk

LANG = (
    "Getal in een tijdstip: vertel liever wanneer het gebeurde dan hoe laat het precies "
    "was, want een lezer onthoudt een moment van de dag beter dan een uur op de klok."
)
VOORSTEL = "vroeg in de ochtend, toen de eerste kinderen over het plein kwamen aanlopen"


def vrager_met_breedte(breedte: int) -> tuple[TerminalVrager, io.StringIO]:
    vrager = TerminalVrager()
    uit = io.StringIO()
    vrager.console = Console(file=uit, width=breedte, color_system=None, highlight=False)
    return vrager, uit


def blok(regels: list[str], begin: str, tot: str | None = None) -> list[str]:
    """The lines from the one starting with ``begin`` up to the one starting with ``tot``
    (or the end)."""
    start = next(i for i, r in enumerate(regels) if r.startswith(begin))
    eind = next(
        (i for i, r in enumerate(regels) if i > start and tot and r.startswith(tot)), len(regels)
    )
    return regels[start:eind]


def woorden(regels: list[str], weg: str) -> list[str]:
    return [w for r in regels for w in r.split() if w not in weg]


@pytest.mark.parametrize("breedte", [40, 80, 120])
def test_bevinding_loopt_door_onder_haar_inspringing(breedte: int) -> None:
    vrager, uit = vrager_met_breedte(breedte)
    vrager.bevinding(
        BevindingInContext(
            plek="alinea 2",
            regel="getal",
            ernst="fout",
            bericht=LANG,
            suggestie=VOORSTEL,
            voor="Op die dag kwam hij om ",
            kern="8",
            na=" uur binnen, net toen de bel ging en iedereen naar binnen liep.",
        )
    )
    regels = uit.getvalue().splitlines()
    assert all(len(r) <= breedte for r in regels)
    assert regels[0].startswith("  fout  getal · alinea 2")
    bericht = blok(regels, "    Getal", "    → ")
    assert all(r.startswith("    ") and r[4] != " " for r in bericht)
    assert woorden(bericht, "") == LANG.split()  # no word cut in two
    voorstel = blok(regels, "    → ")
    assert all(r.startswith("      ") and r[6] != " " for r in voorstel[1:])
    assert woorden(voorstel, "→") == VOORSTEL.split()
    if breedte < 80:
        assert len(bericht) > 1 and len(voorstel) > 1  # it did wrap


@pytest.mark.parametrize("breedte", [40, 80, 120])
def test_herinnering_en_melding_bij_een_vraag(breedte: int) -> None:
    vrager, uit = vrager_met_breedte(breedte)
    vrager.toon(LANG, "herinnering")
    vrager.ongeldig(Vraagstuk("x", "kort", "x"), VOORSTEL)
    regels = uit.getvalue().splitlines()
    herinnering = blok(regels, "  ↳ ", "  ! ")
    assert all(r.startswith("    ") and r[4] != " " for r in herinnering[1:])
    assert woorden(herinnering, "↳") == LANG.split()
    melding = blok(regels, "  ! ")
    assert woorden(melding, "!") == VOORSTEL.split()
    assert all(len(r) <= breedte for r in regels)


@pytest.mark.parametrize("breedte", [40, 80, 120])
def test_een_lang_antwoord_blijft_leesbaar_staan(breedte: int) -> None:
    vrager, uit = vrager_met_breedte(breedte)
    vrager._toon_antwoord(LANG + "\nTweede regel van de leraar.")
    regels = uit.getvalue().splitlines()
    antwoord = blok(regels, "  › ")
    assert all(r.startswith("    ") and r[4] != " " for r in antwoord[1:])
    assert woorden(antwoord, "›") == (LANG + " Tweede regel van de leraar.").split()
    assert all(len(r) <= breedte for r in regels)


@pytest.mark.parametrize("ruimte", [20, 35, 55])
def test_een_keuze_past_op_een_regel_en_breekt_geen_woord(ruimte: int) -> None:
    from verhaal.taal import afgekort as _passend

    label = "Alinea 1 (één fout, één waarschuwing): Onze leerlingen komen om acht uur"
    kort = _passend(label, ruimte)
    assert len(kort) <= ruimte and kort.endswith("…")
    assert label.startswith(kort[:-1])
    assert label[len(kort) - 1] in " ,:"  # cut where a word ended
    assert _passend("Afronden", ruimte) == "Afronden"
