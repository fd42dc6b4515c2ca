"""Autosave and resume: the draft after every answer, Ctrl-C, a killed process, --hervat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from verhaal.checker import Bevinding, CheckConfig
from verhaal.errors import InvoerFout, Onderbroken
from verhaal.flow import (
    ONDERBREEK,
    STANDAARD,
    Concept,
    GescripteVrager,
    Staat,
    Verloop,
    Vraagstuk,
    begin_staat,
    hervat_opdracht,
)
from verhaal.flow.staat import HERVAT_NAAM_NOOT
from verhaal.werkvorm import Werkvorm, lees_werkvorm

PROEF = Path(__file__).parent / "data" / "werkvormen_proef" / "proef.yaml"


@pytest.fixture
def proef() -> Werkvorm:
    return lees_werkvorm(PROEF)


def geen_bevindingen(tekst: str, config: CheckConfig) -> list[Bevinding]:
    return []


FASE_1 = [
    ("held", "een stille jongen"),
    ("plotvraag", "Zou het hem lukken?"),
    ("zintuigen", ["zien"]),
    ("besproken", False),
    ("_fase", "verder"),
]


def verloop(werkvorm: Werkvorm, script: list[Any], concept: Concept, **opties: Any) -> Verloop:
    return Verloop(
        werkvorm, GescripteVrager(script), concept=concept, check=geen_bevindingen, **opties
    )


def test_ctrl_c_bewaart_en_zegt_hoe_verder(proef: Werkvorm, tmp_path: Path) -> None:
    concept = Concept.voor("proef", tmp_path / ".verhaal-concepten")
    script = [*FASE_1, ("variant", ONDERBREEK)]
    with pytest.raises(Onderbroken) as fout:
        verloop(proef, script, concept, hervat_opdracht="verhaal schrijf --hervat").voer_uit()
    assert fout.value.exit_code == 130
    assert "verhaal schrijf --hervat" in str(fout.value)
    assert str(concept.pad) in str(fout.value)

    staat = concept.lees()
    assert staat is not None
    assert staat.antwoorden["held"] == "een stille jongen"
    assert staat.fasen_klaar == ["bouwstenen"]
    assert "variant" not in staat.afgerond


def test_hervatten_gaat_verder_bij_de_open_vraag(proef: Werkvorm, tmp_path: Path) -> None:
    concept = Concept.voor("proef", tmp_path)
    with pytest.raises(Onderbroken):
        verloop(proef, [*FASE_1, ("variant", "kort"), ONDERBREEK], concept).voer_uit()

    vervolg = [
        ("verhaal", "Er was eens een jongen."),
        ("verhaal", "Tot slot lachte hij."),
        ("titel", "Lachen"),
        ("_fase", "verder"),
        ("_controle", "klaar"),
        ("beeld", None),
        ("_fase", "verder"),
        ("herschreven", STANDAARD),
        ("_fase", "verder"),
    ]
    staat = concept.lees()
    assert staat is not None
    tweede = verloop(proef, vervolg, concept, staat=staat)
    uitkomst = tweede.voer_uit()
    assert uitkomst.klaar
    assert uitkomst.staat.antwoorden["held"] == "een stille jongen"
    assert uitkomst.staat.alineas == ["Er was eens een jongen.", "Tot slot lachte hij."]


def test_onderbroken_midden_in_de_alineas(proef: Werkvorm, tmp_path: Path) -> None:
    concept = Concept.voor("proef", tmp_path)
    script = [*FASE_1, ("variant", "lang"), ("verhaal", "Er was eens een meisje."), ONDERBREEK]
    with pytest.raises(Onderbroken):
        verloop(proef, script, concept).voer_uit()
    staat = concept.lees()
    assert staat is not None
    assert staat.antwoorden["verhaal"] == ["Er was eens een meisje."]

    vrager = GescripteVrager([("verhaal", "Toen bleek ze dapper."), ONDERBREEK])
    with pytest.raises(Onderbroken):
        Verloop(proef, vrager, staat=staat, concept=concept, check=geen_bevindingen).voer_uit()
    eerste = vrager.gevraagd[0]
    assert (eerste.sleutel, eerste.index, eerste.standaard) == ("verhaal", 1, "Toen bleek ")
    staat = concept.lees()
    assert staat is not None
    assert staat.antwoorden["verhaal"] == ["Er was eens een meisje.", "Toen bleek ze dapper."]


class Afgebroken(Exception):
    """Stands in for a killed process: nothing in verhaal catches it, no handler runs."""


class SterftNa(GescripteVrager):
    """Answers from the script, then the process 'dies' at the next prompt."""

    def vraag(self, vraagstuk: Vraagstuk) -> Any:
        if not self.over:
            raise Afgebroken
        return super().vraag(vraagstuk)


@pytest.mark.parametrize("aantal", [1, 3, 7])
def test_een_gedood_proces_verliest_hoogstens_het_lopende_antwoord(
    proef: Werkvorm, tmp_path: Path, aantal: int
) -> None:
    script = [*FASE_1, ("variant", "kort"), ("verhaal", "Er was eens een jongen.")][:aantal]
    concept = Concept.voor("proef", tmp_path)
    vrager = SterftNa(script)
    with pytest.raises(Afgebroken):
        Verloop(proef, vrager, concept=concept, check=geen_bevindingen).voer_uit()
    staat = concept.lees()
    assert staat is not None
    gegeven = [s for s, _ in script if not s.startswith("_")]
    for sleutel, antwoord in script:
        if sleutel == "verhaal":
            assert staat.antwoorden["verhaal"] == [antwoord]
        elif not sleutel.startswith("_"):
            assert staat.antwoorden[sleutel] == antwoord
    assert set(gegeven) - {"verhaal"} <= set(staat.afgerond)


def test_naam_staat_nooit_in_het_concept(proef: Werkvorm, tmp_path: Path) -> None:
    concept = Concept.voor("proef", tmp_path / "concepten")
    script = [
        ("held", "Sanne met de rode jas"),
        ("held", "een meisje met een rode jas"),
        *FASE_1[1:],
        ONDERBREEK,
    ]
    with pytest.raises(Onderbroken) as fout:
        verloop(proef, script, concept, namen=["Sanne"]).voer_uit()
    assert "sanne" not in str(fout.value).lower()
    for pad in tmp_path.rglob("*"):
        if pad.is_file():
            assert "sanne" not in pad.read_text(encoding="utf-8").lower()


def test_concept_weg_na_verwijderen(tmp_path: Path) -> None:
    concept = Concept.voor("proef", tmp_path / ".verhaal-concepten")
    concept.bewaar(Staat(werkvorm="proef"))
    assert concept.bestaat()
    concept.verwijder()
    assert not concept.pad.exists()
    assert not concept.pad.parent.exists()


def test_beschadigd_concept_geeft_een_heldere_fout(tmp_path: Path) -> None:
    concept = Concept.voor("proef", tmp_path)
    concept.pad.write_text("versie: 1\nwerkvorm: [kapot\n", encoding="utf-8")
    with pytest.raises(InvoerFout, match="geen geldige YAML"):
        concept.lees()
    concept.pad.write_text("iets: anders\n", encoding="utf-8")
    with pytest.raises(InvoerFout, match="beschadigd"):
        concept.lees()


def test_begin_staat(tmp_path: Path) -> None:
    concept = Concept.voor("proef", tmp_path)
    with pytest.raises(InvoerFout, match="geen concept om mee verder te gaan"):
        begin_staat(concept, GescripteVrager([]), "proef", hervat=True)
    assert begin_staat(concept, GescripteVrager([]), "proef", hervat=False).antwoorden == {}

    oud = Staat(werkvorm="proef", antwoorden={"held": "een jongen"})
    concept.bewaar(oud)
    vrager = GescripteVrager([])
    hervat = begin_staat(concept, vrager, "proef", hervat=True)
    assert hervat.antwoorden == {"held": "een jongen"}
    assert vrager.uitvoer[0].startswith("Je gaat verder met je concept van ")

    assert begin_staat(
        concept, GescripteVrager([("_concept", "verder")]), "proef", hervat=False
    ).antwoorden
    assert not begin_staat(
        concept, GescripteVrager([("_concept", "opnieuw")]), "proef", hervat=False
    ).antwoorden

    with pytest.raises(InvoerFout, match="hoort bij werkvorm 'proef'"):
        begin_staat(concept, GescripteVrager([]), "stapsgewijs", hervat=True)


def test_concept_noemt_de_opdracht_die_het_maakte(tmp_path: Path) -> None:
    opdracht = hervat_opdracht(
        ["verhaal", "werkvorm", "doe", "logline", "--hervat", "--verhaal", "mijn map/jas.md"],
        met_naam=True,
    )
    assert opdracht == (
        "verhaal werkvorm doe logline --hervat --verhaal 'mijn map/jas.md'" + HERVAT_NAAM_NOOT
    )
    concept = Concept.voor("logline", tmp_path, hervat=opdracht)
    concept.bewaar(Staat(werkvorm="logline"))
    kop = concept.pad.read_text(encoding="utf-8").splitlines()[:3]
    assert kop[1] == f"# Ga verder met: {opdracht}"
    assert "schrijf" not in "\n".join(kop)
    # The Ctrl-C message names the same command.
    assert Verloop(lees_werkvorm(PROEF), GescripteVrager([]), concept=concept).hervat_opdracht == (
        opdracht
    )


def test_concept_zonder_opdracht_is_dat_van_schrijf(tmp_path: Path) -> None:
    concept = Concept.voor("stapsgewijs", tmp_path)
    concept.bewaar(Staat(werkvorm="stapsgewijs"))
    assert "# Ga verder met: verhaal schrijf --hervat\n" in concept.pad.read_text(encoding="utf-8")


def test_half_getypt_antwoord_blijft_bewaard_en_staat_klaar_bij_hervatten(
    proef: Werkvorm, tmp_path: Path
) -> None:
    from verhaal.flow import Onderbreek

    concept = Concept.voor("proef", tmp_path)
    script = [*FASE_1, ("variant", "lang"), ("verhaal", Onderbreek("Er was eens een meisje dat"))]
    with pytest.raises(Onderbroken) as fout:
        verloop(proef, script, concept).voer_uit()
    assert "Je antwoorden tot nu toe zijn bewaard" in str(fout.value)
    assert "Ook wat je net aan het typen was" in str(fout.value)
    staat = concept.lees()
    assert staat is not None
    assert staat.half == {"sleutel": "verhaal", "index": 0, "tekst": "Er was eens een meisje dat"}

    vrager = GescripteVrager([("verhaal", STANDAARD), ONDERBREEK])
    with pytest.raises(Onderbroken):
        Verloop(proef, vrager, staat=staat, concept=concept, check=geen_bevindingen).voer_uit()
    # The half answer is the text the prompt starts with, once.
    assert vrager.gevraagd[0].standaard == "Er was eens een meisje dat"
    assert vrager.gevraagd[1].standaard == "Toen bleek "
    staat = concept.lees()
    assert staat is not None
    assert staat.half is None
    assert staat.antwoorden["verhaal"] == ["Er was eens een meisje dat"]


def test_half_antwoord_met_de_naam_wordt_niet_bewaard(proef: Werkvorm, tmp_path: Path) -> None:
    from verhaal.flow import Onderbreek

    concept = Concept.voor("proef", tmp_path)
    script = [("held", "een stille jongen"), ("plotvraag", Onderbreek("Zou het Daan lukken"))]
    with pytest.raises(Onderbroken) as fout:
        verloop(proef, script, concept, namen=["Daan"]).voer_uit()
    assert "er stond de naam van de leerling in" in str(fout.value)
    assert "daan" not in concept.pad.read_text(encoding="utf-8").lower()
    staat = concept.lees()
    assert staat is not None and staat.half is None


def test_ctrl_c_zonder_antwoord_belooft_geen_bewaard_werk(proef: Werkvorm, tmp_path: Path) -> None:
    concept = Concept.voor("proef", tmp_path)
    with pytest.raises(Onderbroken) as fout:
        verloop(proef, [("held", ONDERBREEK)], concept).voer_uit()
    assert str(fout.value) == "Gestopt. Je had nog niets beantwoord, dus er is nog niets bewaard."
    assert not concept.bestaat()


def test_hervatten_met_de_naam_wist_ook_een_half_antwoord_met_die_naam(proef: Werkvorm) -> None:
    # A draft written without the name (or an older one): resuming with the name checks
    # the half-typed answer like every saved answer.
    from verhaal.flow.staat import wis_naam
    from verhaal.leerlingnaam import NaamZoeker

    staat = Staat(werkvorm="proef", half={"sleutel": "held", "index": None, "tekst": "Daan"})
    assert wis_naam(staat, proef, NaamZoeker(["Daan"])) == ["half_antwoord"]
    assert staat.half is None
    schoon = Staat(werkvorm="proef", half={"sleutel": "held", "index": None, "tekst": "hij"})
    assert wis_naam(schoon, proef, NaamZoeker(["Daan"])) == []
    assert schoon.half is not None


def test_mislukte_tussentijdse_opslag_stopt_het_verloop_niet(
    proef: Werkvorm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that fills up during the run: the teacher is told once and keeps every answer."""
    concept = Concept.voor("proef", tmp_path / ".verhaal-concepten")
    echt = Concept.bewaar
    pogingen: list[int] = []

    def vol(self: Concept, staat: Staat) -> None:
        pogingen.append(1)
        if len(pogingen) >= 2:
            raise OSError(28, "Geen ruimte meer op het apparaat")
        echt(self, staat)

    monkeypatch.setattr(Concept, "bewaar", vol)
    vrager = GescripteVrager([*FASE_1, ("variant", ONDERBREEK)])
    with pytest.raises(Onderbroken) as fout:
        Verloop(proef, vrager, concept=concept, check=geen_bevindingen).voer_uit()
    # Every answer after the failure was still asked and kept in memory.
    assert len(pogingen) > 2
    waarschuwingen = [t for t in vrager.uitvoer if "kon niet worden bewaard" in t]
    assert len(waarschuwingen) == 1, vrager.uitvoer
    assert "Geen ruimte meer" in waarschuwingen[0]
    # At Ctrl-C the message does not promise a draft that could not be written.
    assert "niet bewaard" in str(fout.value)
    assert "zijn bewaard in" not in str(fout.value)


def test_concept_dat_een_map_werd_wordt_gemeld_en_het_verloop_gaat_door(
    proef: Werkvorm, tmp_path: Path
) -> None:
    """The real write path: the draft's place turned into a folder during the run (a save
    that fails for any user, root included). Every answer is still asked and kept."""
    concept = Concept.voor("proef", tmp_path / ".verhaal-concepten")

    class Blokkeer(GescripteVrager):
        def vraag(self, vraagstuk: Vraagstuk) -> Any:
            if vraagstuk.sleutel == "plotvraag" and not concept.pad.is_dir():
                concept.pad.unlink()
                concept.pad.mkdir()
            return super().vraag(vraagstuk)

    vrager = Blokkeer([*FASE_1, ("variant", ONDERBREEK)])
    with pytest.raises(Onderbroken) as fout:
        Verloop(proef, vrager, concept=concept, check=geen_bevindingen).voer_uit()
    waarschuwingen = [t for t in vrager.uitvoer if "kon niet worden bewaard" in t]
    assert len(waarschuwingen) == 1, vrager.uitvoer
    assert "niet bewaard" in str(fout.value)
    assert any(v.sleutel == "variant" for v in vrager.gevraagd)
