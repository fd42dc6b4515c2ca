"""Present forms of verbs that no lexicon knows, by their form and their subject.

New verbs, mostly English stems with Dutch endings (``hij gamet``, ``ze appt``, ``hij
scrollt``, ``ze chillen``), are in neither the verb lexicon nor the word-class lexicon, so
the two stages never see them as candidates. Next to a subject pronoun their ending says
what they are: a word in ``-t`` after a singular subject pronoun that opens its part (also
after a subordinating word: ``omdat hij gamet``) or right before one (``elke avond gamet
hij``) is the third person singular present; a word in ``-en`` in the same places next to
a plural one is the plural present (not one in ``-ten``/``-den`` after another consonant:
``ze appten``, ``ze gameden`` are past). A hyphen may stand inside (``ze e-mailt``).

A word counts when the verb lexicon has no flags for it, the word-class lexicon has no
class, it is not in the noun lexicon (``outfit``, ``account`` are nouns there), and its stem
is in the English word table (``game``, ``scroll``): an unknown Dutch word after a pronoun
is more often something else (a name, a word of another language, a typing error).

:func:`onbekende_in_zin` works on a sentence as ``kenmerken.analyseer_zin`` gives it,
which every sentence goes through (also one without a candidate, which the two stages
skip), so it costs one set test per sentence without a subject pronoun.
"""

from __future__ import annotations

from itertools import compress

from verhaal.checker.tijd.kenmerken import (
    BEZITTELIJK,
    LIDWOORDEN,
    NEVENSCHIKKEND,
    ONDERSCHIKKEND,
    STERK_FINIET,
    VOORZETSELS,
    Zin,
    deelbegin,
    meervoudsvorm,
)
from verhaal.checker.tijd.woordsoorten import woordsoorten
from verhaal.checker.woordenboek import (
    engelse_samenstelling,
    engelse_waarde,
    is_plaats,
    is_voornaam,
    is_vorm,
)

ENKELVOUD = frozenset("hij zij ze jij".split())
"""Subject pronouns of a third-person (or ``jij``) verb in ``-t``; not ``je``, ``het`` or
``u``: they are also a possessive, an article or a letter (``je outfit``, ``het ticket``)."""
MEERVOUD = frozenset("wij we zij ze jullie".split())
"""Subject pronouns of a plural verb in ``-en``."""
VOORNAAMWOORDEN = ENKELVOUD | MEERVOUD
LIDWOORD_OF_BEZIT = LIDWOORDEN | BEZITTELIJK | {"het"}
NIET_ERVOOR = LIDWOORD_OF_BEZIT | VOORZETSELS
"""Words after which a word is no finite verb (a noun: ``de chat``, ``in het account``)."""


_ONBEKEND: dict[str, bool] = {}


def _onbekend(woord: str, klasse: str) -> bool:
    """Whether ``woord`` (lower case, no verb-lexicon flags, word class ``klasse``) is
    unknown to the lexicons and has an English stem (see the module); remembered (a story
    repeats its verbs)."""
    uit = _ONBEKEND.get(woord)
    if uit is None:
        if len(_ONBEKEND) > 10_000:
            _ONBEKEND.clear()
        uit = _ONBEKEND[woord] = (
            klasse[:1] == "-"
            and len(woord) >= 4
            and woord.replace("-", "").isalpha()  # (e-mailt)
            and woord not in woordsoorten().zelfst
            and _engelse_stam(woord)
        )
    return uit


def _engelse_stam(woord: str) -> bool:
    """Whether the stem of a verb form in ``-t`` or ``-en`` is English: in the English word
    table (``gamet``: game, ``scrollt``: scroll, ``spammen``: spam, ``liken``: like), an
    English ``-le`` written the Dutch way (``googelt``: google), or two words of the table
    run together, as apps and brands are named (``facetimet``: face + time, ``whatsappt``:
    whats + app), or a brand the lexicon knows by its capitalised name (``netflixt``)."""
    if woord.endswith("t"):
        stammen = [woord[:-1]]
    else:
        stam = woord[:-2]
        stammen = [stam, stam + "e"]
        if len(stam) > 2 and stam[-1] == stam[-2]:
            stammen.append(stam[:-1])
    stammen = [s.replace("-", "") for s in stammen]  # (e-mailt)
    stammen += [s[:-2] + "le" for s in stammen if s.endswith("el")]
    return (
        any(engelse_waarde(s) for s in stammen)
        or any(map(engelse_samenstelling, stammen))
        or any(map(_merk, stammen))
    )


def _merk(stam: str) -> bool:
    """Whether ``stam`` with a capital is a proper noun of the lexicon that is neither a
    first name nor a place: a brand or an app (``netflixt``: Netflix, ``spotifyen``)."""
    naam = stam.capitalize()
    return len(stam) >= 4 and is_vorm(naam) and not is_voornaam(naam) and not is_plaats(naam)


