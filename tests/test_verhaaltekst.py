"""The one reader of story files: the checker, the flow and the review see the same front
matter, the same values and the same body."""

from __future__ import annotations

from datetime import date

import pytest

from verhaal.bespreking import verhaalzinnen
from verhaal.checker import lees_document
from verhaal.verhaaltekst import (
    lees_verhaal,
    voorkant_data,
    voorkant_fout,
    voorkant_waarden,
    zoek_voorkant,
)

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


@pytest.mark.parametrize(
    ("tekst", "plek", "uitleg"),
    [
        ("---\ntitel: [open haakje\n---\nTekst.\n", "op regel 3, kolom 1", "{ } of [ ]"),
        ("---\ntitel: Een dag: vol regen\n---\nTekst.\n", "op regel 2, kolom 15", "dubbele punt"),
        (
            '---\nwerkvorm: held\n\ntitel: "half\n---\n',
            "op regel 5, kolom 1",
            "midden in een waarde",
        ),
        ("---\ntitel: A\ntitel: B\n---\nTekst.\n", "op regel 3", "twee keer"),
        ("---\r\nthema: x\r\ntitel: a: b\r\n---\r\n", "op regel 3, kolom 9", "dubbele punt"),
        ("---\nalleen een zin\n---\nTekst.\n", "op regel 2", "sleutels met een waarde"),
    ],
)
def test_kapotte_voorkant_met_regel_en_uitleg(tekst: str, plek: str, uitleg: str) -> None:
    """Lines and columns count as in the whole file (line 1 is the opening ---)."""
    fout = voorkant_fout(tekst)
    assert fout is not None
    assert fout.startswith(
        f"De voorkant (de YAML tussen de twee regels met ---) klopt niet {plek}:"
    )
    assert uitleg in fout


@pytest.mark.parametrize(
    "tekst",
    [
        "# Geen voorkant\n\nTekst: met een dubbele punt.\n",
        "---\ntitel: De regenjas\nwerkvorm: held # een opmerking\nthema: []\n---\nTekst.\n",
        # as verhaal schrijf writes it (yaml.safe_dump): quotes, nested keys, lists, a
        # quoted value over two lines, and a block scalar with a colon in it
        "---\ntitel: 'Regen: de hele dag'\ndatum: 2024-05-01\nplotvraag: 'Zou het lukken?\n\n"
        "  En dan?'\nthema:\n- a\n- b\ncontrole:\n  fouten: 0\n  regels:\n    getal: 1\n"
        "notitie: |-\n  Zij zei: kom.\n---\n\n# Regen\n\nTekst.\n",
        '---\nthema: [a, b]\ntitel: "Twee \\"woorden\\""\n---\n',
    ],
)
def test_geldige_voorkant_geeft_geen_fout(tekst: str) -> None:
    assert voorkant_fout(tekst) is None


def _aliasbom(niveaus: int = 9) -> str:
    regels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, niveaus):
        regels.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(regels)


def test_een_aliasbom_in_de_voorkant_krijgt_geen_tip_over_aanhalingstekens() -> None:
    """A passed limit is named with its line; quoting a value would not mend it, so the
    message does not suggest it (a typo does get the tip)."""
    fout = voorkant_fout(f"---\n{_aliasbom()}\ntitel: x\n---\n# Titel\n\nTekst.\n")
    assert fout is not None
    assert "klopt niet op regel " in fout and "te groot" in fout
    assert "aanhalingstekens" not in fout
    typfout = voorkant_fout("---\ntitel: De les: een dag\n---\nTekst.\n")
    assert typfout is not None and "aanhalingstekens" in typfout
