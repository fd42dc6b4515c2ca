"""Features of a word for the tense tagger: the word, its lexicon flags and its clause.

Shared by the training script and the checker, so the model sees exactly what it was
trained on. Only *candidates* get features: words that the lexicon knows as a finite verb
form (present or past). Everything else is never flagged.

Training builds the feature strings (:func:`tijd_kenmerken`, :func:`tijd_woord_kenmerken`);
the checker adds up the same features through cached groups (:class:`TijdSommen`), which
``tests/test_tijd_snel.py`` holds to the same sums on real sentences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, compress, pairwise
from operator import attrgetter, or_
from typing import Any, cast

from verhaal.checker.document import Token
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.model import TT, VT, Model
from verhaal.checker.tijd.tagger import FINIET, TAGS
from verhaal.checker.tijd.verklaring import Groep, Sommen, Verklaring
from verhaal.checker.tijd.woordsoorten import meervoud_kandidaten, woordsoorten
from verhaal.checker.woordenboek import genummerde_woorden

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


_KORTE_STAM_EINDE = ("ou", "ij")


def volle_stam(w: str, lexicon: lx.Lexicon) -> str:
    """The form whose verb-lexicon entry a lower-case word ``w`` stands for: the stem with
    its ``-d`` for a spoken stem that drops it (``hou``: houd, ``snij``: snijd), which the
    verb lexicon lacks and the word lexicon knows mostly as a present verb; ``w`` itself
    otherwise (``mij``, ``wij``: pronouns; ``rij``: in the verb lexicon)."""
    if (
        w.endswith(_KORTE_STAM_EINDE)
        and not lexicon.vlag(w)
        and lexicon.vlag(w + "d") & lx.STAM
        and woordsoorten().klasse(w)[:1] == "t"
    ):
        return w + "d"
    return w


def _info(tekst: str, lexicon: lx.Lexicon) -> _Info:
    w = tekst.lower()
    v = lexicon.vlag(w) or lexicon.vlag(volle_stam(w, lexicon))
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
    if not all(infos):  # an info is a non-empty tuple, a miss None
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
    if not all(gaten):  # a class is a non-empty string, a miss None
        for i, tekst in enumerate(stukken, 1):
            if gaten[i] is None:
                gaten[i] = _GATEN[tekst] = leesteken(tekst)
    return gaten  # type: ignore[return-value]


MAX_ZIN = 400
"""Words per window: a longer sentence is analysed in windows of this many words, so time
and memory stay linear in a text without full stops. No sentence of the evaluation stories
or the UD Dutch treebanks is this long (the longest has 292 words)."""
MAX_ZINSDEEL = 64
"""Words per clause: a longer run without punctuation or a joining word is cut (the longest
clause in the evaluation stories and the treebanks has 53 words)."""


_ZINSBEGIN = attrgetter("zinsbegin")


def analyseer_zin(tokens: Sequence[Token], proza: str, lexicon: lx.Lexicon) -> Zin:
    """Lexicon flags, word classes, punctuation and clauses of one sentence."""
    n = len(tokens)
    infos = _infos(tokens, lexicon)
    woorden, vlaggen, namen, klassen, vormen0, vormen1, deelt, lidwoord, tt, vt = (
        map(list, zip(*infos, strict=True)) if n else ([] for _ in range(10))
    )
    vormen = vormen0
    for i in compress(range(n), map(_ZINSBEGIN, tokens)):  # also after an opening quote
        vormen[i] = vormen1[i]
    gaten = _gaten(tokens, proza)
    # Clause index of every token: a new clause after punctuation or a joining word (deelt).
    # Right after an article a word is never finite (de was, een start): no sentence of
    # the UD Dutch treebanks has it.
    # A clause is at most MAX_ZINSDEEL words long (a text without punctuation has no
    # other breaks; the features scan a candidate's clause).
    zinsdeel = [0] * n
    huidig = 0
    begin = 0
    for i in range(1, n):
        gat = gaten[i]
        if gat == "_" or gat == "x":
            nieuw = deelt[i]
            if gat == "_" and lidwoord[i - 1]:
                tt[i] = vt[i] = False
        else:
            nieuw = True
        if nieuw or i - begin >= MAX_ZINSDEEL:
            huidig += 1
            begin = i
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


def tijd_woord_kenmerken(woord: str, vlag: int, naam: str) -> list[str]:
    """Stage-two features of the word itself."""
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
_BEZITTELIJK_PRON = len(TAGS) + 2
"""Stand-in tag of a possessive pronoun (``zijn tanden``): _brokken starts a noun phrase there."""
_TAGNAMEN = (*TAGS, "<s>", "</s>")
"""Names of the tags, and of the stand-ins before the first and after the last word."""
_BEGIN = _TAGNAMEN.index("<s>")
_EIND = _TAGNAMEN.index("</s>")
_SCONJ = TAGS.index("SCONJ")
_CCONJ = TAGS.index("CCONJ")
_PRON = TAGS.index("PRON")
_ADV = TAGS.index("ADV")
_PRON_ADV = frozenset((_PRON, _ADV))
_N = TAGS.index("N")
_ADJ = TAGS.index("ADJ")


class Omgeving:
    """A sentence with its stage-one tags, as stage two sees it: what :func:`waarden`
    reads. The positions of interest (``idx``) are the candidates: the words
    that the lexicon allows as a finite form (present or past)."""

    __slots__ = (
        "begin",
        "eind",
        "finiet_tot",
        "idx",
        "marges",
        "nevens",
        "sterk_tot",
        "symbolen",
        "tags",
        "verwacht",
        "zin",
    )

    def __init__(
        self,
        zin: Zin,
        tags: Sequence[int],
        marges: Sequence[float],
        idx: list[int] | None = None,
    ) -> None:
        """``idx``: the words to score (by default every word that can be finite)."""
        self.zin = zin
        self.tags = tags
        self.marges = marges
        n = len(zin.woorden)
        self.idx = list(compress(range(n), map(or_, zin.tt, zin.vt))) if idx is None else idx
        # First and last word of every candidate's clause (zinsdeel counts up).
        zinsdeel = zin.zinsdeel
        delen = [zinsdeel[i] for i in self.idx]
        self.begin = [bisect_left(zinsdeel, d) for d in delen]
        self.eind = [bisect_right(zinsdeel, d) - 1 for d in delen]
        woorden = zin.woorden
        # How many finite verbs the sentence needs: one per main clause, one per word that
        # opens a subordinate clause (a conjunction, a relative pronoun).
        verwacht = 1 + tags.count(_SCONJ)
        symbolen = list(tags)  # for the chunk caches: a possessive pronoun apart
        for j in compress(range(n), map(_PRON_ADV.__contains__, tags)):
            w = woorden[j]
            if w in BETREKKELIJK or (w.startswith("waar") and len(w) > 5):
                verwacht += 1
            if w in BEZITTELIJK and tags[j] == _PRON:
                symbolen[j] = _BEZITTELIJK_PRON
        self.verwacht = verwacht
        self.nevens = min(tags.count(_CCONJ), 2)
        self.symbolen = symbolen
        # Running counts of strong finite forms and of words tagged finite: the number in
        # woorden[a:b] is tot[b] - tot[a].
        self.sterk_tot = list(
            accumulate(map(bool, map(STERK_FINIET.__and__, zin.vlaggen)), initial=0)
        )
        self.finiet_tot = list(accumulate(map(FINIET.__contains__, tags), initial=0))


_BROKKEN: dict[tuple[int, ...], tuple[str, str]] = {}
"""Per sequence of tag symbols (see :attr:`Omgeving.symbolen`) the values ``brok`` and
``brokn`` of its chunks (:func:`_brokken`): as the part of a clause before a candidate and
as the part after it."""


def _brokken_van(om: Omgeving, a: int, b: int, reeks: tuple[int, ...]) -> tuple[str, str]:
    """The entry of :data:`_BROKKEN` for words ``a`` to ``b`` (their symbols ``reeks``)."""
    if len(_BROKKEN) > 20_000:
        _BROKKEN.clear()
    brokken = _brokken([TAGS[t] for t in om.tags[a:b]], om.zin.woorden[a:b])
    uit = _BROKKEN[reeks] = (
        "-".join(brokken) if len(brokken) <= 3 else "lang",
        f"{'-'.join(brokken[:2])}{'|E' if len(brokken) <= 2 else ''}",
    )
    return uit


NAMEN = (
    "w",
    "vlag",
    "vl",
    "w-1",
    "w-2",
    "w+1",
    "w+2",
    "v-1",
    "v+1",
    "g-",
    "g+",
    "hoofd",
    "zb",
    "plek",
    "fv",
    "fn",
    "te",
    "bz",
    "laatste",
    "zd",
    "t",
    "t-2",
    "t-1",
    "t+1",
    "t+2",
    "em",
    "tek",
    "tv",
    "tn",
    "nevens",
    "brok",
    "brokn",
    "zt",
    "vf",
    "mo",
)
"""Stage two's values of a candidate (see :func:`waarden`)."""


def waarden(om: Omgeving) -> list[tuple[Any, ...]]:
    """Per candidate its values :data:`NAMEN`: the word, its flags (``vlag``, named:
    ``vl``), the words and flags around it, the gaps before and after it, whether it is
    capitalised (``hoofd``) or opens a sentence (``zb``); in its clause: its place
    (``plek``, at most 4), the strong finite forms before and after it (``fv``, ``fn``),
    ``te`` right before it, whether the clause is subordinate (``bz``), whether the word
    ends it (``laatste``), its first word (``zd``, ``-`` for the word itself), the stage-one
    tags around it (``t``...), the tag margin (``em``, bucketed), the finite verbs the
    sentence lacks without it (``tek``), the words tagged finite before and after it in
    its clause (``tv``, ``tn``), the coordinating conjunctions (``nevens``) and the chunks
    of the clause before and after it (``brok``, ``brokn``); the tense of the rest of the
    sentence (``zt``: whether other words are tagged finite past, finite present) and the
    last word before it tagged finite (``vf``: its tag, ``i`` when its verb takes a bare
    infinitive: ``liet ... snijden``, ``ging ... praten``; ``-`` for none) and whether its
    clause has another word that can be a plural subject (``mo``: ``p``, else ``-``; ``e``
    before it when the clause opens with a coordinating conjunction, whose subject can be
    in the clause before): a plural form without one is no finite verb (``de muts zoeken
    in de klas``)."""
    zin = om.zin
    woorden = zin.woorden
    namen = zin.namen
    vlaggen = zin.vlaggen
    gaten = zin.gaten
    tokens = zin.tokens
    tags = om.tags
    marges = om.marges
    n = len(woorden)
    # With stand-ins at both ends, so a neighbour needs no test: word j is rand_w[j + 2],
    # its flags rand_v[j + 1], its tag rand[j + 2].
    rand = ["<s>", "<s>", *map(_TAGNAMEN.__getitem__, tags), "</s>", "</s>"]
    rand_w = ["<s>", "<s>", *woorden, "</s>", "</s>"]
    rand_v = ["<s>", *namen, "</s>"]
    sterk_tot = om.sterk_tot
    finiet_tot = om.finiet_tot
    totaal_finiet = finiet_tot[n]
    verwacht = om.verwacht
    nevens = om.nevens
    symbolen = om.symbolen
    brokken_get = _BROKKEN.get
    n_vt = tags.count(_VT)
    n_tt = tags.count(_TT)
    # The few words the new values look at: words tagged finite, subject pronouns, words
    # that can be a plural subject (positions, in order).
    finiet = list(compress(range(n), map(_FINIETE_TAGS.__contains__, tags)))
    onderwerp = list(compress(range(n), map(ONDERWERP.__contains__, woorden)))
    meervoud = _kan_meervoud_onderwerp(woorden, tags)
    uit = []
    for i, begin, eind in zip(om.idx, om.begin, om.eind, strict=True):
        eerste = woorden[begin]
        plek = i - begin
        fv = sterk_tot[i] - sterk_tot[begin]
        fn = sterk_tot[eind + 1] - sterk_tot[i + 1]
        tv = finiet_tot[i] - finiet_tot[begin]
        tn = finiet_tot[eind + 1] - finiet_tot[i + 1]
        tag = tags[i]
        tekort = verwacht - totaal_finiet + (tag in FINIET)
        reeks = tuple(symbolen[begin:i])
        voor = brokken_get(reeks) or _brokken_van(om, begin, i, reeks)
        reeks = tuple(symbolen[i + 1 : eind + 1])
        na = brokken_get(reeks) or _brokken_van(om, i + 1, eind + 1, reeks)
        token = tokens[i]
        marge = marges[i]
        uit.append(
            (
                woorden[i],
                vlaggen[i],
                namen[i],
                rand_w[i + 1],
                rand_w[i],
                rand_w[i + 3],
                rand_w[i + 4],
                rand_v[i],
                rand_v[i + 2],
                gaten[i],
                gaten[i + 1],
                token.tekst[:1].isupper(),
                token.zinsbegin,
                plek if plek < 4 else 4,
                fv if fv < 2 else 2,
                fn if fn < 2 else 2,
                "te" in woorden[begin if begin > i - 2 else i - 2 : i],
                eerste in ONDERSCHIKKEND,
                i == eind,
                eerste if plek else "-",
                rand[i + 2],
                rand[i],
                rand[i + 1],
                rand[i + 3],
                rand[i + 4],
                0 if marge < 2 else 1 if marge < 5 else 2 if marge < 10 else 3,  # em: bucketed
                -2 if tekort < -2 else 2 if tekort > 2 else tekort,
                tv if tv < 2 else 2,
                tn if tn < 2 else 2,
                nevens,
                voor[0],
                na[1],
                _ZINSTIJD[n_vt - (tag == _VT) > 0][n_tt - (tag == _TT) > 0],
                _vorige_finiet(woorden, tags, finiet, onderwerp, i),
                ("e" if eerste in NEVENSCHIKKEND else "")
                + (
                    "p"
                    if bisect_right(meervoud, eind) - bisect_left(meervoud, begin) - (i in meervoud)
                    > 0
                    else "-"
                ),
            )
        )
    return uit


MEERVOUD_PRONOMEN = frozenset("wij we zij ze jullie die deze".split())
"""Pronouns that can be a plural subject."""
_ZELFSTANDIG = frozenset((TAGS.index("N"), TAGS.index("PROPN")))


def _kan_meervoud_onderwerp(woorden: Sequence[str], tags: Sequence[int]) -> list[int]:
    """The positions of the words that can be (the head of) a plural subject, in order: a
    noun that can be a plural (:func:`meervoudsvorm`), or a plural pronoun that is not
    tagged as a noun."""
    n = len(woorden)
    bekend = _MEERVOUDSVORM.get
    uit = []
    for j in compress(range(n), map(_ZELFSTANDIG.__contains__, tags)):
        m = bekend(woorden[j])
        if m is None:
            m = meervoudsvorm(woorden[j])
        if m:
            uit.append(j)
    voornaamwoorden = [
        j
        for j in compress(range(n), map(MEERVOUD_PRONOMEN.__contains__, woorden))
        if tags[j] not in _ZELFSTANDIG
    ]
    if voornaamwoorden:
        uit = sorted(uit + voornaamwoorden)
    return uit


_MEERVOUDSVORM: dict[str, bool] = {}


def meervoudsvorm(woord: str) -> bool:
    """Whether a noun can be a plural: it ends in ``'s`` or ``-jes`` (auto's, stukjes), or
    in ``-en`` or ``-s`` after a noun (kinderen, jongens), or in ``-en`` and is short or
    not itself a noun (ogen; not pompoen, keuken; not muts, kaas, les). Cached."""
    uit = _MEERVOUDSVORM.get(woord)
    if uit is None:
        if len(_MEERVOUDSVORM) > 10_000:
            _MEERVOUDSVORM.clear()
        uit = _MEERVOUDSVORM[woord] = _meervoudsvorm(woord)
    return uit