def _verleden_meervoud(woord: str) -> bool:
    """Whether a word in ``-ten``/``-den`` is a past plural (``appten``, ``gameden``), not a
    present one with a doubled stem consonant (``chatten``)."""
    return woord.endswith(("ten", "den")) and woord[-4] not in "td"


def _vorm_past(pronomen: str, woord: str) -> bool:
    """Whether the ending of ``woord`` agrees with ``pronomen`` as a present form (only the
    form: see :func:`_onbekend` for the lexicons)."""
    if woord[-1:] == "t":
        return pronomen in ENKELVOUD
    return woord.endswith("en") and pronomen in MEERVOUD and not _verleden_meervoud(woord)


def _kandidaat(zin: Zin, pronomen: str, j: int) -> bool:
    """Whether word ``j`` of ``zin`` is an unknown present form agreeing with ``pronomen``,
    written in lower case."""
    w = zin.woorden[j]
    return (
        not zin.vlaggen[j]
        and _vorm_past(pronomen, w)
        and _onbekend(w, zin.klassen[j])
        and zin.tokens[j].tekst.islower()
    )


def onbekende_in_zin(zin: Zin) -> list[int]:
    """The positions in ``zin`` of present forms of verbs no lexicon knows (see the
    module), in order. Call it only for a sentence with a word of :data:`VOORNAAMWOORDEN`."""
    woorden = zin.woorden
    gaten = zin.gaten
    n = len(woorden)
    gezien: list[int] = []
    for i in compress(range(n), map(VOORNAAMWOORDEN.__contains__, woorden)):
        pronomen = woorden[i]
        # Right before it, after a first constituent: elke avond gamet hij.
        if (
            i >= 2
            and gaten[i] == "_"
            and _kandidaat(zin, pronomen, i - 1)
            and not zin.tokens[i - 1].zinsbegin
            and not (gaten[i - 1] == "_" and woorden[i - 2] in NIET_ERVOOR)
            and (not gezien or gezien[-1] != i - 1)
        ):
            gezien.append(i - 1)
        # Right after the pronoun, which opens its part: hij gamet, en ze chillen.
        if (
            i + 1 < n
            and gaten[i + 1] == "_"
            and _kandidaat(zin, pronomen, i + 1)
            and _opent_deel(zin, i)  # (also after a subordinating word: omdat hij gamet)
        ):
            gezien.append(i + 1)
    return gezien


ONBEKEND_KLASSE = "-|"
"""The word class of a word that neither the word-class lexicon nor the noun lexicon
knows (:func:`verhaal.checker.tijd.woordsoorten.Woordsoorten.klasse`): a sentence without
one has no candidate of :func:`onbekende_na_naamwoord`."""
_UITGANGEN = ("t", "en")


def _opent_deel(zin: Zin, i: int) -> bool:
    """Whether word ``i`` opens its part: the sentence, a part after punctuation, or a
    clause after a joining or subordinating word."""
    return (
        i == 0
        or zin.tokens[i].zinsbegin
        or zin.gaten[i] != "_"
        or zin.woorden[i - 1] in NEVENSCHIKKEND
        or zin.woorden[i - 1] in ONDERSCHIKKEND
    )


def _enkelvoudig_onderwerp(zin: Zin, j: int) -> bool:
    """Whether the words right before ``j`` are a singular subject opening their part: a
    name (``Tim gamet``), or an article or possessive, adjectives and a singular noun
    (``mijn broer gamet``, ``omdat de nieuwe juf appt``)."""
    tokens = zin.tokens
    tekst = tokens[j - 1].tekst
    if tekst[:1].isupper() and tekst[1:].islower() and _opent_deel(zin, j - 1):
        # A name: a capital inside the sentence, or one no lexicon has a class for.
        return not tokens[j - 1].zinsbegin or zin.klassen[j - 1][:1] == "-"
    return _naamwoordgroep(zin, j, meervoud=False)


