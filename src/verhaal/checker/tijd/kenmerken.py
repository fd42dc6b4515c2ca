"""Features of a word for the tense tagger: the word, its lexicon flags and its clause.

Shared by the training script and the checker, so the model sees exactly what it was
trained on. Only *candidates* get features: words that the lexicon knows as a finite verb
form (present or past). Everything else is never flagged.
"""

from __future__ import annotations

from collections.abc import Sequence

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


def _vlaggen(vlag: int) -> str:
    """A compact name for a flag combination, e.g. ``SMZ`` for stem+plural+noun."""
    namen = "STMvwVZBsO"
    return "".join(namen[i] for i in range(10) if vlag & (1 << i)) or "-"


def zin_kenmerken(
    tokens: Sequence[Token], proza: str, lexicon: lx.Lexicon
) -> list[list[str] | None]:
    """Features of every token of one sentence (None for non-candidates)."""
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
        if i and (gaten[i] not in ("_", "x") or woorden[i] in ONDERSCHIKKEND or woorden[i] in
                  NEVENSCHIKKEND):
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
        ]
        for bit in range(10):
            if vlag & (1 << bit):
                kenmerken.append(f"f={bit}")
        uit.append(kenmerken)
    return uit
