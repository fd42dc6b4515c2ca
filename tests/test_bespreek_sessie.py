"""The review session at a 'terminal': scripted answers through the shared Vrager."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from verhaal.bespreking import Passage, Passagegroep
from verhaal.bespreking.sessie import Sessie, lees_en_controleer
from verhaal.errors import Onderbroken
from verhaal.flow import ONDERBREEK, STANDAARD, Concept, GescripteVrager
from verhaal.instellingen import Instellingen
from verhaal.werkvorm import laad_werkvorm

VERHAAL = """\
# De rode jas

Er was eens een jongen met een rode jas. Sem zat altijd achterin de klas.

Op een vroege ochtend kwam hij te laat. De gang rook naar natte jassen.
"""

MOMENT = datetime(2026, 5, 12, 10, 30)


@pytest.fixture
def verhaal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    pad = tmp_path / "jas.md"
    pad.write_text(VERHAAL, encoding="utf-8")
    return pad


def _vragen_tot_feedback() -> list[object]:
    return [
        ("_fase", "verder"),
        ("plotvraag", "Zal hij op tijd komen?"),
        ("hulp", "De mentor."),
        ("emoties", "Schaamte."),
        ("_fase", "verder"),
        ("beeld", "De gang."),
        ("effect", "Ja."),
        ("boodschap", "Aandacht helpt."),
        ("_fase", "verder"),
    ]


def test_interactieve_bespreking_met_passages(verhaal: Path) -> None:
    stuk = lees_en_controleer(verhaal, Instellingen(), ["Sem"])
    assert stuk.zinnen == [
        "Er was eens een jongen met een rode jas.",
        "[naam] zat altijd achterin de klas.",
        "Op een vroege ochtend kwam hij te laat.",
        "De gang rook naar natte jassen.",
    ]
    script = GescripteVrager(
        [
            *_vragen_tot_feedback(),
            ("inspireert", ["1", "2", "3", "4"]),  # too many
            ("inspireert", ["1", "4"]),
            ("inspireert_opmerking", "Sem in een rode jas!"),  # the name: refused
            ("inspireert_opmerking", "Die jas zie ik voor me."),
            ("inspireert_opmerking", ""),
            ("spreekt_minder_aan", ["2"]),
            ("spreekt_minder_aan_opmerking", "Te kort."),
            ("effect_op_mij", "Het raakte me."),
            ("voor_wie", ["team"]),
            ("ontbreekt", "Het einde."),
            # Redo the feedback phase: earlier choices are the defaults.
            ("_fase", "opnieuw"),
            ("inspireert", STANDAARD),
            ("inspireert_opmerking", STANDAARD),
            ("inspireert_opmerking", "Die geur!"),
            ("spreekt_minder_aan", STANDAARD),
            ("spreekt_minder_aan_opmerking", STANDAARD),
            ("effect_op_mij", STANDAARD),
            ("voor_wie", STANDAARD),
            ("ontbreekt", STANDAARD),
            ("_fase", "verder"),
        ]
    )
    werkvorm = laad_werkvorm("bespreking")
    sessie = Sessie(stuk, werkvorm, script, namen=["Sem"], nu=lambda: MOMENT)
    bespreking = sessie.voer_uit()
    assert bespreking is not None
    assert script.over == 0
    assert any("hoogstens 3" in m for m in script.meldingen)
    assert any("naam van de leerling" in m for m in script.meldingen)
    # Sentences chosen as inspiring are not offered again as appealing least.
    minder = next(v for v in script.gevraagd if v.sleutel == "spreekt_minder_aan")
    assert [k.waarde for k in minder.keuzes] == ["2", "3"]
    feedback = next(s for s in bespreking.secties if s.titel == "Reacties")
    assert feedback.blokken[:2] == (
        Passagegroep(
            "Wat mij inspireert",
            (
                Passage("Er was eens een jongen met een rode jas.", "Die jas zie ik voor me."),
                Passage("De gang rook naar natte jassen.", "Die geur!"),
            ),
        ),
        Passagegroep(
            "Wat mij minder aanspreekt",
            (Passage("[naam] zat altijd achterin de klas.", "Te kort."),),
        ),
    )
    assert [b.antwoord for b in feedback.blokken[2:]] == [  # type: ignore[union-attr]
        "Het raakte me.",
        "- Voor het team",
        "Het einde.",
    ]
    assert bespreking.moment == MOMENT
    assert any("naam" in regel for regel in bespreking.bevindingen)


def test_onderbreken_en_hervatten_bewaart_passages_zonder_naam(verhaal: Path) -> None:
    stuk = lees_en_controleer(verhaal, Instellingen(), ["Sem"])
    werkvorm = laad_werkvorm("bespreking")
    concept = Concept(verhaal.parent / ".verhaal-concepten" / "bespreking-jas.yaml")
    eerste = GescripteVrager(
        [
            *_vragen_tot_feedback(),
            ("inspireert", ["2"]),
            ("inspireert_opmerking", "Mooi."),
            ("spreekt_minder_aan", []),
            ("effect_op_mij", ONDERBREEK),
        ]
    )
    with pytest.raises(Onderbroken, match=r"verhaal bespreek jas\.md --hervat"):
        Sessie(
            stuk,
            werkvorm,
            eerste,
            namen=["Sem"],
            concept=concept,
            hervat_opdracht="verhaal bespreek jas.md --hervat",
        ).voer_uit()
    opgeslagen = concept.pad.read_text(encoding="utf-8")
    assert "[naam] zat altijd achterin de klas." in opgeslagen
    assert "sem" not in opgeslagen.lower()

    staat = concept.lees()
    assert staat is not None
    tweede = GescripteVrager(
        [
            ("effect_op_mij", "Het raakte me."),
            ("voor_wie", []),
            ("ontbreekt", ""),
            ("_fase", "verder"),
        ]
    )
    bespreking = Sessie(
        stuk, werkvorm, tweede, namen=["Sem"], staat=staat, concept=concept, nu=lambda: MOMENT
    ).voer_uit()
    assert bespreking is not None and tweede.over == 0
    feedback = next(s for s in bespreking.secties if s.titel == "Reacties")
    assert feedback.blokken[0] == Passagegroep(
        "Wat mij inspireert", (Passage("[naam] zat altijd achterin de klas.", "Mooi."),)
    )


def test_het_overzicht_noemt_de_ernst_zoals_schrijf_dat_doet(tmp_path: Path) -> None:
    # One word per severity everywhere a teacher sees findings: fout, waarschuwing, tip.
    import io

    from rich.console import Console

    from verhaal.bespreking.weergave import bevindingen_overzicht
    from verhaal.flow.vrager import ERNST_NAAM

    pad = tmp_path / "kort.md"
    pad.write_text("Hij liep naar huis.\n", encoding="utf-8")  # no title: a warning
    stuk = lees_en_controleer(pad, Instellingen(), [])
    uit = io.StringIO()
    Console(file=uit, width=120, color_system=None).print(bevindingen_overzicht(stuk))
    regels = uit.getvalue().splitlines()
    titel = next(r for r in regels if " titel " in f" {r} ")
    assert titel.split()[0] == ERNST_NAAM["waarschuwing"]
