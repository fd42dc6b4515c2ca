"""Finding finite verbs and their tense in a story: lexicons + two small trained models.

``finiete_werkwoorden(doc)`` returns, for every word that is a finite verb in the
present or the past, its token and the tense. Per sentence:

1. the verb lexicon (``lexicon``) says which words *can* be a finite verb (``loopt``,
   ``lopen``, ``loop``, ``liep``), the word-class lexicon (``woordsoorten``) what else they
   can be (``krijt``: a noun; ``zoet``: an adjective);
2. stage one (``tagger``) gives every word a part of speech, left to right;
3. stage two (``model``, features in ``kenmerken``) decides for each possible finite verb
   from its context and the tags around it whether it is one (``de kinderen/N spelen`` vs
   ``ze wilden/VT spelen``, ``zijn/PRON tanden``);
4. a clause keeps one finite verb (``een_finiet_per_zinsdeel``), and a verb stem right
   after ``ik`` is finite where nothing else in its clause is (``stam_na_ik``), and an
   adjective right after a degree word is not (``bijvoeglijk_na_graad``: zo laat).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import compress, groupby
from operator import attrgetter, or_
from typing import Literal, NamedTuple

from verhaal.checker.document import Document, Token
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.kenmerken import (
    MAX_ZIN,
    MEERVOUD_ONDERWERP_BEGIN,
    TijdSommen,
    Zin,
    analyseer_zin,
    bijvoeglijk_na_graad,
    bijvoeglijk_voor_voorzetsel,
    deelwoord_als_uitroep,
    een_finiet_per_zinsdeel,
    een_voor_een,
    finiet_achteraan_bijzin,
    gebiedende_wijs,
    getal_geen_werkwoord,
    infinitief_in_ellips,
    infinitief_in_nevenzin,
    infinitief_na_dubbele_punt,
    infinitief_na_en,
    infinitief_na_enkelvoudig_voorwerp,
    infinitief_na_even,
    inversie_na_en,
    meervoud_in_verleden_zin,
    meervoud_na_betrekkelijke_bijzin,
    meervoud_na_onderwerp,
    naamwoord_in_opsomming,
    naamwoord_na_bezittelijk,
    naamwoord_na_voorzetsel,
    nevenzin_na_bijzin,
    stam_na_ik,
    taak_in_opsomming,
    zeker_verleden,
    zijn_voor_zelfstandig,
)
from verhaal.checker.tijd.klassen import klassen_na_tagging, klassen_ook_zonder_tt
from verhaal.checker.tijd.model import TT, VELD, VT, O, laad_model
from verhaal.checker.tijd.onbekend import (
    ONBEKEND_KLASSE,
    VOORNAAMWOORDEN,
    onbekende_in_zin,
    onbekende_na_naamwoord,
)
from verhaal.checker.tijd.tagger import laad_tagger
from verhaal.checker.tijd.woordsoorten import woordsoorten as _woordsoorten

Tijd = Literal["tegenwoordig", "verleden"]

__all__ = ["Tijd", "Werkwoord", "finiete_werkwoorden", "laad"]


class Werkwoord(NamedTuple):
    """A finite verb found in the text (a named tuple: cheaper to build than a frozen
    dataclass, like :class:`Token`)."""

    token: Token
    tijd: Tijd
    zekerheid: float
    """Score margin of the chosen tense over the best other label (higher = surer)."""


ZEKER = 64.0
"""Margin of a word that can only be a finite past form (``liep``): stage two is not asked
(:func:`~verhaal.checker.tijd.kenmerken.zeker_verleden`). It stands in for the margin stage
two would give and matters where ``een_finiet_per_zinsdeel`` weighs such a word against a
doubtful finite word of the same clause: on the UD dev files stage two gives these words a
margin of 64 or more in 95 % of the cases (median 103), so a doubtful word it is less sure
of yields, as before they skipped stage two (``of hij laat thuis mocht komen``: ``laat``
is no verb here)."""

TT_VOORKEUR = 2.0
"""Added to the present-tense score of stage two: it misses more present forms than it
invents (chosen by 4-fold cross-validation on the UD dev files)."""


def laad() -> None:
    """Load the lexicons and both models now (they load lazily on first use otherwise)."""
    lx.lexicon()
    _woordsoorten()
    laad_tagger()
    laad_model()


@cache
def _tijd_sommen() -> TijdSommen:
    return TijdSommen(laad_model())


def finiete_werkwoorden(
    doc: Document,
    marge: float = 0.0,
    tijd: Tijd | None = None,
    citaten: bool = True,
    alleen_verhaal: bool = False,
) -> Iterator[Werkwoord]:
    """Every finite verb in ``doc`` (quoted text included), in text order; first, unless
    ``tijd`` is the past or ``marge`` is above 0, the present forms of verbs no lexicon
    knows (``hij gamet``: :mod:`verhaal.checker.tijd.onbekend`, margin 0), which neither
    stage sees.

    ``marge`` is the minimum score margin for a word to count as finite. With ``tijd``
    only the verbs of that tense are given, with ``citaten`` False none in quoted text,
    and with ``alleen_verhaal`` only those of the story body (``doc.verhaal_tokens()``:
    not the title or front matter). A sentence without a word that the lexicon allows as
    such a verb is then not analysed at all: a sentence is tagged and judged on its own,
    and a word is only ever labelled with a tense its lexicon flags allow (``zin.tt``,
    ``zin.vt``), so skipping such a sentence changes no other verb (a past-tense story:
    the title and the sentences without a possible present form outside quotes).
    """
    lexicon = lx.lexicon()
    schaal = laad_model().schalen[0]
    verhaal = set(map(id, doc.verhaal_tokens())) if alleen_verhaal else None
    zinnen = []
    # Present forms of verbs no lexicon knows (hij gamet): never candidates of the stages.
    onbekend: list[Token] | None = [] if tijd != "verleden" and marge <= 0 else None
    for _, deel in groupby(doc.tokens, _ZIN):
        for tokens in _regels(list(deel), doc.proza):
            for begin in range(0, len(tokens), MAX_ZIN):  # one window unless very long
                zin = analyseer_zin(tokens[begin : begin + MAX_ZIN], doc.proza, lexicon)
                if _te_beoordelen(zin, tijd, citaten, verhaal):
                    zinnen.append(zin)  # else: no word that can be a wanted verb
                if onbekend is not None and not VOORNAAMWOORDEN.isdisjoint(zin.woorden):
                    onbekend.extend(zin.tokens[i] for i in onbekende_in_zin(zin))
                if onbekend is not None and ONBEKEND_KLASSE in zin.klassen:
                    onbekend.extend(zin.tokens[i] for i in onbekende_na_naamwoord(zin))
    if onbekend:
        yield from _onbekende(onbekend, citaten, verhaal)
    if not zinnen:
        return
    gezocht = None if tijd is None else TT if tijd == "tegenwoordig" else VT
    getagd = laad_tagger().tag_alle(zinnen)
    splitsing = [zeker_verleden(zin) for zin in zinnen]
    # The packed sums of the words stage two judges, all sentences one after the other.
    totalen = iter(_tijd_sommen().totalen(zinnen, getagd, [t for t, _ in splitsing]))
    for zin, (tags, _), (twijfel, zeker) in zip(zinnen, getagd, splitsing, strict=True):
        n = len(zin.woorden)
        labels = [0] * n
        marges = [0.0] * n
        for i in zeker:
            labels[i], marges[i] = VT, ZEKER
        tt = zin.tt
        vt = zin.vt
        for i, totaal in zip(twijfel, totalen, strict=False):  # to the end of twijfel
            # As in Model: three 32-bit fields, each weight plus 2**15 (the
            # same bias in every field, so it cancels in the comparisons).
            labels[i], marges[i] = _beslis(
                (totaal & VELD) * schaal,
                (totaal >> 32 & VELD) * schaal + TT_VOORKEUR,
                (totaal >> 64) * schaal,
                tt[i],
                vt[i],
            )
        # (the later rules are called only where their trigger can be: a call per
        # sentence and rule costs about as much as a rule that finds nothing)
        woorden = zin.woorden
        met_tt = TT in labels  # (no rule before infinitief_na_en adds a present label)
        if met_tt:
            naamwoord_na_bezittelijk(zin, tags, labels)
            een_voor_een(zin, labels, marges)
        een_finiet_per_zinsdeel(zin, labels, marges)
        infinitief_in_nevenzin(zin, tags, labels)
        infinitief_na_dubbele_punt(zin, tags, labels)
        infinitief_na_even(zin, labels)
        if met_tt:
            infinitief_na_en(zin, tags, labels)
            infinitief_na_enkelvoudig_voorwerp(zin, tags, labels)
        naamwoord_na_voorzetsel(zin, tags, labels)
        naamwoord_in_opsomming(zin, tags, labels)
        getal_geen_werkwoord(zin, labels)
        zijn_voor_zelfstandig(zin, tags, labels)
        meervoud_na_onderwerp(zin, tags, labels)
        if TT in labels:
            klassen_na_tagging(zin, tags, labels)  # (round 7: checker/tijd/klassen.py)
        if TT in labels and ":" in zin.gaten:
            taak_in_opsomming(zin, tags, labels, doc.proza)
        if woorden[0] in MEERVOUD_ONDERWERP_BEGIN:
            meervoud_na_betrekkelijke_bijzin(zin, tags, labels)
        finiet_achteraan_bijzin(zin, tags, labels)
        nevenzin_na_bijzin(zin, tags, labels)
        stam_na_ik(zin, tags, labels, marges)
        if TT in labels or "al" in woorden:
            inversie_na_en(zin, tags, labels)
        bijvoeglijk_na_graad(zin, labels)
        deelwoord_als_uitroep(zin, labels)
        gebiedende_wijs(zin, tags, labels)
        meervoud_in_verleden_zin(zin, labels)
        infinitief_in_ellips(zin, tags, labels)
        bijvoeglijk_voor_voorzetsel(zin, tags, labels)
        klassen_ook_zonder_tt(zin, tags, labels, doc)  # (round 11: checker/tijd/klassen.py)
        for i in compress(range(n), labels):  # TT or VT
            if marges[i] < marge or (gezocht and labels[i] != gezocht):
                continue
            token = zin.tokens[i]
            if _gegeven(token, citaten, verhaal):
                yield Werkwoord(token, "tegenwoordig" if labels[i] == TT else "verleden", marges[i])


_ZIN = attrgetter("zin")


def _onbekende(tokens: list[Token], citaten: bool, verhaal: set[int] | None) -> Iterator[Werkwoord]:
    """The present forms of unknown verbs among ``tokens`` that :func:`finiete_werkwoorden`
    gives with these options (margin 0: no stage judged them)."""
    for token in tokens:
        if _gegeven(token, citaten, verhaal):
            yield Werkwoord(token, "tegenwoordig", 0.0)


def _gegeven(token: Token, citaten: bool, verhaal: set[int] | None) -> bool:
    """Whether :func:`finiete_werkwoorden` gives a verb at ``token`` with these options:
    outside quotes unless ``citaten``, and in the story body when ``verhaal`` (the ids of
    its tokens) is given."""
    return (citaten or not token.citaat) and (verhaal is None or id(token) in verhaal)


def _te_beoordelen(zin: Zin, tijd: Tijd | None, citaten: bool, verhaal: set[int] | None) -> bool:
    """Whether a word of ``zin`` can be a finite verb that :func:`finiete_werkwoorden`
    gives with these options (see there; ``verhaal``: the ids of the story's tokens, None
    for all)."""
    if tijd == "tegenwoordig":
        mogelijk = zin.tt
    elif tijd == "verleden":
        mogelijk = zin.vt
    else:
        mogelijk = list(map(or_, zin.tt, zin.vt))
    if verhaal is not None:
        return any(_gegeven(t, citaten, verhaal) for t in compress(zin.tokens, mogelijk))
    if citaten:
        return any(mogelijk)
    return not all(t.citaat for t in compress(zin.tokens, mogelijk))


def _regels(tokens: list[Token], proza: str) -> Iterator[list[Token]]:
    """A sentence split where a line ends without punctuation and the next line starts
    with a capital: a heading or a line of a list (``Programma`` / ``Het grote kernpunt
    ...``), not a sentence that goes on (a wrapped line goes on in lower case)."""
    if proza.find("\n", tokens[0].start, tokens[-1].eind) < 0:
        yield tokens  # one line (most sentences)
        return
    begin = 0
    for i in range(1, len(tokens)):
        t = tokens[i]
        if t.tekst[:1].isupper():
            tussen = proza[tokens[i - 1].eind : t.start]
            if "\n" in tussen and not tussen.strip():
                yield tokens[begin:i]
                begin = i
    yield tokens[begin:]


def _beslis(o: float, tt: float, vt: float, mag_tt: bool, mag_vt: bool) -> tuple[int, float]:
    """The best allowed label by the scores of O, TT and VT (ties to the lower label, O
    first; O is always allowed) and its margin over the next best allowed one:
    :func:`beste` for three labels, written out."""
    if mag_tt:
        if mag_vt:
            if o >= tt:
                if o >= vt:
                    return O, o - max(tt, vt)
                return VT, vt - o
            if tt >= vt:
                return TT, tt - max(o, vt)
            return VT, vt - tt
        if o >= tt:
            return O, o - tt
        return TT, tt - o
    if mag_vt:
        if o >= vt:
            return O, o - vt
        return VT, vt - o
    return O, 0.0
