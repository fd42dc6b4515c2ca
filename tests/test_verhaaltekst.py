"""The one reader of story files: the checker, the flow and the review see the same front
matter, the same values and the same body."""

from __future__ import annotations

from datetime import date

import pytest

from verhaal.bespreking import verhaalzinnen
from verhaal.checker import lees_document
from verhaal.verhaaltekst import lees_verhaal, voorkant_data, voorkant_waarden, zoek_voorkant

VERHAAL = (
    "---\n"
    "titel: De gele regenjas\n"
    "werkvorm: stapsgewijs\n"
    "datum: 2026-11-23\n"
    "plotvraag: 'Zou het haar lukken om rustig binnen te komen?'\n"
    "controle:\n"
    "  fouten: 0\n"
    "---\n"
    "\n"
    "# De gele regenjas\n"
    "\n"
    "Er was eens een meisje met een gele regenjas.\n"
    "\n"
    "Aan het einde van de dag zwaaide ze naar de juf.\n"
)


def test_flow_en_controle_lezen_dezelfde_voorkant() -> None:
    verhaal = lees_verhaal(VERHAAL)
    doc = lees_document(VERHAAL)
    assert verhaal.voorkant == {
        "titel": "De gele regenjas",
        "werkvorm": "stapsgewijs",
        "datum": date(2026, 11, 23),
        "plotvraag": "Zou het haar lukken om rustig binnen te komen?",
        "controle": {"fouten": 0},
    }
    # The checker's spans read back as the same values the YAML gives.
    for sleutel in ("titel", "werkvorm", "plotvraag"):
        start, eind = doc.frontmatter[sleutel]
        assert VERHAAL[start:eind] == verhaal.voorkant[sleutel]
    assert verhaal.titel == "De gele regenjas"
    assert verhaal.alineas == [
        "Er was eens een meisje met een gele regenjas.",
        "Aan het einde van de dag zwaaide ze naar de juf.",
    ]
    # The review offers the story's own sentences: nothing from the front matter.
    assert verhaalzinnen(VERHAAL) == verhaal.alineas


@pytest.mark.parametrize(
    "tekst",
    [
        "--- \ntitel: X\n---\nTekst.\n",  # a space after the opening dashes: no front matter
        "---\ntitel: nooit gesloten\nTekst.\n",
        "Tekst.\n---\ntitel: X\n---\n",
        "",
    ],
)
def test_geen_voorkant_is_voor_iedereen_geen_voorkant(tekst: str) -> None:
    assert zoek_voorkant(tekst) is None
    assert lees_verhaal(tekst).voorkant == {}
    assert lees_verhaal(tekst).lichaam_start == 0
    assert not any(b.soort == "frontmatter" for b in lees_document(tekst).blokken)


def test_crlf_en_punten_sluiten_de_voorkant_ook() -> None:
    for tekst in ("---\r\ntitel: X\r\n---\r\nTekst.\r\n", "---\ntitel: X\n...\nTekst.\n"):
        voorkant = zoek_voorkant(tekst)
        assert voorkant is not None
        assert tekst[voorkant.lichaam_start :].startswith("Tekst.")
        assert lees_verhaal(tekst).voorkant == {"titel": "X"}
        assert lees_verhaal(tekst).alineas == ["Tekst."]


def test_ongeldige_voorkant_telt_als_geen() -> None:
    # Through the one YAML reader: a duplicate key is invalid, the story stays readable.
    tekst = "---\ntitel: A\ntitel: B\n---\n\nTekst.\n"
    assert voorkant_data(tekst) == {}
    assert lees_verhaal(tekst).alineas == ["Tekst."]
    assert voorkant_data("---\n- een lijst\n---\n") == {}


def test_waarden_weten_bij_welke_sleutel_ze_horen() -> None:
    tekst = "---\nplotvraag: >-\n  Zou het lukken\n  om te komen?\nthema: [a, b]\n---\n"
    voorkant = zoek_voorkant(tekst)
    assert voorkant is not None
    waarden, _ = voorkant_waarden(tekst, voorkant)
    assert [(w.sleutel, tekst[w.start : w.eind], w.flowlijst) for w in waarden] == [
        ("plotvraag", "Zou het lukken", False),
        ("plotvraag", "om te komen?", False),
        ("thema", "[a, b]", True),
    ]
    # Keys whose values are notes are left out.
    waarden, velden = voorkant_waarden(tekst, voorkant, {"thema"})
    assert {w.sleutel for w in waarden} == {"plotvraag"}
    assert tekst[slice(*velden["thema"])] == "[a, b]"
