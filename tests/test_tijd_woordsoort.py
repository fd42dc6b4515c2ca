"""Stage one of the tense rule: the word-class lexicon and the part-of-speech tagger."""

from __future__ import annotations

import pytest

from verhaal.checker.document import lees_document
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.kenmerken import Zin, analyseer_zin, tijd_kenmerken
from verhaal.checker.tijd.tagger import (
    BIAS,
    MAX_KENMERKEN,
    TAGS,
    Tagger,
    dynamische_kenmerken,
    kenmerken,
    laad_tagger,
    schrijf_tagger,
    tag_van,
)
from verhaal.checker.tijd.woordsoorten import Bloom, meervoud_kandidaten, woordsoorten


def zin_van(tekst: str) -> Zin:
    doc = lees_document(tekst, "txt")
    return analyseer_zin(doc.tokens, doc.proza, lx.lexicon())


def tags_van(tekst: str) -> list[str]:
    tags, _ = laad_tagger().tag(zin_van(tekst))
    return [TAGS[t] for t in tags]


@pytest.mark.parametrize(
    ("woord", "bevat"),
    [
        ("krijt", "N"),  # a spaCy noun lemma
        ("tanden", "N"),
        ("kinderen", "n"),
        ("zoet", "a"),  # pattern: adjective
        ("zoete", "A"),  # inflected adjective of a spaCy adjective lemma
        ("staat", "t"),  # pattern: present tense verb ...
        ("de", "d"),  # ... and article
    ],
)
def test_woordklassen(woord: str, bevat: str) -> None:
    assert bevat in woordsoorten().klasse(woord)


def test_onbekend_woord_heeft_geen_klassen() -> None:
    assert woordsoorten().klasse("xqzvbw") == "-|"
    assert woordsoorten().pattern("xqzvbw") == ("-", "")


@pytest.mark.parametrize(
    ("vorm", "enkelvoud"),
    [
        ("tanden", "tand"),
        ("remmen", "rem"),
        ("bomen", "boom"),
        ("kinderen", "kind"),
        ("duiven", "duif"),
        ("auto's", "auto"),
        ("fietsen", "fiets"),
        ("tafels", "tafel"),
    ],
)
def test_meervoud_kandidaten(vorm: str, enkelvoud: str) -> None:
    assert enkelvoud in meervoud_kandidaten(vorm)


def test_bloomfilter_kent_zijn_leden() -> None:
    woorden = [f"woord{i}" for i in range(200)]
    m, k = 2000, 7
    bits = bytearray(m // 8)
    for w in woorden:
        for p in Bloom.posities(w, m, k):
            bits[p >> 3] |= 1 << (p & 7)
    filter_ = Bloom(bytes(bits), k)
    assert all(w in filter_ for w in woorden)
    vals = sum(f"ander{i}" in filter_ for i in range(1000))
    assert vals < 50  # about 1% false positives at 10 bits per word


@pytest.mark.parametrize(
    ("upos", "feats", "tag"),
    [
        ("VERB", "Number=Plur|Tense=Pres|VerbForm=Fin", "TT"),
        ("AUX", "Tense=Past|VerbForm=Fin", "VT"),
        ("VERB", "VerbForm=Inf", "INF"),
        ("VERB", "VerbForm=Part", "PART"),
        ("NOUN", "Number=Sing", "N"),
        ("INTJ", "_", "ADV"),
        ("PUNCT", "_", "X"),
    ],
)
def test_tag_van_treebankwoord(upos: str, feats: str, tag: str) -> None:
    assert tag_van(upos, feats) == tag


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("De kinderen spelen buiten.", ["DET", "N", "TT", None]),
        ("Ze wilden buiten spelen.", ["PRON", "VT", None, "INF"]),
        ("Hij poetste zijn tanden.", ["PRON", "VT", "PRON", "N"]),
        ("Er hing een wolk zoet parfum.", ["ADV", "VT", "DET", "N", "ADJ", "N"]),
    ],
)
def test_tagger_op_eenvoudige_zinnen(tekst: str, verwacht: list[str | None]) -> None:
    gekregen = tags_van(tekst)
    assert [g if v else None for g, v in zip(gekregen, verwacht, strict=True)] == verwacht


def test_na_een_lidwoord_nooit_finiet() -> None:
    zin = zin_van("De was lag in de mand.")
    assert not zin.tt[1] and not zin.vt[1]  # de was
    assert zin.vt[2]  # lag
    assert tags_van("De was lag in de mand.")[1] != "VT"


def test_kenmerken_passen_in_het_gepakte_model() -> None:
    zin = zin_van("Toen de kinderen gisteren heel hard naar huis renden, lachte iedereen.")
    opgevuld, statisch = kenmerken(zin)
    for i in range(len(zin.woorden)):
        dynamisch = dynamische_kenmerken(opgevuld, i, "DET", "<s>", "O")
        assert len(statisch[i]) + len(dynamisch) <= MAX_KENMERKEN


def test_tweede_fase_alleen_voor_kandidaten() -> None:
    zin = zin_van("De kinderen spelen buiten.")
    tags, marges = laad_tagger().tag(zin)
    uit = tijd_kenmerken(zin, tags, marges)
    assert [k is not None for k in uit] == [False, False, True, False]
    assert marges[0] == 0.0 and marges[2] > 0


def test_tagger_heen_en_terug() -> None:
    bits = 2
    gewichten = [[0.0] * len(TAGS) for _ in range(1 << bits)]
    for rij in gewichten:
        rij[TAGS.index("N")] = 1.0  # every feature votes a little for N ...
    gewichten[0][TAGS.index("ADV")] = 50.0  # ... and one bucket strongly for ADV
    tagger = Tagger(schrijf_tagger(gewichten, bits, "notitie"))
    assert tagger.verklaring == "notitie"
    assert tagger.schaal == pytest.approx(50.0 / (BIAS - 1), rel=1e-6)
    zin = zin_van("Wat.")
    tags, _ = tagger.tag(zin)
    assert len(tags) == 1
    assert TAGS[tags[0]] in ("N", "ADV")


def test_model_draagt_naamsvermelding_en_licentie() -> None:
    tagger = laad_tagger()
    assert "CC BY-SA 4.0" in tagger.verklaring
    assert "UD_Dutch-Alpino" in tagger.verklaring
    assert "UD_Dutch-LassySmall" in tagger.verklaring


def test_beschadigde_bestanden_worden_geweigerd() -> None:
    with pytest.raises(ValueError):
        Tagger(b"XXXX" + bytes(16))
    goed = schrijf_tagger([[0.0] * len(TAGS)] * 4, 2, "")
    with pytest.raises(ValueError):
        Tagger(goed[:-1])
    with pytest.raises(ValueError):
        woordsoorten().__class__(b"XXXX" + bytes(8))
