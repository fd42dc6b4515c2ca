"""The tense rule stays linear on text without full stops (issue 11): sentences are analysed
in windows of at most MAX_ZIN words and clauses are cut at MAX_ZINSDEEL words, so the work
per word is bounded. Measured by counting what the analysis processes, not by the clock."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from verhaal.checker import lees_document
from verhaal.checker.document import Token
from verhaal.checker.tijd import _regels, finiete_werkwoorden
from verhaal.checker.tijd import kenmerken as km
from verhaal.checker.tijd import lexicon as lx

WOORDEN = (
    "de kinderen spelen buiten lopen naar huis hun ogen glinsteren het was laat zij "
    "wilden nog niet slapen de hond blafte iedereen staat op"
).split()
"""No joining words either: without the bounds, all of it would be one clause."""


_ANALYSEER = km.analyseer_zin
_BROKKEN = km._brokken


def _tekst(n: int) -> str:
    """``n`` words of story-like Dutch without any punctuation."""
    kans = random.Random(n)
    return " ".join(kans.choice(WOORDEN) for _ in range(n))


def _werk(tekst: str, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """What the analysis processes: words per window, the longest window and clause, and
    the words the clause scans (chunks before and after every candidate) go over."""
    teller: Counter[str] = Counter()
    analyseer = _ANALYSEER
    brokken = _BROKKEN

    def tel_analyseer(tokens: Sequence[Token], proza: str, lexicon: lx.Lexicon) -> km.Zin:
        zin = analyseer(tokens, proza, lexicon)
        teller["woorden"] += len(tokens)
        teller["langste venster"] = max(teller["langste venster"], len(tokens))
        delen = Counter(zin.zinsdeel)
        teller["langste zinsdeel"] = max(teller["langste zinsdeel"], max(delen.values()))
        return zin

    def tel_brokken(tags: Sequence[str], woorden: Sequence[str]) -> list[str]:
        teller["gescand"] += len(tags)
        return brokken(tags, woorden)

    monkeypatch.setattr(km, "analyseer_zin", tel_analyseer)
    monkeypatch.setattr("verhaal.checker.tijd.analyseer_zin", tel_analyseer)
    monkeypatch.setattr(km, "_brokken", tel_brokken)
    km._BROKKEN.clear()
    doc = lees_document(tekst, "txt")
    teller["finiet"] = sum(1 for _ in finiete_werkwoorden(doc))
    return teller


def test_lange_tekst_zonder_punt_blijft_lineair(monkeypatch: pytest.MonkeyPatch) -> None:
    klein = _werk(_tekst(3_000), monkeypatch)
    groot = _werk(_tekst(12_000), monkeypatch)
    assert klein["woorden"] == 3_000 and groot["woorden"] == 12_000  # every word once
    for teller in (klein, groot):
        assert teller["langste venster"] == km.MAX_ZIN
        assert teller["langste zinsdeel"] <= km.MAX_ZINSDEEL
        assert teller["finiet"] > 0  # the windows are really checked
    # Four times the text: about four times the scanning, never sixteen.
    assert groot["gescand"] <= 4.5 * klein["gescand"]
    assert groot["gescand"] <= km.MAX_ZINSDEEL * groot["woorden"]


def test_gewone_zinnen_blijven_heel() -> None:
    """The bounds are far above real sentences: a long but normal sentence is one window
    with its own clauses."""
    tekst = ", ".join(["de kinderen speelden buiten"] * 60) + "."
    doc = lees_document(tekst, "txt")
    zin = km.analyseer_zin(doc.tokens, doc.proza, lx.lexicon())
    assert len(zin.woorden) == 240 < km.MAX_ZIN
    assert max(Counter(zin.zinsdeel).values()) == 4


def test_regel_zonder_leesteken_voor_een_hoofdletter_is_een_eigen_zin() -> None:
    """A heading line (no punctuation, next line capitalised) is a sentence of its own for
    the tense rule; a wrapped line that goes on in lower case is not."""
    doc = lees_document("Programma\nDe kinderen spelen buiten.\n", "txt")
    assert [[t.tekst for t in deel] for deel in _regels(doc.tokens, doc.proza)] == [
        ["Programma"],
        ["De", "kinderen", "spelen", "buiten"],
    ]
    doc = lees_document("De kinderen\nspelen buiten.\n", "txt")
    assert len(list(_regels(doc.tokens, doc.proza))) == 1


@pytest.mark.parametrize("tijd", ["tegenwoordig", "verleden"])
@pytest.mark.parametrize("citaten", [True, False])
def test_gevraagde_tijd_geeft_wat_alles_geeft(tijd: str, citaten: bool) -> None:
    """Asking for one tense (and no quoted words) skips sentences without a possible such
    verb, and gives exactly the verbs that the full analysis gives for it."""
    map_ = Path(__file__).resolve().parents[1] / "benchmarks" / "eigen-verhalen" / "verhalen"
    for pad in sorted(map_.glob("*.md")):
        doc = lees_document(pad.read_text(encoding="utf-8"))
        verhaal = set(map(id, doc.verhaal_tokens()))
        alles = [
            (w.token, w.tijd, w.zekerheid)
            for w in finiete_werkwoorden(doc)
            if w.tijd == tijd and (citaten or not w.token.citaat)
        ]
        gevraagd = [
            (w.token, w.tijd, w.zekerheid)
            for w in finiete_werkwoorden(doc, tijd=tijd, citaten=citaten)  # type: ignore[arg-type]
        ]
        assert gevraagd == alles, pad.name
        in_verhaal = [
            (w.token, w.tijd, w.zekerheid)
            for w in finiete_werkwoorden(
                doc,
                tijd=tijd,  # type: ignore[arg-type]
                citaten=citaten,
                alleen_verhaal=True,
            )
        ]
        assert in_verhaal == [w for w in alles if id(w[0]) in verhaal], pad.name