def _meervoudsvorm(woord: str) -> bool:
    if woord.endswith("'s"):
        return True
    if woord.endswith("jes"):
        return woordsoorten().klasse(woord)[:1] in "n-"  # stukjes, not zachtjes
    if not woord.endswith(("en", "s")):
        return False
    zelfst = woordsoorten().zelfst
    if any(k in zelfst for k in meervoud_kandidaten(woord)):
        return True
    return woord.endswith("en") and (len(woord) <= 4 or woord not in zelfst)  # (ogen, oren)


_VT = TAGS.index("VT")
_TT = TAGS.index("TT")
_ZINSTIJD = (("--", "-T"), ("V-", "VT"))
"""``zt`` by (another word tagged past, another word tagged present)."""
_NEEMT_INFINITIEF: dict[str, bool] = {}


_FINIETE_TAGS = frozenset((_VT, _TT))


def _vorige_finiet(
    woorden: Sequence[str],
    tags: Sequence[int],
    finiet: Sequence[int],
    onderwerp: Sequence[int],
    i: int,
) -> str:
    """The last word before ``i`` tagged finite (``finiet``: the positions of such words):
    ``VT`` or ``TT``, with ``i`` when its verb takes a bare infinitive
    (:data:`INFINITIEF_ERBIJ`), ``-`` for none; then ``s`` when a subject pronoun
    (``onderwerp``: the positions of the words of :data:`ONDERWERP`) came after it (``ik kan
    zwemmen en zij fietsen``)."""
    k = bisect_left(finiet, i)
    if k:
        f = finiet[k - 1]
        w = woorden[f]
        neemt = _NEEMT_INFINITIEF.get(w)
        if neemt is None:
            if len(_NEEMT_INFINITIEF) > 10_000:
                _NEEMT_INFINITIEF.clear()
            neemt = _NEEMT_INFINITIEF[w] = _neemt_infinitief(w)
        naam = ("VTi" if neemt else "VT") if tags[f] == _VT else ("TTi" if neemt else "TT")
    else:
        f = -1
        naam = "-"
    if onderwerp and bisect_left(onderwerp, i) > bisect_right(onderwerp, f):
        return naam + "s"
    return naam


GROEPEN = (
    Groep("woord", ("w", "vlag", "vl"), tijd_woord_kenmerken),
    Groep(
        "links",
        ("w-1", "v-1", "w", "vl"),
        lambda w1, v1, w, v: (
            f"w-1={w1}",
            f"v-1={v1}",
            f"v-1v={v1}|{v}",
            f"w-1v={w1}|{v}",
            f"w-1w={w1}|{w}",
        ),
    ),
    Groep(
        "rechts",
        ("w", "vl", "w+1", "v+1"),
        lambda w, v, w1, v1: (
            f"w+1={w1}",
            f"v+1={v1}",
            f"vv+1={v}|{v1}",
            f"vw+1={v}|{w1}",
            f"ww+1={w}|{w1}",
        ),
    ),
    Groep("w-2", ("w-2",), lambda w: (f"w-2={w}",)),
    Groep("w+2", ("w+2",), lambda w: (f"w+2={w}",)),
    Groep(
        "gaten",
        ("g-", "g+", "vl", "hoofd", "zb"),
        lambda g0, g1, v, hoofd, zb: (
            f"hoofd={hoofd}{zb}",
            f"g-={g0}",
            f"g+={g1}",
            f"g-v={g0}|{v}",
            f"g+v={g1}|{v}",
        ),
    ),
    Groep(
        "plek",
        ("w", "vl", "plek", "fv", "fn", "te", "bz", "laatste"),
        lambda w, v, plek, fv, fn, te, bz, laatste: (
            f"plek={plek}|{v}",
            f"fv={fv}|{v}",
            f"fn={fn}|{v}",
            f"te={te}|{v}",
            f"bz={bz}|{laatste}|{v}",
            f"bzw={bz}|{laatste}|{w}",
            f"fvw={fv}|{fn}|{w}",
        ),
    ),
    Groep("zd1", ("zd", "vl"), lambda zd, v: (f"zd1={zd}|{v}",)),
    Groep(
        "tag",
        ("vl", "t", "t-1", "t+1", "em", "tek"),
        lambda v, t, a, b, em, tek: (
            f"1t={t}",
            f"1tm={t}{em}",
            f"1tv={t}{v}",
            f"1t-1={a}{v}",
            f"1t+1={b}{v}",
            f"tek={tek}|{t}",
            f"tekv={tek}|{v}",
        ),
    ),
    Groep(
        "tags",
        ("t-2", "t-1", "t", "t+1", "t+2", "tv", "tn", "tek", "nevens"),
        lambda a2, a, t, b, b2, tv, tn, tek, nevens: (
            f"1t-2={a2}{a}",
            f"1t+2={b}{b2}",
            f"1t-+={a}{b}",
            f"1fin={tv}{tn}{t}",
            f"tekc={tek}|{nevens}|{t}",
        ),
    ),
    Groep(
        "brok",
        ("brok", "brokn", "vl", "t"),
        lambda brok, brokn, v, t: (f"brok={brok}|{v}", f"brokt={brok}|{t}", f"brokn={brokn}|{v}"),
    ),
    Groep(
        "zinstijd",
        ("zt", "mo", "vf", "vl", "t"),
        lambda zt, mo, vf, v, t: (
            f"zt={zt}|{v}",
            f"ztt={zt}|{t}",
            f"vf={vf}|{v}",
            f"vft={vf}|{t}",
            f"mo={mo}|{v}",
            f"mot={mo}|{t}",
            f"vfmo={vf}|{mo}|{v}",
        ),
    ),
)
"""Stage two's features, per candidate."""

VERKLARING = Verklaring(
    NAMEN,
    lambda om: list(zip(*waarden(om), strict=True)),
    GROEPEN,
    afgeleid={"vlag": "w", "vl": "w", "v-1": "w-1", "v+1": "w+1"},
)


def tijd_kenmerken(
    zin: Zin, tags: Sequence[int], marges: Sequence[float]
) -> list[list[str] | None]:
    """Reference path (training, tests): the stage-two features of every candidate (None
    for words that cannot be finite)."""
    om = Omgeving(zin, tags, marges)
    uit: list[list[str] | None] = [None] * len(zin.woorden)
    if om.idx:
        kolommen = list(zip(*waarden(om), strict=True))
        for i, k in zip(om.idx, VERKLARING.kenmerken(kolommen), strict=True):
            uit[i] = k
    return uit


_ANDERS_DAN_VERLEDEN = ~(lx.VERLEDEN | lx.GANGBAAR)


def zeker_verleden(zin: Zin) -> tuple[list[int], list[int]]:
    """The words that can be finite, split: those that stage two must judge, and those
    that can only be a finite past form (``liep``, ``ging``, ``had``: no present form,
    noun, adjective or participle), which stage two always calls past, so the checker does
    not ask it (see ``tijd.ZEKER``)."""
    twijfel = []
    zeker = []
    vlaggen = zin.vlaggen
    tt = zin.tt
    for i in compress(range(len(vlaggen)), map(or_, tt, zin.vt)):
        if tt[i] or vlaggen[i] & _ANDERS_DAN_VERLEDEN:
            twijfel.append(i)
        else:
            zeker.append(i)
    return twijfel, zeker


MAX_GROEP_CACHE = 60_000
"""Group sums kept (about 200 bytes each)."""


class TijdSommen:
    """Stage-two scoring without building strings: the packed sums of :data:`VERKLARING`'s
    features per candidate, through cached group sums (see
    :class:`~verhaal.checker.tijd.verklaring.Sommen`)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._sommen = Sommen(VERKLARING, model.som, MAX_GROEP_CACHE)
        model.afhankelijk.append(self._sommen)

    def sommen(self, zin: Zin, tags: Sequence[int], marges: Sequence[float]) -> list[int | None]:
        """Per word the packed sum of its stage-two features (the sum of
        :func:`tijd_kenmerken`), or None for words that cannot be finite."""
        return self.sommen_alle([zin], [(tags, marges)])[0]

    def sommen_alle(
        self,
        zinnen: Sequence[Zin],
        getagd: Sequence[tuple[Sequence[int], Sequence[float]]],
        kandidaten: Sequence[list[int]] | None = None,
    ) -> list[list[int | None]]:
        """:meth:`sommen` for several sentences, the group sums of all candidates made at
        once. ``kandidaten``: per sentence the words to score (by default every word that
        can be finite; the others get None)."""
        if kandidaten is None:
            kandidaten = [
                list(compress(range(len(z.woorden)), map(or_, z.tt, z.vt))) for z in zinnen
            ]
        totalen = iter(self.totalen(zinnen, getagd, kandidaten))
        uit = []
        for zin, idx in zip(zinnen, kandidaten, strict=True):
            per_woord: list[int | None] = [None] * len(zin.woorden)
            for i, totaal in zip(idx, totalen, strict=False):
                per_woord[i] = totaal
            uit.append(per_woord)
        return uit

    def totalen(
        self,
        zinnen: Sequence[Zin],
        getagd: Sequence[tuple[Sequence[int], Sequence[float]]],
        kandidaten: Sequence[list[int]],
    ) -> list[int]:
        """The packed sums of the words ``kandidaten`` (per sentence, ascending) of all
        sentences, one after the other (what :meth:`sommen_alle` spreads over the words)."""
        rijen = []
        for zin, (tags, marges), idx in zip(zinnen, getagd, kandidaten, strict=True):
            if idx:
                rijen += waarden(Omgeving(zin, tags, marges, idx))
        # No offsets, so no stand-ins: the columns of all candidates together.
        return self._sommen.statisch(list(zip(*rijen, strict=True))) if rijen else []


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
    rondgaan``, ``haar handen zaten``), the one with the smaller margin is that other thing;
    so is a word right after a preposition (:func:`_na_voorzetsel`).
    An indirect question (:data:`VRAAGWOORDEN`) is a clause of its own here.
    Changes ``labels`` in place.
    """
    n = len(labels)
    if n - labels.count(0) < 2:
        return  # at most one finite verb: nothing to choose between
    zinsdeel = _delen(zin)
    if "die" in zin.woorden:
        zinsdeel = _aanwijzend_die(zin, labels, zinsdeel)
    if not _BETREKKELIJK_VOORAAN.isdisjoint(zin.woorden):
        zinsdeel = _hoofdzin_na_betrekkelijke(zin, labels, zinsdeel)
    finiet = list(compress(range(n), labels))  # labels only ever go to 0 below
    for i in finiet:
        if not labels[i] or not (zin.vlaggen[i] & DUBBELZINNIG or _na_voorzetsel(zin, i)):
            continue
        for j in finiet:
            if j != i and labels[j] and zinsdeel[j] == zinsdeel[i] and (marges[j] > marges[i]):
                labels[i] = 0
                break


def _na_voorzetsel(zin: Zin, i: int) -> bool:
    """Whether word ``i`` follows a preposition straight that nothing strands before it
    (``het ging over schiet op``: a phrase used as a noun, round 14); after one that a
    word of :data:`GESTRAND` may strand (``waar ze op let``) it is not counted."""
    return (
        i > 0
        and zin.gaten[i] == "_"
        and zin.woorden[i - 1] in VOORZETSELS
        and not _gestrand_voor(zin, i - 1)
    )


def _aanwijzend_die(zin: Zin, labels: list[int], delen: Sequence[object]) -> Sequence[object]:
    """``delen`` with a part opened by ``die`` right after a finite verb and right before a
    noun or adjective joined to the part before: a relative ``die`` follows its noun, so
    ``die`` after a verb and before a noun is a demonstrative (``Nu wil die jongen zijn
    geld terug``, ``Toen kwam die man binnen``) and opens no clause. A relative clause
    may follow the verb (``dat er iemand was die de weg kent``, ``maden komen die zich
    ...``), but opens with its subject, object or an adverb, not with a bare noun, unless
    the verb closes a subordinate clause (``dat er mensen waren die boeken lezen``): not
    after a verb whose part a subordinating word opens, unless the verb follows that
    word at once (``Nu wil die jongen``: ``nu`` is then an adverb)."""
    uit = None
    woorden = zin.woorden
    for k in range(1, len(woorden) - 1):
        if woorden[k] != "die" or not labels[k - 1] or zin.gaten[k] != "_":
            continue
        if zin.gaten[k + 1] != "_" or not _naamwoord_volgt(zin, k + 1):
            continue  # a relative clause after its verb: ... iemand was die de weg kent
        bron = delen if uit is None else uit
        if bron[k] == bron[k - 1]:
            continue
        a = deelbegin(bron, k - 1)
        if zin.woorden[a] in ONDERSCHIKKEND and a + 1 < k - 1:
            continue  # the verb closes a subordinate clause: dat er mensen waren die boeken lezen
        if uit is None:
            uit = list(delen)
        oud, nieuw = uit[k], uit[k - 1]
        j = k
        while j < len(uit) and uit[j] == oud:
            uit[j] = nieuw
            j += 1
    return delen if uit is None else uit


_BETREKKELIJK_VOORAAN = frozenset(("die", "dat", "waar"))
_VOORAAN_ONDERWERP = frozenset(("iedereen", "niemand", "alles", "iemand"))
_INF_OF_DEELWOORD = frozenset("ix")
"""Word classes (``woordsoorten``) of an infinitive and a participle."""
_MAX_WERKWOORDCLUSTER = 3
"""The finite verb closing a relative clause and at most two infinitives or participles."""


def _hoofdzin_na_betrekkelijke(
    zin: Zin, labels: Sequence[int], delen: Sequence[object]
) -> Sequence[object]:
    """``delen`` with the rest of a clause split off after a relative clause inside its
    subject (``De kinderen die buiten spelen lachen hard``, ``Het huis waar ze woont staat
    aan het water``, ``Iedereen die mee wil moet zich melden``, ``Ze zag dat de jongen
    die naast haar zit huilt``): the subject (a determiner or possessive, adjectives and a
    noun, or ``iedereen``) opens the sentence or follows a subordinating word of
    :data:`VOEGWOORD_MET_ONDERWERP` at once, and a relative ``die``, ``dat`` or ``waar``
    follows it at once. The first finite word after that closes the relative clause. In
    a main clause the next finite word must follow it at once or after one or two
    infinitives or participles (the rest of the relative clause's verb cluster: ``Het
    boek dat ze moest lezen ligt op tafel``); in a subordinate clause it is the next
    finite word with no mark between (``dat de kinderen die buiten spelen snel komen``).
    That word is the clause's own verb when it is a plural or ``-t`` form and no
    infinitive after a verb that takes one (``Het meisje dat wil gaan zwemmen``)."""
    woorden = zin.woorden
    klassen = zin.klassen
    gaten = zin.gaten
    n = len(woorden)
    uit: list[object] | None = None
    for b in range(1, n - 2):
        if woorden[b] not in _BETREKKELIJK_VOORAAN or gaten[b] != "_" or delen[b] == delen[b - 1]:
            continue
        bijzin = onderwerp_voor_betrekkelijke(zin, b)
        if bijzin is None:
            continue
        i = next((k for k in range(b + 1, n) if labels[k]), n)
        j = i + 1
        while j < n and not labels[j] and gaten[j] == "_":
            if not bijzin and (
                klassen[j][:1] not in _INF_OF_DEELWOORD or j - i >= _MAX_WERKWOORDCLUSTER
            ):
                break
            j += 1  # (the rest of the relative clause's verb cluster: dat ze moest lezen)
        if j >= n or not labels[j] or gaten[j] != "_" or not een_bijzin(zin, b, i, j):
            continue
        if not zin.vlaggen[j] & (lx.MEERVOUD | lx.T_VORM):
            continue  # (no present form: a bare stem)
        if zin.vlaggen[j] & lx.MEERVOUD and _neemt_infinitief(woorden[i]):
            continue  # (dat wil gaan zwemmen)
        if uit is None:
            uit = list(delen)
        oud = uit[j]
        for k in range(j, n):
            if uit[k] == oud:
                uit[k] = ("na betrekkelijke bijzin", b)
    return delen if uit is None else uit


