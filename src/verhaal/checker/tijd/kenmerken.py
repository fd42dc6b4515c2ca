"""Features of a word for the tense tagger: the word, its lexicon flags and its clause.

Shared by the training script and the checker, so the model sees exactly what it was
trained on. Only *candidates* get features: words that the lexicon knows as a finite verb
form (present or past). Everything else is never flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from verhaal.checker.document import Token
from verhaal.checker.tijd import lexicon as lx

# Words that open a subordinate clause (verb-final word order) or join main clauses.
ONDERSCHIKKEND = frozenset(
    """dat omdat als toen wanneer terwijl die wie wat waar of zodat hoewel voordat nadat
    totdat tot sinds zodra doordat waardoor waarin waarop waarmee waarna waarbij waaruit
    waarvan waarover waaraan waarvoor alsof opdat indien mits tenzij zoals naarmate
    ofschoon aangezien nu hetgeen welke""".split()
)
NEVENSCHIKKEND = frozenset("en maar want dus of noch".split())
STERK_FINIET = lx.T_VORM | lx.VT_EV | lx.VT_MV
"""Flags of forms that are finite whatever the context (loopt, liep, liepen)."""


def toegestaan(vlag: int) -> tuple[bool, bool, bool]:
    """Which labels (O, TT, VT) a word with these lexicon flags can get."""
    return True, bool(vlag & lx.TEGENWOORDIG), bool(vlag & lx.VERLEDEN)


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


@dataclass(slots=True)
class Zin:
    """One sentence as the tagger sees it."""

    tokens: Sequence[Token]
    woorden: list[str]
    vlaggen: list[int]
    namen: list[str]
    zinsdeel: list[int]
    """Clause number of every token."""
    kenmerken: list[list[str] | None]
    """First-pass features of every candidate (None: not a candidate)."""


def zin_kenmerken(
    tokens: Sequence[Token], proza: str, lexicon: lx.Lexicon
) -> list[list[str] | None]:
    """First-pass features of every token of one sentence (None for non-candidates)."""
    return analyseer_zin(tokens, proza, lexicon).kenmerken


def analyseer_zin(tokens: Sequence[Token], proza: str, lexicon: lx.Lexicon) -> Zin:
    """Lexicon flags, clauses and first-pass features of one sentence."""
    n = len(tokens)
    woorden = [t.tekst.lower() for t in tokens]
    vlaggen = [lexicon.vlag(w) for w in woorden]
    namen = [_vlaggen(v) for v in vlaggen]
    # Punctuation before each token (the first: sentence start) and after the last.
    gaten = ["S"] + [leesteken(proza[tokens[i - 1].eind : tokens[i].start]) for i in range(1, n)]
    gaten.append("E")
    # Clause index of every token: a new clause after punctuation or a joining word.
    zinsdeel = []
    huidig = 0
    for i in range(n):
        if i and (
            gaten[i] not in ("_", "x")
            or woorden[i] in ONDERSCHIKKEND
            or woorden[i] in NEVENSCHIKKEND
        ):
            huidig += 1
        zinsdeel.append(huidig)
    uit: list[list[str] | None] = []
    for i in range(n):
        vlag = vlaggen[i]
        if not vlag & lx.FINIET:
            uit.append(None)
            continue
        w = woorden[i]
        tekst = tokens[i].tekst
        vorige = woorden[i - 1] if i else "<s>"
        vorige2 = woorden[i - 2] if i > 1 else "<s>"
        volgende = woorden[i + 1] if i + 1 < n else "</s>"
        volgende2 = woorden[i + 2] if i + 2 < n else "</s>"
        vv = namen[i - 1] if i else "<s>"
        nv = namen[i + 1] if i + 1 < n else "</s>"
        deel = zinsdeel[i]
        begin = i
        while begin and zinsdeel[begin - 1] == deel:
            begin -= 1
        eind = i
        while eind + 1 < n and zinsdeel[eind + 1] == deel:
            eind += 1
        eerste = woorden[begin]
        fin_voor = sum(1 for j in range(begin, i) if vlaggen[j] & STERK_FINIET)
        fin_na = sum(1 for j in range(i + 1, eind + 1) if vlaggen[j] & STERK_FINIET)

        te_voor = any(woorden[j] == "te" for j in range(max(begin, i - 2), i))
        plek = min(i - begin, 4)
        bijzin = eerste in ONDERSCHIKKEND
        laatste = i == eind
        vl = namen[i]
        kenmerken = [
            "b",
            f"w={w}",
            f"v={vl}",
            f"s2={w[-2:]}",
            f"s3={w[-3:]}",
            f"p2={w[:2]}",
            f"hoofd={tekst[:1].isupper()}{tokens[i].zinsbegin}",
            f"w-1={vorige}",
            f"w-2={vorige2}",
            f"w+1={volgende}",
            f"w+2={volgende2}",
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
            f"fv={min(fin_voor, 2)}|{vl}",
            f"fn={min(fin_na, 2)}|{vl}",
            f"te={te_voor}|{vl}",
            f"bz={bijzin}|{laatste}|{vl}",
            f"bzw={bijzin}|{laatste}|{w}",
            f"fvw={min(fin_voor, 2)}|{min(fin_na, 2)}|{w}",
        ]
        for bit in range(11):
            if vlag & (1 << bit):
                kenmerken.append(f"f={bit}")
        uit.append(kenmerken)
    return Zin(tokens, woorden, vlaggen, namen, zinsdeel, uit)


def _emmer(marge: float) -> int:
    return 0 if marge < 2 else 1 if marge < 5 else 2 if marge < 10 else 3


def tweede_kenmerken(
    zin: Zin, labels: Sequence[int], marges: Sequence[float]
) -> list[list[str] | None]:
    """Second-pass features: what the first pass decided about the other verbs around.

    A clause has one finite verb: when another word in it is surely finite, a plural form
    (``kunnen worden``) is the infinitive; when none is, it is likely the finite verb
    (``kippen zijn ...``).
    """
    n = len(zin.woorden)
    uit: list[list[str] | None] = []
    finiet = [lab != 0 for lab in labels]
    totaal = sum(finiet)
    for i in range(n):
        if zin.kenmerken[i] is None:
            uit.append(None)
            continue
        deel = zin.zinsdeel[i]
        vl = zin.namen[i]
        voor = sum(1 for j in range(i) if finiet[j] and zin.zinsdeel[j] == deel)
        na = sum(1 for j in range(i + 1, n) if finiet[j] and zin.zinsdeel[j] == deel)
        vorige = next(
            (
                str(labels[j])
                for j in range(i - 1, -1, -1)
                if zin.kenmerken[j] is not None and zin.zinsdeel[j] == deel
            ),
            "-",
        )
        volgende = next(
            (
                str(labels[j])
                for j in range(i + 1, n)
                if zin.kenmerken[j] is not None and zin.zinsdeel[j] == deel
            ),
            "-",
        )
        eigen = f"{labels[i]}|{_emmer(marges[i])}"
        anders = min(totaal - finiet[i], 3)
        uit.append(
            [
                f"2p={eigen}",
                f"2pv={eigen}|{vl}",
                f"2vn={min(voor, 2)}|{min(na, 2)}|{labels[i]}",
                f"2vnv={min(voor, 2)}|{min(na, 2)}|{vl}",
                f"2z={anders}|{labels[i]}",
                f"2buur={vorige}|{volgende}|{vl}",
                f"2buurw={vorige}|{volgende}|{zin.woorden[i]}",
            ]
        )
    return uit


DUBBELZINNIG = lx.MEERVOUD | lx.ZELFST | lx.BIJV
"""Forms that can also be an infinitive, a noun or an adjective."""


def een_finiet_per_zinsdeel(zin: Zin, labels: list[int], marges: list[float]) -> None:
    """Drop a doubtful finite reading when a surer finite verb shares its clause.

    A Dutch clause has one finite verb. When the tagger calls two words of one clause
    finite and one of them can also be an infinitive, noun or adjective (``liet een schelp
    rondgaan``, ``haar handen zaten``), the one with the smaller margin is that other thing.
    Changes ``labels`` in place.
    """
    n = len(labels)
    for i in range(n):
        if not labels[i] or not zin.vlaggen[i] & DUBBELZINNIG:
            continue
        for j in range(n):
            if (
                j != i
                and labels[j]
                and zin.zinsdeel[j] == zin.zinsdeel[i]
                and (marges[j] > marges[i])
            ):
                labels[i] = 0
                break