def _naamwoordgroep(zin: Zin, j: int, meervoud: bool) -> bool:
    """Whether the words right before ``j`` are an article or possessive, adjectives and
    a noun of the lexicon, opening their part; with ``meervoud`` a plural noun, which may
    also stand alone (``dat kinderen chillen``)."""
    woorden = zin.woorden
    kop = woorden[j - 1]
    if zin.gaten[j - 1] != "_" or not zin.tokens[j - 1].tekst.islower():
        return False
    # A noun: its main word class, or no class but in the noun lexicon (juf); not any
    # word of the noun lexicon (it also holds om, mijn).
    klasse = zin.klassen[j - 1]
    if not (klasse[:1] == "n" or (klasse[:1] == "-" and "N" in klasse)):
        return False
    if meervoud != meervoudsvorm(kop):
        return False
    i = j - 2
    while (
        i >= 0
        and zin.gaten[i + 1] == "_"
        and zin.klassen[i][:1] == "a"
        and woorden[i] not in LIDWOORD_OF_BEZIT
    ):
        i -= 1  # adjectives: mijn grote broer
    if i >= 0 and zin.gaten[i + 1] == "_" and woorden[i] in LIDWOORD_OF_BEZIT:
        return (not meervoud or woorden[i] not in ("het", "een")) and _opent_deel(zin, i)
    return meervoud and i == j - 2 and _opent_deel(zin, j - 1)


def onbekende_na_naamwoord(zin: Zin) -> list[int]:
    """The positions in ``zin`` of present forms of verbs no lexicon knows right after a
    subject that is a name or a noun group opening its part (``mijn broer gamet``,
    ``Tim appt``, ``de jongens chillen``), or right before one in inversion, in second
    place after a first constituent (``Na school chillen de jongens``, ``Elke avond gamet
    mijn broer``); call it only for a sentence with a word of class
    :data:`ONBEKEND_KLASSE`."""
    klassen = zin.klassen
    n = len(klassen)
    gezien: list[int] = []
    for j in compress(range(n), map(ONBEKEND_KLASSE.__eq__, klassen)):
        w = zin.woorden[j]
        # First the form and the remembered English stem: most such words are names.
        if not w.endswith(_UITGANGEN) or not _onbekend(w, ONBEKEND_KLASSE):
            continue
        if (
            j == 0
            or zin.gaten[j] != "_"
            or zin.vlaggen[j]
            or not zin.tokens[j].tekst.islower()
            or zin.woorden[j - 1] in VOORNAAMWOORDEN
            or (j + 1 < n and zin.gaten[j + 1] == "_" and _vorm_past(zin.woorden[j + 1], w))
        ):  # (a pronoun right after it agrees: onbekende_in_zin finds it, appt ze)
            continue
        meervoud = w[-1:] != "t"
        if meervoud and _verleden_meervoud(w):
            continue
        if meervoud:
            onderwerp = _naamwoordgroep(zin, j, meervoud=True)
        else:
            onderwerp = _enkelvoudig_onderwerp(zin, j)
        if onderwerp or (_na_eerste_zinsdeel(zin, j) and _onderwerp_erna(zin, j, meervoud)):
            gezien.append(j)
    return gezien


def _na_eerste_zinsdeel(zin: Zin, j: int) -> bool:
    """Whether word ``j`` can be the finite verb in second place of a main clause: not at
    the sentence's start, not right after an article, possessive or preposition (``de
    chat``, ``na gamen``), and its part opens with no subordinating word and holds no
    form before it that is always finite (``Na school chillen de jongens``; not ``Ze vond
    chillen de ...``)."""
    if zin.tokens[j].zinsbegin or zin.woorden[j - 1] in NIET_ERVOOR:
        return False
    a = deelbegin(zin.zinsdeel, j)
    if a == j or zin.woorden[a] in ONDERSCHIKKEND:
        return False
    return not any(v & STERK_FINIET for v in zin.vlaggen[a:j])


def _onderwerp_erna(zin: Zin, j: int, meervoud: bool) -> bool:
    """Whether the words right after ``j`` are its subject in inversion: an article or
    possessive, adjectives and a noun of the lexicon agreeing with the form's number
    (``Na school chillen de jongens``, ``Elke avond gamet mijn broer``), or for a form in
    ``-t`` a name (a capitalised word: ``Daarom appt Tim``)."""
    woorden = zin.woorden
    n = len(woorden)
    k = j + 1
    if k >= n or zin.gaten[k] != "_":
        return False
    tekst = zin.tokens[k].tekst
    if not meervoud and tekst[:1].isupper() and tekst[1:].islower():
        return True  # a name
    if woorden[k] not in LIDWOORD_OF_BEZIT or (meervoud and woorden[k] in ("het", "een")):
        return False
    k += 1
    while k < n and zin.gaten[k] == "_" and zin.klassen[k][:1] == "a":
        k += 1  # adjectives: de nieuwe jongens
    if k >= n or zin.gaten[k] != "_" or not zin.tokens[k].tekst.islower():
        return False
    klasse = zin.klassen[k]
    if not (klasse[:1] == "n" or (klasse[:1] == "-" and "N" in klasse)):
        return False
    return meervoudsvorm(woorden[k]) == meervoud


__all__ = ["ONBEKEND_KLASSE", "VOORNAAMWOORDEN", "onbekende_in_zin", "onbekende_na_naamwoord"]
