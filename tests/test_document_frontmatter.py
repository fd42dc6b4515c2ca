"""Front matter: notes and metadata are not story prose; the title and plotvraag are.

A story file from ``verhaal schrijf`` carries the title, the plotvraag and the check summary
in its front matter (older files also the ingredients). The ingredients and the summary are
the teacher's notes, not the story. The title and the plotvraag are shared with the story,
so the checker judges them, with offsets into the whole file. Other front-matter values (a
summary, labels) stay prose too.
"""

from __future__ import annotations

from verhaal.checker import check
from verhaal.checker.document import NIET_PROZA, lees_document

VERHAAL = """\
---
titel: De rode rugzak
werkvorm: stapsgewijs
datum: 2026-11-23
thema: samenwerking
held: een jongen met skills en een OPP
hulp: De IB'er, die hem opwachtte bij het hek.
plotvraag: Zal het de jongen lukken om weer met plezier naar school te gaan?
sleutelmomenten:
- De juf ziet dat hij steeds later binnenkomt.
- Ze wacht hem op met warme chocolademelk.
einde: |-
  Hij lacht.
  Hij loopt naar huis.
controle:
  fouten: 1
  waarschuwingen: 0
  tips: 0
  open:
  - 'engels: ''skills'': Engels: ‘skills’.'
aantekeningen: de-rode-rugzak.aantekeningen.md
samenvatting: Een jongen met skills.
---

# De rode rugzak

Er was eens een jongen met een rode rugzak. Hij had veel skills.
"""


def _woorden(tekst: str) -> list[str]:
    return [t.tekst for t in lees_document(tekst).tokens]


def test_notities_in_de_voorkant_zijn_geen_proza() -> None:
    woorden = _woorden(VERHAAL)
    for weg in ("OPP", "IB'er", "ziet", "wacht", "lacht", "loopt", "stapsgewijs", "open"):
        assert weg not in woorden, weg
    assert "Zal" in woorden  # the plotvraag is prose
    # The title and other front-matter values are still prose.
    assert woorden[:3] == ["De", "rode", "rugzak"]
    assert "samenvatting" not in woorden and "Een" in woorden


def test_alleen_het_verhaal_en_overige_voorkant_worden_beoordeeld() -> None:
    gevonden = [(b.regel, b.tekst) for b in check(VERHAAL)]
    # 'skills' once in the summary (prose) and once in the body; nothing from the notes.
    assert gevonden == [("engels", "skills"), ("engels", "skills")]
    (samenvatting, lichaam) = (b.start for b in check(VERHAAL))
    assert samenvatting > VERHAAL.index("samenvatting:")
    assert lichaam > VERHAAL.index("# De rode rugzak")


def test_velden_blijven_vindbaar() -> None:
    doc = lees_document(VERHAAL)
    start, eind = doc.frontmatter["werkvorm"]
    assert VERHAAL[start:eind] == "stapsgewijs"
    start, eind = doc.frontmatter["plotvraag"]
    assert VERHAAL[start:eind].startswith("Zal het de jongen")


def test_ingesprongen_sleutel_met_dezelfde_naam_blijft_proza() -> None:
    # Only top-level keys are notes; 'held' nested under another key is that key's value.
    tekst = "---\ntitel: X\nlabels:\n  held: een jongen\n---\nTekst.\n"
    assert "jongen" in _woorden(tekst)


def test_lijst_is_klein_en_bevat_de_ingredienten() -> None:
    ingredienten = {"held", "oproep", "draken", "hulp", "climax", "einde"}
    assert ingredienten | {"sleutelmomenten", "controle", "werkvorm"} <= NIET_PROZA
    assert not {"titel", "title", "plotvraag"} & NIET_PROZA


def test_titel_en_plotvraag_in_de_voorkant_worden_gecontroleerd() -> None:
    tekst = (
        "---\n"
        "titel: De meeting van acht uur\n"
        "werkvorm: stapsgewijs\n"
        "plotvraag: 'Zou het hem lukken om 8 uur binnen te zijn?'\n"
        "controle:\n  fouten: 0\n"
        "---\n\n"
        "# De meeting van acht uur\n\n"
        "Er was eens een jongen die altijd te laat kwam.\n"
    )
    gevonden = [(b.regel, tekst[b.start : b.eind]) for b in check(tekst)]
    # Offsets point into the whole file: the spans read back as the words found.
    assert ("engels", "meeting") in gevonden
    assert ("getal", "8") in gevonden
    getal = next(b for b in check(tekst) if b.tekst == "8")
    assert tekst.index("plotvraag:") < getal.start < tekst.index("controle:")
