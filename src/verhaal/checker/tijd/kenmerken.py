"""Features of a word for the tense tagger: the word, its lexicon flags and its clause.

Shared by the training script and the checker, so the model sees exactly what it was
trained on. Only *candidates* get features: words that the lexicon knows as a finite verb
form (present or past). Everything else is never flagged.

Training builds the feature strings (:func:`tijd_kenmerken`, :func:`tijd_woord_kenmerken`);
the checker adds up the same features through cached groups (:class:`TijdSommen`), which
``tests/test_tijd_snel.py`` holds to the same sums on real sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, pairwise
from operator import or_
from typing import cast

from verhaal.checker.document import Token
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.model import TT, Model
from verhaal.checker.tijd.tagger import FINIET, TAGS
from verhaal.checker.tijd.woordsoorten import woordsoorten

# Words that open a subordinate clause (verb-final word order) or join main clauses.
ONDERSCHIKKEND = frozenset(
    """dat omdat als toen wanneer terwijl die wie wat waar of zodat hoewel voordat nadat
    totdat tot sinds zodra doordat waardoor waarin waarop waarmee waarna waarbij waaruit
    waarvan waarover waaraan waarvoor alsof opdat indien mits tenzij zoals naarmate
    ofschoon aangezien nu hetgeen welke""".split()
)
NEVENSCHIKKEND = frozenset("en maar want dus of noch".split())
LIDWOORDEN = frozenset(("de", "een", "'n"))
STERK_FINIET = lx.T_VORM | lx.VT_EV | lx.VT_MV
"""Flags of forms that are finite whatever the context (loopt, liep, liepen)."""


def leesteken(gat: str) -> str:
    """Class of the text between two words: the punctuation that matters for clauses."""
    if not gat.strip():
        return "_"
    for tekens, klasse in (
        ("\"„“”‘’«»'", "q"),
        (".!?…", "."),
        (";:", ":"),
        (",", ","),
        ("()[]", "("),
        ("-–—", "-"),
    ):
        if any(t in gat for t in tekens):
            return klasse
    return "x"


@cache
def _vlaggen(vlag: int) -> str:
    """A compact name for a flag combination, e.g. ``SMZ`` for stem+plural+noun."""
    namen = "STMvwVZBsOg"
    return "".join(namen[i] for i in range(11) if vlag & (1 << i)) or "-"


def vorm(tekst: str, zinsbegin: bool) -> str:
    """The shape of a word: digits, all capitals, capitalised, hyphenated or plain."""
    if tekst.isalpha():
        if tekst.islower():
            v = "l"
        elif tekst.isupper() and len(tekst) > 1:
            v = "A"
        else:
            v = "C" if tekst[0].isupper() else "l"
    elif any(c.isdigit() for c in tekst):
        v = "d"
    elif tekst.isupper() and len(tekst) > 1:
        v = "A"
    elif tekst[:1].isupper():
        v = "C"
    elif "-" in tekst:
        v = "h"
    else:
        v = "l"
    return v + ("1" if zinsbegin else "0")


@dataclass(slots=True)
class Zin:
    """One sentence as the two stages see it."""

    tokens: Sequence[Token]
    woorden: list[str]
    vlaggen: list[int]
    namen: list[str]
    """Compact names of the verb-lexicon flags."""
    klassen: list[str]
    """Part-of-speech classes from the word lexicon (woordsoorten.klasse)."""
    vormen: list[str]
    gaten: list[str]
    """Punctuation class before every word, plus one after the last (``E``)."""
    zinsdeel: list[int]
    """Clause number of every token."""
    tt: list[bool]
    """The lexicon allows a finite present reading."""
    vt: list[bool]
    """The lexicon allows a finite past reading."""


_Info = tuple[str, int, str, str, str, str, bool, bool, bool, bool]
"""What analyseer_zin needs of a token's text: the word, its flags and their name, its
class, its shape (not and at the start of a sentence), whether it opens a clause, whether it
is an article, whether it can be finite present and finite past."""
_INFO: dict[str, _Info] = {}
_INFO_VAN: list[lx.Lexicon] = []
"""The lexicon that _INFO was filled from."""
_GATEN: dict[str, str] = {}
"""leesteken() per text between two words."""


def _info(tekst: str, lexicon: lx.Lexicon) -> _Info:
    w = tekst.lower()
    v = lexicon.vlag(w)
    return (
        w,
        v,
        _vlaggen(v),
        woordsoorten().klasse(w),
        vorm(tekst, False),
        vorm(tekst, True),
        w in ONDERSCHIKKEND or w in NEVENSCHIKKEND,
        w in LIDWOORDEN,
        bool(v & lx.TEGENWOORDIG),
        bool(v & lx.VERLEDEN),
    )


def _infos(tokens: Sequence[Token], lexicon: lx.Lexicon) -> list[_Info]:
    """The _Info of every token, cached per token text (words repeat)."""
    if not _INFO_VAN or _INFO_VAN[0] is not lexicon or len(_INFO) > 20_000:
        _INFO.clear()
        _INFO_VAN[:] = [lexicon]
    get = _INFO.get
    infos = [get(t.tekst) for t in tokens]
    if None in infos:
        for i, t in enumerate(tokens):
            if infos[i] is None:
                info = get(t.tekst)
                if info is None:
                    info = _INFO[t.tekst] = _info(t.tekst, lexicon)
                infos[i] = info
    return cast("list[_Info]", infos)


def _gaten(tokens: Sequence[Token], proza: str) -> list[str]:
    """Punctuation class before each token (the first: sentence start ``S``) and after the
    last (``E``)."""
    if len(_GATEN) > 10_000:
        _GATEN.clear()
    stukken = [proza[a.eind : b.start] for a, b in pairwise(tokens)]
    gaten = ["S", *map(_GATEN.get, stukken), "E"]
    if None in gaten:
        for i, tekst in enumerate(stukken, 1):
            if gaten[i] is None:
                gaten[i] = _GATEN[tekst] = leesteken(tekst)
    return gaten  # type: ignore[return-value]


def analyseer_zin(tokens: Sequence[Token], proza: str, lexicon: lx.Lexicon) -> Zin:
    """Lexicon flags, word classes, punctuation and clauses of one sentence."""
    n = len(tokens)
    infos = _infos(tokens, lexicon)
    woorden, vlaggen, namen, klassen, vormen0, vormen1, deelt, lidwoord, tt, vt = (
        map(list, zip(*infos, strict=True)) if n else ([] for _ in range(10))
    )
    vormen = vormen0
    if n and tokens[0].zinsbegin:
        vormen[0] = vormen1[0]
    gaten = _gaten(tokens, proza)
    # Clause index of every token: a new clause after punctuation or a joining word (deelt).
    # Right after an article a word is never finite (de was, een start): no sentence of
    # the UD Dutch treebanks has it.
    zinsdeel = [0] * n
    huidig = 0
    for i in range(1, n):
        if tokens[i].zinsbegin:  # after an opening quote
            vormen[i] = vormen1[i]
        gat = gaten[i]
        if gat == "_" or gat == "x":
            if deelt[i]:
                huidig += 1
            if gat == "_" and lidwoord[i - 1]:
                tt[i] = vt[i] = False
        else:
            huidig += 1
        zinsdeel[i] = huidig
    return Zin(tokens, woorden, vlaggen, namen, klassen, vormen, gaten, zinsdeel, tt, vt)


NOMINAAL = frozenset(("DET", "ADJ", "N", "PROPN", "NUM", "X"))
BEZITTELIJK = frozenset("zijn haar hun mijn jouw onze ons uw je".split())
BETREKKELIJK = frozenset("die dat wat wie welke waar".split())
_BROK = {"ADP": "P", "PRON": "pr", "ADV": "AV", "TT": "F", "VT": "F", "INF": "V", "PART": "V"}


def _brokken(tags: Sequence[str], woorden: Sequence[str]) -> list[str]:
    """A rough chunking of tags: noun phrases (NP), prepositional phrases (PP), verbs (F, V)."""
    uit: list[str] = []
    k = 0
    while k < len(tags):
        t = tags[k]
        if t in NOMINAAL or (t == "PRON" and woorden[k] in BEZITTELIJK):
            k += 1
            while k < len(tags) and tags[k] in NOMINAAL:
                k += 1
            if uit and uit[-1] == "P":
                uit[-1] = "PP"
            else:
                uit.append("NP")
            continue
        uit.append(_BROK.get(t, t))
        k += 1
    return uit


def _emmer(marge: float) -> int:
    return 0 if marge < 2 else 1 if marge < 5 else 2 if marge < 10 else 3


def tijd_woord_kenmerken(woord: str, vlag: int, naam: str) -> list[str]:
    """Stage-two features of the word itself (the model caches their sum per word)."""
    uit = [
        "b",
        "w=" + woord,
        "v=" + naam,
        "s2=" + woord[-2:],
        "s3=" + woord[-3:],
        "p2=" + woord[:2],
    ]
    uit += [_VLAG_KENMERK[bit] for bit in range(11) if vlag >> bit & 1]
    return uit


_VLAG_KENMERK = [f"f={bit}" for bit in range(11)]


def tijd_kenmerken(
    zin: Zin, tags: Sequence[int], marges: Sequence[float]
) -> list[list[str] | None]:
    """Stage-two context features of every candidate (None for words that cannot be finite).

    Candidates are the words the lexicon allows as a finite form (present or past). Their
    context: the words and lexicon flags around them, their clause, and the stage-one tags
    around them, including how many finite verbs the sentence still lacks (one per main
    clause and one per subordinate clause opener, minus the other words tagged finite).
    The word's own features are :func:`tijd_woord_kenmerken`.
    """
    n = len(zin.woorden)
    woorden = zin.woorden
    namen = zin.namen
    vlaggen = zin.vlaggen
    gaten = zin.gaten
    zinsdeel = zin.zinsdeel
    tokens = zin.tokens
    tagnamen = [TAGS[t] for t in tags]
    rand = ["<s>", "<s>", *tagnamen, "</s>", "</s>"]  # tag of j is rand[j + 2]

    verwacht = 1
    nevens = 0
    for j in range(n):
        t = tagnamen[j]
        if t == "SCONJ":
            verwacht += 1
        elif t in ("PRON", "ADV"):
            w = woorden[j]
            if w in BETREKKELIJK or (w.startswith("waar") and len(w) > 5):
                verwacht += 1
        elif t == "CCONJ":
            nevens += 1
    nevens = min(nevens, 2)
    finiet = [t in FINIET for t in tags]
    totaal_finiet = sum(finiet)
    sterk = [bool(v & STERK_FINIET) for v in vlaggen]
    # First and last word of every word's clause.
    begins = [0] * n
    eindes = [0] * n
    for j in range(1, n):
        begins[j] = begins[j - 1] if zinsdeel[j] == zinsdeel[j - 1] else j
    eindes[n - 1] = n - 1
    for j in range(n - 2, -1, -1):
        eindes[j] = eindes[j + 1] if zinsdeel[j] == zinsdeel[j + 1] else j
    uit: list[list[str] | None] = []
    for i in range(n):
        if not (zin.tt[i] or zin.vt[i]):
            uit.append(None)
            continue
        w = woorden[i]
        tekst = tokens[i].tekst
        vorige = woorden[i - 1] if i else "<s>"
        volgende = woorden[i + 1] if i + 1 < n else "</s>"
        vv = namen[i - 1] if i else "<s>"
        nv = namen[i + 1] if i + 1 < n else "</s>"
        begin = begins[i]
        eind = eindes[i]
        eerste = woorden[begin]
        fin_voor = min(sum(sterk[begin:i]), 2)
        fin_na = min(sum(sterk[i + 1 : eind + 1]), 2)
        te_voor = "te" in woorden[max(begin, i - 2) : i]
        plek = min(i - begin, 4)
        bijzin = eerste in ONDERSCHIKKEND
        laatste = i == eind
        vl = namen[i]
        t = tagnamen[i]
        tv = min(sum(finiet[begin:i]), 2)
        tn = min(sum(finiet[i + 1 : eind + 1]), 2)
        tekort = max(-2, min(2, verwacht - (totaal_finiet - finiet[i])))
        voor = _brokken(tagnamen[begin:i], woorden[begin:i])
        na = _brokken(tagnamen[i + 1 : eind + 1], woorden[i + 1 : eind + 1])
        brok = "-".join(voor) if len(voor) <= 3 else "lang"
        t_2, t_1, t1, t2 = rand[i], rand[i + 1], rand[i + 3], rand[i + 4]
        uit.append(
            [
                f"hoofd={tekst[:1].isupper()}{tokens[i].zinsbegin}",
                f"w-1={vorige}",
                f"w-2={woorden[i - 2] if i > 1 else '<s>'}",
                f"w+1={volgende}",
                f"w+2={woorden[i + 2] if i + 2 < n else '</s>'}",
                f"v-1={vv}",
                f"v+1={nv}",
                f"v-1v={vv}|{vl}",
                f"vv+1={vl}|{nv}",
                f"w-1v={vorige}|{vl}",
                f"vw+1={vl}|{volgende}",
                f"ww+1={w}|{volgende}",
                f"w-1w={vorige}|{w}",
                f"g-={gaten[i]}",
                f"g+={gaten[i + 1]}",
                f"g-v={gaten[i]}|{vl}",
                f"g+v={gaten[i + 1]}|{vl}",
                f"plek={plek}|{vl}",
                f"zd1={eerste if plek else '-'}|{vl}",
                f"fv={fin_voor}|{vl}",
                f"fn={fin_na}|{vl}",
                f"te={te_voor}|{vl}",
                f"bz={bijzin}|{laatste}|{vl}",
                f"bzw={bijzin}|{laatste}|{w}",
                f"fvw={fin_voor}|{fin_na}|{w}",
                f"1t={t}",
                f"1tm={t}{_emmer(marges[i])}",
                f"1tv={t}{vl}",
                f"1t-1={t_1}{vl}",
                f"1t+1={t1}{vl}",
                f"1t-2={t_2}{t_1}",
                f"1t+2={t1}{t2}",
                f"1t-+={t_1}{t1}",
                f"1fin={tv}{tn}{t}",
                f"brok={brok}|{vl}",
                f"brokt={brok}|{t}",
                f"brokn={'-'.join(na[:2])}{'|E' if len(na) <= 2 else ''}|{vl}",
                f"tek={tekort}|{t}",
                f"tekv={tekort}|{vl}",
                f"tekc={tekort}|{nevens}|{t}",
            ]
        )
    return uit


_BEZITTELIJK_PRON = len(TAGS) + 2
"""Stand-in tag of a possessive pronoun (``zijn tanden``): _brokken starts a noun phrase there."""
_BEGIN = len(TAGS)
_EIND = len(TAGS) + 1
_TAGNAMEN = (*TAGS, "<s>", "</s>")
"""Names of the tags, and of the stand-ins before the first and after the last word."""
_SCONJ = TAGS.index("SCONJ")
_CCONJ = TAGS.index("CCONJ")
_PRON = TAGS.index("PRON")
_ADV = TAGS.index("ADV")
_PRON_ADV = frozenset((_PRON, _ADV))


class TijdSommen:
    """Stage-two scoring without building strings: the packed sums of :func:`tijd_kenmerken`.

    Each candidate's features fall into a dozen groups, and each group depends on a few
    values only (the word and the previous word; the tags around the word; the clause
    position). The packed sum of a group (:meth:`Model.som`) is cached under exactly the
    values that go into its feature strings, so a candidate costs a dozen look-ups instead
    of 40 strings. The packed sums are plain integers: adding groups gives the same total.
    Training uses :func:`tijd_kenmerken` and :func:`tijd_woord_kenmerken` themselves.
    """

    def __init__(self, model: Model) -> None:
        self.model = model
        self._zinnen = 0
        """Sentences scored (the cache sizes are checked every 64)."""
        groep = model.groep
        self._woord: dict[str, int] = groep("woord")
        self._links: dict[tuple[str, str, str, str], int] = groep("links")
        self._rechts: dict[tuple[str, str, str, str], int] = groep("rechts")
        self._w_2: dict[str, int] = groep("w-2")
        self._w2: dict[str, int] = groep("w+2")
        self._gaten: dict[tuple[str, str, str, bool, bool], int] = groep("gaten")
        self._plek: dict[tuple[str, str, int, int, int, bool, bool, bool], int] = groep("plek")
        self._zd1: dict[tuple[str, str], int] = groep("zd1")
        self._tag: dict[tuple[str, int, int, int, int, int], int] = groep("tag")
        self._tags: dict[tuple[int, ...], int] = groep("tags")
        self._brok: dict[tuple[str, str, str, int], int] = groep("brok")
        self._voor: dict[tuple[int, ...], str] = groep("brokken voor")
        self._na: dict[tuple[int, ...], str] = groep("brokken na")

    def sommen(self, zin: Zin, tags: Sequence[int], marges: Sequence[float]) -> list[int | None]:
        """Per word the packed sum of its stage-two features, its own ones included (the
        sum of :func:`tijd_kenmerken` and :func:`tijd_woord_kenmerken`), or None for words
        that cannot be finite."""
        woorden = zin.woorden
        n = len(woorden)
        mag_tt = zin.tt
        mag_vt = zin.vt
        uit: list[int | None] = [None] * n
        if not any(mag_tt) and not any(mag_vt):
            return uit
        model = self.model
        self._zinnen += 1
        if not self._zinnen % 64 and model.vol():
            model.leeg()
        som = model.som
        lees = model.lees
        namen = zin.namen
        vlaggen = zin.vlaggen
        gaten = zin.gaten
        zinsdeel = zin.zinsdeel
        tokens = zin.tokens
        rand = [_BEGIN, _BEGIN, *tags, _EIND, _EIND]  # tag of j is rand[j + 2]
        verwacht = 1 + tags.count(_SCONJ)
        nevens = min(tags.count(_CCONJ), 2)
        symbolen = list(tags)  # for the chunk caches: a possessive pronoun apart
        for j in compress(range(n), map(_PRON_ADV.__contains__, tags)):
            w = woorden[j]
            if w in BETREKKELIJK or (w.startswith("waar") and len(w) > 5):
                verwacht += 1
            if w in BEZITTELIJK and tags[j] == _PRON:
                symbolen[j] = _BEZITTELIJK_PRON
        # Running counts of strong finite forms and of words tagged finite: the number in
        # woorden[a:b] is tot[b] - tot[a].
        sterk_tot = list(accumulate(map(bool, map(STERK_FINIET.__and__, vlaggen)), initial=0))
        finiet_tot = list(accumulate(map(FINIET.__contains__, tags), initial=0))
        totaal_finiet = finiet_tot[n]
        woordsom = self._woord
        links = self._links
        rechts = self._rechts
        w_2 = self._w_2
        w2 = self._w2
        gaten_som = self._gaten
        plek_som = self._plek
        zd1 = self._zd1
        tag_som = self._tag
        tags_som = self._tags
        brok_voor = self._voor
        brok_na = self._na
        brok_som = self._brok
        for i in compress(range(n), map(or_, mag_tt, mag_vt)):
            # The clause of word i: zinsdeel counts up, one clause after the other.
            deel = zinsdeel[i]
            begin = zinsdeel.index(deel)
            eind = begin + zinsdeel.count(deel) - 1
            w = woorden[i]
            vl = namen[i]
            vorige = woorden[i - 1] if i else "<s>"
            vv = namen[i - 1] if i else "<s>"
            volgende = woorden[i + 1] if i + 1 < n else "</s>"
            nv = namen[i + 1] if i + 1 < n else "</s>"
            totaal = woordsom.get(w)
            if totaal is None:
                totaal = woordsom[w] = som(tijd_woord_kenmerken(w, vlaggen[i], vl))

            sleutel4 = (vorige, vv, w, vl)
            x = links.get(sleutel4)
            if x is None:
                x = links[sleutel4] = som(
                    (
                        f"w-1={vorige}",
                        f"v-1={vv}",
                        f"v-1v={vv}|{vl}",
                        f"w-1v={vorige}|{vl}",
                    )
                ) + lees(f"w-1w={vorige}|{w}")
            totaal += x
            sleutel4 = (w, vl, volgende, nv)
            x = rechts.get(sleutel4)
            if x is None:
                x = rechts[sleutel4] = som(
                    (
                        f"w+1={volgende}",
                        f"v+1={nv}",
                        f"vv+1={vl}|{nv}",
                        f"vw+1={vl}|{volgende}",
                    )
                ) + lees(f"ww+1={w}|{volgende}")
            totaal += x
            ver = woorden[i - 2] if i > 1 else "<s>"
            x = w_2.get(ver)
            if x is None:
                x = w_2[ver] = lees(f"w-2={ver}")
            totaal += x
            ver = woorden[i + 2] if i + 2 < n else "</s>"
            x = w2.get(ver)
            if x is None:
                x = w2[ver] = lees(f"w+2={ver}")
            totaal += x
            g0 = gaten[i]
            g1 = gaten[i + 1]
            token = tokens[i]
            hoofd = token.tekst[:1].isupper()
            zb = token.zinsbegin
            sleutel_g = (g0, g1, vl, hoofd, zb)
            x = gaten_som.get(sleutel_g)
            if x is None:
                x = gaten_som[sleutel_g] = som(
                    (
                        f"hoofd={hoofd}{zb}",
                        f"g-={g0}",
                        f"g+={g1}",
                        f"g-v={g0}|{vl}",
                        f"g+v={g1}|{vl}",
                    )
                )
            totaal += x

            eerste = woorden[begin]
            # min() and max() written out: this loop runs for every candidate.
            fin_voor = sterk_tot[i] - sterk_tot[begin]
            fin_voor = fin_voor if fin_voor < 2 else 2
            fin_na = sterk_tot[eind + 1] - sterk_tot[i + 1]
            fin_na = fin_na if fin_na < 2 else 2
            te_voor = "te" in woorden[begin if begin > i - 2 else i - 2 : i]
            plek = i - begin if i - begin < 4 else 4
            bijzin = eerste in ONDERSCHIKKEND
            laatste = i == eind
            sleutel_p = (w, vl, plek, fin_voor, fin_na, te_voor, bijzin, laatste)
            x = plek_som.get(sleutel_p)
            if x is None:
                x = plek_som[sleutel_p] = som(
                    (
                        f"plek={plek}|{vl}",
                        f"fv={fin_voor}|{vl}",
                        f"fn={fin_na}|{vl}",
                        f"te={te_voor}|{vl}",
                        f"bz={bijzin}|{laatste}|{vl}",
                        f"bzw={bijzin}|{laatste}|{w}",
                        f"fvw={fin_voor}|{fin_na}|{w}",
                    )
                )
            totaal += x
            zd = eerste if plek else "-"
            x = zd1.get((zd, vl))
            if x is None:
                x = zd1[zd, vl] = lees(f"zd1={zd}|{vl}")
            totaal += x

            ti = tags[i]
            t_2, t_1, t1, t2 = rand[i], rand[i + 1], rand[i + 3], rand[i + 4]
            m = marges[i]
            em = 0 if m < 2 else 1 if m < 5 else 2 if m < 10 else 3  # _emmer
            f_i = 1 if ti in FINIET else 0
            tekort = verwacht - (totaal_finiet - f_i)
            tekort = -2 if tekort < -2 else 2 if tekort > 2 else tekort
            sleutel_t = (vl, ti, t_1, t1, em, tekort)
            x = tag_som.get(sleutel_t)
            if x is None:
                t, a, b = _TAGNAMEN[ti], _TAGNAMEN[t_1], _TAGNAMEN[t1]
                x = tag_som[sleutel_t] = som(
                    (
                        f"1t={t}",
                        f"1tm={t}{em}",
                        f"1tv={t}{vl}",
                        f"1t-1={a}{vl}",
                        f"1t+1={b}{vl}",
                        f"tek={tekort}|{t}",
                        f"tekv={tekort}|{vl}",
                    )
                )
            totaal += x
            tv = finiet_tot[i] - finiet_tot[begin]
            tv = tv if tv < 2 else 2
            tn = finiet_tot[eind + 1] - finiet_tot[i + 1]
            tn = tn if tn < 2 else 2
            sleutel_r = (t_2, t_1, ti, t1, t2, tv, tn, tekort, nevens)
            x = tags_som.get(sleutel_r)
            if x is None:
                t, a2, a, b, b2 = (_TAGNAMEN[t] for t in (ti, t_2, t_1, t1, t2))
                x = tags_som[sleutel_r] = som(
                    (
                        f"1t-2={a2}{a}",
                        f"1t+2={b}{b2}",
                        f"1t-+={a}{b}",
                        f"1fin={tv}{tn}{t}",
                        f"tekc={tekort}|{nevens}|{t}",
                    )
                )
            totaal += x

            reeks = tuple(symbolen[begin:i])
            brok = brok_voor.get(reeks)
            if brok is None:
                voor = _brokken([TAGS[t] for t in tags[begin:i]], woorden[begin:i])
                brok = brok_voor[reeks] = "-".join(voor) if len(voor) <= 3 else "lang"
            reeks = tuple(symbolen[i + 1 : eind + 1])
            brokn = brok_na.get(reeks)
            if brokn is None:
                na = _brokken([TAGS[t] for t in tags[i + 1 : eind + 1]], woorden[i + 1 : eind + 1])
                brokn = brok_na[reeks] = f"{'-'.join(na[:2])}{'|E' if len(na) <= 2 else ''}"
            sleutel_b = (brok, brokn, vl, ti)
            x = brok_som.get(sleutel_b)
            if x is None:
                t = _TAGNAMEN[ti]
                x = brok_som[sleutel_b] = som(
                    (f"brok={brok}|{vl}", f"brokt={brok}|{t}", f"brokn={brokn}|{vl}")
                )
            uit[i] = totaal + x
        return uit


DUBBELZINNIG = lx.MEERVOUD | lx.ZELFST | lx.BIJV
"""Forms that can also be an infinitive, a noun or an adjective."""


VRAAGWOORDEN = frozenset("hoe hoeveel hoelang hoezeer waarom welk".split())
"""Words that open an indirect question, a subordinate clause with its own finite verb
(``hij weet hoe lang een deeg moet rijzen``). The trained features do not split clauses on
them (they were trained without); :func:`een_finiet_per_zinsdeel` does."""


def een_finiet_per_zinsdeel(zin: Zin, labels: list[int], marges: list[float]) -> None:
    """Drop a doubtful finite reading when a surer finite verb shares its clause.

    A Dutch clause has one finite verb. When the tagger calls two words of one clause
    finite and one of them can also be an infinitive, noun or adjective (``liet een schelp
    rondgaan``, ``haar handen zaten``), the one with the smaller margin is that other thing.
    An indirect question (:data:`VRAAGWOORDEN`) is a clause of its own here.
    Changes ``labels`` in place.
    """
    n = len(labels)
    if n - labels.count(0) < 2:
        return  # at most one finite verb: nothing to choose between
    zinsdeel = []
    extra = 0
    for i in range(n):
        if i and zin.woorden[i] in VRAAGWOORDEN:
            extra += 1
        zinsdeel.append((zin.zinsdeel[i], extra))
    finiet = [i for i in range(n) if labels[i]]  # labels only ever go to 0 below
    for i in finiet:
        if not labels[i] or not zin.vlaggen[i] & DUBBELZINNIG:
            continue
        for j in finiet:
            if j != i and labels[j] and zinsdeel[j] == zinsdeel[i] and (marges[j] > marges[i]):
                labels[i] = 0
                break


_NAAM_OF_WERKWOORD = frozenset("nt-")
"""Most frequent word classes (woordsoorten.klasse) of a stem that may be read as a verb
after ``ik``: a noun (hoop, fiets), a present verb form, or unknown."""


def stam_na_ik(zin: Zin, tags: Sequence[int], labels: list[int], marges: list[float]) -> None:
    """A verb stem right after ``ik`` is the finite verb: ``ik hoop dat``, ``ik fiets elke
    dag``. The models often read such stems as nouns (hoop, fiets, vraag); the first person
    is rare in their treebank text and common in teachers' stories. Only where no other
    word of the clause is finite: in ``toen kreeg ik hoop`` and ``toen ik hoop kreeg`` the
    verb is elsewhere and the stem stays a noun. Changes ``labels`` in place (present tense,
    margin 0)."""
    for i in range(1, len(labels)):
        if labels[i] or not zin.tt[i] or not zin.vlaggen[i] & lx.STAM:
            continue
        if zin.woorden[i - 1] != "ik" or zin.gaten[i] != "_":
            continue
        if zin.klassen[i][:1] not in _NAAM_OF_WERKWOORD:
            continue  # "dat ik in enig jaar": a preposition that is also a stem (innen)
        deel = zin.zinsdeel[i]
        if any(
            j != i and zin.zinsdeel[j] == deel and (labels[j] or tags[j] in FINIET)
            for j in range(len(labels))
        ):
            continue
        labels[i] = TT
        marges[i] = 0.0


GRAADWOORDEN = frozenset(
    "zo te heel erg zeer nogal vrij ontzettend enorm hartstikke behoorlijk redelijk".split()
)
"""Degree words: what follows them inside a clause is an adjective or adverb (zo laat, te
heet, heel stil), never a finite verb."""


def bijvoeglijk_na_graad(zin: Zin, labels: list[int]) -> None:
    """Drop the finite reading of a word that can be an adjective right after a degree word
    inside its clause (``waarom ze zo laat was``, ``het water was te heet``). Not after a
    degree word that opens the clause: in ``zo loopt hij`` the verb follows ``zo``.
    Changes ``labels`` in place."""
    for i in range(1, len(labels)):
        if not labels[i] or not zin.vlaggen[i] & lx.BIJV or zin.gaten[i] != "_":
            continue
        j = i - 1
        if zin.woorden[j] not in GRAADWOORDEN:
            continue
        if j == 0 or zin.zinsdeel[j - 1] != zin.zinsdeel[j]:
            continue  # the degree word opens its clause
        labels[i] = 0
