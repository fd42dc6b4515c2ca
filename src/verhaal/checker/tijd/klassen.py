"""Rules after tagging for classes of issue 12 found in round 7 (sets 8 and 9, and sentences
written for that round): lists of tasks after a modal, an infinitive closing a bare
prepositional phrase, a possessive and the noun of a verbless part.

Like the rules of :mod:`verhaal.checker.tijd.kenmerken` they run after both stages and only
change labels; each is called only for a sentence with a present reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress

from verhaal.checker.document import Document
from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd.kenmerken import (
    _ADJ,
    _ADP,
    _ADV,
    _BEIDE_MEERVOUD,
    _BETREKKELIJK_DIE,
    _DET,
    _EN_OF,
    _INF,
    _LIDWOORD_OF_HET,
    _N,
    _PROPN,
    _ZELFSTANDIG,
    BEZIT_VOORAAN,
    DUBBELZINNIG,
    IMPERATIEF_VOLGT,
    NEVENSCHIKKEND,
    ONDERSCHIKKEND,
    ONDERWERP,
    ONDERWERP_BEGIN,
    TELWOORDEN,
    VOEGWOORD_MET_ONDERWERP,
    VOORZETSELS,
    Zin,
    _bezittelijk_je,
    _delen,
    _einde_deel,
    _enkelvoud,
    _gestrand_voor,
    _infinitiefvorm,
    _neemt_infinitief,
    _opent_bijzin,
    _vlaggen,
    _vorm_van,
    deelbegin,
    deeleinde,
    een_bijzin,
    meervoudsvorm,
    onderwerp_voor_betrekkelijke,
)
from verhaal.checker.tijd.model import TT, VT
from verhaal.checker.tijd.tagger import FINIET, T_VT, TAGS

_NAAMWOORD = frozenset((_N, _ADJ))
"""Tags of the last word of an object before its infinitive (``de vloeren`` may be tagged
as an adjective in ``-en``)."""


def taken_na_modaal(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A list of tasks after a modal or ``laten``, each an object and its infinitive
    (``Hij moest de containers legen, de vloeren dweilen en de toiletten schoonmaken``): a
    present reading of a form that is also an infinitive, right after a noun and closing
    a part that holds only that noun phrase (a determiner or possessive, adjectives, the
    noun) after a comma, ``en`` or ``of``, is an infinitive when the item before it ends
    the same way (an unlabelled infinitive right after a noun, or an item this rule took)
    and the last finite verb before the list takes an infinitive, with no subordinating
    word and no subject pronoun but one right after that verb between them. A plural
    object reads as a subject with its verb (``de vloeren dweilen``); a list of
    present statements (``..., de boeren kijken toe``) has no item of that shape before
    it, and ``maar`` (``..., maar haar handen beven``) opens no item. The form may take an
    infinitive after it (``en de platen laten zien``). Changes ``labels`` in place."""
    if "," not in zin.gaten and _EN_OF.isdisjoint(zin.woorden):
        return  # no list
    woorden = zin.woorden
    gaten = zin.gaten
    zinsdeel = zin.zinsdeel
    taken: set[int] = set()
    for i in compress(range(len(labels)), labels):
        if i < 4 or labels[i] != TT or not _infinitiefvorm(zin, i):
            continue
        if gaten[i] != "_" or tags[i - 1] not in _NAAMWOORD or gaten[i - 1] != "_":
            continue
        e = i
        if _cluster(zin, tags, i):
            e = i + 1  # a verb cluster: de platen laten zien
        if e + 1 < len(labels) and zinsdeel[e + 1] == zinsdeel[e]:
            continue  # (words follow it in its part)
        if not _einde_deel(zin, e) and not _opent_bijzin(zin, e + 1):
            continue  # (cut by length or a question word)
        deel = zinsdeel[i]
        a = i - 1
        while a > 2 and zinsdeel[a - 1] == deel and tags[a - 1] == _ADJ and gaten[a] == "_":
            a -= 1
        if zinsdeel[a - 1] == deel and woorden[a - 1] in ONDERWERP_BEGIN and gaten[a] == "_":
            a -= 1
        if a > 1 and zinsdeel[a - 1] == deel and woorden[a - 1] in _EN_OF and gaten[a] == "_":
            a -= 1
        if a < 2 or zinsdeel[a - 1] == deel:
            continue  # more than a noun phrase before it in its part
        if woorden[a] not in _EN_OF and gaten[a] != ",":
            continue
        p = a - 1  # the last word of the item before
        if p not in taken and not (
            not labels[p]
            and zin.vlaggen[p] & lx.MEERVOUD  # (also a past plural: opzetten, invoeren)
            and gaten[p] == "_"
            and tags[p - 1] in _NAAMWOORD
        ):
            continue
        j = next((k for k in range(p - 1, -1, -1) if labels[k]), None)
        if j is None or not _neemt_infinitief(woorden[j]):
            continue
        if any(woorden[k] in ONDERSCHIKKEND or woorden[k] in ONDERWERP for k in range(j + 2, i)):
            continue
        labels[i] = 0
        taken.add(i)


def _cluster(zin: Zin, tags: Sequence[int], i: int) -> bool:
    """Whether word ``i``, a verb that takes a bare infinitive, forms a cluster with an
    infinitive right after it in its part (``laten zien``, ``helpen lossen``)."""
    return (
        i + 1 < len(tags)
        and tags[i + 1] == _INF
        and zin.gaten[i + 1] == "_"
        and zin.zinsdeel[i + 1] == zin.zinsdeel[i]
        and _neemt_infinitief(zin.woorden[i])
    )


_LIDWOORD_OF_BEZIT = _LIDWOORD_OF_HET | BEZIT_VOORAAN
"""An article or a possessive between a preposition and its noun."""


