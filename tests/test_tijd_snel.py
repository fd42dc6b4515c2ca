"""The fast paths of the tense rule give exactly what the training features give.

Both models declare their features once (``tagger.VERKLARING``, ``kenmerken.VERKLARING``).
Training (``scripts/tabellen/train_tijd.py``) builds every feature string from that
declaration (the reference path); the checker sums cached groups of the same declaration.
These tests recompute sentences of real stories along the reference path, one string at a
time, and compare the packed sums, the tags and the margins, with cold and warm caches.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from verhaal.checker.document import Token, lees_document
from verhaal.checker.tijd import _beslis
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.kenmerken import (
    DUBBELZINNIG,
    LIDWOORDEN,
    MAX_ZINSDEEL,
    NEVENSCHIKKEND,
    ONDERSCHIKKEND,
    ONDERWERP_BEGIN,
    VOEGWOORD_MET_ONDERWERP,
    VOORZETSELS,
    VRAAGWOORDEN,
    TijdSommen,
    Zin,
    _gestrand_voor,
    _naamwoord_volgt,
    _neemt_infinitief,
    _vlaggen,
    analyseer_zin,
    een_finiet_per_zinsdeel,
    leesteken,
    tijd_kenmerken,
    vorm,
    zeker_verleden,
)
from verhaal.checker.tijd.model import _BIAS, beste, laad_model
from verhaal.checker.tijd.tagger import (
    T_TT,
    T_VT,
    TAGS,
    Tagger,
    dynamische_kenmerken,
    kenmerken,
    laad_tagger,
    toestand,
)
from verhaal.checker.tijd.woordsoorten import woordsoorten

REPO = Path(__file__).resolve().parents[1]
VERHALEN = sorted(
    [
        *(REPO / "benchmarks" / "eigen-verhalen" / "verhalen").iterdir(),
        *(REPO / "tests" / "golden").iterdir(),
    ]
)
EXTRA = (
    "De kinderen spelen buiten. Ze wilden buiten spelen.",
    '„Kom je mee?” vraagt ze. Hij zegt: "Ik kom zo." (Toch niet.)',
    "Toen ze binnenkwam, zag ze dat iedereen lacht; hij weet hoe lang een deeg moet rijzen.",
    "Wat.",
    "Loopt!",
    # A relative clause inside the opening subject (its own clause in een_finiet_per_zinsdeel).
    "De kinderen die buiten spelen lachen hard. Iedereen die mee wil moet zich melden.",
    "Het grote huis waar ze woont staat daar. Het meisje dat wil gaan zwemmen pakte haar tas.",
    "Het boek dat ze moet lezen ligt op tafel. De brief die hij had geschreven lag daar.",
    "Het lied dat ze willen leren zingen klinkt mooi. Het huis dat ze hebben gekocht staat er.",
    "Om 8:30 uur - na de les - kwam de BSO-juf van groep 5a binnen, en 'n kind riep: 'Hé!'",
    # Clauses longer than MAX_ZINSDEEL words: cut by length, also right after a cut.
    " ".join(["de kinderen lopen naar huis"] * 30) + ", " + " ".join(["zij wist veel"] * 30),
    "Hij " + " ".join(["liep"] * 64) + " en " + " ".join(["rende"] * 130) + ".",
)


def zinnen() -> Iterator[tuple[list[Token], str]]:
    """The tokens of every sentence of the stories (and a few odd ones), with the prose."""
    teksten = [
        (p.read_text(encoding="utf-8"), "txt" if p.suffix == ".txt" else "md")
        for p in VERHALEN
        if p.suffix in (".md", ".txt")
    ]
    teksten += [(t, "txt") for t in EXTRA]
    for tekst, soort in teksten:
        doc = lees_document(tekst, soort)  # type: ignore[arg-type]
        per_zin: dict[int, list[Token]] = {}
        for t in doc.tokens:
            per_zin.setdefault(t.zin, []).append(t)
        for tokens in per_zin.values():
            yield tokens, doc.proza


def traag_analyseren(tokens: list[Token], proza: str) -> Zin:
    """analyseer_zin as it was written before it cached per token text."""
    lexicon = lx.lexicon()
    n = len(tokens)
    woorden = [t.tekst.lower() for t in tokens]
    vlaggen = [lexicon.vlag(w) for w in woorden]
    namen = [_vlaggen(v) for v in vlaggen]
    klassen = [woordsoorten().klasse(w) for w in woorden]
    vormen = [vorm(t.tekst, t.zinsbegin) for t in tokens]
    gaten = ["S"] + [leesteken(proza[tokens[i - 1].eind : tokens[i].start]) for i in range(1, n)]
    gaten.append("E")
    zinsdeel = []
    huidig = 0
    begin = 0
    for i in range(n):
        if i and (
            gaten[i] not in ("_", "x")
            or woorden[i] in ONDERSCHIKKEND
            or woorden[i] in NEVENSCHIKKEND
            or i - begin >= MAX_ZINSDEEL
        ):
            huidig += 1
            begin = i
        zinsdeel.append(huidig)
    na_lidwoord = [False] + [woorden[i - 1] in LIDWOORDEN and gaten[i] == "_" for i in range(1, n)]
    tt = [bool(v & lx.TEGENWOORDIG) and not a for v, a in zip(vlaggen, na_lidwoord, strict=True)]
    vt = [bool(v & lx.VERLEDEN) and not a for v, a in zip(vlaggen, na_lidwoord, strict=True)]
    return Zin(tokens, woorden, vlaggen, namen, klassen, vormen, gaten, zinsdeel, tt, vt)


def traag_taggen(tagger: Tagger, zin: Zin) -> tuple[list[int], list[float], list[int]]:
    """Stage one as training sees it: the declared features of every word as strings
    (:func:`tagger.kenmerken`), every string summed."""
    tags: list[int] = []
    marges = [0.0] * len(zin.woorden)
    sommen: list[int] = []
    opgevuld, statisch = kenmerken(zin)
    t1 = t2 = "<s>"
    st = "0"
    for i in range(len(zin.woorden)):
        st = toestand(st, zin.gaten[i], t1)
        s = tagger.som(statisch[i] + dynamische_kenmerken(opgevuld, i, t1, t2, st))
        sommen.append(s)
        velden = [s >> (16 * k) & 0xFFFF for k in range(len(TAGS))]
        if not zin.tt[i]:
            velden[T_TT] = 0
        if not zin.vt[i]:
            velden[T_VT] = 0
        hoogste = max(velden)
        beste = velden.index(hoogste)
        if zin.tt[i] or zin.vt[i]:
            velden[beste] = 0
            marges[i] = (hoogste - max(velden)) * tagger.schaal
        tags.append(beste)
        t2, t1 = t1, TAGS[beste]
    return tags, marges, sommen


ALLE_ZINNEN = [analyseer_zin(tokens, proza, lx.lexicon()) for tokens, proza in zinnen()]


def test_analyseer_zin_is_gelijk_aan_de_eenvoudige_versie() -> None:
    lang = 0
    for tokens, proza in zinnen():
        zin = analyseer_zin(tokens, proza, lx.lexicon())
        verwacht = traag_analyseren(tokens, proza)
        assert zin == verwacht
        assert [type(d) for d in zin.zinsdeel] == [int] * len(tokens)
        assert all(type(b) is bool for b in zin.tt + zin.vt)
        lang = max(lang, max(Counter(zin.zinsdeel).values(), default=0))
    assert lang == MAX_ZINSDEEL  # the cut by length is among them


def test_er_zijn_genoeg_echte_zinnen() -> None:
    assert len(ALLE_ZINNEN) > 400
    assert sum(len(z.woorden) for z in ALLE_ZINNEN) > 4_000


@pytest.mark.parametrize("koud", [True, False])
def test_tagger_snel_is_gelijk_aan_training(koud: bool) -> None:
    tagger = laad_tagger()
    if koud:
        tagger.leeg()
    for zin in ALLE_ZINNEN:
        sommen: list[int] = []
        tags, marges = tagger.tag(zin, sommen)
        verwacht_tags, verwacht_marges, verwacht_sommen = traag_taggen(tagger, zin)
        assert sommen == verwacht_sommen, zin.woorden
        assert tags == verwacht_tags, zin.woorden
        assert marges == verwacht_marges, zin.woorden


def test_gepakte_gewichten_zijn_de_gewichten_van_de_eerste_pas() -> None:
    """Stage two reads a feature's three weights as one packed number from a table made at
    load time: every bucket holds exactly the three weights of the first pass plus the
    bias, each in its own 32-bit field."""
    model = laad_model()
    g = model.tabellen[0]
    for emmer in range(len(g) // 3):
        gepakt = model.lees_emmer(emmer)
        assert [gepakt >> (32 * k) & 0xFFFFFFFF for k in range(3)] == [
            g[3 * emmer + k] + _BIAS for k in range(3)
        ]
    assert min(g) < 0 < max(g)  # both signs occur


@pytest.mark.parametrize("koud", [True, False])
def test_tweede_fase_snel_is_gelijk_aan_training(koud: bool) -> None:
    model = laad_model()
    if koud:
        model.leeg()
    snel = TijdSommen(model)
    kandidaten = 0
    for zin in ALLE_ZINNEN:
        tags, marges = laad_tagger().tag(zin)
        sommen = snel.sommen(zin, tags, marges)
        for i, k in enumerate(tijd_kenmerken(zin, tags, marges)):
            if k is None:
                assert sommen[i] is None
                continue
            kandidaten += 1
            assert sommen[i] == model.som(k), (zin.woorden, i)
    assert kandidaten > 1000


def test_beide_fasen_per_verhaal_zoals_per_zin() -> None:
    """The checker tags and scores a story's sentences together (tag_alle, sommen_alle):
    the same as one sentence at a time."""
    tagger = laad_tagger()
    snel = TijdSommen(laad_model())
    for begin in range(0, len(ALLE_ZINNEN), 37):
        zinnen = ALLE_ZINNEN[begin : begin + 37]
        samen = tagger.tag_alle(zinnen)
        assert samen == [tagger.tag(z) for z in zinnen]
        alle = snel.sommen_alle(zinnen, samen)
        assert alle == [snel.sommen(z, t, m) for z, (t, m) in zip(zinnen, samen, strict=True)]
        # Leaving out the surely past forms changes nothing for the other words.
        splitsing = [zeker_verleden(z) for z in zinnen]
        twijfel = snel.sommen_alle(zinnen, samen, [t for t, _ in splitsing])
        for a, b, (_, zeker) in zip(alle, twijfel, splitsing, strict=True):
            assert b == [None if i in zeker else x for i, x in enumerate(a)]


@pytest.mark.parametrize("mag_tt", [True, False])
@pytest.mark.parametrize("mag_vt", [True, False])
def test_beslis_is_beste_met_marge(mag_tt: bool, mag_vt: bool) -> None:
    mag = (True, mag_tt, mag_vt)
    waarden = (-1.5, 0.0, 0.0, 2.0, 3.25)
    for scores in itertools.product(waarden, repeat=3):
        label = beste(scores, mag)
        tweede = max(
            (s for ander, s in enumerate(scores) if ander != label and mag[ander]),
            default=scores[label],
        )
        assert _beslis(*scores, mag_tt, mag_vt) == (label, scores[label] - tweede)


def traag_een_finiet(zin: Zin, labels: list[int], marges: list[float]) -> None:
    """een_finiet_per_zinsdeel as it was written before it skipped sentences."""
    n = len(labels)
    zinsdeel = []
    extra = 0
    for i in range(n):
        if i and zin.woorden[i] in VRAAGWOORDEN:
            extra += 1
        zinsdeel.append((zin.zinsdeel[i], extra))
    # A demonstrative 'die' right after a finite word and before a noun opens no clause.
    for k in range(1, n - 1):
        if (
            zin.woorden[k] == "die"
            and labels[k - 1]
            and zin.gaten[k] == "_"
            and zin.gaten[k + 1] == "_"
            and _naamwoord_volgt(zin, k + 1)
            and zinsdeel[k] != zinsdeel[k - 1]
        ):
            deel = [j for j in range(k) if zinsdeel[j] == zinsdeel[k - 1]]
            if zin.woorden[deel[0]] in ONDERSCHIKKEND and deel[0] + 1 < k - 1:
                continue  # (a relative clause after the verb of a subordinate clause)
            oud, nieuw = zinsdeel[k], zinsdeel[k - 1]
            zinsdeel = [nieuw if j >= k and d == oud else d for j, d in enumerate(zinsdeel)]
    # The rest of a clause after a relative clause inside its subject.
    woorden = zin.woorden
    gesplitst = list(zinsdeel)
    for b in range(1, n - 2):
        if woorden[b] not in ("die", "dat", "waar") or zin.gaten[b] != "_":
            continue
        if zinsdeel[b] == zinsdeel[b - 1]:
            continue
        a = b - 1
        if woorden[a] not in ("iedereen", "niemand", "alles", "iemand"):
            if zin.klassen[a][:1] != "n" or not zin.tokens[a].tekst[1:].islower():
                continue
            while a > 0 and zin.klassen[a - 1][:1] == "a" and zin.gaten[a] == "_":
                a -= 1
            if a > 0 and woorden[a - 1] in ONDERWERP_BEGIN | {"het"}:
                a -= 1
        bijzin = a > 0 and woorden[a - 1] in VOEGWOORD_MET_ONDERWERP and zin.gaten[a] == "_"
        if a and not bijzin:
            continue
        na = [k for k in range(b + 1, n) if labels[k]]
        if not na:
            continue
        i = na[0]
        j = na[1] if len(na) > 1 else n
        tussen = range(i + 1, j)
        if any(zin.gaten[k] != "_" for k in tussen):
            continue
        if not bijzin and (len(tussen) > 2 or any(zin.klassen[k][:1] not in "ix" for k in tussen)):
            continue
        if (
            j < n
            and zin.gaten[j] == "_"
            and zinsdeel[j] == zinsdeel[b]
            and zin.vlaggen[j] & (lx.MEERVOUD | lx.T_VORM)
            and not (zin.vlaggen[j] & lx.MEERVOUD and _neemt_infinitief(woorden[i]))
        ):
            oud = gesplitst[b]
            gesplitst = [
                ("na bijzin", b) if k >= j and d == oud else d for k, d in enumerate(gesplitst)
            ]
    zinsdeel = gesplitst
    for i in range(n):
        na_voorzetsel = (
            i > 0
            and zin.gaten[i] == "_"
            and woorden[i - 1] in VOORZETSELS
            and not _gestrand_voor(zin, i - 1)
        )
        if not labels[i] or not (zin.vlaggen[i] & DUBBELZINNIG or na_voorzetsel):
            continue
        for j in range(n):
            if j != i and labels[j] and zinsdeel[j] == zinsdeel[i] and (marges[j] > marges[i]):
                labels[i] = 0
                break


def test_een_finiet_per_zinsdeel_is_gelijk_aan_de_eenvoudige_versie() -> None:
    kans = random.Random(5)
    for zin in ALLE_ZINNEN:
        for _ in range(5):
            labels = [kans.choice((0, 0, 1, 2)) for _ in zin.woorden]
            marges = [kans.choice((0.5, 1.0, 3.0)) for _ in zin.woorden]
            verwacht = list(labels)
            traag_een_finiet(zin, verwacht, marges)
            een_finiet_per_zinsdeel(zin, labels, marges)
            assert labels == verwacht


def test_een_finiet_per_zinsdeel_met_alle_kandidaten_zoals_de_eenvoudige_versie() -> None:
    """As above, with every word that can be finite labelled (as stage two might), so the
    verb clusters of relative clauses are met as in real text."""
    kans = random.Random(7)
    for zin in ALLE_ZINNEN:
        for _ in range(3):
            labels = [int(t or v) for t, v in zip(zin.tt, zin.vt, strict=True)]
            marges = [kans.choice((0.5, 1.0, 3.0)) for _ in zin.woorden]
            verwacht = list(labels)
            traag_een_finiet(zin, verwacht, marges)
            een_finiet_per_zinsdeel(zin, labels, marges)
            assert labels == verwacht