def onderwerp_voor_betrekkelijke(zin: Zin, b: int) -> bool | None:
    """Whether the relative word at ``b`` follows a subject that opens its clause: a
    noun with adjectives and a determiner or possessive before it, or ``iedereen``, right
    before ``b``, at the start of the sentence (False) or right after a subordinating word
    of :data:`VOEGWOORD_MET_ONDERWERP` (True); None when it does not."""
    woorden = zin.woorden
    klassen = zin.klassen
    gaten = zin.gaten
    a = b - 1  # the subject's first word
    if woorden[a] not in _VOORAAN_ONDERWERP:
        if klassen[a][:1] != "n" or not zin.tokens[a].tekst[1:].islower():
            return None
        while a > 0 and klassen[a - 1][:1] == "a" and gaten[a] == "_":
            a -= 1
        if a > 0 and (woorden[a - 1] in ONDERWERP_BEGIN or woorden[a - 1] == "het"):
            a -= 1
    bijzin = a > 0 and woorden[a - 1] in VOEGWOORD_MET_ONDERWERP and gaten[a] == "_"
    if a and not bijzin:
        return None
    return bijzin


def een_bijzin(zin: Zin, b: int, i: int, j: int) -> bool:
    """Whether the words from ``b`` to ``i`` can be one relative clause and ``j`` the word
    after it: no punctuation mark (but quotes inside the clause) and no coordinating word
    from ``b`` to ``j``, and no subordinating word after ``i``. A word that opens a part of
    its own inside the clause (``die nu ontdekkers worden genoemd``, ``die als Alexandrie
    zijn gesticht``: ``nu`` and ``als`` may be an adverb and a preposition) does not end
    it."""
    gaten = zin.gaten
    woorden = zin.woorden
    return all(
        (gaten[k] == "_" or (gaten[k] == "q" and k <= i))
        and woorden[k] not in NEVENSCHIKKEND
        and (k <= i or woorden[k] not in ONDERSCHIKKEND)
        for k in range(b + 1, j + 1)
    )


def _naamwoord_volgt(zin: Zin, j: int) -> bool:
    """Whether a noun starts at ``j``: a word that is mostly a noun (by its word class), or
    an inflected adjective before one (``die kleine lamp``; not ``die later ...``)."""
    klassen = zin.klassen
    if klassen[j][:1] == "n":
        return True
    return (
        klassen[j][:1] == "a"
        and zin.woorden[j].endswith("e")
        and j + 1 < len(klassen)
        and zin.gaten[j + 1] == "_"
        and klassen[j + 1][:1] == "n"
    )


_NAAM_OF_WERKWOORD = frozenset("nt-")
"""Most frequent word classes (woordsoorten.klasse) of a stem that may be read as a verb
after ``ik``: a noun (hoop, fiets), a present verb form, or unknown."""


def stam_na_ik(zin: Zin, tags: Sequence[int], labels: list[int], marges: list[float]) -> None:
    """A verb stem right after ``ik`` is the finite verb: ``ik hoop dat``, ``ik fiets elke
    dag``. The models often read such stems as nouns (hoop, fiets, vraag); the first person
    is rare in their treebank text and common in teachers' stories. Only where no other
    word of the clause is finite: in ``toen kreeg ik hoop`` and ``toen ik hoop kreeg`` the
    verb is elsewhere and the stem stays a noun. So is a stem that opens a part after
    ``en`` or ``maar`` and continues such a verb (``ik bel haar op en vraag of ...``), when
    no other subject comes between and no noun follows it. Changes ``labels`` in place
    (present tense, margin 0)."""
    if "ik" not in zin.woorden:
        return  # no stem can follow "ik"
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
    # ... and a stem that opens a part after en/maar continues such a verb with the
    # same subject: "ik bel zijn moeder op en vraag of ...".
    for i in range(2, len(labels)):
        if labels[i] or not zin.tt[i] or not zin.vlaggen[i] & lx.STAM:
            continue
        if zin.woorden[i - 1] not in ("en", "maar") or zin.gaten[i] != "_":
            continue
        if zin.klassen[i][:1] not in _NAAM_OF_WERKWOORD or i + 1 >= len(labels):
            continue
        if zin.gaten[i + 1] != "_" or tags[i + 1] in (_N, _ADJ):
            continue  # a list of nouns (een hond en kat) ends or goes on with nouns
        j = next((k for k in range(i - 2, -1, -1) if labels[k]), None)
        if j is None or labels[j] != TT or not zin.vlaggen[j] & lx.STAM:
            continue
        if not (j and zin.woorden[j - 1] == "ik") and not (
            j + 1 < len(labels) and zin.woorden[j + 1] == "ik"
        ):
            continue
        if any(zin.woorden[k] in ONDERWERP for k in range(j + 2, i)):
            continue
        deel = zin.zinsdeel[i]
        if any(
            k != i and zin.zinsdeel[k] == deel and (labels[k] or tags[k] in FINIET)
            for k in range(len(labels))
        ):
            continue
        labels[i] = TT
        marges[i] = 0.0


GRAADWOORDEN = frozenset(
    "zo te heel erg zeer nogal vrij ontzettend enorm hartstikke behoorlijk redelijk beetje".split()
)
"""Degree words: what follows them inside a clause is an adjective or adverb (zo laat, te
heet, heel stil), never a finite verb."""


_BIJV_OF_DEELW = lx.BIJV | lx.VOLTOOID


def bijvoeglijk_na_graad(zin: Zin, labels: list[int]) -> None:
    """Drop the finite reading of a word that can be an adjective or a participle right
    after a degree word inside its clause (``waarom ze zo laat was``, ``het water was te
    heet``, ``een beetje verroest``). Not after a
    degree word that opens the clause: in ``zo loopt hij`` the verb follows ``zo``.
    Changes ``labels`` in place."""
    if GRAADWOORDEN.isdisjoint(zin.woorden):
        return  # no degree word
    for i in range(1, len(labels)):
        if not labels[i] or not zin.vlaggen[i] & _BIJV_OF_DEELW or zin.gaten[i] != "_":
            continue
        j = i - 1
        if zin.woorden[j] not in GRAADWOORDEN:
            continue
        if j == 0 or zin.zinsdeel[j - 1] != zin.zinsdeel[j]:
            continue  # the degree word opens its clause
        labels[i] = 0


def _delen(zin: Zin) -> Sequence[object]:
    """The clause of every word as :func:`een_finiet_per_zinsdeel` sees it (an indirect
    question after :data:`VRAAGWOORDEN` and a comparison after ``dan`` are clauses of their
    own): equal for the words of one clause, different otherwise. Without a question word
    or ``dan``, the clause numbers."""
    woorden = zin.woorden
    if _DELEN.isdisjoint(woorden[1:]):
        return zin.zinsdeel  # one pass for the usual case
    dan = any(_na_vergrotende_trap(zin, i) for i in _posities(woorden, "dan") if i)
    if not dan and VRAAGWOORDEN.isdisjoint(woorden[1:]):
        return zin.zinsdeel
    uit = []
    extra = 0
    for i, w in enumerate(woorden):
        if i and (w in VRAAGWOORDEN or (dan and w == "dan" and _na_vergrotende_trap(zin, i))):
            extra += 1
        uit.append((zin.zinsdeel[i], extra))
    return uit


_DELEN = VRAAGWOORDEN | {"dan"}


def _posities(woorden: list[str], woord: str) -> Iterator[int]:
    """The positions of ``woord`` in ``woorden`` (found by ``list.index``, in C)."""
    j = -1
    while True:
        try:
            j = woorden.index(woord, j + 1)
        except ValueError:
            return
        yield j


def _na_vergrotende_trap(zin: Zin, b: int) -> bool:
    """Whether ``dan`` at ``b`` opens a comparative clause with a subject of its own: it
    follows a comparative (``geduldiger dan``, ``meer dan``) and a subject pronoun, a
    determiner or a word in ``-en`` follows it and a verb closes it (``dan volwassenen
    denken``, ``dan ze dacht``; not ``meer dan honderd``)."""
    vorige = zin.woorden[b - 1]
    if b + 1 >= len(zin.woorden) or zin.gaten[b] != "_" or not vorige.endswith("er"):
        return False
    if not (zin.klassen[b - 1][:1] in "a-" or vorige in ("meer", "minder")):
        return False
    volgende = zin.woorden[b + 1]
    if not (
        volgende in ONDERWERP
        or volgende in ONDERWERP_BEGIN
        or (volgende.endswith("en") and not zin.vlaggen[b + 1] & lx.FINIET)
    ):
        return False
    e = bisect_right(zin.zinsdeel, zin.zinsdeel[b]) - 1
    return zin.klassen[e][:1] in _WERKWOORDKLASSEN  # a verb closes it (not: dan de vorige keer)


_WERKWOORDKLASSEN = frozenset("itv")
"""Most frequent word classes (woordsoorten.klasse) of verbs: infinitive, present, past."""


OPENT_DEEL = frozenset(("en", "of", "als", "tot"))
"""Words that open a part of a sentence that can go on after a modal (``en``, ``of``) or
that are prepositions as often as conjunctions (``als begeleider``, ``tot het eind``)."""
INFINITIEF_ERBIJ = frozenset(
    """kunnen moeten mogen willen zullen hoeven durven laten gaan komen blijven zien horen
    voelen helpen leren""".split()
)
"""Verbs that take a bare infinitive (modals, laten, gaan, komen ...): ``liet hem vegen``,
``kwam kijken``, ``wilde iets doen``."""
ONDERWERP = frozenset("ik jij je hij zij ze wij we jullie u men iedereen niemand".split())
"""Pronouns that are usually a clause's subject: with one in it, a clause has its own
finite verb (not ``het``: as often the article)."""


def _neemt_infinitief(woord: str) -> bool:
    """Whether ``woord`` is a finite form of a verb of :data:`INFINITIEF_ERBIJ`."""
    return _vorm_van(woord, INFINITIEF_ERBIJ)


def _vorm_van(woord: str, infinitieven: frozenset[str]) -> bool:
    """Whether ``woord`` is a finite form, present or past, of a verb of ``infinitieven``
    by the verb lexicon's paradigms."""
    lexicon = lx.lexicon()
    for verleden in (False, True):
        p = lx.paradigma(lexicon.paradigma_nummer(woord, verleden))
        if p is not None and p.infinitief in infinitieven:
            return True
    return False