def infinitief_na_kaal_voorzetsel(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive used as a noun after a preposition and a noun (``na uren zoeken``,
    ``over vrijwilligers zoeken``, ``na een middag zoeken``), or closing a modal's list
    after such a phrase (``mocht ..., met hulp, op zijn rug zitten``): a present reading of
    a form that is also an infinitive, in a part that holds only a preposition, an
    optional article or possessive, adjectives, a noun and that form, and that ends at a
    punctuation mark, a coordinating word or the sentence's end. Such a part has no
    subject: a plural noun after a preposition is its object, and a verb after the phrase
    would be followed by its subject (``na school spelen ze``). With an article or
    possessive the preposition must follow a punctuation mark or a coordinating word (not
    ``als ze land tot hun beschikking hebben``, where ``tot`` opens a part inside the
    clause). Changes ``labels`` in place."""
    if VOORZETSELS.isdisjoint(zin.woorden):
        return  # no preposition
    zinsdeel = zin.zinsdeel
    gaten = zin.gaten
    for i in compress(range(len(labels)), labels):
        if i < 2 or labels[i] != TT or not _infinitiefvorm(zin, i) or gaten[i] != "_":
            continue
        if tags[i - 1] != _N or gaten[i - 1] != "_" or not _einde_deel(zin, i):
            continue
        if i + 1 < len(labels) and zinsdeel[i + 1] == zinsdeel[i]:
            continue
        v = i - 2
        while v > 0 and tags[v] == _ADJ and gaten[v + 1] == "_":
            v -= 1
        lidwoord = v > 0 and zin.woorden[v] in _LIDWOORD_OF_BEZIT and gaten[v + 1] == "_"
        if lidwoord:
            v -= 1  # na een middag zoeken, op zijn rug zitten
        if tags[v] != _ADP or zin.woorden[v] not in VOORZETSELS or gaten[v + 1] != "_":
            continue
        if v and zinsdeel[v - 1] == zinsdeel[v]:
            continue  # the preposition does not open the part
        if lidwoord and v and gaten[v] == "_" and zin.woorden[v - 1] not in NEVENSCHIKKEND:
            continue  # (a preposition that opens a part of its own: ... tot hun beschikking hebben)
        labels[i] = 0


def verleden_buiten_lexicon(zin: Zin, labels: list[int]) -> None:
    """A weak past form that neither lexicon knows (``schepte``, ``vlechtte``: the verb
    lexicon has the strong ``schiep`` or none) is its clause's finite verb when a subject
    pronoun stands right next to it (``en schepte ze mest in ...``): a doubtful present
    reading of another word of that clause (a noun, infinitive or adjective) is then none,
    as :func:`~verhaal.checker.tijd.kenmerken.een_finiet_per_zinsdeel` would decide had
    the past form been a candidate. Changes ``labels`` in place."""
    woorden = zin.woorden
    vlaggen = zin.vlaggen
    gaten = zin.gaten
    n = len(labels)
    delen: set[int] = set()  # the clauses of such past forms
    for k in compress(range(n), map(ONDERWERP.__contains__, woorden)):
        for j in (k - 1, k + 1):
            if (
                0 <= j < n
                and not vlaggen[j]
                and gaten[max(j, k)] == "_"
                and zin.klassen[j][:1] == "-"  # (not a word it knows: buiten)
                and _zwak_verleden(woorden[j])
            ):
                delen.add(zin.zinsdeel[j])
    if not delen:
        return
    for i in compress(range(n), labels):
        if labels[i] == TT and vlaggen[i] & DUBBELZINNIG and zin.zinsdeel[i] in delen:
            labels[i] = 0


@lru_cache(maxsize=10_000)
def _zwak_verleden(w: str) -> bool:
    """Whether ``w`` (not in the verb lexicon) is the weak past of a verb whose
    infinitive the lexicon has: ``schepte`` (scheppen), ``pluisde`` (pluizen), ``haalde``
    (halen); remembered."""
    if not w.isalpha() or len(w) < 5:
        return False
    if w.endswith(("te", "de")):
        stam = w[:-2]
    elif w.endswith(("ten", "den")):
        stam = w[:-3]
    else:
        return False
    if len(stam) < 4:
        return False
    kandidaten = [stam + "en", stam + stam[-1] + "en"]
    if stam[-2] == stam[-3]:
        kandidaten.append(stam[:-2] + stam[-1] + "en")  # (haal: halen)
    if stam[-1] in "fs":
        kandidaten.append(stam[:-1] + ("v" if stam[-1] == "f" else "z") + "en")
    lexicon = lx.lexicon()
    return any(lexicon.vlag(k) & lx.MEERVOUD for k in kandidaten)


MAX_OPSOMMING = 8
"""Items of a list that :func:`infinitief_in_opsomming_na_voorzetsel` walks back over."""


def infinitief_in_opsomming_na_voorzetsel(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """The last of a list of infinitives used as nouns after a preposition (``hij had het
    over vissen, jagen en kamperen``): a present reading of a form that is also an
    infinitive, alone in a part after ``en``, ``of`` or a comma that the part ends, is
    one when the items before it are single unlabelled plural forms after commas, back to
    an item of a preposition and such a form (``over vissen``). :func:`infinitief_na_en`
    takes the list of two (``over vissen en kamperen``). Changes ``labels`` in place."""
    if VOORZETSELS.isdisjoint(zin.woorden) or (
        "," not in zin.gaten and _EN_OF.isdisjoint(zin.woorden)
    ):
        return  # no list after a preposition
    woorden = zin.woorden
    gaten = zin.gaten
    zinsdeel = zin.zinsdeel
    n = len(labels)
    for i in compress(range(n), labels):
        if i < 4 or labels[i] != TT or not _infinitiefvorm(zin, i):
            continue
        if (i + 1 < n and zinsdeel[i + 1] == zinsdeel[i]) or not _einde_deel(zin, i):
            continue
        k = i - 1 if woorden[i - 1] in _EN_OF and gaten[i] == "_" else i
        if k == i and gaten[k] != ",":
            continue
        # k opens the candidate's part; walk back over items of one word
        for _ in range(MAX_OPSOMMING):
            p = k - 1  # the last word of the item before
            if p < 1 or labels[p] or not zin.vlaggen[p] & lx.MEERVOUD:
                break
            if gaten[p] == "_":
                if tags[p - 1] == _ADP and woorden[p - 1] in VOORZETSELS:
                    labels[i] = 0  # the head item: over vissen
                break
            if gaten[p] != ",":
                break
            k = p


def bezit_in_los_zinsdeel(zin: Zin, labels: list[int]) -> None:
    """A possessive and a noun that make up a part on their own (``een getal: haar
    streak.``, ``zijn droom, ...``): a present reading of the word after a possessive of
    :data:`BEZIT_VOORAAN` that opens its part, when that word closes the part at a
    punctuation mark or the end of the sentence. A finite verb needs more than an object
    before it in its part; the rules before this one need the word to be a noun by the
    lexicon, which loans and new words are not. Changes ``labels`` in place."""
    if BEZIT_VOORAAN.isdisjoint(zin.woorden):
        return  # no possessive
    zinsdeel = zin.zinsdeel
    gaten = zin.gaten
    n = len(labels)
    for i in compress(range(n), labels):
        if i < 2 or labels[i] != TT or gaten[i] != "_":
            continue
        if gaten[i + 1] in ("_", "x") or (i + 1 < n and zinsdeel[i + 1] == zinsdeel[i]):
            continue
        p = i - 1
        if zin.woorden[p] not in BEZIT_VOORAAN or labels[p] or zinsdeel[p - 1] == zinsdeel[p]:
            continue
        if gaten[p] not in (",", ":"):
            continue
        labels[i] = 0


_ALLEEN_STAM = lx.STAM | lx.T_VORM | lx.MEERVOUD | lx.ZELFST


def naamwoord_in_bijstelling(zin: Zin, labels: list[int]) -> None:
    """A noun that is also a verb stem, opening a part after a comma and followed by a
    relative ``dat`` or ``die`` (``Ze sprak van ZAT, verzuim dat voortkomt uit angst``):
    an apposition, not a finite verb. A bare stem is finite after or before ``ik`` or as
    an imperative, which opens a sentence, not a part after a comma; ``dat`` followed by a
    subject pronoun (``..., zeg dat hij komt``) keeps the verb. Changes ``labels`` in
    place."""
    if "," not in zin.gaten or _BETREKKELIJK_DIE.isdisjoint(zin.woorden):
        return  # no apposition before a relative clause
    woorden = zin.woorden
    n = len(labels)
    for i in compress(range(n - 2), labels[: n - 2]):
        if (
            labels[i] != TT
            or zin.gaten[i] != ","
            or zin.vlaggen[i] & _ALLEEN_STAM != (lx.STAM | lx.ZELFST)
        ):
            continue
        if (
            woorden[i + 1] in _BETREKKELIJK_DIE
            and zin.gaten[i + 1] == "_"
            and woorden[i + 2] not in ONDERWERP
        ):
            labels[i] = 0


_GENITIEF = frozenset(("'s", "’s"))
_TIJD_NA_GENITIEF = frozenset(("laat", "vroeg"))
"""Adverbs of time that follow a time of day in the genitive (``'s avonds laat``)."""


def laat_na_dagdeel(zin: Zin, labels: list[int]) -> None:
    """``laat`` or ``vroeg`` right after a time of day in the old genitive (``tot 's avonds
    laat``, ``ze werkten 's nachts laat door``) is an adverb inside that time phrase, not
    the finite verb, unless the time phrase opens its clause, where the finite verb
    follows it (``'s Avonds laat hij de hond uit``, ``en 's ochtends laat ze ...``).
    Changes ``labels`` in place."""
    if _GENITIEF.isdisjoint(zin.woorden):
        return  # no 's avonds
    woorden = zin.woorden
    gaten = zin.gaten
    zinsdeel = zin.zinsdeel
    for i in compress(range(len(labels)), labels):
        if i < 3 or woorden[i] not in _TIJD_NA_GENITIEF or woorden[i - 2] not in _GENITIEF:
            continue
        if gaten[i] != "_" or gaten[i - 1] != "_" or gaten[i - 2] != "_":
            continue
        if not woorden[i - 1].endswith("s") or not woorden[i - 1].isalpha():
            continue
        v = i - 3  # the word before the time phrase
        if zinsdeel[v] != zinsdeel[i - 2] or woorden[v] in NEVENSCHIKKEND:
            continue  # the time phrase opens its clause: 's Avonds laat hij ...
        labels[i] = 0


_HERVATTEND = frozenset(("dat", "daar", "dit"))
"""Words that take up a phrase put before the sentence after a comma (``Koekjes bakken,
dat vond ze leuk``)."""
_GEEN_KAAL_BEGIN = frozenset("de het een 'n".split()) | BEZIT_VOORAAN


def infinitief_voor_hervatting(zin: Zin, labels: list[int]) -> None:
    """An infinitive phrase put before the sentence and taken up after a comma by ``dat``,
    ``daar`` or ``dit`` and a past verb (``Samen koken met oma, dat vond ze het leukst``,
    ``Lekker luieren op de bank, dat was haar plan``): a present reading of a form that
    is also an infinitive, in the part before the sentence's first comma, is none when
    that part has no subject pronoun, no article or possessive before the form and no
    noun right before it (``De kinderen spelen, dat was duidelijk`` and ``Jongens huilen
    niet, dat had hij gezegd`` keep a subject and its verb), and the word after the
    comma's ``dat``/``daar``/``dit`` is a past finite verb. Changes ``labels`` in place."""
    gaten = zin.gaten
    if "," not in gaten or _HERVATTEND.isdisjoint(zin.woorden):
        return  # no phrase taken up after a comma
    woorden = zin.woorden
    k = gaten.index(",")  # the word after the first comma
    if k < 2 or k + 1 >= len(labels) or woorden[k] not in _HERVATTEND:
        return
    if labels[k + 1] != VT or gaten[k + 1] != "_":
        return
    voor = range(k)
    if any(woorden[j] in ONDERWERP for j in voor):
        return
    for i in voor:
        if labels[i] != TT:
            continue
        if not _infinitiefvorm(zin, i) or any(woorden[j] in _GEEN_KAAL_BEGIN for j in range(i)):
            continue
        if i and zin.klassen[i - 1][:1] == "n":
            continue  # a bare noun and its verb: Jongens huilen niet, dat had hij gezegd
        labels[i] = 0


def infinitief_als_onderwerp(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive used as the subject that opens the sentence, right before its past
    verb (``Elke dag oefenen was zwaar``, ``Samen zingen maakte hen blij``): a present
    reading of a form that is also an infinitive is none when a past finite verb of its
    part follows it at once (by its label, or by its tag where the one-verb rule dropped
    it for this form: ``was``, which is then the finite verb), and nothing before it in
    the sentence can be a subject or open a clause (no subject pronoun, article,
    possessive, subordinating or relative word, and no noun right before it that may be
    plural, its subject: ``Jongens huilen niet`` and ``Kinderen die spelen waren blij``
    are left alone; ``elke dag`` is no subject of a plural form). Changes ``labels`` in
    place."""
    woorden = zin.woorden
    n = len(labels)
    for i in compress(range(1, n - 1), labels[1 : n - 1]):
        if labels[i] != TT or zin.gaten[i + 1] != "_":
            continue
        if labels[i + 1] != VT and not (tags[i + 1] == T_VT and zin.vt[i + 1]):
            continue  # (a past form that een_finiet_per_zinsdeel dropped for this one: was)
        if zin.zinsdeel[i + 1] != zin.zinsdeel[i] or not _infinitiefvorm(zin, i):
            continue
        if _meervoud_mogelijk(zin, i - 1) or any(
            woorden[j] in ONDERWERP
            or woorden[j] in _GEEN_KAAL_BEGIN
            or woorden[j] in ONDERSCHIKKEND
            for j in range(i)
        ):
            continue
        labels[i] = 0
        labels[i + 1] = VT


def _meervoud_mogelijk(zin: Zin, k: int) -> bool:
    """Whether word ``k`` is a noun that may be plural (it ends in ``-en`` or ``-s``)."""
    return zin.klassen[k][:1] == "n" and zin.woorden[k].endswith(("en", "s"))


_ALLEEN_FINIET = lx.T_VORM | lx.STAM | lx.VERLEDEN
"""Flags of forms that are a finite verb in themselves, not only a plural (``loopt``)."""
_IN_VOORZETSELGROEP = frozenset((_DET, _ADJ))
"""Tags between a preposition and its noun (``over de oude bussen``)."""


def naamwoord_na_en_in_voorzetselgroep(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A plural noun coordinated with the plural noun of a prepositional phrase (``over
    nachtbussen en markten vol geuren``, ``met de bussen en treinen``): a present reading
    of a plural form right after ``en`` or ``of``, when the word before is an unlabelled
    plural noun that a preposition governs (with at most a determiner and adjectives
    between), the form is mostly no verb by the word lexicon (unknown to it or mostly a
    noun, and a noun by the lexicon) and no subject pronoun follows in its part. A verb
    continuing the subject (``met de blokken en bouwen een toren``) is mostly a verb.
    Changes ``labels`` in place."""
    if _EN_OF.isdisjoint(zin.woorden) or VOORZETSELS.isdisjoint(zin.woorden):
        return  # no list in a prepositional phrase
    woorden = zin.woorden
    gaten = zin.gaten
    n = len(labels)
    for i in compress(range(n), labels):
        if i < 3 or labels[i] != TT or woorden[i - 1] not in _EN_OF:
            continue
        vlag = zin.vlaggen[i]
        if (
            not vlag & lx.MEERVOUD
            or vlag & _ALLEEN_FINIET
            or gaten[i] != "_"
            or gaten[i - 1] != "_"
        ):
            continue
        klasse = zin.klassen[i]
        if klasse[:1] not in "n-" or not (vlag & lx.ZELFST or "N" in klasse or "P" in klasse):
            continue
        links = i - 2
        if labels[links] or tags[links] != _N or not meervoudsvorm(woorden[links]):
            continue
        v = links - 1
        while v > 0 and tags[v] in _IN_VOORZETSELGROEP and gaten[v + 1] == "_" and v > links - 4:
            v -= 1
        if tags[v] != _ADP or woorden[v] not in VOORZETSELS or gaten[v + 1] != "_":
            continue
        e = deeleinde(zin.zinsdeel, i)
        if any(woorden[k] in ONDERWERP for k in range(i + 1, e + 1)):
            continue
        labels[i] = 0


_DEELWOORD_OF_BIJV = lx.VOLTOOID | lx.BIJV


def deelwoord_na_naamwoordgroep(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An absolute phrase of a noun and a participle, next to a clause with a finite verb
    (``Zijn handen waren rood, zijn gympen doorweekt``, ``Ze stond daar, haar jas
    gescheurd en haar haren verwaaid``): a present reading of a form that is also a
    participle or an adjective (``bedekt``, ``doorweekt``, ``dicht``), right after a noun
    group that a determiner or possessive opens at the start of a part after a comma (or
    after ``en`` that follows such a part), is none when the form closes its part and
    another part of the sentence has a finite verb; a prepositional phrase may follow it
    (``, zijn gezicht bedekt met zweet``). A present verb there has its object or more
    after it (``, haar vader bedekt zijn gezicht``). Changes ``labels`` in
    place."""
    if "," not in zin.gaten:
        return  # no part after a comma
    woorden = zin.woorden
    gaten = zin.gaten
    zinsdeel = zin.zinsdeel
    n = len(labels)
    for i in compress(range(n), labels):
        if i < 3 or labels[i] != TT or not zin.vlaggen[i] & _DEELWOORD_OF_BIJV:
            continue
        if gaten[i] != "_" or tags[i - 1] != _N or gaten[i - 1] != "_":
            continue
        if (
            i + 1 < n
            and gaten[i + 1] in ("_", "x")
            and woorden[i + 1] not in _EN_OF
            and not _voorzetselgroep_tot_einde(zin, tags, i + 1)
        ):
            continue  # more in its part: , haar vader bedekt zijn gezicht
        a = i - 2
        while a > 0 and tags[a] == _ADJ and gaten[a + 1] == "_":
            a -= 1
        if woorden[a] not in ONDERWERP_BEGIN or gaten[a + 1] != "_" or a == 0:
            continue
        if gaten[a] != "," and not (
            woorden[a - 1] in _EN_OF and gaten[a] == "_" and "," in gaten[:a]
        ):
            continue
        deel = zinsdeel[i]
        if any(labels[k] and zinsdeel[k] != deel for k in range(n)):
            labels[i] = 0


_IN_VOORZETSELGROEP_NA = frozenset((_DET, _ADJ, _N, _PROPN, TAGS.index("NUM")))


def _voorzetselgroep_tot_einde(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether the words from ``j`` to the end of its part are one prepositional phrase
    (``met zweet``, ``met rijp``, ``in een doek``)."""
    if tags[j] != _ADP or zin.woorden[j] not in VOORZETSELS:
        return False
    e = deeleinde(zin.zinsdeel, j)
    return (
        e > j
        and all(tags[k] in _IN_VOORZETSELGROEP_NA for k in range(j + 1, e + 1))
        and _einde_deel(zin, e)
    )


def deelwoord_na_kaal_naamwoord(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A fragment of a bare noun and a participle or adjective (``Plan mislukt.``, ``Tas
    kwijt, jas kwijt.``): a present reading of a form that is also a participle or an
    adjective is none when its part holds only a noun without a determiner (one the
    lexicon knows as a noun, mostly one by the word lexicon) and that form, and the part
    opens the sentence or follows a comma and ends at a punctuation mark or the
    sentence's end. A present verb after a bare noun is rare in a story's narration, and
    one that is also a participle or adjective rarer still. Changes ``labels`` in place."""
    gaten = zin.gaten
    zinsdeel = zin.zinsdeel
    n = len(labels)
    for i in compress(range(1, n), labels[1:]):
        if labels[i] != TT or not zin.vlaggen[i] & _DEELWOORD_OF_BIJV or gaten[i] != "_":
            continue
        if gaten[i + 1] in ("_", "x"):
            continue  # more after it
        a = i - 1
        if tags[a] not in _ZELFSTANDIG or zin.klassen[a][:1] != "n":
            continue
        if a and (gaten[a] != "," or zinsdeel[a - 1] == zinsdeel[a]):
            continue
        labels[i] = 0


def naamwoord_na_voorzetsel_en_zijn(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """``zijn`` right after a preposition is the possessive, so the word after it is a
    noun (``de handen in zijn zakken``, ``met zijn vrienden``): a present reading there
    is none, unless the preposition may be stranded (``waar ze bang voor zijn``: a
    ``daar``/``er``/``waar`` before it). Unlike ``haar`` and ``hun`` (``naar haar
    luisteren``), ``zijn`` is never an object. Changes ``labels`` in place."""
    woorden = zin.woorden
    if "zijn" not in woorden:
        return
    gaten = zin.gaten
    for i in compress(range(2, len(labels)), labels[2:]):
        if labels[i] != TT or woorden[i - 1] != "zijn" or labels[i - 1]:
            continue
        v = i - 2
        if gaten[i] != "_" or gaten[i - 1] != "_" or tags[v] != _ADP:
            continue
        if woorden[v] not in VOORZETSELS or _gestrand_voor(zin, v):
            continue
        labels[i] = 0


def infinitief_in_telopsomming(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A list of counted instructions with no verb of its own (``Vier tellen in, vier
    vasthouden, vier uit``, ``Drie keer kloppen, twee keer wachten``): a present reading
    of a form that is also an infinitive is none when its part holds only a number word (or
    digits), at most one word after it (``keer``, ``tellen``) and the form, which closes
    the part, and every other finite reading of the sentence is such a form too. A number
    that is a subject comes with a finite verb elsewhere (``zes gingen naar huis, vier
    blijven``) or with more after its verb (``twee jongens lopen naar de deur``).
    Changes ``labels`` in place."""
    woorden = zin.woorden
    if TELWOORDEN.isdisjoint(woorden) and not any(map(str.isdigit, woorden)):
        return  # no number word
    gaten = zin.gaten
    zinsdeel = zin.zinsdeel
    n = len(labels)
    items = []
    for i in compress(range(n), labels):
        if labels[i] != TT or not _infinitiefvorm(zin, i) or not _einde_deel(zin, i):
            return  # a finite reading that is no such item
        if i + 1 < n and zinsdeel[i + 1] == zinsdeel[i]:
            return
        a = deelbegin(zinsdeel, i)
        if not a < i <= a + 2 or not (woorden[a] in TELWOORDEN or woorden[a].isdigit()):
            return
        if a and gaten[a] not in (",", ":", ";"):
            return
        if i == a + 2 and (tags[a + 1] != _N or gaten[a + 2] != "_"):
            return
        items.append(i)
    for i in items:
        labels[i] = 0


_EN_MAAR = frozenset(("en", "maar"))
_WERKWOORDKLASSEN = frozenset("itvxg")
"""Verb classes of the word lexicon (woordsoorten.KLASSEN)."""


def werkwoord_na_en(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A second verb that shares the subject of the verb before it (``De jongen liep voor
    haar uit en wijst elke motor aan``, ``Hij lacht en wijst naar de lucht``): a form of
    the second or third person singular present (``wijst``) right after ``en`` or
    ``maar``, that the word lexicon knows mostly as a present verb and as nothing but a
    verb (not ``heet``, ``laat``: ``laat op de avond``, unless what follows shows the
    verb: :func:`_bewijs`), is one when the last
    finite verb before it is singular, no subject, subordinating or relative word comes
    between them, no noun or adjective follows it (``uien en heet vet``) and nothing
    else in its part is finite. The models read such a form
    as a noun or adjective (``wijst``: the wisest) where the subject is far away.
    Changes ``labels`` in place."""
    woorden = zin.woorden
    if _EN_MAAR.isdisjoint(woorden):
        return
    n = len(labels)
    zinsdeel = zin.zinsdeel
    for i in compress(range(n), zin.tt):
        if i < 2 or labels[i] or woorden[i - 1] not in _EN_MAAR:
            continue
        if not zin.vlaggen[i] & lx.T_VORM or zin.gaten[i] != "_" or zin.gaten[i - 1] != "_":
            continue
        bewijs = None if _alleen_werkwoord(zin.klassen[i]) else _bewijs(zin, tags, labels, i)
        if bewijs == -1:
            continue
        if i + 1 < n and zin.gaten[i + 1] == "_" and tags[i + 1] in _NAAMWOORD:
            continue  # an adjective before a noun in a list (en heet vet)
        j = _vorig_label(labels, i)
        if j is None or not _enkelvoud(zin, labels, j):
            continue
        if any(woorden[k] in ONDERWERP or woorden[k] in ONDERSCHIKKEND for k in range(j + 1, i)):
            continue
        if _enige_finiet_in_deel(zinsdeel, labels, tags, i, behalve=bewijs):
            labels[i] = TT


_GEEN_VERBUIGING = lx.MEERVOUD | lx.VOLTOOID
"""Flags of a verb form that, unlabelled between a finite plural and ``en``, shows that
``en`` joins infinitives or participles of a verb cluster (``ze willen zingen en
dansen``)."""


def meervoud_na_en(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A second plural verb that shares the subject of the plural present verb before it
    (``De jongens staan er in de pauze omheen en wijzen naar de roestvlek``): a plural
    form that the word lexicon knows mostly as a verb (infinitive or present), right after
    ``en`` or ``maar``, is present when the last finite verb before it is a plural present,
    and between them no subject, subordinating word or unlabelled verb form comes (``ze
    willen zingen en dansen``: infinitives of a cluster), the word before ``en`` is no
    plural noun (``ze kopen boeken en fietsen``: a list of things), a word that is no noun
    or adjective follows it in its part, and nothing else in its part is finite. The
    plural counterpart of :func:`werkwoord_na_en`; the models read such a form as an
    infinitive where the subject is far away. Changes ``labels`` in place."""
    woorden = zin.woorden
    vlaggen = zin.vlaggen
    n = len(labels)
    zinsdeel = zin.zinsdeel
    for i in compress(range(n), zin.tt):
        if i < 3 or labels[i] or woorden[i - 1] not in _EN_MAAR or i + 1 >= n:
            continue
        if not vlaggen[i] & lx.MEERVOUD or zin.klassen[i][:1] not in _MEERVOUD_WERKWOORD:
            continue
        if zin.gaten[i] != "_" or zin.gaten[i - 1] != "_" or zin.gaten[i + 1] != "_":
            continue
        if tags[i + 1] in _NAAMWOORD or zinsdeel[i + 1] != zinsdeel[i]:
            continue
        if tags[i - 2] == _N and meervoudsvorm(woorden[i - 2]):
            continue  # a list of things (boeken en fietsen)
        j = _vorig_label(labels, i)
        if j is None or labels[j] != TT or not vlaggen[j] & lx.MEERVOUD:
            continue
        if any(
            woorden[k] in ONDERWERP or woorden[k] in ONDERSCHIKKEND or vlaggen[k] & _GEEN_VERBUIGING
            for k in range(j + 1, i - 1)
        ):
            continue
        if _enige_finiet_in_deel(zinsdeel, labels, tags, i):
            labels[i] = TT


_MEERVOUD_WERKWOORD = frozenset("it")
"""Most frequent classes of the word lexicon for a plural form that is mostly a verb:
infinitive and present (``wijzen``, ``dansen``; not ``boeken``, ``eten``: mostly nouns)."""


def _bewijs(zin: Zin, tags: Sequence[int], labels: Sequence[int], i: int) -> int:
    """The word after word ``i`` that shows its verb reading, or -1: a name right after it
    (``en heet Anna``), or, for a verb that takes an infinitive, an unlabelled infinitive
    closing its part (``en laat met een zucht de deur dichtvallen``; round 14: stage two
    trained on the project's stories reads these as adjectives; the tagger may call that
    infinitive finite)."""
    n = len(labels)
    v = i + 1
    if v < n and zin.gaten[v] == "_" and tags[v] == _PROPN and zin.tokens[v].tekst[:1].isupper():
        return v
    if not _neemt_infinitief(zin.woorden[i]):
        return -1
    eind = i
    while eind + 1 < n and zin.zinsdeel[eind + 1] == zin.zinsdeel[i] and zin.gaten[eind + 1] == "_":
        eind += 1
    return eind if eind > i + 1 and _infinitiefvorm(zin, eind) and not labels[eind] else -1


_ZEKER_TT = lx.T_VORM
_GEEN_ZEKERE_TT = lx.VERLEDEN | lx.ZELFST | lx.BIJV | lx.VOLTOOID | lx.STAM
MAX_BUREN = 3
"""Sentences that :func:`meervoud_tussen_verleden_zinnen` looks past on either side for
one that shows its tense."""


def meervoud_tussen_verleden_zinnen(zin: Zin, labels: list[int], doc: Document) -> None:
    """A plural form that is present and past alike of one verb (``Ze zetten een stoel in
    de aula``: zetten/zetten; not ``weten``, also the past of wijten, whose present
    reading is far more common) is past when it is the only finite reading
    of its sentence and the nearest sentence before it and the nearest after it that show
    their tense (within :data:`MAX_BUREN` sentences, outside quotes, by the lexicon alone)
    show the past. A sentence shows the past by a word that can only be a finite past
    form (``kwamen``, ``knipten``, ``kon``) and the present by a form that can only be a
    finite present one (``loopt``, ``heeft``); one with both shows neither. Judged by the
    lexicon, not by the labels of the neighbours, so the answer does not depend on which
    sentences are analysed. :func:`~verhaal.checker.tijd.kenmerken.meervoud_in_verleden_zin`
    does the same inside a sentence. The form itself cannot show its tense, so stage two's
    choice between the two is not kept: a past label on such a form is present unless both
    neighbours show the past (round 14: stage two trained on past-tense stories leans to
    the past for ``Ze zetten de tafels neer.`` between present sentences). Changes
    ``labels`` in place."""
    if len(labels) - labels.count(0) != 1:
        return  # not the only finite reading of its sentence
    twijfel = [
        i
        for i in compress(range(len(labels)), labels)
        if zin.vlaggen[i] & _BEIDE_MEERVOUD == _BEIDE_MEERVOUD
        and zin.tt[i]
        and _een_werkwoord(zin.woorden[i])
    ]
    if not twijfel or not zin.tokens:
        return
    tijden = _zinstijden(doc)
    z = zin.tokens[0].zin
    voor = next((t for t in tijden[max(0, z - MAX_BUREN) : z][::-1] if t), 0)
    na = next((t for t in tijden[z + 1 : z + 1 + MAX_BUREN] if t), 0)
    labels[twijfel[0]] = VT if voor == VT and na == VT else TT


def _een_werkwoord(w: str) -> bool:
    """Whether the present and the past plural reading of ``w`` are forms of one verb
    (``zetten``), not of two (``weten``: also the past of wijten; ``bogen``)."""
    lexicon = lx.lexicon()
    nummer = lexicon.paradigma_nummer(w, verleden=False)
    return nummer != lx.GEEN and nummer == lexicon.paradigma_nummer(w, verleden=True)


_TIJDEN: list[tuple[Document, list[int]]] = []
"""The last document :func:`_zinstijden` judged and its answer."""


def _zinstijden(doc: Document) -> list[int]:
    """Per sentence of ``doc``: ``VT`` when a word outside quotes can only be a finite past
    form and none only a finite present one, ``TT`` the other way round, else 0 (by the
    verb lexicon; remembered for the last document)."""
    if _TIJDEN and _TIJDEN[0][0] is doc:
        return _TIJDEN[0][1]
    lexicon = lx.lexicon()
    verleden = [False] * len(doc.zinnen)
    heden = [False] * len(doc.zinnen)
    for t in doc.tokens:
        if t.citaat:
            continue
        vlag = lexicon.vlag(t.tekst.lower())
        if not vlag:
            continue
        if vlag & lx.VERLEDEN and not vlag & lx.TEGENWOORDIG and not vlag & lx.ZELFST:
            verleden[t.zin] = True
        elif vlag & _ZEKER_TT and not vlag & _GEEN_ZEKERE_TT:
            heden[t.zin] = True
    uit = [
        VT if v and not h else TT if h and not v else 0
        for v, h in zip(verleden, heden, strict=True)
    ]
    _TIJDEN[:] = [(doc, uit)]
    return uit


def _alleen_werkwoord(klasse: str) -> bool:
    """Whether the word lexicon knows a word mostly as a present verb and never as
    anything but a verb (``wijst``; not ``heet``, ``laat``: also adjectives)."""
    eerste, _, alle = klasse.partition("|")
    return eerste == "t" and all(c in _WERKWOORDKLASSEN for c in alle if c.islower())


def gebiedend_met_uitroep(zin: Zin, tags: Sequence[int], labels: list[int], doc: Document) -> None:
    """An imperative that opens a sentence ending in an exclamation mark, in the narration
    (``Geniet van je vakantie!``, ``Kijk uit!``): a capitalised verb stem that the word
    lexicon knows mostly as a present verb is one when no subject pronoun stands in the
    sentence (``je`` may be a possessive: ``van je vakantie``, not right after the stem:
    ``Dank je wel!``) and nothing else in its
    clause is finite. :func:`~verhaal.checker.tijd.kenmerken.gebiedende_wijs` needs a word
    after the stem that often follows an imperative; here the exclamation mark says it.
    Changes ``labels`` in place."""
    if not labels or labels[0] or not zin.tt[0] or not zin.vlaggen[0] & lx.STAM:
        return
    eerste = zin.tokens[0]
    if not eerste.zinsbegin or eerste.citaat or not eerste.tekst[:1].isupper():
        return
    if zin.klassen[0][:1] != "t" or len(labels) < 2 or zin.gaten[1] != "_":
        return
    einde = zin.tokens[-1].eind
    if not doc.proza[einde : einde + 3].lstrip().startswith("!"):
        return
    woorden = zin.woorden
    if any(
        w in ONDERWERP and not (w == "je" and j > 1 and _bezittelijk_je(zin, tags, j))
        for j, w in enumerate(woorden)
    ):
        return  # (je right after the stem is its subject: Dank je wel!)
    delen = _delen(zin)
    if any(
        delen[j] == delen[0] and (labels[j] or tags[j] in FINIET) for j in range(1, len(labels))
    ):
        return
    labels[0] = TT


_BETREKKELIJK_MEERVOUD = frozenset(
    """die waar waardoor waarin waarop waarmee waarna waarbij waaruit waarvan waarover
    waaraan waarvoor""".split()
)
"""Words that open a relative clause after a plural noun (not ``dat``: after a singular)."""
_MAX_BETREKKELIJKE_BIJZIN = 16
"""Words from a relative word to the finite verb that closes its clause."""
_WERKWOORD_IN_CLUSTER = lx.MEERVOUD | lx.VOLTOOID


def meervoud_na_betrekkelijke_in_onderwerp(zin: Zin, labels: list[int]) -> None:
    """The plural verb of a subject that takes a relative clause without a comma (``De
    kinderen die langs komen vragen haar ...``, ``De ouders die wachten praten``): a form
    that can be plural present, unlabelled, is the clause's verb when a plural noun that
    opens the sentence (or follows a subordinating word at once) takes a relative ``die``
    or ``waar``, the relative clause closes with a finite verb without a mark between,
    and the form is the last of the verb forms right after that verb (infinitives,
    participles and plurals: ``die mee willen doen gaan ...``), with nothing finite after
    it before the next mark or joining word (labelled, or a form that can only be past:
    ``De vogels die ze hoorden fluiten vlogen weg``). Right after a verb that takes an infinitive
    (``die langs komen vragen``) it must not close its part (``die komen kijken,`` is
    the relative clause's cluster). Stage two reads the verb as an infinitive or noun
    there (``vragen``); the split of such a clause from its relative clause is
    :func:`~verhaal.checker.tijd.kenmerken.een_finiet_per_zinsdeel`'s. Changes ``labels``
    in place."""
    woorden = zin.woorden
    if _BETREKKELIJK_MEERVOUD.isdisjoint(woorden):
        return
    gaten = zin.gaten
    vlaggen = zin.vlaggen
    n = len(labels)
    for b in compress(
        range(1, n - 2), map(_BETREKKELIJK_MEERVOUD.__contains__, woorden[1 : n - 2])
    ):
        if gaten[b] != "_" or labels[b - 1]:
            continue
        if not meervoudsvorm(woorden[b - 1]) or onderwerp_voor_betrekkelijke(zin, b) is None:
            continue
        i = next((k for k in range(b + 1, min(n, b + _MAX_BETREKKELIJKE_BIJZIN)) if labels[k]), n)
        if i >= n or not een_bijzin(zin, b, i, i):
            continue
        c = -1  # the last verb form right after the relative clause's verb
        k = i + 1
        while k < n and gaten[k] == "_" and k <= i + _MAX_WERKWOORDCLUSTER:
            if _finiet_verder(zin, labels, k) or not (
                vlaggen[k] & _WERKWOORD_IN_CLUSTER or zin.klassen[k][:1] in "ix"
            ):
                break
            c = k
            k += 1
        if c < 0 or (k < n and _finiet_verder(zin, labels, k)):
            continue
        if not zin.tt[c] or not vlaggen[c] & lx.MEERVOUD or woorden[c - 1] == "te":
            continue
        e = k
        while e < n and gaten[e] == "_" and woorden[e] not in _OPENT_ANDER_DEEL:
            if _finiet_verder(zin, labels, e):
                break
            e += 1
        if e < n and gaten[e] == "_" and woorden[e] not in _OPENT_ANDER_DEEL:
            continue  # a finite verb after it: the form is an infinitive
        slot = k >= n or gaten[k] != "_" or woorden[k] in NEVENSCHIKKEND
        if slot and _neemt_infinitief(woorden[c - 1]):
            continue  # (die komen kijken, ...)
        labels[c] = TT


def finiet_voor_hoofdwerkwoord(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """The verb that closes a relative clause in the subject, right before the finite verb
    of the main clause (``Kinderen die spelen waren blij``, ``dat de jongen die naast haar
    zit huilt``): a form that can be present, unlabelled and tagged finite, right before
    the first labelled word after a relative word of :data:`_BETREKKELIJK_MEERVOUD` that
    follows a subject opening its clause, with no mark or joining word between and none
    of the words between labelled or tagged finite (``die ze wilde helpen``: a cluster),
    is the relative clause's finite verb; not after ``te``, not before a verb that takes
    an infinitive (``die zwemmen willen``), and a form that is also an infinitive only
    after a plural noun. Stage two trained on the project's stories reads it as an
    infinitive (round 14). The mirror of :func:`meervoud_na_betrekkelijke_in_onderwerp`.
    Changes ``labels`` in place."""
    woorden = zin.woorden
    n = len(labels)
    for b in compress(
        range(1, n - 2), map(_BETREKKELIJK_MEERVOUD.__contains__, woorden[1 : n - 2])
    ):
        if zin.gaten[b] != "_" or labels[b - 1] or onderwerp_voor_betrekkelijke(zin, b) is None:
            continue
        v = next((k for k in range(b + 1, min(n, b + _MAX_BETREKKELIJKE_BIJZIN)) if labels[k]), n)
        i = v - 1
        if v >= n or i <= b or not zin.tt[i] or tags[i] not in FINIET or woorden[i - 1] == "te":
            continue
        if any(tags[k] in FINIET for k in range(b + 1, i)):
            continue  # (a finite verb of the relative clause before it)
        if not een_bijzin(zin, b, i, v) or _neemt_infinitief(woorden[v]):
            continue
        if not zin.vlaggen[i] & lx.T_VORM and not meervoudsvorm(woorden[b - 1]):
            continue  # (an infinitive reading after a singular noun)
        labels[i] = TT


def _finiet_verder(zin: Zin, labels: Sequence[int], k: int) -> bool:
    """Whether word ``k`` is a finite verb of the clause after a relative clause: labelled,
    or a form that can only be past (``vlogen``, which the one-verb-per-clause rule may
    have dropped for the relative clause's verb: ``De vogels die ze hoorden fluiten
    vlogen weg``)."""
    return bool(labels[k]) or (zin.vt[k] and not zin.tt[k])


_OPENT_ANDER_DEEL = ONDERSCHIKKEND | NEVENSCHIKKEND
_MAX_WERKWOORDCLUSTER = 3
"""Verb forms after a relative clause's finite verb: the rest of its cluster and the verb
of the clause."""


_NIET_GEBIEDEND = frozenset("pbrdkom")
"""Most frequent word classes (woordsoorten.klasse) of a stem that is no imperative in a
list: pronoun, adverb, preposition, article, conjunctions, numeral."""
_BIJWOORD_OF_BIJV = frozenset((_ADV, _ADJ))


def gebiedend_na_dubbele_punt(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A list of imperatives after a colon (a caption, a sign, a note: ``Onder de foto
    schreef ze: dans zoals ik, voel de muziek``, ``Op de poster stond: droom groot, werk
    hard``): every item of the list after the sentence's first colon (items split by
    commas and ``en``) opens with a verb stem that is not mostly a noun or function word
    by the word lexicon and holds no other finite reading, there are two items or more,
    and one of them is already read as a present verb or has a sign of an imperative
    right after its stem (a word of :data:`IMPERATIEF_VOLGT`, an uninflected adverb or
    adjective). Then every item's stem is present tense. A list of nouns after a colon
    (``dans, zang en toneel``, ``kus, knuffel``) has an item that is no stem or no such
    sign. Changes ``labels`` in place."""
    gaten = zin.gaten
    if ":" not in gaten:
        return
    n = len(labels)
    k = gaten.index(":")
    if k >= n:
        return
    woorden = zin.woorden
    begins = [k]
    for j in range(k + 1, n):
        g = gaten[j]
        if g == "," or (g == "_" and woorden[j - 1] == "en"):
            begins.append(j)
        elif g not in ("_", "x"):
            return  # (another mark: not one plain list)
    if len(begins) < 2:
        return
    teken = False
    for x, s in enumerate(begins):
        e = begins[x + 1] - (woorden[begins[x + 1] - 1] == "en") if x + 1 < len(begins) else n
        if not zin.tt[s] or not zin.vlaggen[s] & lx.STAM:
            return
        if zin.klassen[s][:1] in _NIET_GEBIEDEND:
            return
        if any(labels[j] or _onderwerp_in_item(zin, tags, j) for j in range(s + 1, e)):
            return
        if labels[s] == TT:
            teken = True
        elif s + 1 < e and gaten[s + 1] == "_":
            w = woorden[s + 1]
            if w in IMPERATIEF_VOLGT or (
                tags[s + 1] in _BIJWOORD_OF_BIJV and w.isalpha() and not w.endswith("e")
            ):
                teken = True
    if teken:
        for s in begins:
            labels[s] = TT


def tweede_gebiedende_wijs(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A second imperative after ``en`` (``Geef haar een vaste plek en een maatje, en
    bespreek de afspraken met haar ouders``): a verb stem right after ``en`` (a comma may
    come before ``en``) that the word lexicon knows mostly as a present verb or does not
    know, followed in its part by a word that is no noun or adjective, is present when the
    last finite verb before it is a present stem that opens its part (an imperative), no
    subject pronoun or subordinating word comes in that part or between, and nothing else
    in its part is finite. The models read such a stem as a noun where the imperative
    before it is far away. Changes ``labels`` in place."""
    woorden = zin.woorden
    vlaggen = zin.vlaggen
    zinsdeel = zin.zinsdeel
    n = len(labels)
    for i in compress(range(n), zin.tt):
        if i < 3 or labels[i] or woorden[i - 1] != "en" or i + 1 >= n:
            continue
        if vlaggen[i] & lx.FINIET != lx.STAM or zin.klassen[i][:1] not in _STAM_GEBIEDEND:
            continue
        if zin.gaten[i] != "_" or zin.gaten[i + 1] != "_" or tags[i + 1] in _NAAMWOORD:
            continue
        j = _vorig_label(labels, i)
        if j is None or labels[j] != TT or vlaggen[j] & lx.FINIET != lx.STAM:
            continue
        if j > 0 and zinsdeel[j - 1] == zinsdeel[j] and zin.gaten[j] == "_":
            continue  # (not the first word of its part: a subject may come before it)
        if any(
            woorden[k] in ONDERWERP or woorden[k] in ONDERSCHIKKEND
            for k in range(j + 1, n)
            if zinsdeel[k] in (zinsdeel[j], zinsdeel[i]) or k < i
        ):
            continue
        if _enige_finiet_in_deel(zinsdeel, labels, tags, i):
            labels[i] = TT


_STAM_GEBIEDEND = frozenset("t-")
"""Most frequent classes of the word lexicon for a stem read as an imperative after
``en``: a present verb, or a word it does not know (``bespreek``); not ``werk``, ``plan``:
mostly nouns."""


_VERGELIJKT = frozenset(("zoals", "als"))


def _onderwerp_in_item(zin: Zin, tags: Sequence[int], j: int) -> bool:
    """Whether word ``j`` is a subject pronoun of an item's own clause: not a possessive
    or object ``je`` (``neem je jas mee``) and not the pronoun of a comparison (``dans
    zoals ik``)."""
    w = zin.woorden[j]
    if w not in ONDERWERP:
        return False
    if w == "je" and _bezittelijk_je(zin, tags, j):
        return False
    return zin.woorden[j - 1] not in _VERGELIJKT


MAX_BEVEL_VOOR = 3
"""Adverbs or adjectives before the infinitive of a command (``Heel stil zitten``)."""


def infinitief_als_bevel(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive used as a command or a plan at the start of a sentence (``Stil
    zitten, handen op tafel.``, ``Eerst luisteren, dan praten.``, ``Netjes opruimen.``): a
    present reading of a form that is also an infinitive is none when only up to
    :data:`MAX_BEVEL_VOOR` uninflected adverbs or adjectives come before it in the
    sentence and it closes its part at a mark or the sentence's end. A plural verb
    there has its subject after it (``Buiten spelen de kinderen``, ``Nu lachen ze``), so
    closing the part it has none. Changes ``labels`` in place."""
    n = len(labels)
    for i in compress(range(min(n, MAX_BEVEL_VOOR + 1)), labels):
        if labels[i] != TT or not _infinitiefvorm(zin, i):
            continue
        if i + 1 < n and zin.gaten[i + 1] in ("_", "x"):
            continue  # more in its part: its subject (Vandaag spelen we buiten)
        if any(
            tags[k] not in _BIJWOORD_OF_BIJV
            or zin.gaten[k + 1] != "_"
            or zin.woorden[k] in ONDERWERP
            or not zin.woorden[k].isalpha()
            or zin.woorden[k].endswith("e")
            for k in range(i)
        ):
            continue
        labels[i] = 0


_IN_NAAMWOORD = frozenset((_ADJ, _N, _PROPN, TAGS.index("NUM")))


def deelwoord_na_en(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A participle coordinated with a participle or adjective before it (``zijn tas,
    verkreukeld en bevlekt met chocolademelk``, ``Zijn broek was vuil en bevlekt.``): a
    present reading of a form that is also a participle, right after ``en`` or ``of``
    that follows an unlabelled participle or adjective, is none when the form closes its
    part or only prepositional phrases follow it to the part's end (each a preposition,
    maybe a determiner, then adjectives and nouns). A present verb after ``en`` has an
    object or more after it (``Ze was moe en verpakt de cadeaus``) or follows a verb
    (``Hij lacht en bedekt zijn gezicht``). Changes ``labels`` in place."""
    if _EN_OF.isdisjoint(zin.woorden):
        return
    woorden = zin.woorden
    gaten = zin.gaten
    n = len(labels)
    for i in compress(range(2, n), labels[2:]):
        if labels[i] != TT or not zin.vlaggen[i] & lx.VOLTOOID or woorden[i - 1] not in _EN_OF:
            continue
        p = i - 2
        if gaten[i] != "_" or gaten[i - 1] != "_" or labels[p]:
            continue
        if not (
            zin.vlaggen[p] & _DEELWOORD_OF_BIJV or zin.klassen[p][:1] in "xa" or tags[p] == _ADJ
        ):
            continue
        k = i + 1
        while k < n and gaten[k] in ("_", "x"):  # prepositional phrases to the part's end
            if tags[k] != _ADP or woorden[k] not in VOORZETSELS:
                break  # more in its part than a prepositional phrase
            k += 1
            if k < n and gaten[k] == "_" and tags[k] == _DET:
                k += 1
            while k < n and gaten[k] == "_" and tags[k] in _IN_NAAMWOORD:
                k += 1
        if k < n and gaten[k] in ("_", "x"):
            continue
        labels[i] = 0


_MEERVOUD_FINIET = lx.MEERVOUD | lx.VT_MV


def infinitief_voor_als_met_werkwoord(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive used as the object of a verb that closes its clause after ``als`` and
    a bare singular noun (``dat we kansrijk adviseren als uitgangspunt nemen``, ``dat ze
    samen lezen als vast onderdeel hielden``): a present reading of a form that is also an
    infinitive, right before ``als``, is none when ``als``, adjectives, a singular noun
    without a determiner and a plural verb form follow it, and that form closes the
    clause. A singular noun cannot be the subject of a plural verb, so ``als`` there is
    the preposition of ``iets als uitgangspunt nemen`` and the plural form is the clause's
    finite verb (labelled present here when nothing labelled it); ``als`` that opens a
    clause brings its own subject (``dat ze rennen als de bel gaat``). Changes ``labels``
    in place."""
    woorden = zin.woorden
    if "als" not in woorden:
        return
    gaten = zin.gaten
    n = len(labels)
    for i in compress(range(n - 3), labels[: n - 3]):
        if labels[i] != TT or woorden[i + 1] != "als" or not _infinitiefvorm(zin, i):
            continue
        k = i + 2
        while k < n and tags[k] == _ADJ and gaten[k] == "_":
            k += 1
        if k + 1 >= n or tags[k] != _N or gaten[k] != "_" or gaten[k + 1] != "_":
            continue
        if meervoudsvorm(woorden[k]) or zin.vlaggen[k] & lx.MEERVOUD:
            continue  # (a plural noun may be a subject)
        c = k + 1
        if not zin.vlaggen[c] & _MEERVOUD_FINIET or not _einde_deel(zin, c):
            continue
        if gaten[i + 1] != "_" or gaten[i + 2] != "_":
            continue
        if not labels[c]:
            if not zin.tt[c] or not zin.vlaggen[c] & lx.MEERVOUD:
                continue
            labels[c] = TT
        labels[i] = 0


_ALLEEN_TEGENWOORDIG = frozenset(
    _vlaggen(v | lx.GANGBAAR | s)
    for v in (lx.STAM, lx.T_VORM, lx.STAM | lx.T_VORM)
    for s in (0, lx.SCHEIDBAAR)
)
"""Names (``Zin.namen``) of the flags of a form of a common verb that can only be a
finite present verb."""


def alleen_tegenwoordig(zin: Zin, labels: list[int]) -> None:
    """A form that can only be a finite present verb (``mag``, ``moet``, ``wil``: a stem
    or ``-t`` form of a common verb that the verb lexicon knows as nothing else and the
    word lexicon knows mostly as a present verb) is one when nothing else in its part is
    finite, also where stage one read it as an infinitive (``in zijn hanenpoten: ruilen
    mag, verkopen niet``). A capital inside the sentence marks a name (``Red``). On the UD
    dev files and the story sets such a form without a present label was a present verb
    once and nothing else once (``Mag ik ...?`` in quoted speech). Changes ``labels`` in
    place."""
    delen: Sequence[object] | None = None
    for i in compress(range(len(labels)), map(_ALLEEN_TEGENWOORDIG.__contains__, zin.namen)):
        if labels[i] or not zin.tt[i] or zin.klassen[i][:1] != "t":
            continue
        token = zin.tokens[i]
        if not token.tekst.islower() and not token.zinsbegin:
            continue  # a name
        if delen is None:
            delen = _delen(zin)
        if any(labels[k] and delen[k] == delen[i] for k in range(len(labels))):
            continue
        labels[i] = TT


_IN_NAAMWOORDGROEP = frozenset((_ADJ, _N))


def _naamwoordgroep_begin(zin: Zin, tags: Sequence[int], e: int) -> int:
    """The first word of a noun phrase that ends in the noun at ``e`` (adjectives and
    nouns before it, and a determiner or possessive that opens it), or -1 when ``e`` is no
    noun."""
    if tags[e] != _N:
        return -1
    a = e
    while a > 0 and tags[a - 1] in _IN_NAAMWOORDGROEP and zin.gaten[a] == "_":
        a -= 1
    if (
        a > 0
        and zin.gaten[a] == "_"
        and (tags[a - 1] == _DET or zin.woorden[a - 1] in BEZIT_VOORAAN)
    ):
        a -= 1
    return a


def infinitief_na_gecoordineerd_voorwerp(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive after an object of two noun phrases joined by ``en`` or ``of``, after
    a modal, ``laten``, ``gaan`` or a verb of perception (``Hij liet de jongens en de meisjes
    wachten bij de deur``, ``ging ... dennenappels en droge takjes verzamelen onder de
    bomen``): a present reading of a form that is also an infinitive, right after the
    second noun phrase, is none when the first one ends right before ``en`` and does not
    follow a preposition, the last finite verb before them takes an infinitive with no
    subject pronoun or subordinating word between (but right after it), and only an infinitive and
    prepositional phrases follow the form in its part. The second phrase reads as the
    subject of a clause of its own (``de meisjes wachten``); a clause of its own after
    ``en`` follows a verb or a prepositional phrase (``Ze wilde naar huis en de kinderen
    wachten al``). Changes ``labels`` in place."""
    woorden = zin.woorden
    if _EN_OF.isdisjoint(woorden):
        return
    gaten = zin.gaten
    n = len(labels)
    for i in compress(range(n), labels):
        if i < 5 or labels[i] != TT or gaten[i] != "_" or not _infinitiefvorm(zin, i):
            continue
        a = _naamwoordgroep_begin(zin, tags, i - 1)
        if a < 3 or woorden[a - 1] not in _EN_OF or gaten[a] != "_" or gaten[a - 1] != "_":
            continue
        p = a - 2  # the last word of the first noun phrase
        q = _naamwoordgroep_begin(zin, tags, p)
        if q < 1 or labels[p] or tags[q - 1] == _ADP:
            continue
        e = i + 1  # the rest of its part: an infinitive, prepositional phrases
        while e < n and gaten[e] == "_" and tags[e] == _INF:
            e += 1
        if e < n and gaten[e] in ("_", "x") and not _voorzetselgroep_tot_einde(zin, tags, e):
            continue
        j = next((k for k in range(q - 1, -1, -1) if labels[k]), None)
        if j is None or not _neemt_infinitief(woorden[j]):
            continue
        if woorden[j + 1] in VOEGWOORD_MET_ONDERWERP or any(
            woorden[k] in ONDERWERP or woorden[k] in ONDERSCHIKKEND for k in range(j + 2, i)
        ):
            continue  # (right after the verb: its subject, or an adverb: ging toen)
        labels[i] = 0


_ANDERE_TEGENWOORDIG = lx.T_VORM | lx.MEERVOUD
_STAM_ONDERWERP = frozenset(("ik", "jij", "je", "u", "ge"))
"""Subjects of a bare present stem: ``ik`` before or after it, the others after it."""


def naamwoord_zonder_werkwoord(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A sentence without a verb (``Stof overal.``, ``Regen alom.``): a bare present stem
    (no ``-t`` or plural form) that opens the sentence, that the word lexicon knows mainly
    as a noun and the tagger tags as one, followed by adverbs only, is no finite verb (an
    imperative of such a stem takes an object or a phrase: ``Stof de kast af``). Stage
    two trained on the project's stories reads it as an imperative (round 14). Changes
    ``labels`` in place."""
    n = len(labels)
    v = zin.vlaggen[0]
    if n < 2 or labels[0] != TT or not v & lx.STAM or v & _ANDERE_TEGENWOORDIG:
        return
    if tags[0] != _N or zin.klassen[0][:1] != "n":
        return
    if all(tags[k] == _ADV for k in range(1, n)):
        labels[0] = 0


def stam_zonder_ik(zin: Zin, labels: list[int]) -> None:
    """A bare present stem (``sla``, ``screen``: no ``-t`` or plural form) in the middle
    of a part, in a sentence without ``ik``, with no ``jij``, ``je``, ``u`` right after
    it, not right after ``en``, ``of`` or ``maar`` and not second in its sentence (``Nou
    kom op``), is no finite verb: a stem is
    finite with ``ik`` (``als ik wakker word``, ``wat ik fout doe``), with an inverted
    second person (``kom je``) or as an imperative, which opens its part (``vol sla,
    radijsjes en bossen peterselie``, ``neemt hun screen time toe``). On the UD dev
    files and the story sets every such stem labelled present with ``ik`` somewhere in
    its sentence was a verb, and the three without were not. Changes ``labels`` in
    place."""
    woorden = zin.woorden
    if "ik" in woorden:
        return
    gaten = zin.gaten
    n = len(labels)
    for i in compress(range(2, n), labels[2:]):  # (not after a word that opens: Nou kom)
        v = zin.vlaggen[i]
        if labels[i] != TT or not v & lx.STAM or v & _ANDERE_TEGENWOORDIG:
            continue
        if gaten[i] != "_" or woorden[i - 1] in NEVENSCHIKKEND or woorden[i] in ONDERWERP:
            continue  # (an imperative opens its part: ..., kom hier; en doe de groeten)
        if i + 1 < n and woorden[i + 1] in _STAM_ONDERWERP:
            continue
        labels[i] = 0


_EERSTE_ZINSDEEL = frozenset("dat dit die deze dan nu zo daar hier daarom".split())
"""One-word first constituents before an inverted verb (``dat proef je``, ``zo zie je``):
demonstratives and adverbs of place, time and manner (a closed class)."""
_TWEEDE_PERSOON = frozenset(("je", "jij"))


def stam_voor_je(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """A bare present stem right after a one-word first constituent of
    :data:`_EERSTE_ZINSDEEL` that opens its part, and right before ``je``/``jij`` that no
    noun follows (an inverted second person, which drops the ``-t``: ``en dat proef je``,
    ``Zo merk je het``), is a finite verb when nothing else in its part is, also where the
    stem is a noun as well (``proef``, ``merk``); not ``die proef je vader deed``, where
    ``je`` is a possessive before a noun. Changes ``labels`` in place."""
    woorden = zin.woorden
    n = len(woorden)
    gaten = zin.gaten
    delen: Sequence[object] | None = None
    for i in range(1, n - 1):
        if woorden[i + 1] not in _TWEEDE_PERSOON or woorden[i - 1] not in _EERSTE_ZINSDEEL:
            continue
        if labels[i] or not zin.tt[i] or not zin.vlaggen[i] & lx.STAM:
            continue
        if gaten[i] != "_" or gaten[i + 1] != "_":
            continue
        if i - 1 > 0 and gaten[i - 1] == "_" and woorden[i - 2] not in NEVENSCHIKKEND:
            continue  # the first word does not open a part
        if i + 2 < n and gaten[i + 2] == "_" and tags[i + 2] in _NAAMWOORD_OF_NAAM:
            continue  # je + noun: a possessive
        if delen is None:
            delen = _delen(zin)
        if any(labels[k] and delen[k] == delen[i] for k in range(n)):
            continue
        labels[i] = TT


_NAAMWOORD_OF_NAAM = frozenset((_N, _ADJ, _PROPN))


def jullie_met_werkwoord(zin: Zin, labels: list[int]) -> None:
    """A present form (plural or ``-t``) right after ``jullie`` that opens its part
    (``Jullie weten nog hoe ...``, ``omdat jullie komen``) is its finite verb when nothing
    else in its part is: ``jullie`` is the subject there, and the form agrees with it. Also
    where it was read as a past plural of another verb (``weten``: wijten) because the
    sentence's other verbs are past (``meervoud_in_verleden_zin``); a past plural of the
    same verb (``zetten``) stays past. Changes ``labels`` in place."""
    woorden = zin.woorden
    n = len(woorden)
    gaten = zin.gaten
    delen: Sequence[object] | None = None
    for j in range(n - 1):
        if woorden[j] != "jullie":
            continue
        i = j + 1
        if not zin.tt[i] or not zin.vlaggen[i] & (lx.MEERVOUD | lx.T_VORM):
            continue
        if labels[i] == TT or (labels[i] == VT and _een_werkwoord(woorden[i])):
            continue
        if gaten[i] != "_":
            continue
        if j > 0 and gaten[j] == "_" and woorden[j - 1] not in _OPENT_DEEL:
            continue  # not the subject opening its part (ik zag jullie lopen)
        if delen is None:
            delen = _delen(zin)
        if any(labels[k] and delen[k] == delen[i] for k in range(n) if k != i):
            continue
        labels[i] = TT


_OPENT_DEEL = NEVENSCHIKKEND | ONDERSCHIKKEND


def naamwoord_na_voorzetsel_en_het(zin: Zin, labels: list[int]) -> None:
    """An infinitive form right after a preposition and ``het`` is a noun (``bij het
    meten``, ``tijdens het spelen``, ``na het eten``): ``het`` is its article, as a
    preposition before an object pronoun ``het`` makes ``ermee``, ``erbij``. Not after a
    stranded preposition (``waar ... op``). Changes ``labels`` in place."""
    woorden = zin.woorden
    for i in compress(range(2, len(labels)), labels[2:]):
        if labels[i] != TT or woorden[i - 1] != "het" or woorden[i - 2] not in VOORZETSELS:
            continue
        if not zin.vlaggen[i] & lx.MEERVOUD or zin.gaten[i] != "_" or zin.gaten[i - 1] != "_":
            continue
        if _gestrand_voor(zin, i - 2):
            continue
        labels[i] = 0


def infinitief_na_en_na_modaal(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """An infinitive form right after ``en``/``of`` is the second infinitive of a verb
    that takes one when the word before ``en`` is an infinitive form without a label, and
    the last finite verb before it takes a bare infinitive (``mocht een kind een zakje
    openen en vertellen wat ...``): both depend on ``mocht``. Not when a subject pronoun
    or a subordinating word comes between that verb and the form (``mocht gaan, en ze
    lachen``), nor when the form is inverted, a subject after it (``en moeten insecten
    bestreden worden``), or takes an infinitive itself. Changes ``labels`` in place."""
    woorden = zin.woorden
    n = len(labels)
    for i in compress(range(2, n), labels[2:]):
        if labels[i] != TT or woorden[i - 1] not in _EN_OF or zin.gaten[i - 1] != "_":
            continue
        if (
            i + 1 < n
            and zin.gaten[i + 1] == "_"
            and (woorden[i + 1] in ONDERWERP or tags[i + 1] in _SUBJECT_BEGIN)
        ):
            continue
        if _neemt_infinitief(woorden[i]):
            continue
        k = i - 2
        if not _infinitiefvorm(zin, i) or labels[k] or not _infinitiefvorm(zin, k):
            continue
        f = k - 1
        while f >= 0 and not labels[f]:
            if woorden[f] in ONDERWERP or woorden[f] in ONDERSCHIKKEND or zin.gaten[f + 1] != "_":
                f = -1
                break
            f -= 1
        if f >= 0 and _neemt_infinitief(woorden[f]):
            labels[i] = 0


_SUBJECT_BEGIN = frozenset((_DET, _N, _PROPN))


_POSITIE = frozenset(("staan", "liggen", "zitten", "hangen"))
"""Verbs of position that ``hebben`` takes as a bare infinitive (``heeft het op zijn
kamer staan``): a closed class."""


def positie_na_hebben(zin: Zin, labels: list[int]) -> None:
    """The infinitive of a verb of position (:data:`_POSITIE`) closing a part whose
    nearest finite verb before it, with no punctuation between, is a form of ``hebben``
    (``Hij heeft het filmpje nu op zijn kamer staan``) is no finite verb of its own; a
    joining word between ends the search (``Ze heeft een hond en de katten zitten``).
    Changes ``labels`` in place."""
    woorden = zin.woorden
    gaten = zin.gaten
    n = len(labels)
    for i in compress(range(1, n), labels[1:]):
        if labels[i] != TT or woorden[i] not in _POSITIE:
            continue
        if i + 1 < n and gaten[i + 1] == "_":
            continue  # not the last word of its part
        k = i - 1  # the nearest finite verb before it, without punctuation between
        while k >= 0 and not labels[k] and gaten[k + 1] == "_":
            if woorden[k] in NEVENSCHIKKEND:
                break  # (en de katten zitten: a subject of its own may follow en)
            k -= 1
        if k >= 0 and labels[k] and gaten[k + 1] == "_" and _vorm_van(woorden[k], _HEBBEN):
            labels[i] = 0


_HEBBEN = frozenset(("hebben",))


def klassen_ook_zonder_tt(zin: Zin, tags: Sequence[int], labels: list[int], doc: Document) -> None:
    """The rules of this module that may find a present verb in a sentence that has none
    yet, or that need the sentences around it (one call per sentence, after all other
    rules). Changes ``labels`` in place."""
    werkwoord_na_en(zin, tags, labels)
    if TT in labels and "en" in zin.woorden:
        meervoud_na_en(zin, tags, labels)
    gebiedend_met_uitroep(zin, tags, labels, doc)
    # (a set test first: a call per sentence costs about as much as a rule that finds nothing)
    if not _TWEEDE_PERSOON.isdisjoint(zin.woorden):
        stam_voor_je(zin, tags, labels)
    if "jullie" in zin.woorden:
        jullie_met_werkwoord(zin, labels)
    # (a set test first: a call per sentence costs about as much as a rule that finds nothing)
    if not _ALLEEN_TEGENWOORDIG.isdisjoint(zin.namen):
        alleen_tegenwoordig(zin, labels)
    if not _BETREKKELIJK_MEERVOUD.isdisjoint(zin.woorden):
        meervoud_na_betrekkelijke_in_onderwerp(zin, labels)
        finiet_voor_hoofdwerkwoord(zin, tags, labels)
    if ":" in zin.gaten:
        gebiedend_na_dubbele_punt(zin, tags, labels)
    if TT in labels and "en" in zin.woorden:
        tweede_gebiedende_wijs(zin, tags, labels)
    if TT in labels:
        infinitief_voor_als_met_werkwoord(zin, tags, labels)  # (after finiet_achteraan_bijzin)
    if any(labels):
        meervoud_tussen_verleden_zinnen(zin, labels, doc)


def klassen_na_tagging(zin: Zin, tags: Sequence[int], labels: list[int]) -> None:
    """The rules of this module in their order (one call per sentence with a present
    reading, after ``meervoud_na_onderwerp``). Changes ``labels`` in place."""
    taken_na_modaal(zin, tags, labels)
    infinitief_na_kaal_voorzetsel(zin, tags, labels)
    infinitief_in_opsomming_na_voorzetsel(zin, tags, labels)
    bezit_in_los_zinsdeel(zin, labels)
    naamwoord_in_bijstelling(zin, labels)
    verleden_buiten_lexicon(zin, labels)
    laat_na_dagdeel(zin, labels)
    infinitief_voor_hervatting(zin, labels)
    infinitief_als_onderwerp(zin, tags, labels)
    naamwoord_na_en_in_voorzetselgroep(zin, tags, labels)
    deelwoord_na_naamwoordgroep(zin, tags, labels)
    deelwoord_na_kaal_naamwoord(zin, tags, labels)
    naamwoord_na_voorzetsel_en_zijn(zin, tags, labels)
    infinitief_in_telopsomming(zin, tags, labels)
    stam_zonder_ik(zin, labels)
    naamwoord_zonder_werkwoord(zin, tags, labels)
    infinitief_als_bevel(zin, tags, labels)
    infinitief_na_gecoordineerd_voorwerp(zin, tags, labels)
    deelwoord_na_en(zin, tags, labels)
    if "het" in zin.woorden:
        naamwoord_na_voorzetsel_en_het(zin, labels)
    if not _EN_OF.isdisjoint(zin.woorden):
        infinitief_na_en_na_modaal(zin, tags, labels)
    if not _POSITIE.isdisjoint(zin.woorden):
        positie_na_hebben(zin, labels)


__all__ = [
    "alleen_tegenwoordig",
    "bezit_in_los_zinsdeel",
    "deelwoord_na_en",
    "deelwoord_na_kaal_naamwoord",
    "deelwoord_na_naamwoordgroep",
    "gebiedend_met_uitroep",
    "gebiedend_na_dubbele_punt",
    "infinitief_als_bevel",
    "infinitief_als_onderwerp",
    "infinitief_in_opsomming_na_voorzetsel",
    "infinitief_in_telopsomming",
    "infinitief_na_gecoordineerd_voorwerp",
    "infinitief_na_kaal_voorzetsel",
    "infinitief_voor_als_met_werkwoord",
    "infinitief_voor_hervatting",
    "klassen_na_tagging",
    "klassen_ook_zonder_tt",
    "laat_na_dagdeel",
    "meervoud_na_betrekkelijke_in_onderwerp",
    "meervoud_na_en",
    "meervoud_tussen_verleden_zinnen",
    "naamwoord_in_bijstelling",
    "naamwoord_na_en_in_voorzetselgroep",
    "naamwoord_na_voorzetsel_en_zijn",
    "stam_zonder_ik",
    "taken_na_modaal",
    "tweede_gebiedende_wijs",
    "verleden_buiten_lexicon",
    "werkwoord_na_en",
]


def _vorig_label(labels: Sequence[int], i: int) -> int | None:
    """The last labelled word before the word before ``i`` (the ``en`` of ``… en wijzen``)."""
    return next((k for k in range(i - 2, -1, -1) if labels[k]), None)


def _enige_finiet_in_deel(
    zinsdeel: Sequence[int],
    labels: Sequence[int],
    tags: Sequence[int],
    i: int,
    behalve: int | None = None,
) -> bool:
    """Whether no other word of the clause part of ``i``, from the ``en`` before it on, is
    labelled or tagged finite (a word tagged finite at ``behalve`` does not count: the
    word that shows the verb reading of ``i``, :func:`_bewijs`)."""
    deel = zinsdeel[i]
    return not any(
        k != i and zinsdeel[k] == deel and (labels[k] or (tags[k] in FINIET and k != behalve))
        for k in range(i - 1, len(labels))
    )