def infinitief_in_nevenzin(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive that closes a part of a sentence after a modal or ``laten`` (``liet
    hem vegen en de bekers afwassen``, ``wilde reizen, of iets met haar handen doen``,
    ``kwam als begeleider kijken``, ``liet ze de bieten schillen, de pompoen snijden en
    alles in een pan doen``): a present reading of a form that is also an infinitive, at
    the end of a part opened by ``en``, ``of``, a comma or a preposition that can open a
    clause (``als``, ``tot``), where that part has no finite verb and no subject pronoun of
    its own and the last finite verb before it takes an infinitive. The part ends at a
    punctuation mark, a coordinating conjunction, a conjunction of :data:`OPENT_BIJZIN`
    or the end of the sentence; only a
    phrase without verbs may follow the infinitive in it (``de muts zoeken in de klas``),
    and then no plural noun outside a prepositional phrase may precede or follow it (``maar
    de kinderen spelen in de tuin``: their own finite verb; ``Toen de bel ging, rennen de
    kinderen naar buiten``: an inverted subject). Changes ``labels`` in place."""
    if TT not in labels:
        return  # no present reading to drop
    delen: Sequence[object] | None = None
    for i in compress(range(len(labels)), labels):
        if not i or labels[i] != TT:
            continue
        if not zin.vlaggen[i] & lx.MEERVOUD or zin.vlaggen[i] & STERK_FINIET:
            continue
        if delen is None:
            delen = _delen(zin)
        if _nevenzin_met_infinitief(zin, labels, delen, i, tags):
            labels[i] = 0


_STAART = frozenset(TAGS.index(t) for t in ("ADP", "DET", "N", "PROPN", "ADJ", "NUM", "ADV"))
"""Tags of the words that may follow an infinitive at the end of its part: a phrase
without verbs (``zoeken in de klas``)."""
_IN_NAAMWOORDGROEP = frozenset(TAGS.index(t) for t in ("DET", "ADJ", "NUM", "PRON"))


OPENT_BIJZIN = frozenset(
    """voordat nadat omdat zodat terwijl toen wanneer hoewel zodra totdat zoals alsof
    doordat""".split()
)
"""Subordinating conjunctions that are never a pronoun or a preposition: a part before
one ends there (``moest het verslag schrijven voordat ...``)."""


def _opent_bijzin(zin: Zin, k: int) -> bool:
    """Whether word ``k`` opens a subordinate clause: a conjunction of
    :data:`OPENT_BIJZIN`, or another subordinating conjunction followed by a subject
    pronoun (``... laten knipperen als hij iets wilde``; not ``als begeleider``, not a
    relative ``dat``: ``al zijn er ochtenden dat hij ...``)."""
    w = zin.woorden[k]
    return w in OPENT_BIJZIN or (
        w in ONDERSCHIKKEND
        and w not in BETREKKELIJK
        and k + 1 < len(zin.woorden)
        and zin.woorden[k + 1] in ONDERWERP
    )


def _bezit_in_staart(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether word ``j`` is a possessive before a noun or adjective (``met zijn oren``),
    which may follow an infinitive at the end of its part like an article."""
    return (
        zin.woorden[j] in BEZITTELIJK
        and j + 1 < len(tags)
        and zin.gaten[j + 1] == "_"
        and tags[j + 1] in (_N, _ADJ)
    )


def deelbegin(zinsdeel: Sequence[object], k: int) -> int:
    """The first word of the clause part that holds word ``k`` (``zinsdeel`` numbers the
    parts of a sentence, one number per word)."""
    a = k
    while a > 0 and zinsdeel[a - 1] == zinsdeel[k]:
        a -= 1
    return a


def deeleinde(zinsdeel: Sequence[object], k: int) -> int:
    """The last word of the clause part that holds word ``k`` (see :func:`deelbegin`)."""
    e = k
    while e + 1 < len(zinsdeel) and zinsdeel[e + 1] == zinsdeel[k]:
        e += 1
    return e


def _einde_deel(zin: Zin, e: int) -> bool:
    """Whether the part that ends at word ``e`` ends at a punctuation mark, a coordinating
    conjunction or the end of the sentence (not cut by length or a question word)."""
    return zin.gaten[e + 1] not in ("_", "x") or zin.woorden[e + 1] in NEVENSCHIKKEND


def _meervoud_buiten_voorzetsel(zin: Zin, tags: Sequence[int], a: int, b: int) -> bool:
    """Whether ``woorden[a:b]`` holds a plural noun that is not in a prepositional phrase
    (``de kinderen``, not ``in blokjes``)."""
    for j in range(a, b):
        if tags[j] == _N and meervoudsvorm(zin.woorden[j]):
            k = j - 1
            while k >= a and tags[k] in _IN_NAAMWOORDGROEP:
                k -= 1
            if k < a or tags[k] != _ADP:
                return True
    return False


def _aanwijzend(zin: Zin, tags: Sequence[int] | None, j: int) -> bool:
    """Whether ``die``, ``dat`` or ``deze`` at ``j`` points at the noun after it (``die
    middag``, ``die zaterdag``), rather than opening a relative clause: a singular noun
    (also a lower-case word tagged as a name), or a plural one right after a singular
    subject pronoun or an adverb (``moet hij die taken doen``; not ``de kinderen die
    boeken lezen``, ``ze liet hen die boeken lezen``)."""
    if (
        tags is None
        or zin.woorden[j] not in ("die", "dat", "deze")
        or j + 1 >= len(tags)
        or zin.gaten[j + 1] != "_"
    ):
        return False
    t = tags[j + 1]
    if t != _N and not (t == _PROPN and zin.tokens[j + 1].tekst.islower()):
        return False
    if not meervoudsvorm(zin.woorden[j + 1]):
        return True
    return (
        zin.woorden[j] != "dat"
        and j > 0
        and zin.gaten[j] == "_"
        and (tags[j - 1] == _ADV or zin.woorden[j - 1] in ENKELVOUD_ONDERWERP)
    )


ENKELVOUD_ONDERWERP = frozenset("ik jij je hij u men".split())
"""Singular subject pronouns (``zij``, ``ze`` may be plural)."""


SLECHTS_VOOR = frozenset("één een twee drie even weinig enkele".split())
"""Words after which ``maar`` means 'only' (``mocht maar één toets overdoen``), not 'but'."""


def _maar_als_slechts(zin: Zin, tags: Sequence[int] | None, begin: int, i: int) -> bool:
    """Whether the part from ``begin`` opens with ``maar`` meaning 'only' (``maar één
    toets``, ``maar even``) and, unless one thing is counted, holds no plural noun outside
    a prepositional phrase before word ``i`` (``maar twee kinderen spelen``: their own
    verb)."""
    return (
        tags is not None
        and zin.woorden[begin] == "maar"
        and zin.gaten[begin] == "_"
        and begin + 1 < i
        and zin.woorden[begin + 1] in SLECHTS_VOOR
        and (
            zin.woorden[begin + 1] in ("één", "een", "even")  # a singular noun follows
            or not _meervoud_buiten_voorzetsel(zin, tags, begin, i)
        )
    )


def _voorwerp_na_en(zin: Zin, begin: int) -> bool:
    """Whether ``die`` or ``dat`` at ``begin`` opens a part right after ``en`` or ``of`` and
    is followed by more than a verb (``mocht een koers meenemen en die samen met de klas
    ontleden``): a demonstrative object, not a relative pronoun (that follows its noun)
    and not a subject (a finite verb would follow it at once); not before a noun (``en die
    jongens wachten``: a subject and its verb) and not after a part opened by a relative
    pronoun (:func:`_na_betrekkelijke_bijzin`)."""
    return (
        zin.woorden[begin] in _BETREKKELIJK_DIE
        and begin > 0
        and zin.woorden[begin - 1] in _EN_OF
        and zin.gaten[begin] == "_"
        and begin + 2 < len(zin.woorden)
        and zin.zinsdeel[begin + 2] == zin.zinsdeel[begin]
        and not zin.vlaggen[begin + 1] & lx.FINIET
        and not _naamwoord_volgt(zin, begin + 1)
        and not _na_betrekkelijke_bijzin(zin, begin - 1)
    )


def _na_betrekkelijke_bijzin(zin: Zin, k: int) -> bool:
    """Whether the part before word ``k`` is opened by ``die`` or ``dat``: then a ``die``
    after ``k`` may open a second relative clause (``kinderen die lezen en die spelen``)."""
    if k < 1:
        return False
    return zin.woorden[deelbegin(zin.zinsdeel, k - 1)] in _BETREKKELIJK_DIE


_BETREKKELIJK_DIE = frozenset(("die", "dat"))
_EN_OF = frozenset(("en", "of"))


def _nevenzin_met_infinitief(
    zin: Zin,
    labels: Sequence[int],
    delen: Sequence[object],
    i: int,
    tags: Sequence[int] | None = None,
) -> bool:
    """Whether word ``i`` is in a coordinated part that continues a modal or ``laten``
    (see :func:`infinitief_in_nevenzin`). Without ``tags``, only when a punctuation mark
    follows it."""
    deel = [j for j in range(len(labels)) if delen[j] == delen[i]]
    begin = deel[0]
    if begin == 0:
        return False  # no part before it
    if tags is None:
        if deel[-1] != i or zin.gaten[i + 1] in ("_", "x"):
            return False  # words follow it
    else:
        eind = deel[-1]
        if not _einde_deel(zin, eind) and not _opent_bijzin(zin, eind + 1):
            return False
        if eind != i:
            k = i + 1
            if zin.woorden[i] not in zin.woorden[:begin]:  # (not ``zullen ... en ... zullen``)
                while k <= eind and tags[k] == _INF and zin.gaten[k] == "_":
                    k += 1  # a verb cluster (laten zien)
            staart = range(k, eind + 1)
            if any(
                (tags[j] not in _STAART and not _bezit_in_staart(zin, tags, j))
                or zin.woorden[j] in ONDERWERP
                for j in staart
            ):
                return False
            if _meervoud_buiten_voorzetsel(zin, tags, k, eind + 1):
                return False  # an inverted subject (``Toen de bel ging, rennen de kinderen``)
            # (the object of a demonstrative, ``hij moet die taken doen``, is no subject)
            a = begin + 2 if _aanwijzend(zin, tags, begin) else begin
            if _meervoud_buiten_voorzetsel(zin, tags, a, i):
                return False
    eerste = zin.woorden[begin]
    if (
        eerste not in OPENT_DEEL
        and not _aanwijzend(zin, tags, begin)
        and not _voorwerp_na_en(zin, begin)
        and not _maar_als_slechts(zin, tags, begin, i)
        and (zin.gaten[begin] != "," or eerste in ONDERSCHIKKEND)
    ):
        return False
    if any(labels[j] for j in deel if j != i):
        return False
    if any(zin.woorden[j] in ONDERWERP for j in deel if j < i):
        return False
    vorige = next((j for j in range(begin - 1, -1, -1) if labels[j]), None)
    return vorige is not None and _neemt_infinitief(zin.woorden[vorige])


TELWOORDEN = frozenset(
    """twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien
    zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig
    tachtig negentig honderd duizend""".split()
)
"""Number words; some are also verb forms (``vier``, ``zeven``)."""


def getal_geen_werkwoord(zin: Zin, labels: list[int]) -> None:
    """A number is no verb, and neither is the plural noun it counts: a number word after
    ``groep`` or ``klas`` (``groep zeven``) and a plural right after a number (``95
    vragen``, ``vier weken``). Changes ``labels`` in place."""
    for i in compress(range(len(labels)), labels):
        if not i or zin.gaten[i] != "_":
            continue
        w = zin.woorden[i]
        vorige = zin.woorden[i - 1]
        if (w in TELWOORDEN and vorige in genummerde_woorden()) or (
            zin.vlaggen[i] & lx.MEERVOUD
            and (vorige in TELWOORDEN or vorige.isdigit())
            and "n" in zin.klassen[i].lower()
            # (the number of a group counts nothing: de jongens uit groep acht voetballen)
            and not (i > 1 and zin.woorden[i - 2] in genummerde_woorden())
        ):
            labels[i] = 0


NIET_BEZITTELIJK_NA = frozenset("er dat dit die het hier daar ze zij wij we jullie ik".split())
"""Words after which ``zijn`` is the verb (``er zijn kinderen``, ``dat zijn kinderen``)."""


def _enkelvoudig_naamwoord(zin: Zin, tags: Sequence[int], j: int, onbekend: bool) -> bool:
    """Whether word ``j`` is a singular noun that is no verb form: a noun by the word
    lexicon, or (with ``onbekend``) a word it does not know that is tagged as a noun (a
    compound: ``taststok``, ``zwemtas``), not ending like a plural."""
    w = zin.woorden[j]
    if zin.vlaggen[j] & lx.FINIET or w.endswith("en"):
        return False
    klasse = zin.klassen[j][:1]
    if klasse == "n":
        return not w.endswith("s")
    return onbekend and klasse == "-" and tags[j] == _N and not meervoudsvorm(w)


def zijn_voor_zelfstandig(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """``zijn`` right before a singular noun is the possessive (``zijn hond``, ``een tijd
    zijn rug``, also a compound the word lexicon does not know: ``zijn leesstok``), or
    before an inflected adjective and a singular noun (``zijn beste tekening``), unless a
    pronoun, ``er`` or a demonstrative precedes it (``dat zijn zaken``). Before a plural it
    stays the verb (``soms zijn tennissters net mensen``). The unknown compound and the
    adjective only in a list or after a preposition (after a comma, a colon, ``en``,
    ``of`` or a preposition: ``met zijn jas, zijn leesstok en``), where no subject comes
    before (``soorten zijn tarwe``: a predicate). Changes ``labels`` in place."""
    if "zijn" not in zin.woorden:
        return
    n = len(labels)
    for i in range(n - 1):
        if zin.woorden[i] != "zijn" or not labels[i] or zin.gaten[i + 1] != "_":
            continue
        volgende = zin.woorden[i + 1]
        lijst = False
        if zin.klassen[i + 1][:1] != "n" or zin.vlaggen[i + 1] & lx.FINIET:
            lijst = i > 0 and (
                zin.gaten[i] in (",", ":")
                or zin.woorden[i - 1] in ("en", "of")
                or zin.woorden[i - 1] in VOORZETSELS
            )
            if not lijst:
                continue
        if not _enkelvoudig_naamwoord(zin, tags, i + 1, lijst) and not (
            lijst
            and i + 2 < n
            and volgende.endswith("e")
            and (tags[i + 1] == _ADJ or zin.klassen[i + 1][:1] == "a")
            and not zin.vlaggen[i + 1] & lx.FINIET
            and zin.gaten[i + 2] == "_"
            and tags[i + 2] == _N
            and not zin.vlaggen[i + 2] & STERK_FINIET
            and not meervoudsvorm(zin.woorden[i + 2])
        ):
            continue
        if i and zin.gaten[i] == "_" and zin.woorden[i - 1] in NIET_BEZITTELIJK_NA:
            continue
        labels[i] = 0


OPENT_VRAAG = NEVENSCHIKKEND | VRAAGWOORDEN
MEERVOUD_ONDERWERP_BEGIN = frozenset(
    "de hun onze mijn jouw zijn haar uw deze die alle veel".split()
)


def meervoud_na_onderwerp(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A plural subject followed by a plural verb: ``de jongens fluiten``, ``hun ogen
    glinsteren``, ``de anderen gaan``, ``en zij fietsen``, ``dat ze lachen``. A form that is
    also an infinitive, right after a clause-opening noun phrase (a determiner or
    possessive, adjectives, a plural noun, also one in ``-ën`` or an unknown one in ``-s``,
    or an adjective in ``-en`` used as one; the noun may take a prepositional phrase:
    ``de kinderen om hem heen kletsen``, or an adverb of place of
    :data:`PLAATS_NA_HOOFD`: ``de meiden achterin giechelen``) or right
    after a plural subject pronoun that opens the clause (after a joining word), in a
    clause without any other finite verb and without ``te``, is present tense. Changes
    ``labels`` in place."""
    n = len(labels)
    delen: Sequence[object] | None = None
    for i in compress(range(n), zin.tt):
        if not i or labels[i] or not zin.vlaggen[i] & lx.MEERVOUD or zin.gaten[i] != "_":
            continue
        vorige = zin.woorden[i - 1]
        hoofd = i - 1  # the head noun of the subject
        if vorige in MEERVOUD_PERSOONLIJK and tags[i - 1] == _PRON:
            voornaamwoord = True
        elif i < 2 or zin.vlaggen[i - 1] & STERK_FINIET:
            continue  # (a noun that is also a plural verb form, handen, stays a noun)
        elif (
            (tags[i - 1] == _N and (meervoudsvorm(vorige) or vorige.endswith("ën")))
            or (tags[i - 1] == _ADJ and vorige.endswith("en"))
            or ((tags[i - 1] == _N or tags[i - 1] == _ADJ) and _onbekend_meervoud(zin, tags, i - 1))
            or (meervoudsvorm(vorige) and _na_bezit(zin, i - 1))  # (Hun sporen lopen: any tag)
        ):
            voornaamwoord = False
        elif vorige in BEZIT_VOORAAN and zin.klassen[i][:1] == "n":
            continue  # a noun after a possessive (met hun handen vol verf)
        elif (
            vorige in PLAATS_NA_HOOFD
            and zin.gaten[i - 1] == "_"
            and _meervoud_persoonlijk(zin, tags, i - 2)
        ):
            hoofd = i - 2  # an adverb of place after a pronoun (dat ze buiten spelen)
            voornaamwoord = True
        elif (
            vorige in PLAATS_NA_HOOFD
            and zin.gaten[i - 1] == "_"
            and not zin.vlaggen[i - 2] & STERK_FINIET
            and _meervoud_hoofd(zin, tags, i - 2)
        ):
            hoofd = i - 2  # an adverb of place after the head (de meiden achterin)
            voornaamwoord = False
        elif (tags[i - 1] in _IN_VOORZETSELGROEP or tags[i - 1] == _ADP) and (
            _ADP in tags[max(0, i - 1 - MAX_VOORZETSELGROEP) : i - 1]
        ):
            hoofd = _hoofd_voor_voorzetsel(zin, tags, i)
            if hoofd < 0:
                continue
            voornaamwoord = False
        else:
            continue
        if delen is None:
            delen = _delen(zin)
        deel = [j for j in range(n) if delen[j] == delen[i]]
        begin = deel[0]
        j = begin
        w = zin.woorden[j]
        kaal = False  # a bare plural subject after a conjunction (dat wolven jagen)
        if (w in ONDERSCHIKKEND or w in OPENT_VRAAG) and not (
            tags[j] == _DET and w in MEERVOUD_ONDERWERP_BEGIN
        ):  # (not the determiner of en die jongens wachten)
            kaal = w in VOEGWOORD_MET_ONDERWERP
            j += 1
        if voornaamwoord:
            if j != hoofd:
                continue
        elif not (kaal and j == hoofd):
            if j >= hoofd or zin.woorden[j] not in MEERVOUD_ONDERWERP_BEGIN:
                continue
            if any(tags[k] not in (_ADJ, _ADV) for k in range(j + 1, hoofd)):
                continue
        # (the noun after a possessive is no finite verb, whatever its tag: Hun sporen lopen)
        naamwoord = hoofd if _na_bezit(zin, hoofd) else i
        if any(
            labels[k] or (tags[k] in FINIET and k != naamwoord) or zin.woorden[k] == "te"
            for k in deel
            if k != i
        ):
            continue
        if _nevenzin_met_infinitief(zin, labels, delen, i):
            continue
        if zin.gaten[begin] == "," and _in_opsomming(zin, labels, i) is not None:
            continue  # an item of a list after a colon (oefenden ze: ..., de benen trappen)
        labels[i] = TT


def _na_bezit(zin: Zin, j: int) -> bool:
    """Whether word ``j`` follows a possessive that opens its clause (``Hun sporen``): then
    it is the noun, also when it can be a finite form."""
    return j > 0 and zin.woorden[j - 1] in BEZIT_VOORAAN and _opent_deel(zin, j - 1)


def _meervoud_persoonlijk(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether word ``j`` is a plural subject pronoun (``ze``, ``wij``)."""
    return j >= 0 and zin.woorden[j] in MEERVOUD_PERSOONLIJK and tags[j] == _PRON


PLAATS_NA_HOOFD = frozenset(
    "achterin voorin achteraan vooraan middenin binnen buiten boven beneden hier daar".split()
)
"""Adverbs of place that may follow the head of a subject (``de meiden achterin``, ``de
kinderen buiten``): a closed class."""


def _meervoud_hoofd(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether word ``j`` can be the plural head of a subject: a plural noun (also in
    ``-ën`` or an unknown one in ``-s``) or an adjective in ``-en`` used as one."""
    w = zin.woorden[j]
    return (
        (tags[j] == _N and (meervoudsvorm(w) or w.endswith("ën")))
        or (tags[j] == _ADJ and w.endswith("en"))
        or _onbekend_meervoud(zin, tags, j)
    )


_IN_VOORZETSELGROEP = frozenset(TAGS.index(t) for t in ("DET", "ADJ", "PRON", "N", "PROPN", "NUM"))
MAX_VOORZETSELGROEP = 5
"""Words of a prepositional phrase between a subject's head and its verb."""


def _hoofd_voor_voorzetsel(zin: Zin, tags: Sequence[int], i: int) -> int:
    """The plural head noun of a subject whose prepositional phrase ends right before word
    ``i`` (``de kinderen om hem heen``, ``de meiden uit groep acht``), or -1: a
    preposition right after that noun, then at most :data:`MAX_VOORZETSELGROEP` words
    that are no finite form, no subject pronoun and no punctuation between."""
    woorden = zin.woorden
    for h in range(i - 3, max(0, i - 3 - MAX_VOORZETSELGROEP), -1):
        if tags[h + 1] != _ADP or zin.gaten[h + 1] != "_":
            continue
        if woorden[h - 1] not in MEERVOUD_ONDERWERP_BEGIN and tags[h - 1] != _ADJ:
            return -1  # no determiner or adjective before the head
        if zin.vlaggen[h] & STERK_FINIET or not _meervoud_hoofd(zin, tags, h):
            return -1
        for k in range(h + 2, i):
            if zin.gaten[k] != "_" or zin.vlaggen[k] & STERK_FINIET or woorden[k] in ONDERWERP:
                return -1
            if tags[k] not in _IN_VOORZETSELGROEP and not (tags[k] == _ADP and k == i - 1):
                return -1  # (a closing particle: om hem heen)
        return h
    return -1


def _onbekend_meervoud(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether word ``j``, which no lexicon knows, is a plural in ``-s`` by its form: a
    noun or adjective (by its tag) in ``-ers`` (``orderpickers``), or a compound whose last
    part without the ``-s`` is a noun (``schoolchauffeurs``)."""
    w = zin.woorden[j]
    if zin.vlaggen[j] or zin.klassen[j][:1] != "-" or tags[j] not in (_N, _ADJ):
        return False
    if not w.endswith("s") or len(w) < 6 or not w.isalpha():
        return False
    if w.endswith("ers"):
        return True
    return _samengesteld_meervoud(w)


@lru_cache(maxsize=4096)
def _samengesteld_meervoud(w: str) -> bool:
    """Whether ``w`` without its ``-s`` ends in a noun of four letters or more
    (``schoolchauffeurs``); remembered (each test is a Bloom filter look-up)."""
    zelfst = woordsoorten().zelfst
    return any(w[k:-1] in zelfst for k in range(2, len(w) - 4))


MEERVOUD_PERSOONLIJK = frozenset("wij we zij ze jullie".split())
"""Personal pronouns that can be a plural subject."""


ONDERWERP_VORM = {
    "ik": lx.STAM,
    "jij": lx.T_VORM,
    "je": lx.T_VORM,
    "hij": lx.T_VORM,
    "zij": lx.T_VORM | lx.MEERVOUD,
    "ze": lx.T_VORM | lx.MEERVOUD,
    "u": lx.T_VORM,
    "men": lx.T_VORM,
    "wij": lx.MEERVOUD,
    "we": lx.MEERVOUD,
    "jullie": lx.MEERVOUD,
}
"""Subject pronouns and the present forms that agree with them (``ze`` and ``zij`` are
singular or plural)."""
_INF = TAGS.index("INF")
_INF_PART = frozenset((_INF, TAGS.index("PART")))
_DET = TAGS.index("DET")
_ADP = TAGS.index("ADP")
_PRON = TAGS.index("PRON")
_PROPN = TAGS.index("PROPN")
_GEEN_WERKWOORD = frozenset(
    TAGS.index(t) for t in ("ADV", "ADP", "PRON", "DET", "NUM", "CCONJ", "SCONJ")
)


VOEGWOORD_MET_ONDERWERP = frozenset(
    """dat omdat doordat zodat terwijl wanneer hoewel voordat nadat totdat zodra opdat
    indien tenzij ofschoon aangezien""".split()
)
"""Subordinating words that are never a preposition, pronoun or question word: a noun
phrase after them is the subject (``omdat kinderen ...``; not ``tot successen``)."""
ONDERWERP_BEGIN = frozenset(
    "de het een hun onze ons mijn jouw zijn haar uw deze dit alle veel".split()
)
"""Words that open a subject noun phrase in a subordinate clause (``als de kinderen``)."""


_LIDWOORD_OF_HET = frozenset(("de", "het", "een"))


def _naamwoordgroep(zin: Zin, tags: Sequence[int], i: int) -> tuple[int, int]:
    """The last word of a subject noun phrase starting at ``i`` (an optional determiner,
    adjectives, a noun that cannot be finite unless an article or a possessive opens the
    phrase: ``een kist``, ``hun handen``) and the present forms that agree with it, or
    ``(i, 0)`` when there is none: plural after a noun in ``-en``, singular after one that
    does not end in ``-s``, either after one in ``-s`` (kinderen, zon, bus)."""
    n = len(tags)
    lidwoord = zin.woorden[i] in _LIDWOORD_OF_HET or zin.woorden[i] in BEZIT_VOORAAN
    if zin.woorden[i] in ONDERWERP_BEGIN:
        i += 1
    while (
        i < n - 1
        and (
            tags[i] == _ADJ
            # a word no lexicon knows, before the noun (haar learning goals)
            or (not zin.vlaggen[i] and zin.klassen[i][:1] == "-" and tags[i + 1] == _N)
        )
    ):
        i += 1
    if i >= n - 1 or zin.gaten[i] != "_":
        return i, 0
    if tags[i] != _N and not (lidwoord and tags[i] == _TT and zin.vlaggen[i] & lx.ZELFST):
        return i, 0  # (after a determiner, a noun tagged as a verb: als hun handen)
    w = zin.woorden[i]
    if zin.vlaggen[i] & lx.FINIET and not lidwoord and not _meervoud_naamwoord(zin, tags, i):
        return i, 0
    if w.endswith("en"):
        return i, lx.MEERVOUD
    return i, lx.T_VORM | lx.MEERVOUD if w.endswith("s") else lx.T_VORM


def _meervoud_naamwoord(zin: Zin, tags: Sequence[int], i: int) -> bool:
    """Whether word ``i``, a verb form tagged as a noun, is a plural noun as a subject's
    head: a plural form by :func:`meervoudsvorm` whose verb reading is rare (``kinderen``,
    ``leraren``: not in the lexicon's common verbs, unlike ``lopen``), followed by no
    word tagged as a noun."""
    return (
        tags[i] == _N
        and not zin.vlaggen[i] & lx.GANGBAAR
        and meervoudsvorm(zin.woorden[i])
        and (i + 1 >= len(tags) or tags[i + 1] != _N)
    )


def finiet_achteraan_bijzin(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A subordinate clause has its finite verb at the end: ``als ze zich veilig voelen``,
    ``die hij niet kent``, ``waar we op moeten wachten``, ``omdat peuters niet weten wat
    ...``. In a clause opened by a subordinating word (:data:`ONDERSCHIKKEND`) and a
    subject pronoun, or by one of :data:`VOEGWOORD_MET_ONDERWERP` and a noun phrase, or
    by a relative ``die`` or ``dat`` after a noun that is itself the subject (no noun,
    determiner or pronoun follows it; the noun before it gives the number), that
    ends at a punctuation mark, a joining word or the end of the sentence, and in which no
    word is finite (by the labels or the tags) and no ``te`` occurs, the first word of the
    closing run of verb forms is present tense when it agrees with the subject. Changes
    ``labels`` in place."""
    if _GEEN_BIJZIN.isdisjoint(zin.woorden):
        return  # no clause to look at
    n = len(labels)
    woorden = zin.woorden
    zinsdeel = zin.zinsdeel
    for b in compress(range(n - 2), map(_GEEN_BIJZIN.__contains__, woorden[: n - 2])):
        w = woorden[b]
        if w in ONDERSCHIKKEND:
            vraag = False
            if b and zinsdeel[b - 1] == zinsdeel[b]:
                continue
        elif b and (w in VRAAGWOORDEN or (w == "dan" and _vergelijking(zin, tags, b))):
            vraag = True  # an indirect question, or a comparison (slimmer dan wij denken)
        else:
            continue
        if zinsdeel[b + 1] != zinsdeel[b]:
            continue
        vorm_flag = ONDERWERP_VORM.get(woorden[b + 1])
        als_de = False
        s = b + 1
        if vraag and vorm_flag is None:
            # (a noun right after it is its object: welk boek hij las)
            if woorden[b + 1] not in ONDERWERP_BEGIN and woorden[b] != "dan":
                continue
            s, vorm_flag = _naamwoordgroep(zin, tags, b + 1)
            if not vorm_flag or zinsdeel[s] != zinsdeel[b]:
                continue
        elif (
            vorm_flag is None
            and woorden[b] in ("die", "dat")
            and b
            and tags[b - 1] == _N
            and (
                tags[b + 1] not in (_N, _DET, _PRON, _PROPN)
                or _enkelvoud_na_meervoud_die(zin, tags, b)
            )
        ):
            s = b
            vorm_flag = lx.MEERVOUD if meervoudsvorm(woorden[b - 1]) else lx.T_VORM
        elif vorm_flag is None:
            als_de = woorden[b] == "als" and woorden[b + 1] in _LIDWOORD_OF_HET
            if (
                woorden[b] not in VOEGWOORD_MET_ONDERWERP
                and not (woorden[b] == "als" and woorden[b + 1] in BEZIT_VOORAAN)
                and not _of_als_vraag(zin, tags, b)
                and not als_de
            ):
                continue  # (als hun handen ...; not als begeleider)
            s, vorm_flag = _naamwoordgroep(zin, tags, b + 1)
            if als_de:
                # (als de kinderen ... leiden may be a comparison: only a singular verb)
                vorm_flag &= lx.T_VORM
            if not vorm_flag or zinsdeel[s] != zinsdeel[b]:
                continue
        e = deeleinde(zinsdeel, s)  # s lies in the part of b
        if e + 1 < n and zin.gaten[e + 1] in ("_", "x"):
            volgende = woorden[e + 1]
            if volgende not in ONDERSCHIKKEND and volgende not in NEVENSCHIKKEND:
                continue  # cut by length, not by punctuation or a joining word
        slot = e
        e = _voor_uitloop(zin, tags, s, e)  # (waarom je boilies gebruikt in plaats van brood)
        uitloop = e != slot
        # The closing run of verb forms may hold a form tagged present that stage two
        # did not take (``dat bijen zo aan elkaar laten zien``); a word tagged finite
        # before the run is the clause's finite verb.
        run = e
        while run - 1 > s and tags[run - 1] in _VERBAAL:
            run -= 1
        if tags[e] not in _VERBAAL:
            run = e + 1
        if any(labels[k] or (tags[k] in FINIET and k < run and k != s) for k in range(b, e + 1)):
            continue
        # A te-infinitive may come before the finite verb (``iets te doen hebben``), not
        # close the clause (``probeert te slapen``).
        stuk = woorden[b + 1 : e + 1]
        te = b + len(stuk) - stuk[::-1].index("te") if "te" in stuk else 0
        if te and (te + 2 > e or tags[te + 1] != _INF):
            continue
        laatste = e
        if tags[e] not in _VERBAAL:
            # A form that is finite in itself (kent, wil), tagged as something else
            # but not as a particle, pronoun or preposition, nor after a determiner.
            if (
                not zin.vlaggen[e] & lx.T_VORM or tags[e] in _GEEN_WERKWOORD
            ) and not _meervoud_na_bijwoord(zin, tags, b, s, vorm_flag, e):
                continue  # (or a plural form read as a noun: dat we hem uitnodigen)
            if woorden[e - 1] in MEERVOUD_ONDERWERP_BEGIN or woorden[e - 1] in LIDWOORDEN:
                continue
            if tags[e - 1] == _ADP:
                continue  # the noun of a prepositional phrase (naar stift)
            laatste = e - 1
        i = laatste + 1
        while i - 1 > max(s, te + 1) and tags[i - 1] in _VERBAAL:
            i -= 1
        if uitloop and not (e == s + 1 and tags[s] == _N and s == b + 1):
            vorm_flag &= lx.T_VORM  # (only a singular verb before a phrase after it)
        # (Hij werd als de dader betrapt: the participle of the auxiliary before als;
        # not Het is fijn als ...: an adjective completes the verb)
        hulp = als_de and _hulp_voor(zin, tags, labels, b)
        for k in range(i, e + 1):
            if woorden[k - 1] in TELWOORDEN or woorden[k - 1].isdigit():
                continue  # a counted noun (in twee kampen verdeelde)
            if hulp and zin.vlaggen[k] & lx.VOLTOOID:
                break
            if zin.tt[k] and zin.vlaggen[k] & vorm_flag:
                labels[k] = TT
                break


_ENKELVOUD_LIDWOORD = frozenset("de het een elk elke ieder iedere".split())
"""Determiners of a singular noun phrase (``de`` also of a plural one: the noun decides)."""


def _enkelvoud_na_meervoud_die(zin: Zin, tags: Sequence[int], b: int) -> bool:
    """Whether the relative ``die`` at ``b`` follows a plural noun and a singular noun
    phrase with a determiner follows it (``ganzen die elk jaar terugkeren``, ``kinderen die
    de juf helpen``): a plural verb that closes the clause then agrees with the noun
    before ``die``, which is its subject (a plural phrase after it might be the subject:
    ``boeken die de kinderen lezen``)."""
    woorden = zin.woorden
    n = len(tags)
    if woorden[b] != "die" or not meervoudsvorm(woorden[b - 1]):
        return False
    k = b + 1
    if woorden[k] not in _ENKELVOUD_LIDWOORD or zin.gaten[k] != "_":
        return False
    k += 1
    while k < n - 1 and tags[k] == _ADJ and zin.gaten[k] == "_":
        k += 1
    return (
        tags[k] == _N
        and zin.gaten[k] == "_"
        and not meervoudsvorm(woorden[k])
        and not zin.vlaggen[k] & lx.MEERVOUD
    )


_IN_UITLOOP = frozenset(TAGS.index(t) for t in ("DET", "ADJ", "N", "PROPN", "NUM", "ADP"))
"""Tags of the words of a prepositional phrase after a clause's verb (``in plaats van
brood``)."""


def _voor_uitloop(zin: Zin, tags: Sequence[int], s: int, e: int) -> int:
    """The last word of a subordinate clause from ``s`` to ``e`` before a prepositional
    phrase put after its verb (``waarom je boilies gebruikt in plaats van brood``,
    ``hoe je de plant verpot zonder de aarde``): the word before the first preposition of
    a closing run of such words when it is tagged as a verb form; ``e`` otherwise (also
    when ``e`` itself is a verb form)."""
    if tags[e] in _VERBAAL:
        return e
    p = e
    while p > s + 1 and tags[p] in _IN_UITLOOP and zin.gaten[p] == "_":
        p -= 1
    # p is the first word that is no part of the run; find the run's first preposition
    k = p + 1
    while k <= e and tags[k] != _ADP:
        k += 1
    # (every word from p + 1 to e is in _IN_UITLOOP with no gap before it: the walk above)
    if k > e or k - 1 <= s or tags[k - 1] not in _VERBAAL:
        return e
    return k - 1


_HULPWERKWOORDEN = frozenset(("zijn", "worden", "hebben"))


@lru_cache(maxsize=4096)
def _hulpwerkwoord(w: str) -> bool:
    """Whether ``w`` is a finite form of ``zijn``, ``worden`` or ``hebben`` by the verb
    lexicon's paradigms (an auxiliary whose participle may close the sentence)."""
    return _vorm_van(w, _HULPWERKWOORDEN)


def _hulp_voor(zin: Zin, tags: Sequence[int], labels: Sequence[int], b: int) -> bool:
    """Whether the last finite verb before word ``b`` is a form of an auxiliary with only
    pronouns and adverbs between them (``Hij werd ook als ...``), so a participle after
    ``b`` may be its own."""
    k = next((j for j in range(b - 1, -1, -1) if labels[j]), None)
    return (
        k is not None
        and _hulpwerkwoord(zin.woorden[k])
        and all(tags[j] in _PRON_ADV for j in range(k + 1, b))
    )


_MEERVOUDIG_ONDERWERP = frozenset("we wij jullie".split())
_NA_BIJWOORD = frozenset(TAGS.index(t) for t in ("ADV", "PRON"))


def _meervoud_na_bijwoord(
    zin: Zin, tags: Sequence[int], b: int, s: int, vorm_flag: int, e: int
) -> bool:
    """Whether the last word ``e`` of a clause opened at ``b`` with a plural subject is a
    plural verb form that the tagger read as a noun (``dat we hem ook uitnodigen``,
    ``kinderen die moeilijk leren``): the subject is a plural pronoun with no singular
    reading (``we``, ``wij``, ``jullie``) or a relative ``die``/``dat`` after a plural noun
    (``s == b``), and the form has the plural flag and follows an adverb, a pronoun or an
    uninflected adjective (no plural noun does: ``moeilijk leren``, not ``moeilijke
    lessen``), so no determiner or preposition makes it a noun (not ``dat we de
    lessen``)."""
    woorden = zin.woorden
    if woorden[b + 1] not in _MEERVOUDIG_ONDERWERP and not (s == b and vorm_flag == lx.MEERVOUD):
        return False
    if e < b + 2 or tags[e] != _N or zin.gaten[e] != "_" or not zin.tokens[e].tekst.islower():
        return False
    if not zin.vlaggen[e] & lx.MEERVOUD or zin.vlaggen[e] & lx.VERLEDEN:
        return False
    vorige = tags[e - 1]
    return vorige in _NA_BIJWOORD or (vorige == _ADJ and not woorden[e - 1].endswith("e"))


_VOOR_VRAAG_OF = frozenset(("niet", "af", "vraag"))
_WERKWOORDTAGS = frozenset(TAGS.index(t) for t in ("TT", "VT", "INF"))


def _of_als_vraag(zin: Zin, tags: Sequence[int], b: int) -> bool:
    """Whether ``of`` at ``b`` opens an indirect yes/no question (``vroeg of``, ``wist
    niet of``, ``vroeg zich af of``, ``de vraag of telefoons in de klas thuishoren``),
    not a list (``appels of peren``): a verb, ``niet``, ``af`` or the noun ``vraag``
    right before it."""
    return (
        zin.woorden[b] == "of"
        and b > 0
        and zin.gaten[b] == "_"
        and (tags[b - 1] in _WERKWOORDTAGS or zin.woorden[b - 1] in _VOOR_VRAAG_OF)
    )


_VERBAAL = _INF_PART | {TAGS.index("TT")}
"""Tags of the closing run of verb forms of a subordinate clause."""
_GEEN_BIJZIN = ONDERSCHIKKEND | VRAAGWOORDEN | {"dan"}
"""Words that can open a verb-final clause (:func:`finiet_achteraan_bijzin`)."""


def _vergelijking(zin: Zin, tags: Sequence[int], b: int) -> bool:
    """Whether ``dan`` at ``b`` opens a comparative clause after a comparative (``geduldiger
    dan volwassenen denken``)."""
    vorige = zin.woorden[b - 1]
    return (
        zin.woorden[b] == "dan"
        and zin.gaten[b] == "_"
        and (tags[b - 1] == _ADJ or vorige in ("meer", "minder", "eerder", "liever"))
        and vorige.endswith("er")
    )


def nevenzin_na_bijzin(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A part joined by ``en``, ``of`` or ``maar`` to a subordinate clause that ends in
    its present finite verb shares that clause's subject and ends in its own finite verb:
    ``dat bijen honing maken en daarna de kast vullen``. Without a subject
    pronoun, ``te`` or finite word of its own, and ending at a punctuation mark or the end
    of the sentence, the first word of its closing run of infinitive-like forms is present
    tense when it agrees with the verb it continues. Changes ``labels`` in place."""
    if TT not in labels or _NEVEN.isdisjoint(zin.woorden):
        return  # no present verb to continue, or no joining word
    n = len(labels)
    woorden = zin.woorden
    zinsdeel = zin.zinsdeel
    for b in range(2, n - 1):
        if woorden[b] not in _NEVEN or zin.gaten[b] != "_" or labels[b - 1] != TT:
            continue
        q = b - 1  # the verb that closes the clause before
        deel_q = zinsdeel[q]
        if zinsdeel[b] == deel_q or zinsdeel[b + 1] != zinsdeel[b]:
            continue
        begin_q = bisect_left(zinsdeel, deel_q)
        if woorden[begin_q] not in ONDERSCHIKKEND:
            continue
        e = deeleinde(zinsdeel, b)
        if (e + 1 < n and zin.gaten[e + 1] in ("_", "x")) or tags[e] not in _VERBAAL:
            continue
        # The closing run of verb forms; a form in it may be tagged present that stage
        # two did not take (``en pas daarna het licht zoeken``).
        i = e
        while i - 1 > b and tags[i - 1] in _VERBAAL:
            i -= 1
        if any(
            labels[k]
            or (tags[k] in FINIET and k < i)
            or woorden[k] == "te"
            or woorden[k] in ONDERWERP
            for k in range(b, e + 1)
        ):
            continue
        getal = zin.vlaggen[q] & (lx.T_VORM | lx.MEERVOUD)
        for k in range(i, e + 1):
            if zin.tt[k] and zin.vlaggen[k] & getal:
                labels[k] = TT
                break


_NEVEN = frozenset(("en", "of", "maar"))


def deelwoord_als_uitroep(zin: Zin, labels: list[int]) -> None:
    """A form that is a participle as well as a present form (``bedankt``, ``gelukt``),
    opening its clause and followed straight by ``dat`` or a punctuation mark, is the
    participle said on its own (``bedankt dat je kwam``, ``gelukt!``): a present verb
    there would need its subject right after it. Changes ``labels`` in place."""
    n = len(labels)
    for i in compress(range(n), labels):
        if labels[i] != TT or not zin.vlaggen[i] & lx.VOLTOOID:
            continue
        if i and zin.zinsdeel[i - 1] == zin.zinsdeel[i]:
            continue  # not the first word of its clause
        if i + 1 < n and zin.gaten[i + 1] == "_" and zin.woorden[i + 1] != "dat":
            continue
        labels[i] = 0


def _in_opsomming(zin: Zin, labels: Sequence[int], i: int) -> int | None:
    """The colon that opens a list that word ``i`` is in (only commas between, no subject
    pronoun and no finite verb after it before ``i``), or None."""
    gaten = zin.gaten
    k = i
    while k > 0 and gaten[k] in ("_", "x", ","):
        k -= 1
    if gaten[k] != ":":
        return None
    for j in range(k, i):
        w = zin.woorden[j]
        if w in ONDERWERP or w in MEERVOUD_PERSOONLIJK:
            return None
        if labels[j]:
            return None
    return k


def infinitief_na_dubbele_punt(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A list of infinitive phrases after a colon (``de regels: zachtjes praten, niets
    kapotmaken``, ``een nieuw doel: vertellen met handen en woorden``): a present reading
    of a form that is also an infinitive, after a colon with only commas between, that
    opens or closes its item of the list, is the infinitive when no subject pronoun, no
    finite form and no plural noun outside a prepositional phrase precedes it after the
    colon, and no subject pronoun follows it (``ze riep: komen jullie``). Changes
    ``labels`` in place."""
    if ":" not in zin.gaten or TT not in labels:
        return  # no colon, or no present reading to drop
    gaten = zin.gaten
    woorden = zin.woorden
    for i in compress(range(len(labels)), labels):
        vlag = zin.vlaggen[i]
        if labels[i] != TT or not vlag & lx.MEERVOUD or vlag & (lx.T_VORM | lx.VT_EV):
            continue
        if _taak_na_kop(zin, tags, labels, i):
            labels[i] = 0
            continue
        if gaten[i] not in (":", ",") and not _einde_deel(zin, i):
            continue  # inside its item
        if i + 1 < len(labels) and woorden[i + 1] in ONDERWERP:
            continue
        if _in_opsomming(zin, labels, i) is None:
            continue
        item = i
        while gaten[item] not in (":", ","):
            item -= 1
        if _meervoud_buiten_voorzetsel(zin, tags, item, i):
            continue
        labels[i] = 0


def _taak_na_kop(zin: Zin, tags: Sequence[int], labels: Sequence[int], i: int) -> bool:
    """Whether word ``i`` is the infinitive of a task after a verbless heading and a colon,
    with a bare plural object (``Zijn eerste taak: dozen scannen bij de inbound``): the
    sentence before the colon is a noun phrase without any verb form, a plural noun without
    a determiner opens the part after it, the form follows straight and only a phrase
    without verbs, adverbs or subject pronouns comes after it in its part. (A statement in
    the present after such a heading, ``Het gevolg: kinderen lachen.``, reads the same and
    is missed; in stories the task is the more common.)"""
    h = i - 1
    if h < 2 or zin.gaten[h] != ":" or zin.gaten[i] != "_" or tags[h] != _N:
        return False
    if tags[h - 1] not in _ZELFSTANDIG or not meervoudsvorm(zin.woorden[h]):
        return False
    if zin.vlaggen[h] & STERK_FINIET:
        return False
    if any(labels[k] or tags[k] in _VERBAAL or tags[k] in FINIET for k in range(h)):
        return False  # the part before the colon is no verbless heading
    n = len(labels)
    e = i + 1
    while e < n and zin.gaten[e] == "_":
        if tags[e] not in _STAART or tags[e] == _ADV or zin.woorden[e] in ONDERWERP:
            return False  # (an adverb: a statement, het gevolg: kinderen lachen weer)
        e += 1
    return e == n or zin.gaten[e] != "x"


IMPERATIEF_VOLGT = frozenset(
    """het niet eens maar even dan toch gerust nu je jij u jullie hem haar mij me ons dat
    dit er mee zelf samen wel""".split()
)
"""Words that often follow an imperative that opens a sentence (``Kom het bekijken``,
``Vergeet niet``, ``Denk je eens in``, ``Bedenk wel``)."""
_NIET_GEBIEDEND = frozenset("pbrdkom")
"""Most frequent word classes (woordsoorten.klasse) that rule out an imperative: pronoun,
adverb, preposition, article, conjunctions, numeral."""


def gebiedende_wijs(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An imperative that opens a sentence in the narration (``Kom het gerust eens
    bekijken``, ``Vergeet niet hoe groot zo'n stap is``): a capitalised verb stem that can
    be present (by the word lexicon, not mainly a pronoun, adverb or preposition), followed
    by a word that typically follows an imperative (:data:`IMPERATIEF_VOLGT`), in a clause
    without another finite verb, is present tense. Changes ``labels`` in place."""
    if not labels or labels[0] or not zin.tt[0] or not zin.vlaggen[0] & lx.STAM:
        return
    if not zin.tokens[0].zinsbegin or not zin.tokens[0].tekst[:1].isupper():
        return
    if len(labels) < 2 or zin.gaten[1] != "_":
        return
    zelf = _zonder_onderwerp(zin, tags, labels)
    klasse = zin.klassen[0]
    if not zelf and (
        klasse[:1] in _NIET_GEBIEDEND or (klasse[:1] != "-" and "t" not in klasse[2:])
    ):
        return  # (a word the word lexicon does not know is a verb by the verb lexicon)
    if zin.woorden[1] not in IMPERATIEF_VOLGT and not (zelf or _bijwoord_na_stam(zin, tags)):
        return
    delen = _delen(zin)  # an indirect question (hoe ...) has its own finite verb
    if any(
        delen[j] == delen[0] and (labels[j] or tags[j] in FINIET) for j in range(1, len(labels))
    ):
        return
    labels[0] = TT


TWEEDE_PERSOON_VOORWERP = frozenset(("jezelf", "jouzelf"))
"""Words that address the reader and are never a subject (``Pas goed op jezelf``): the
reflexive, which an imperative takes for its reader; not ``jou``, which after a noun and
its preposition belongs to the noun (``Kus voor jou``, ``Groet aan jou``)."""
_BIJWOORD_TAGS = frozenset((_ADV, _ADJ))


def _zonder_onderwerp(zin: Zin, tags: Sequence[int], labels: Sequence[int]) -> bool:
    """Whether ``zin`` addresses the reader without a subject, as an imperative does
    (``Pas goed op jezelf.``, ``Zorg goed voor jezelf``): a second-person object that is
    never a subject after its first word, no subject pronoun (``je`` may be a possessive
    after a preposition or before a noun), and no other word labelled
    or tagged finite but a stem after ``en`` (a second imperative)."""
    woorden = zin.woorden
    if TWEEDE_PERSOON_VOORWERP.isdisjoint(woorden[1:]):
        return False
    if any(
        w in ONDERWERP and not (w == "je" and _bezittelijk_je(zin, tags, j))
        for j, w in enumerate(woorden)
    ):
        return False
    return not any(
        (labels[j] or tags[j] in FINIET) and not _gebiedend_na_en(zin, j)
        for j in range(1, len(labels))
    )


def _bezittelijk_je(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether ``je`` at ``j`` is a possessive or an object: after a preposition or
    before a word tagged as a noun (``aan je moeder``)."""
    return (j > 0 and tags[j - 1] == _ADP) or (j + 1 < len(tags) and tags[j + 1] == _N)


def _gebiedend_na_en(zin: Zin, j: int) -> bool:
    """Whether word ``j`` is a verb stem right after ``en``: a second imperative (``Pas
    goed op jezelf en doe de groeten``)."""
    return zin.woorden[j - 1] == "en" and zin.gaten[j] == "_" and bool(zin.vlaggen[j] & lx.STAM)


def _bijwoord_na_stam(zin: Zin, tags: Sequence[int]) -> bool:
    """Whether the first word is mostly a present verb by the word lexicon and the word
    after it an uninflected adverb or adjective (``Kom snel weer thuis``, ``Doe
    voorzichtig``), in a sentence with no subject pronoun (not ``Schrik weg``, ``Zorg
    genoeg``: mostly nouns)."""
    if zin.klassen[0][:1] != "t":
        return False  # mostly a noun: Schrik weg, Zorg genoeg
    w = zin.woorden[1]
    if tags[1] not in _BIJWOORD_TAGS and zin.klassen[1][:1] not in "ab":
        return False
    if w.endswith("e") or not w.isalpha():
        return False
    return ONDERWERP.isdisjoint(zin.woorden)


VOORZETSELS = frozenset(
    """in met van voor naar bij uit zonder over onder tussen tegen door na om aan op tot
    vanaf sinds achter naast""".split()
)
"""Prepositions: a noun follows them, a finite verb only when the preposition is stranded
(``waar ze op wachten``, ``er ... in``)."""
GESTRAND = frozenset("er daar hier waar".split())
"""Words whose preposition can stand apart, right before the finite verb."""
GEEN_PARTIKEL = frozenset("met van zonder tijdens".split())
"""Prepositions that are never the separated part of a verb (unlike op, mee, af): a
plural verb form right after one is an infinitive used as a noun (``met vallen en
opstaan``), unless the preposition is stranded."""
BEZIT_ZONDER_VOORWERP = frozenset("mijn jouw onze uw geen elke elk iedere ieder".split())
"""Possessives that are never an object pronoun (unlike haar, hun, ons), and determiners
that are never a pronoun: a finite verb never follows them."""
_LIDWOORD_OF_BEZIT = LIDWOORDEN | BEZIT_ZONDER_VOORWERP
_ZELFST_NIET_MEERVOUD = lx.ZELFST | lx.MEERVOUD


def naamwoord_na_voorzetsel(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A word that can be a noun and is no plural verb form is one right after a
    preposition (``waarop in krijt het woord stond``), unless the preposition may be
    stranded (:data:`GESTRAND` earlier in the sentence: ``waar ze op wacht``); so is a form
    that can only be a plural verb after a preposition of :data:`GEEN_PARTIKEL`. Any word
    is no finite verb right after a possessive that is never an object (``mijn vraag``),
    and a word that can be a noun is none after an article or such a possessive and an
    adjective (``een glazen bak``, ``mijn oude fiets``; a word that is no verb form and can
    be an adjective counts, whatever its tag). Changes ``labels`` in place."""
    if TT not in labels:
        return  # no present reading to drop
    woorden = zin.woorden
    for i in compress(range(len(labels)), labels):
        if i == 0 or labels[i] != TT or zin.gaten[i] != "_":
            continue
        vorige = woorden[i - 1]
        if (
            vorige in BEZIT_ZONDER_VOORWERP
            or (
                (
                    tags[i - 1] == _ADJ
                    or (not zin.vlaggen[i - 1] and "a" in zin.klassen[i - 1].partition("|")[2])
                )
                and i > 1
                and zin.gaten[i - 1] == "_"
                and woorden[i - 2] in _LIDWOORD_OF_BEZIT
                and zin.vlaggen[i] & lx.ZELFST
            )
            or (
                vorige in VOORZETSELS
                and tags[i - 1] == _ADP
                and (
                    zin.vlaggen[i] & _ZELFST_NIET_MEERVOUD == lx.ZELFST
                    or (vorige in GEEN_PARTIKEL and not zin.vlaggen[i] & _ALLEEN_MEERVOUD)
                )
                and not _gestrand_voor(zin, i - 1)
            )
        ):
            labels[i] = 0


def _gestrand_voor(zin: Zin, v: int) -> bool:
    """Whether a word of :data:`GESTRAND` comes before the preposition at ``v`` in a way
    that may strand it (``waar ze op wacht``): anywhere before it, or, when the
    preposition's part is a subordinate clause, inside that clause (in ``Daar slaat ze op
    een zak die naar zweet ruikt`` the ``daar`` of the main clause strands nothing in the
    relative clause)."""
    begin = deelbegin(zin.zinsdeel, v)
    van = begin if begin and zin.woorden[begin] in ONDERSCHIKKEND else 0
    return not GESTRAND.isdisjoint(zin.woorden[van:v])


def naamwoord_in_opsomming(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """Nouns and adjectives in a list of things, read as a present verb: an adjective right
    after ``en``, ``of`` or a comma and right before a singular noun (``stof en heet
    plastic``; an adjective before a plural noun would be inflected, so ``of laat mensen``
    stays a verb), and a word that is mostly a noun (not a plural verb form) right after a
    plural noun, with at most an adjective between (``stukjes vilt``, ``stukjes blauw
    vilt``): a plural subject would take a plural verb, and a subject after it would make
    it the verb (``tijdens de lessen hoop ik``). Changes ``labels`` in place."""
    if TT not in labels:
        return  # no present reading to drop
    woorden = zin.woorden
    vlaggen = zin.vlaggen
    n = len(labels)
    for i in compress(range(n), labels):
        if i == 0 or labels[i] != TT or zin.gaten[i] != "_":
            continue
        if i + 1 < n and zin.gaten[i + 1] == "_":
            volgende = woorden[i + 1]
            if volgende in ONDERWERP:
                continue
            if (
                vlaggen[i] & lx.BIJV
                and _bijvoeglijk_mogelijk(zin.klassen[i])
                and (woorden[i - 1] in ("en", "of") or zin.gaten[i - 1] == ",")
                and (tags[i + 1] == _N or _naamwoord_als_slot(zin, tags, i + 1))
                and not meervoudsvorm(volgende)
            ):
                labels[i] = 0
                continue
        if vlaggen[i] & _ZELFST_NIET_MEERVOUD != lx.ZELFST or zin.klassen[i][:1] not in "n-":
            continue
        j = i - 1
        if tags[j] == _ADJ and j > 0 and zin.gaten[j] == "_":
            j -= 1
        if tags[j] == _N and meervoudsvorm(woorden[j]) and not vlaggen[j] & STERK_FINIET:
            labels[i] = 0


def _bijvoeglijk_mogelijk(klasse: str) -> bool:
    """Whether the word lexicon allows an adjective reading of a word (``heet``,
    ``laat``), or does not know the word: not a word it knows only as a verb (``heeft``,
    whose adjective flag comes from a lemma list alone: ``en heeft moeite``)."""
    eerste, _, alle = klasse.partition("|")
    return eerste == "-" or "a" in alle


def _naamwoord_als_slot(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether word ``j``, tagged as an adjective, is a noun that closes its part (``en
    heet vet.``): a noun by the lexicon that is mostly no verb (by the word lexicon), and
    a punctuation mark or the sentence's end right after it."""
    klasse = zin.klassen[j]
    return (
        tags[j] == _ADJ
        and zin.gaten[j + 1] not in ("_", "x")
        and klasse[:1] not in _WERKWOORDKLASSEN
        and (bool(zin.vlaggen[j] & lx.ZELFST) or "N" in klasse)
    )


_BEIDE_MEERVOUD = lx.MEERVOUD | lx.VT_MV


def meervoud_in_verleden_zin(zin: Zin, labels: list[int]) -> None:
    """A plural form that is present and past alike (``zetten``, ``roken``: past of
    ruiken) is past in a sentence whose other finite verbs are all past (``ze zetten de
    tent op, spanden de lijnen``). Changes ``labels`` in place."""
    if TT not in labels:
        return  # no present reading to change
    twijfel = [
        i
        for i in compress(range(len(labels)), labels)
        if labels[i] == TT and zin.vlaggen[i] & _BEIDE_MEERVOUD == _BEIDE_MEERVOUD
    ]
    if not twijfel:
        return
    anders = [labels[j] for j in range(len(labels)) if labels[j] and j not in twijfel]
    if anders and TT not in anders:
        for i in twijfel:
            labels[i] = VT


def infinitief_na_even(zin: Zin, labels: list[int]) -> None:
    """``Even kijken wat er is``: a form that is also an infinitive right after ``even``
    that opens its clause is the infinitive, unless a subject pronoun follows it (``even
    lopen we``). Changes ``labels`` in place."""
    if TT not in labels or "even" not in zin.woorden:
        return  # no present reading, or no even
    for i in compress(range(len(labels)), labels):
        if i == 0 or labels[i] != TT or zin.woorden[i - 1] != "even":
            continue
        vlag = zin.vlaggen[i]
        if not vlag & lx.MEERVOUD or vlag & (lx.T_VORM | lx.VT_EV):
            continue
        if i > 1 and zin.zinsdeel[i - 2] == zin.zinsdeel[i - 1]:
            continue  # even does not open the clause
        if i + 1 < len(labels) and zin.woorden[i + 1] in ONDERWERP:
            continue
        labels[i] = 0


ELLIPS_STAART = frozenset(
    "wel niet ook evenmin zeker juist des te meer minder vooral nog veel liever beter".split()
)
"""Words that may close an elliptical clause after a noun used as its topic (``lezen ook
niet``, ``sorteren des te meer``)."""


def _onderwerp_infinitief(zin: Zin, labels: Sequence[int], j: int) -> bool:
    """Whether word ``j`` is a form that is also an infinitive, not read as a verb, that
    opens its clause (``Rekenen lukte niet``)."""
    vlag = zin.vlaggen[j]
    return (
        not labels[j]
        and bool(vlag & lx.MEERVOUD)
        and not vlag & STERK_FINIET
        and (j == 0 or zin.zinsdeel[j - 1] != zin.zinsdeel[j])
    )


def infinitief_in_ellips(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive used as a noun in an elliptical clause that contrasts with a past
    clause (``Rekenen lukte niet, lezen ook niet``, ``Knutselen wilde ze niet, maar
    sorteren des te meer``): a present reading of a form that is also an infinitive, in a
    clause after a comma or a coordinating conjunction, with only adverbs before it in its
    clause and only :data:`ELLIPS_STAART` after it up to a punctuation mark or the end,
    is no verb when an earlier clause opens with such a form not read as a verb (the
    parallel topic; ``Ze werkten hard, maar lachen ook`` keeps its verb). Changes
    ``labels`` in place."""
    if TT not in labels:
        return  # no present reading to drop
    n = len(labels)
    woorden = zin.woorden
    zinsdeel = zin.zinsdeel
    for i in compress(range(n), labels):
        vlag = zin.vlaggen[i]
        if not i or labels[i] != TT or not vlag & lx.MEERVOUD or vlag & STERK_FINIET:
            continue
        b = deelbegin(zinsdeel, i)
        if b == 0:
            continue
        begin = b + 1 if woorden[b] in NEVENSCHIKKEND else b
        if woorden[b] not in NEVENSCHIKKEND and zin.gaten[b] != ",":
            continue
        if not any(_onderwerp_infinitief(zin, labels, j) for j in range(b)):
            continue  # no parallel infinitive as a topic before it
        if any(tags[j] != _ADV or woorden[j] in ONDERWERP for j in range(begin, i)):
            continue
        e = i + 1
        while e < n and zin.gaten[e] == "_" and woorden[e] in ELLIPS_STAART:
            e += 1
        if e == i + 1 or (e < n and zin.gaten[e] in ("_", "x")):
            continue  # nothing closes it, or other words follow
        labels[i] = 0


def bijvoeglijk_voor_voorzetsel(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An adjective that is also a verb stem, in a list after a past clause (``ze was stil
    en laat met alles: laat met haar jas``): a present reading of a word that can be an
    adjective, right after ``en``, a comma or a colon, followed by a preposition, is the
    adjective when its clause has no other verb form, no subject pronoun and the sentence
    has a past finite verb (``en laat met een zucht de tas vallen`` keeps its verb).
    Changes ``labels`` in place."""
    if TT not in labels or VT not in labels:
        return  # no present reading to drop, or no past clause
    n = len(labels)
    woorden = zin.woorden
    zinsdeel = zin.zinsdeel
    for i in compress(range(n - 1), labels):
        if not i or labels[i] != TT or not zin.vlaggen[i] & lx.BIJV:
            continue
        if woorden[i - 1] != "en" and zin.gaten[i] not in (",", ":"):
            continue
        if zin.gaten[i + 1] != "_" or tags[i + 1] != _ADP:
            continue
        deel = zinsdeel[i]
        e = i + 1
        while e < n and zinsdeel[e] == deel:
            if tags[e] == _INF and tags[e - 1] == _ADP and not labels[e]:
                e += 1  # an infinitive as a noun (met opruimen)
                continue
            if labels[e] or tags[e] in _VERBAAL or tags[e] in FINIET or woorden[e] in ONDERWERP:
                break
            e += 1
        else:
            labels[i] = 0
            continue
        if zinsdeel[e] != deel:
            labels[i] = 0


BEZIT_VOORAAN = frozenset("hun haar zijn mijn jouw onze uw".split())
"""Possessives that, opening a clause, open its subject noun phrase (``Hun sporen``,
``omdat haar vlechten``); ``ons`` and ``je`` are as often a pronoun there."""


def _opent_deel(zin: Zin, j: int) -> bool:
    """Whether word ``j`` opens its clause, or follows a joining word that does."""
    zinsdeel = zin.zinsdeel
    if j == 0 or zinsdeel[j - 1] != zinsdeel[j]:
        return True
    k = j - 1
    return (zin.woorden[k] in ONDERSCHIKKEND or zin.woorden[k] in NEVENSCHIKKEND) and (
        k == 0 or zinsdeel[k - 1] != zinsdeel[k]
    )


def naamwoord_na_bezittelijk(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A possessive that opens a clause (:data:`BEZIT_VOORAAN`, at its start or right after
    a joining word) opens the subject noun phrase, so a word right after it that can be a
    noun is that noun, not a finite verb (``Hun sporen liggen``, ``Haar vlechten waren``,
    ``als hun handen ...``); ``zijn`` and ``haar`` only when not read as a verb themselves.
    When that noun is plural and a plural present form follows it straight, in a clause
    with no other finite word, that form is the verb (``Hun sporen liggen nog``, ``Hun
    sporen zijn te zien``). Runs before :func:`een_finiet_per_zinsdeel`, so the real
    verb of the clause keeps its reading. Called only for a sentence with a present
    reading. Changes ``labels`` in place."""
    if BEZIT_VOORAAN.isdisjoint(zin.woorden):
        return
    n = len(labels)
    woorden = zin.woorden
    for i in compress(range(n), labels):
        if not i:
            continue
        if labels[i] != TT or not zin.vlaggen[i] & lx.ZELFST or zin.gaten[i] != "_":
            continue
        p = i - 1
        if woorden[p] not in BEZIT_VOORAAN or labels[p] or not _opent_deel(zin, p):
            continue
        labels[i] = 0
        v = i + 1
        if v >= n or zin.gaten[v] != "_" or labels[v] or not zin.tt[v]:
            continue
        if not zin.vlaggen[v] & lx.MEERVOUD or zin.vlaggen[v] & lx.T_VORM:
            continue
        if not meervoudsvorm(woorden[i]):
            continue
        deel = zin.zinsdeel[i]
        if any(zin.zinsdeel[k] == deel and labels[k] for k in range(n)):
            continue
        labels[v] = TT


_ENKELVOUD_VERLEDEN = lx.VT_EV
_ALLEEN_MEERVOUD = lx.T_VORM | lx.STAM | STERK_FINIET
_OPSOMMING_LINKS = frozenset((_N, _PROPN, _ADJ))


def _enkelvoud(zin: Zin, labels: Sequence[int], j: int) -> bool:
    """Whether the finite verb at ``j`` is singular (liep, loopt, loop), not plural."""
    vlag = zin.vlaggen[j]
    if labels[j] == VT:
        return bool(vlag & lx.VT_EV) and not vlag & lx.VT_MV
    return bool(vlag & (lx.T_VORM | lx.STAM)) and not vlag & lx.MEERVOUD


def infinitief_na_en(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive used as a noun, coordinated with a noun or with another such
    infinitive (``de lessen taal en rekenen``, ``Zingen en dansen tegelijk``, ``smaakte
    naar zout en naar winnen``): a present reading of a form that can only be plural,
    right after ``en`` or ``of`` or after a prepositional phrase that follows it, followed
    by a punctuation mark, a joining word, a preposition, an adverb or a relative ``die``,
    with no subject
    pronoun or plural noun outside a prepositional phrase after it in its part, is no verb
    when
    the word before ``en`` is a noun or adjective and every finite verb before it in the
    sentence is singular (a plural verb there would need a plural subject of its own), or
    when that word is such a form not read as a verb that opens the sentence or follows a
    preposition (``met tekenen en schilderen``). Called only for a sentence with a present
    reading. Changes ``labels`` in place."""
    n = len(labels)
    woorden = zin.woorden
    for i in compress(range(n), labels):
        if i < 2:
            continue
        if labels[i] != TT or not zin.vlaggen[i] & lx.MEERVOUD:
            continue
        if zin.vlaggen[i] & _ALLEEN_MEERVOUD or zin.gaten[i] != "_":
            continue
        c = i - 1
        if woorden[c] not in ("en", "of"):
            if tags[c] not in (_N, _ADJ, _ADV) or c < 3 or tags[c - 1] != _ADP:
                continue
            c -= 2  # en naar gelijk krijgen
            if woorden[c] not in ("en", "of"):
                continue
        if zin.gaten[c] != "_" or zin.gaten[c + 1] != "_" or c == 0:
            continue
        if i + 1 < n and zin.gaten[i + 1] in ("_", "x"):
            volgende = woorden[i + 1]
            if volgende in ONDERWERP or volgende in GESTRAND:
                continue
            if (
                tags[i + 1] not in (_ADP, _ADV)
                and volgende not in NEVENSCHIKKEND
                and volgende != "die"  # a relative clause (de opleiding sport en bewegen die)
            ):
                continue
        e = deeleinde(zin.zinsdeel, i)
        if any(woorden[k] in ONDERWERP for k in range(i + 1, e + 1)):
            continue
        if _meervoud_buiten_voorzetsel(zin, tags, i + 1, e + 1):
            continue  # an inverted subject (en komen zelfs ouders langs)
        links = c - 1
        voor = [j for j in range(links) if labels[j]]
        if tags[links] in _OPSOMMING_LINKS and not labels[links]:
            if not voor or not all(_enkelvoud(zin, labels, j) for j in voor):
                continue
        elif not (
            (links == 0 or tags[links - 1] == _ADP)
            and not labels[links]
            and zin.vlaggen[links] & lx.MEERVOUD
            and not zin.vlaggen[links] & STERK_FINIET
        ):
            continue
        labels[i] = 0


NA_INVERSIE = frozenset("de het een hij zij ze we wij jullie ik je jij u er".split())
"""Words that follow a finite verb that precedes its subject (``zingen de ouders``,
``staat hij``)."""


def _ook_al(zin: Zin, tags: Sequence[int], labels: Sequence[int], i: int) -> bool:
    """Whether the form at ``i`` after ``ook al`` is a verb before its subject (``ook al
    trillen haar knieën``): a subject pronoun, determiner or possessive follows, and its
    clause has no other finite word."""
    if i + 1 >= len(labels) or zin.gaten[i + 1] != "_" or zin.gaten[i] != "_":
        return False
    if tags[i] in _GEEN_WERKWOORD or zin.klassen[i][:1] in _NIET_GEBIEDEND:
        return False
    volgende = zin.woorden[i + 1]
    if volgende not in NA_INVERSIE and volgende not in BEZIT_VOORAAN:
        return False
    deel = zin.zinsdeel[i]
    return not any(
        k != i and zin.zinsdeel[k] == deel and (labels[k] or tags[k] in FINIET)
        for k in range(len(labels))
    )


def inversie_na_en(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A present verb before its subject, after ``en`` or ``maar``, that repeats the word
    order of a present verb before it (``Bij het slotlied zingen de ouders mee en staat de
    zaal op``): a form that can be present, right after ``en``/``maar`` and right before a
    determiner or subject pronoun (:data:`NA_INVERSIE`), is the present verb when the last
    finite verb before it is present and followed straight by such a word too, and its own
    part has no other finite word. So is such a form right after ``ook al`` (``ook al
    trillen haar knieën``), whatever comes before. Changes ``labels`` in place."""
    woorden = zin.woorden
    n = len(labels)
    for i in compress(range(n - 1), zin.tt):  # (no slice: compress stops at n - 1)
        if i < 2 or labels[i] or woorden[i - 1] not in ("en", "maar", "al"):
            continue
        if woorden[i - 1] == "al":
            if woorden[i - 2] == "ook" and _ook_al(zin, tags, labels, i):
                labels[i] = TT
            continue
        if i < 3:
            continue
        if tags[i] in _GEEN_WERKWOORD or zin.klassen[i][:1] in _NIET_GEBIEDEND:
            continue  # (en in de regentijd: a preposition)
        if zin.gaten[i] != "_" or zin.gaten[i + 1] != "_" or woorden[i + 1] not in NA_INVERSIE:
            continue
        j = next((k for k in range(i - 2, -1, -1) if labels[k]), -1)
        if j < 0 or labels[j] != TT or woorden[j + 1] not in NA_INVERSIE or j + 1 >= i - 1:
            continue
        if zin.gaten[j + 1] != "_":
            continue
        deel = zin.zinsdeel[i]
        if any(
            k != i and zin.zinsdeel[k] == deel and (labels[k] or tags[k] in FINIET)
            for k in range(i, n)
        ):
            continue
        labels[i] = TT


BETREKKELIJK_BEGIN = frozenset("die dat wie waar welke".split())
"""Words that open a relative clause after a noun (also after a preposition: ``om wie``)."""


def meervoud_na_betrekkelijke_bijzin(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """The verb of a plural subject that opens the sentence and takes a relative clause
    closed by a comma (``De leerlingen om wie het ging, lezen ...``): a form that can be
    plural present, right after that comma, is the verb when the subject is a determiner
    or possessive, adjectives and a plural noun, the relative clause (``die``, ``dat``,
    ``wie``, ``waar``, ``welke``, maybe after a preposition) has no other comma and ends
    in a finite verb, and no subject pronoun follows the form. Changes ``labels`` in
    place."""
    if not labels or zin.woorden[0] not in MEERVOUD_ONDERWERP_BEGIN or "," not in zin.gaten:
        return
    n = len(labels)
    woorden = zin.woorden
    h = 1
    while h < n and tags[h] == _ADJ:
        h += 1
    if h + 2 >= n:
        return
    r = h + 1
    if tags[r] == _ADP:
        r += 1
    if r >= n or woorden[r] not in BETREKKELIJK_BEGIN:
        return
    if not _meervoud_hoofd(zin, tags, h) or zin.vlaggen[h] & STERK_FINIET:
        return
    i = next((k for k in range(r + 1, n) if zin.gaten[k] != "_"), n)
    if i >= n or zin.gaten[i] != "," or labels[i] or not zin.tt[i]:
        return
    if not labels[i - 1] or not zin.vlaggen[i] & lx.MEERVOUD:
        return  # the relative clause ends in its finite verb
    if i + 1 < n and woorden[i + 1] in ONDERWERP:
        return
    labels[i] = TT


EEN_VOOR_EEN = frozenset(("een", "één"))


def een_voor_een(zin: Zin, labels: list[int], marges: list[float]) -> None:
    """``een voor een`` / ``één voor één`` is an adverb, not an article: a form right after
    it that can only be finite is the clause's finite verb (``Een voor een mochten de
    kinderen het konijn aaien``), which the lexicon stage passed over after the article.
    As :func:`een_finiet_per_zinsdeel` does for a surely past word, a doubtful finite
    reading of its clause that stage two was less sure of than such a word is dropped. The
    verb itself keeps no label: a word is only labelled with a tense its lexicon flags
    allow there (``zin.tt``, ``zin.vt``), which the sentence filter of
    ``finiete_werkwoorden`` relies on. Called only for a sentence with a present reading.
    Changes ``labels`` in place."""
    woorden = zin.woorden
    delen: Sequence[object] | None = None
    for j in _posities(woorden, "voor"):
        i = j + 2
        if j < 1 or i >= len(labels) or labels[i] or zin.gaten[i] != "_":
            continue
        if woorden[i - 1] not in EEN_VOOR_EEN or woorden[i - 3] not in EEN_VOOR_EEN:
            continue
        vlag = zin.vlaggen[i]
        if not (
            (vlag & lx.VERLEDEN and not vlag & lx.TEGENWOORDIG)
            or (vlag & lx.TEGENWOORDIG and not vlag & (lx.VERLEDEN | lx.ZELFST | lx.BIJV))
        ):
            continue
        if delen is None:
            delen = _delen(zin)
        for k in compress(range(len(labels)), labels):
            if delen[k] == delen[i] and zin.vlaggen[k] & DUBBELZINNIG and marges[k] < ZEKER_MARGE:
                labels[k] = 0


ZEKER_MARGE = 64.0
"""The margin of a word that can only be finite (as ``ZEKER`` in ``verhaal.checker.tijd``)."""


def infinitief_na_enkelvoudig_voorwerp(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive phrase in a list whose object is a singular noun phrase (``vakken
    vullen en de kassa bedienen``): a present reading of a form that can only be plural,
    closing a part opened by ``en``, ``of``, a comma or a colon that holds nothing but a singular
    noun phrase before it, is the infinitive: a plural verb cannot agree with that noun,
    and a verb sharing an earlier subject would come first in a main clause. Only in a
    sentence without a subordinating word before it (``dat ze de tas pakken en de bal
    gooien``: verb-final parts) and after a finite verb. Called only for a sentence with a
    present reading. Changes ``labels`` in place."""
    woorden = zin.woorden
    zinsdeel = zin.zinsdeel
    for i in compress(range(len(labels)), labels):
        if i < 3:
            continue
        vlag = zin.vlaggen[i]
        if labels[i] != TT or not vlag & lx.MEERVOUD or vlag & _ALLEEN_MEERVOUD:
            continue
        if zin.gaten[i] != "_" or not _einde_deel(zin, i) or zinsdeel[i - 1] != zinsdeel[i]:
            continue
        h = i - 1  # the noun
        if tags[h] != _N or meervoudsvorm(woorden[h]) or woorden[h].endswith(("en", "s")):
            continue
        b = h
        while b > 0 and zinsdeel[b - 1] == zinsdeel[i] and tags[b - 1] == _ADJ:
            b -= 1
        if b > 0 and zinsdeel[b - 1] == zinsdeel[i] and woorden[b - 1] in ONDERWERP_BEGIN:
            b -= 1
        if b > 0 and woorden[b - 1] in ("en", "of") and zin.gaten[b] == "_":
            b -= 1  # the part opens with en/of
        elif b == 0 or zin.gaten[b] not in (",", ":"):
            continue  # more than a noun phrase before it in its part
        if not any(labels[:b]) or not ONDERSCHIKKEND.isdisjoint(woorden[:i]):
            continue
        if not VRAAGWOORDEN.isdisjoint(woorden[:i]):
            continue
        labels[i] = 0


KOPPEL_HULP = frozenset(
    "zijn worden hebben blijven lijken kunnen moeten willen mogen zullen".split()
)
"""Copulas and auxiliaries: a list item closing in one is a statement, not a task."""


def taak_in_opsomming(zin: Zin, tags: Sequence[int], labels: list[int], proza: str) -> None:
    """A task in a list of tasks next to a colon (``Zijn opdracht: pallets ompakken en de
    kratten stapelen``, ``Spiegelen, facen, prijskaartjes controleren: dat was zijn
    rondje``): a present reading of a form that is also an infinitive, that closes its item
    (only a phrase without verbs, adverbs or subject pronouns after it), in a part between
    colons (or a colon and the sentence edge) with no other verb label and no subject
    pronoun, is an infinitive when another item of that part ends in an infinitive the
    stages left unlabelled. A list of present statements (``de kinderen lachen, de ouders
    kletsen``) has no such item. The part must border on a real colon in ``proza``, not a
    semicolon (``de lonen stijgen; ...``, a list of statements). Changes ``labels`` in
    place."""
    gaten = zin.gaten
    woorden = zin.woorden
    vlaggen = zin.vlaggen
    n = len(labels)
    for i in compress(range(n), labels):
        if labels[i] != TT or not vlaggen[i] & lx.MEERVOUD or vlaggen[i] & STERK_FINIET:
            continue
        if woorden[i] in KOPPEL_HULP:
            continue  # (no task: ``Het gevolg: huizen worden duurder en ...``)
        e = i + 1
        while e < n and gaten[e] == "_" and woorden[e] not in NEVENSCHIKKEND:
            if _infinitief_na_voorzetsel(zin, tags, e):
                pass  # (``mensen helpen met wassen``)
            elif tags[e] not in _STAART or tags[e] == _ADV or woorden[e] in ONDERWERP:
                break
            e += 1
        else:
            a = i
            while a > 0 and gaten[a] != ":":
                a -= 1
            b = e
            while b < n and gaten[b] != ":":
                b += 1
            if not a and (b == n or not _opent_met_taak(zin, labels)):
                continue  # (``De bewoners klagen, protesteren en eisen: ...``)
            t = zin.tokens
            grens = a if a else b
            if ":" not in proza[t[grens - 1].eind : t[grens].start]:
                continue
            if _taak_naast(zin, tags, labels, a, b, i, e):
                labels[i] = 0


_OOK_VOORWERP = frozenset(("ze", "je"))


def _voorwerp_in_taak(zin: Zin, a: int, k: int, b: int) -> bool:
    """Whether the pronoun ``ze`` or ``je`` at ``k``, inside the part ``woorden[a:b]`` of
    a list, is an object: a word that cannot be finite follows it and the part has no
    subordinating word, so it is a main clause in which a subject would have its verb
    right after it (``de schoenen kopen en ze duurder doorverkopen``; not ``ze lachen``,
    not ``dat de kinderen lachen en ze vaak huilen``). Any such pronoun right after a
    preposition is its object (``en ze aan iedereen laten zien``)."""
    if not ONDERSCHIKKEND.isdisjoint(zin.woorden[a:b]):
        return False
    if k > a and zin.gaten[k] == "_" and zin.woorden[k - 1] in VOORZETSELS:
        return True  # (aan iedereen laten zien: the object of a preposition)
    return (
        zin.woorden[k] in _OOK_VOORWERP
        and k + 1 < b
        and zin.gaten[k + 1] == "_"
        and not zin.vlaggen[k + 1] & lx.FINIET
    )


def _taak_naast(
    zin: Zin, tags: Sequence[int], labels: Sequence[int], a: int, b: int, i: int, e: int
) -> bool:
    """Whether ``woorden[a:b]`` (a part of a list around word ``i``) holds no verb label but
    ``i`` and no subject pronoun, and an item other than that of ``i`` (which ends before
    ``e``) ends in an unlabelled infinitive or a form that is also one (before a comma,
    ``en``, ``of`` or the end of the part: ``Spiegelen, facen, ...``, ``de band plakken,
    de spaken spannen``). Another present reading of such a form that closes an item may
    stand in the part (``Opruimen, vegen, de ramen lappen: ...``). An item of one word
    after that of ``i`` does not count: it may be a verb sharing its subject (``de
    kinderen leren, spelen en lachen``). The infinitive must be one by the lexicon, and
    tagged so, or follow its object or an adverb (``de vuilnis buiten zetten``, ``beter
    plannen``), or be the item: not ``de kosten``, not ``te veel`` tagged as an
    infinitive. ``ze`` or ``je`` before a word that cannot be finite is an object, not a
    subject (:func:`_voorwerp_in_taak`)."""
    woorden = zin.woorden
    gaten = zin.gaten
    taak = False
    for k in range(a, b):
        w = woorden[k]
        sluit = k + 1 == b or gaten[k + 1] == "," or woorden[k + 1] in ("en", "of")
        if (w in ONDERWERP or w in MEERVOUD_PERSOONLIJK) and not _voorwerp_in_taak(zin, a, k, b):
            return False
        if labels[k] and k != i and not (labels[k] == TT and sluit and _infinitiefvorm(zin, k)):
            return False  # (another task read as present may stand in the same list)
        if (
            not taak
            and (k < i or (k >= e and gaten[k] == "_" and woorden[k - 1] not in ("en", "of")))
            and sluit
            and not labels[k]
            and zin.vlaggen[k] & lx.MEERVOUD  # (also a past plural: ``zetten``)
            and (tags[k] == _INF or gaten[k] != "_" or k == a or _na_voorwerp(tags, k))
        ):
            taak = True  # (also a form tagged as a noun: ``de band plakken``)
    return taak


def _infinitiefvorm(zin: Zin, k: int) -> bool:
    """Whether word ``k`` is also an infinitive and no strong finite form."""
    vlag = zin.vlaggen[k]
    return bool(vlag & lx.MEERVOUD) and not vlag & STERK_FINIET


def _infinitief_na_voorzetsel(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether word ``j`` is an infinitive used as a noun after a preposition (``beginnen
    met knippen``, ``helpen met wassen``), not a te-infinitive (``te onderscheiden``)."""
    return tags[j] == _INF and tags[j - 1] == _ADP and zin.woorden[j - 1] != "te"


def _opent_met_taak(zin: Zin, labels: Sequence[int]) -> bool:
    """Whether the sentence opens with a list item of one unlabelled word that is also an
    infinitive (``Spiegelen, facen, ...:``), not with a subject whose verbs are listed
    (``De bewoners klagen, protesteren en eisen: ...``)."""
    return (
        len(labels) > 1
        and not labels[0]
        and _infinitiefvorm(zin, 0)
        and (zin.gaten[1] == "," or zin.woorden[1] in ("en", "of"))
    )


def _na_voorwerp(tags: Sequence[int], k: int) -> bool:
    """Whether word ``k`` follows a noun, an adverb or an adjective that no determiner
    opens (``de band plakken``, ``buiten zetten``, ``beter plannen``; not ``de hoge
    kosten``)."""
    t = tags[k - 1]
    return t in (_N, _ADV) or (t == _ADJ and (k < 2 or tags[k - 2] != _DET))
