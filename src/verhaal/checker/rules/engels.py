"""Rule ``engels``: English words and phrases that are not ordinary Dutch.

Words are looked up in ``data/engels/woorden.bin`` (built from SCOWL, wordfreq and the
OpenTaal list: English words that are clearly more frequent in English than in Dutch, less
the Dutch words with the same letters that Dutch inflects as its own: long, communist);
neighbouring English words form one phrase. Words that the English table does not know are
analysed: an English stem with Dutch verb morphology (overthinken, geghost; and, on the
plainly English stems of ``data/engels/werkwoordstammen.txt``, participles a Dutch list
has too: gecanceld, geliket; and, where a verb stands, a listed -en form on such a stem
that the Dutch verb tables lack: wilde liken, we liken; right where an infinitive stands,
also a listed -en form the verb tables lack on any English verb stem: aan het
scripten), two English words run together
(selfcare) or an English and a Dutch word run together (mindsettraining, challengeweek) is
English too, as is a Dutch verb form on an English verb stem that Dutch hardly uses as a
verb, judged per form from word frequencies (gegrind, gedipt; an -en form such as
reviewen where an infinitive stands: ``data/engels/werkwoordsvormen.bin``). Dutch lists
many English verbs and loans without using them: a participle it
lists on a plainly English stem but hardly uses (gerecapt), an unlisted form of a verb it
hardly uses (geblockt; prompten where an infinitive stands), an English compound as a verb
stem (doomscrollen, geragequit), a loan it hardly uses joined by a hyphen or run together
with another English word (loot-kist, lootbox; table value ZWAK_LEENWOORD), an unlisted
compound of a plainly English word and a loan (gameplay) and an English derivation no list
has (unboxing, respawnde) are English as well, as is a Dutch verb form on a stem that
is English as a whole where the compound splitter finds a Dutch reading (resellen,
upsellen; a form on -en on such a stem wherever it stands, a past form also on an English
compound stem: ragequitte), and a hyphenated word that sets apart two English words run
together that Dutch hardly uses (cooldown-ruimte, eyegaze-camera), as is such a closed
word of two English words itself (cooldown, airside; not a Dutch coinage of
``data/engels/nederlandse_paren.txt``: blocnote). The table also holds
rare English words that Dutch lacks (speedruns), and reports loans that Dutch neither
inflects nor builds on and that are far more English than international (meltdown,
review). A frequent English word that Dutch has only as a rare form joins an English
neighbour into a phrase (part time), a loan Dutch shares but has not made its own is
English right after an article or possessive (een upgrade, de bodyguard:
``data/engels/naamwoorden.bin``), and a lower-case word that only English text uses
(obby, loadout: ``data/engels/alleen_engels.bin``) is reported too. Dutch words keep their
reading: verb forms on -eren (dispenserende), words written without their diaeresis
(patienten) and hyphenated words the Dutch list has (make-up). A capitalised word that the
text uses as a person's name (River, Sunny, 'Sky had het moeilijk') is a name, judged with
the naam rule's subject test; a lower-case school type (het so) is left to the vaktaal
rule. Text copied from print is read as such: the rest of a word broken at a line end
(leer- lingen), a Dutch first part with a linking s before a loose hyphen (hellings- en
daalhoek) and short lower-case words between two capitalised words inside a sentence (the
function words of a title or name in Title Case: History of the Sciences, Keller and
Price) are no English of the writer's own. Tokens longer than :data:`MAX_WOORD` code points
are passed over (linear time).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Set
from functools import cache, lru_cache
from itertools import compress, pairwise

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document, Token
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.rules import naam, vaktaal
from verhaal.checker.tijd.lexicon import (
    FINIET,
    GEEN,
    MEERVOUD,
    STAM,
    VOLTOOID,
    VT_EV,
    VT_MV,
    lexicon,
)
from verhaal.checker.woordenboek import (
    BEPALERS,
    WOORDMEMO,
    Termen,
    engelse_waarde,
    frequentie,
    is_achternaam,
    is_eigennaam,
    is_gewoon_woord,
    is_nederlands,
    is_plaats,
    is_samenstelling,
    is_voornaam,
    is_vorm,
    lees_woordtabel,
)
from verhaal.data import lees_regels, lees_woorden

MAX_WOORD = 60
"""Tokens longer than this (in code points) are no word of any language: passed over, so
that a pasted blob costs linear time."""

ENGELS = 1
"""Table value: an English word to report."""
AANSLUITEND = 2
"""Table value: English but also ordinary Dutch; only joins a reported neighbour."""
ENGELS_KLEIN = 3
"""Table value: English, but only when written in lower case (else often a name)."""
ENGELS_IN_CITAAT = 4
"""Table value: a frequent English word that is Dutch only as a rare form (look, wrong):
English when it stands alone in direct speech ("Juf, look!"), elsewhere as AANSLUITEND."""
ENGELS_ALLEEN = 5
"""Run-time class: an English stem with Dutch verb morphology (overthinken). Reported, but
it does not join Dutch-looking neighbours into a phrase: the sentence around it is Dutch."""
ENGELS_ALS_WERKWOORD = 6
"""Run-time class: a form on -en that the Dutch word list has, on an English stem, that
the verb tables know as no Dutch verb (liken): English as ENGELS_ALLEEN
where it stands as an infinitive (after 'te', 'aan het' or a verb such as 'gaan'), else
Dutch (a plural, a name)."""


def in_kop(doc: Document, token: Token) -> bool:
    """Whether the token is in a heading or the title (where Title Case is common)."""
    blok = doc.blokken[token.blok]
    return blok.soort in ("kop", "titelregel") or (
        doc.titel is not None and doc.titel[0] <= token.start < doc.titel[1]
    )


@cache
def _alternatieven() -> dict[str, str]:
    paren = (regel.split("\t") for regel in lees_regels("engels/alternatieven.tsv"))
    return {deel[0].strip(): deel[1].strip() for deel in paren if len(deel) == 2}


@cache
def _zinnen() -> Termen:
    """The multi-word entries of the alternatives table, as phrases."""
    return Termen(
        {term: alt for term, alt in _alternatieven().items() if " " in term}, eerste_vast=True
    )


ZWAK_LEENWOORD = 7
"""Table value: as AANSLUITEND, but a loan Dutch hardly uses and does not inflect as its
own (loot, skate, prompt): English in a Dutch verb form (prompten) and joined to a Dutch
word by a hyphen (loot-kist). Built by scripts/tabellen/engels.py."""


STERK_GEDEELD = 8
"""Table value: as AANSLUITEND, but far more frequent in English than in Dutch (deal,
base): next to another shared English word it makes an English phrase (brand deal).
Built by scripts/tabellen/engels.py."""


def _waarde(woord: str) -> int:
    waarde = engelse_waarde(woord)
    return AANSLUITEND if waarde in (ZWAK_LEENWOORD, STERK_GEDEELD) else waarde


# English contractions (closed class): the word lists leave out forms with apostrophes.
_SAMENTREKKINGEN = frozenset(
    """i'm i'd i'll i've you're you'd you'll you've he's he'd he'll she's she'd she'll
    it's it'd it'll we're we'd we'll we've they're they'd they'll they've that's what's
    who's where's there's here's let's don't doesn't didn't can't couldn't won't wouldn't
    isn't aren't wasn't weren't haven't hasn't hadn't shouldn't mustn't""".split()
)


# Dutch verb endings on an English stem: overthinken, geghost, swipete, gedeletet. With the
# prefix ge- a participle (geghost, gecheckte); without it a finite form or infinitive.
# Adjective -e is left alone (reciprocale), and plural-like -en after a silent e counts
# only on a common English word (swipen, not cytokinen): rarer ones are as often Dutch
# spellings of Latin words.
_VERBUIGINGEN = {
    "ge": ("den", "ten", "de", "te", "d", "t", ""),
    "": ("ende", "end", "den", "ten", "de", "te", "en", "t"),
}


def _is_engels(woord: str) -> bool:
    return _waarde(woord) in (ENGELS, ENGELS_KLEIN)


@lru_cache(maxsize=WOORDMEMO)
def _in_lexicon(klein: str) -> bool:
    """:func:`is_vorm`, remembered: two analyses of a word ask it."""
    return is_vorm(klein)


@lru_cache(maxsize=WOORDMEMO)
def engelse_vorm(klein: str) -> bool:
    """Whether a lower-case word is English in Dutch clothes: an English verb with a Dutch
    prefix or ending (overthinken, gestreamd, geüpdatet: stem + e), also a participle that a
    Dutch word list has but whose stem is plainly English (gecanceld, geliket),
    or, for a word neither the Dutch lexicon nor the English table knows, two English
    words run together (selfcare, mealprep)."""
    if len(klein) < 5 or len(klein) > MAX_WOORD or not klein.isalpha():
        return False
    if _in_lexicon(klein):
        return _engels_werkwoord(klein, streng=True)
    if _zonder_trema(klein):
        return False
    if len(klein) == 5:
        # facen: -n after the silent e of a plainly English stem; pullt: -t on a plainly
        # English verb stem (with an -ing or -ed form in the table) that Dutch lacks
        stam = klein[:-1]
        if _waarde(stam) != ENGELS or _ingeburgerd_werkwoord(stam):
            return False
        return klein[-1] == "n" or (
            klein[-1] == "t"
            and _engels_werkwoord_in_tabel(stam)
            and not _leenwerkwoord(stam, klein)
            and not is_nederlands(klein)
        )
    if is_nederlands(klein):
        # a participle the compound splitter misreads (geskipt: ges + kipt) stays a
        # participle, as does a verb form on a stem that is English as a whole (resellen:
        # not res + ellen); otherwise a Dutch compound, unless of loans (gameplay)
        return (
            (klein.startswith("ge") and _engels_werkwoord(klein))
            or _vorm_op_engelse_stam(klein)
            or leensamenstelling(klein)
            or leenwoordensamenstelling(klein)
            or _meervoud_van_samenstelling(klein)
        )
    return (
        _engels_werkwoord(klein)
        or _engelse_samenstelling(klein)
        or leensamenstelling(klein)
        or leenwoordensamenstelling(klein)
        or _engelse_afleiding(klein)
        or _meervoud_van_samenstelling(klein)
    )


_WERKWOORD_VOORVOEGSELS = ("up", "out")
"""English particles that make a new English verb of an English verb of four letters or
more (upsell, outplay). Not re- or un-: Dutch words start with those letters too (re +
clam in reclamen); an English verb with them is judged whole (resell)."""


def _engelse_werkwoordstam(stam: str) -> bool:
    """A verb stem that is plainly English as a whole and no Dutch word: a reported English
    word (resell), or one of :data:`_WERKWOORD_VOORVOEGSELS` before a reported English
    word of four letters or more (upsell: up + sell). Five letters or more in all, and an
    English verb: the English table has its -ing or -ed form (selling; not tensor, whose
    Dutch plural tensoren is no verb)."""
    if len(stam) < 5 or _in_lexicon(stam):
        return False
    if _waarde(stam) == ENGELS and _engels_werkwoord_in_tabel(stam):
        return True
    return any(
        stam.startswith(voorvoegsel)
        and len(stam) - len(voorvoegsel) >= 4
        and _waarde(rest := stam[len(voorvoegsel) :]) == ENGELS
        and _engels_werkwoord_in_tabel(rest)
        for voorvoegsel in _WERKWOORD_VOORVOEGSELS
    )


def _engels_werkwoord_in_tabel(stam: str) -> bool:
    """Whether the English table has an -ing or -ed form of ``stem`` (with a silent e
    dropped or the final consonant doubled): sell (selling), chill (chilled), swipe
    (swiping), spam (spamming). Nouns have none (tensor, literal)."""
    vormen = [stam + "ing", stam + "ed"]
    if stam.endswith("e"):
        vormen += [stam[:-1] + "ing", stam + "d"]
    else:
        vormen += [stam + stam[-1] + "ing", stam + stam[-1] + "ed"]
    return any(_waarde(vorm) for vorm in vormen)


def _op_engelse_stam(stam: str, klein: str, samenstelling: bool = False) -> bool:
    """Whether the verb form ``klein`` stands on a stem that is English as a whole
    (:func:`_engelse_werkwoordstam`; a doubled final consonant undone: upsell-en), of a
    verb Dutch has not taken in (:func:`_ingeburgerd_werkwoord`, listed loans). With
    ``samenstelling`` an English compound stem counts too (ragequit in ragequitte, see
    :func:`_engelse_stamsamenstelling`): only for forms no Dutch plural has."""
    stammen = (stam, stam[:-1]) if len(stam) > 5 and stam[-1] == stam[-2] else (stam,)
    return any(
        (_engelse_werkwoordstam(engels) or (samenstelling and _engelse_stamsamenstelling(engels)))
        and not _ingeburgerd_werkwoord(engels)
        and not _leenwerkwoord(engels, klein)
        for engels in stammen
    )


_MEERVOUDACHTIG = ("en", "end", "ende")
"""Endings that a Dutch plural (frontalen, castleden) or a Dutch participle (doorbellend)
can have too: on these a stem English as a whole counts only where an infinitive stands
(see :func:`gedeelde_infinitief`)."""


_VERLEDEN = ("ten", "den", "te", "de")
"""Past-tense endings: the only ones on which an English compound stem counts (ragequitte);
a bare -t or -d ends too many Dutch compounds (liegebeest is no liege + bees + t)."""


def _vorm_op_engelse_stam(klein: str) -> bool:
    """A Dutch past or participle form (see _VERBUIGINGEN) on a stem that is English as a
    whole (:func:`_op_engelse_stam`): upsellde, resellde, geoutplayd. The compound
    splitter reads some of these as Dutch (res + ellen); the whole stem says otherwise.
    Forms on -en wait for their place (:data:`_MEERVOUDACHTIG`)."""
    for voor, uitgangen in _VERBUIGINGEN.items():
        if not klein.startswith(voor):
            continue
        for uitgang in uitgangen:
            if not uitgang or uitgang in _MEERVOUDACHTIG or not klein.endswith(uitgang):
                continue
            stam = klein[len(voor) : len(klein) - len(uitgang)]
            if _op_engelse_stam(stam, klein):
                return not _nederlandse_staart(klein)
            if uitgang in _VERLEDEN and _op_engelse_stam(stam, klein, samenstelling=True):
                # an English compound stem (ragequit-te), unless the word is a Dutch word
                # before one Dutch uses, English reading or not (arrangements + budget)
                return not _nederlandse_staart(klein) and not _gangbare_staart(klein)
    return False


GANGBARE_STAART = 3.0
"""Dutch Zipf from which a plainly Dutch word at the end of a verb form makes it a Dutch
compound (leden 5.2 in castleden; not quitte 2.8 in ragequitte)."""


def _nederlandse_staart(klein: str, kop: int = 3) -> bool:
    """Whether the word reads as a word of the Dutch lexicon (``kop`` letters or more)
    before a plainly Dutch word of four letters or more that Dutch uses
    (:data:`GANGBARE_STAART`): cast + leden, castleden is no past tense of castle;
    ragequitte (rage + quitte) is one of ragequit."""
    return any(
        _in_lexicon(voor) and _zuiver_nederlands(staart) and frequentie(staart) >= GANGBARE_STAART
        for (voor,), staart in _splitsingen(klein, (), kop, 4)
    )


_TUSSENKLANKEN = ("s", "e", "en")
"""The linking sounds between the parts of a Dutch compound (stadspark, boekenkast)."""


def _splitsingen(
    klein: str, klanken: tuple[str, ...] = _TUSSENKLANKEN, kop: int = 3, staart: int = 3
) -> Iterator[tuple[list[str], str]]:
    """Every split of a word into a first part of ``kop`` letters or more and a rest of
    ``staart`` letters or more: (the first part, followed by its forms without one of the
    linking sounds ``klanken`` it ends in; the rest)."""
    for i in range(kop, len(klein) - staart + 1):
        voor = klein[:i]
        yield [voor, *(voor[: -len(k)] for k in klanken if voor.endswith(k))], klein[i:]


def _gangbare_staart(klein: str) -> bool:
    """Whether the word reads as a word of the Dutch lexicon (with a linking s or not)
    before a word of the Dutch lexicon, four letters or more, that Dutch uses
    (:data:`GANGBARE_STAART`), whatever English reading either has: arrangements + budget
    (not rage + quitte)."""
    for koppen, staart in _splitsingen(klein, ("s",), 3, 4):
        if not _in_lexicon(staart) or frequentie(staart) < GANGBARE_STAART:
            continue
        if any(_in_lexicon(kop) for kop in koppen):
            return True
    return False


def _meervoud_van_samenstelling(klein: str) -> bool:
    """A Dutch plural (-en, -s) of a compound of a weak loan and an English word that no
    list has (lootboxen: see :func:`leenwoordensamenstelling`). Only that kind: with other
    English words the letters before -en are as often a Dutch word (sport + spullen)."""
    for uitgang in ("en", "s"):
        enkel = klein.removesuffix(uitgang)
        if enkel != klein and leenwoordensamenstelling(enkel):
            return True
    return False


_ENGELSE_VOORVOEGSELS = ("un", "re", *_WERKWOORD_VOORVOEGSELS)
"""English prefixes that make a new English word of an English one (unboxing, rewatch,
upcycling, outplayed); only on words no Dutch list has."""


def _engelse_stamsamenstelling(stam: str) -> bool:
    """An English compound as the stem of a verb form (doomscroll-en, ragequit in
    geragequit, daytrade in daytraden) that is no Dutch word itself (interesseer): see
    :func:`_engelse_samenstelling`, :func:`leensamenstelling` and
    :func:`engels_woordpaar`."""
    return (
        len(stam) >= 8
        and not _in_lexicon(stam)
        and (_engelse_samenstelling(stam) or leensamenstelling(stam) or engels_woordpaar(stam))
    )


def _afgeleid_engels(woord: str) -> bool:
    """An English prefix before an English word of five letters or more that no Dutch list
    has: respawn, unfollow, upcycling (also as the stem of a Dutch verb form: respawnde)."""
    return any(
        woord.startswith(voorvoegsel)
        and len(woord) - len(voorvoegsel) >= 5
        and bool(_waarde(woord[len(voorvoegsel) :]))
        and not _in_lexicon(woord)
        for voorvoegsel in _ENGELSE_VOORVOEGSELS
    )


def _engelse_afleiding(klein: str) -> bool:
    """A word no Dutch list has, made of an English word (four letters or more, any value in
    the table) with an English ending or prefix: -ing (unboxing), -ed (goated), un-, re-,
    up- or out- before a word of five letters or more (unfollow, respawn, upcycling).
    Dutch forms -ing nouns from Dutch verbs (melding, planning), which the Dutch lists
    hold; an unlisted one on an English word is English."""
    if _afgeleid_engels(klein):
        return True
    for voorvoegsel in _ENGELSE_VOORVOEGSELS:
        rest = klein[len(voorvoegsel) :]
        if klein.startswith(voorvoegsel) and rest.endswith(("ing", "ed")):
            klein = rest  # unboxing: judge boxing
            break
    for uitgang in ("ing", "ed"):
        if not klein.endswith(uitgang):
            continue
        stam = klein[: -len(uitgang)]
        stammen = [stam, stam + "e"]
        if len(stam) > 3 and stam[-1] == stam[-2]:
            stammen.append(stam[:-1])  # shopping, skipped
        if any(len(engels) >= 4 and _waarde(engels) for engels in stammen):
            return True
    return False


_TREMA = {"e": "ë", "i": "ï", "u": "ü", "o": "ö"}


def _zonder_trema(klein: str) -> bool:
    """Whether the word is a Dutch word of the lexicon written without its diaeresis
    (patienten, ingredienten, coefficient: patiënten ...), a common slip that must not read
    as English (patient + en)."""
    plaatsen = [i for i in range(1, len(klein)) if klein[i] in _TREMA and klein[i - 1] in "aeiou"]
    if not plaatsen:
        return False
    if any(_in_lexicon(klein[:i] + _TREMA[klein[i]] + klein[i + 1 :]) for i in plaatsen):
        return True
    alle = list(klein)  # coefficienten: coëfficiënten, two at once
    for i in plaatsen:
        alle[i] = _TREMA[klein[i]]
    return len(plaatsen) > 1 and _in_lexicon("".join(alle))


@cache
def _leenwoorden() -> frozenset[str]:
    return lees_woorden("engels/leenwoorden.txt")


@cache
def _werkwoordstammen() -> frozenset[str]:
    """English verb stems that stay English in Dutch verb forms even where a Dutch word
    list has those forms (chill, cancel, like): built from word frequencies, see
    scripts/tabellen/engels.py."""
    return lees_woorden("engels/werkwoordstammen.txt")


INGEBURGERD_WERKWOORD = 3.0
"""Dutch Zipf frequency from which a verb form the Dutch list has makes the verb on its
stem integrated (scrollen 3.0, streamen 3.5, uploaden 4.0), so that any spelling of its
forms is Dutch (scrollde). Below it the list has the verb but Dutch hardly uses it
(blocken 2.2, skippen 2.3): its unlisted forms (geblockt, geskipt) stay English."""


def _ingeburgerd_werkwoord(stam: str) -> bool:
    """Whether Dutch uses a verb on this stem: the lexicon has one of its forms (an
    infinitive, also with a doubled consonant, or a participle) at Zipf
    :data:`INGEBURGERD_WERKWOORD` or more, not a past form of another verb (hingen)."""
    vormen = [stam + "en", stam + "n", stam + stam[-1] + "en", "ge" + stam + "d", "ge" + stam + "t"]
    if len(stam) > 4 and stam[-1] == stam[-2]:
        vormen.append(stam[:-1] + "en")
    return any(
        is_vorm(vorm)
        and frequentie(vorm) >= INGEBURGERD_WERKWOORD
        and not _verleden_van_ander(vorm)
        for vorm in vormen
    )


def _verleden_van_ander(vorm: str) -> bool:
    """Whether the verb tables know a form only as a past tense (hingen: hangen), so that
    it is no infinitive on the stem it seems to have (hinge)."""
    vlag = lexicon().vlag(vorm)
    return bool(vlag & (VT_EV | VT_MV)) and not vlag & (MEERVOUD | STAM)


def _leenwerkwoord(stam: str, vorm: str) -> bool:
    """Whether a verb on this stem is a listed integrated loan (gamen, printen, mailen)."""
    leen = _leenwoorden()
    return vorm in leen or stam + "en" in leen or stam + "n" in leen


@lru_cache(maxsize=WOORDMEMO)
def _engels_werkwoord(klein: str, streng: bool = False) -> bool:
    """An English stem with Dutch verb morphology: overthinken, geghost, swipete, gefaced.
    ``streng`` (a form the Dutch lexicon lists): only a participle on a plainly English
    verb stem counts (gecanceld, geliket), never a stem Dutch shares (gepland)."""
    kaal = klein.replace("ü", "u")
    for voor, uitgangen in _VERBUIGINGEN.items():
        if not kaal.startswith(voor) or (streng and not voor):
            continue  # a listed form without ge- is as often a Dutch noun (wallen, servet)
        for uitgang in uitgangen:
            if not kaal.endswith(uitgang):
                continue
            stam = kaal[len(voor) : len(kaal) - len(uitgang)]
            if not uitgang and not stam.endswith(("t", "d")):
                continue  # ge + stem alone only where the stem ends in t or d (geghost)
            stammen: tuple[str, ...] = (stam, stam + "e")
            n_na_e = uitgang in ("en", "ende", "end")
            if n_na_e and not voor and stam.endswith("er"):
                continue  # dispenserende, filteren: a Dutch verb on -eren
            if streng:
                # a listed form keeps the English e where it has one (geliket, geliked);
                # without it the letters are Dutch (gelikt, gelakt: likken, lakken)
                stammen = (stam,)
            for engels in stammen:
                if len(engels) < 4:
                    continue
                if n_na_e and engels != stam and _waarde(engels) != ENGELS:
                    # swipen, facende: -n after the silent e of a common English word
                    # (SCOWL), not of a rarer term (cytokinen: a Dutch plural)
                    continue
                if streng:
                    if engels in _werkwoordstammen() and not _leenwerkwoord(engels, klein):
                        return True
                    if voor and uitgang in ("d", "t") and _zeldzaam_engels_deelwoord(klein, stam):
                        return True
                elif (
                    (
                        _is_engels(engels)
                        or _afgeleid_engels(engels)
                        or _engelse_werkwoordstam(engels)
                        or _engelse_stamsamenstelling(engels)
                        or engels in _werkwoordstammen()
                        or (
                            _waarde(engels)
                            and engels not in _leenwoorden()
                            and (voor or not n_na_e)
                            and uitgang
                        )
                    )
                    and not _ingeburgerd_werkwoord(engels)
                    and not _leenwerkwoord(engels, klein)
                ):
                    # a stem Dutch shares (skip, block) only in a form no plural has:
                    # geskipt, blockte; skippen waits for its place (see _gedeelde_infinitief)
                    return True
    return False


def _zwak_leenwoord(woord: str) -> bool:
    """An English word that Dutch shares but hardly uses (table value ZWAK_LEENWOORD)."""
    return engelse_waarde(woord) == ZWAK_LEENWOORD


ZELDZAAM_DEELWOORD = 2.0
"""Dutch Zipf frequency below which a participle that the Dutch word list has is no
integrated Dutch verb form (gedebugd; not gecheckt, gemaild)."""


GEWONE_STAM = 4.0
"""Dutch Zipf from which a stem that Dutch shares with English (steel, tunnel, zoom) is
common Dutch: a rare participle on it is a Dutch verb form (gesteeld), not English."""


def _zeldzaam_engels_deelwoord(klein: str, stam: str) -> bool:
    """A participle the Dutch list has, ge + an English stem (any value in the table) +
    d/t (gedebugd, gescrubd, geblowd), that Dutch hardly uses (:data:`ZELDZAAM_DEELWOORD`).
    A stem the table does not report must be rarer in Dutch than :data:`GEWONE_STAM`
    (not gesteeld, getunneld, gezoomd). Not where the letters read as a Dutch stem with
    the final t or d (gespurt: spurt,
    gestunt: stunt, gebrand: brand), not where the f of the stem is the v of a Dutch verb
    that Dutch spelling writes f at a word's end (geturfd: turven; geverfd: verven), not on
    a stem in -er or -s (gemonsterd, geladderd:
    Dutch verbs on -eren; geringst: a superlative), not on a verb Dutch uses, and only the
    stem as written (gegrapt is grap + t, not grape). A participle on a stem that ends in
    d or t (gegrind) is left alone: most of those are Dutch (genest, geknot)."""
    return (
        len(stam) >= 4
        and bool(_waarde(stam))
        and not stam.endswith(("er", "s"))
        and frequentie(klein) < ZELDZAAM_DEELWOORD
        and (_waarde(stam) == ENGELS or frequentie(stam) < GEWONE_STAM)
        and not _in_lexicon(stam + klein[-1])
        and not (stam.endswith("f") and _in_lexicon(stam[:-1] + "ven"))
        and not _leenwerkwoord(stam, klein)
        and not _ingeburgerd_werkwoord(stam)
    )


@lru_cache(maxsize=WOORDMEMO)
def leensamenstelling(klein: str) -> bool:
    """A closed compound that no Dutch list has, of a plainly English word and another
    English word (four letters or more each), where the other is a loan the Dutch list has
    (gameplay: game + play; teamchallenge). The Dutch compound splitter accepts some of
    these; they are English all the same, unless the word also splits into two Dutch words
    that are not plainly English (linkshander: links + hander)."""
    if not 8 <= len(klein) <= MAX_WOORD or not klein.isalpha() or _in_lexicon(klein):
        return False
    return any(
        _waarde(klein[:i])
        and _waarde(klein[i:])
        and ENGELS in (_waarde(klein[:i]), _waarde(klein[i:]))
        for i in range(4, len(klein) - 3)
    ) and not _nederlandse_splitsing(klein)


def _zuiver_nederlands(deel: str) -> bool:
    """A Dutch lexicon word (three letters or more) with no English reading at all."""
    return len(deel) >= 3 and _in_lexicon(deel) and not _waarde(deel)


ZWAK_NEDERLANDS = 3.5
"""Dutch Zipf below which a loan is weak (the build's criterion for ZWAK_LEENWOORD)."""
GANGBAAR_NEDERLANDS = 4.5
"""Dutch Zipf from which a word is common Dutch (code 4.8): with it, a weak loan makes a
Dutch compound (exitcode)."""


@lru_cache(maxsize=WOORDMEMO)
def leenwoordensamenstelling(klein: str) -> bool:
    """A closed word no Dutch list has, of two English words (three letters or more, seven
    in all), one a loan Dutch hardly uses (table value ZWAK_LEENWOORD) and neither a listed
    integrated loan nor common Dutch: lootbox, skatecrew (not teamcoach, clubshirt,
    exitcode: with a loan Dutch has taken in, a Dutch compound). Not when the word also
    splits into a word with no English reading and another Dutch word (with a linking s,
    e or en)."""
    if not 7 <= len(klein) <= MAX_WOORD or not klein.isalpha() or _in_lexicon(klein):
        return False
    leen = _leenwoorden()
    if not any(
        ZWAK_LEENWOORD in (engelse_waarde(kop := klein[:i]), engelse_waarde(staart := klein[i:]))
        and _waarde(kop)
        and _waarde(staart)
        and kop not in leen
        and staart not in leen
        and min(frequentie(kop), frequentie(staart)) < ZWAK_NEDERLANDS
        and max(frequentie(kop), _enkelvoud_frequentie(staart)) < GANGBAAR_NEDERLANDS
        for i in range(3, len(klein) - 2)
    ):
        return False
    return not _nederlandse_lezing(klein)


def _enkelvoud_frequentie(deel: str) -> float:
    """The Dutch Zipf of a word, or of its singular where it is a plural in -s of a word of
    the lexicon (codes: code 4.8): a plural is rarer than its word, not less Dutch
    (exitcodes is as Dutch as exitcode)."""
    enkel = deel[:-1]
    if deel.endswith("s") and len(enkel) >= 3 and _in_lexicon(enkel):
        return max(frequentie(deel), frequentie(enkel))
    return frequentie(deel)


def _nederlandse_lezing(klein: str) -> bool:
    """Whether the word splits into two words of the Dutch lexicon (the first with a
    linking s, e or en), one of them with no English reading: a Dutch compound."""
    for koppen, staart in _splitsingen(klein):
        if not _in_lexicon(staart):
            continue
        if any(_in_lexicon(k) for k in koppen) and (
            _zuiver_nederlands(staart) or any(_zuiver_nederlands(k) for k in koppen)
        ):
            return True
    return False


@lru_cache(maxsize=WOORDMEMO)
def engelse_infinitief(klein: str) -> bool:
    """Whether a form on -en that the Dutch lexicon lists is the infinitive of an English
    verb (liken): its stem (lik + e) is one of ``werkwoordstammen.txt`` (plainly English,
    common, with verb forms in the lexicon: a plural such as problemen has none), it is no
    listed loan verb, and the Dutch verb tables have no verb with this form (they have
    laken, hellen, scrollen) or know it only as a rare verb form (flag MEERVOUD alone: no
    noun, not common: releasen, deleten, samplen; laken is a noun and common). Only in an
    infinitive's place, see :func:`_als_infinitief`: a bare -en form is as often a
    plural."""
    if len(klein) < 5 or not klein.endswith("en") or not klein.isalpha():
        return False
    stam = klein[:-2]
    stammen = _werkwoordstammen()
    engels = stam if stam in stammen else stam + "e" if stam + "e" in stammen else None
    if engels is None or _leenwerkwoord(engels, klein):
        return False
    return (
        lexicon().paradigma_nummer(klein, verleden=False) == GEEN
        or lexicon().vlag(klein) == MEERVOUD
    )


@lru_cache(maxsize=WOORDMEMO)
def engelse_stam_infinitief(klein: str) -> bool:
    """Whether a form on -en that no Dutch list has stands on a stem that is English as a
    whole (:func:`_op_engelse_stam`: resell-en, upsell-en), and is neither the Dutch plural
    of a listed word (:func:`_nederlands_meervoud`: autopiloten) nor a Dutch word of four
    letters or more before a common Dutch one (:func:`_nederlandse_staart`: cast + leden;
    three letters cut a Dutch word from too many: res + ellen). Such a form is English
    wherever it stands ("kopen voor weinig, resellen voor veel"): no Dutch word ends in
    a plainly English verb of five letters or more that the English table has as a verb."""
    return (
        len(klein) >= 7
        and klein.endswith("en")
        and not klein.endswith("eren")  # taperen, summeren: a Dutch verb on -eren
        and klein.isalpha()
        and not _in_lexicon(klein)
        and _op_engelse_stam(klein[:-2], klein)
        and not _nederlands_meervoud(klein)
        and not _nederlandse_staart(klein, kop=4)
    )


@lru_cache(maxsize=WOORDMEMO)
def gedeelde_infinitief(klein: str) -> bool:
    """Whether a form on -en that no Dutch list has is the infinitive of a verb on an
    English stem that Dutch shares but whose verb it hardly uses (prompten, skippen):
    English where it stands as an infinitive (see :func:`_als_infinitief`), since
    elsewhere such a form is as often a Dutch plural (exporten)."""
    if len(klein) < 6 or not klein.endswith("en") or not klein.isalpha() or _in_lexicon(klein):
        return False
    stam = klein[:-2]
    if stam.endswith("er") or _zonder_trema(klein):
        return False  # orderen, filteren: a Dutch verb on -eren
    if is_nederlands(klein):
        # a Dutch compound, unless its stem is an English one (doomscroll-en), and it
        # does not start with a Dutch word or listed loan (sport + spullen); or a stem
        # English as a whole (resell-en, upsell-en) where the word is no Dutch plural
        # (autopiloten: autopiloot)
        if _op_engelse_stam(stam, klein) and not _nederlands_meervoud(klein):
            return True
        return _engelse_stamsamenstelling(stam) and not any(
            _in_lexicon(klein[i:])
            and _in_lexicon(kop := klein[:i].removesuffix("s"))
            and (not _waarde(kop) or kop in _leenwoorden())
            for i in range(3, len(klein) - 3)
        )
    stammen = [stam, stam + "e"]
    if stam[-1] == stam[-2]:
        stammen.append(stam[:-1])
    if any(engels in _leenwoorden() for engels in stammen):
        return False  # touren: on a listed loan (tour) the verb is Dutch too
    return any(
        len(engels) >= 4
        and (_waarde(engels) or _engelse_stamsamenstelling(engels))  # daytrade-n
        and not _ingeburgerd_werkwoord(engels)
        and not _leenwerkwoord(engels, klein)
        for engels in stammen
    )


@lru_cache(maxsize=WOORDMEMO)
def ongelijste_infinitief(klein: str) -> bool:
    """Whether a form on -en that the Dutch lexicon lists, but the Dutch verb tables know
    as no verb form, is the infinitive of an English verb (scripten, spammen, designen):
    its stem (also with a silent e or without a doubled consonant) is an English verb of
    the table (any value, four letters or more, with an -ing or -ed form there) that is
    no listed loan and on which Dutch uses no verb (:func:`_ingeburgerd_werkwoord`). The
    lexicon lists such forms as plurals as often (supplementen, diagrammen), so they
    count only right in an infinitive's place (see :func:`_als_infinitief` with
    ``streng``)."""
    if (
        len(klein) < 6
        or not klein.endswith("en")
        or klein.endswith("eren")
        or not klein.isalpha()
        or not _in_lexicon(klein)
        or frequentie(klein) >= INGEBURGERD_WERKWOORD
        or lexicon().paradigma_nummer(klein, verleden=False) != GEEN
    ):
        return False
    stam = klein[:-2]
    stammen = [stam, stam + "e"]
    if len(stam) > 4 and stam[-1] == stam[-2]:
        stammen.append(stam[:-1])
    return any(
        len(engels) >= 4
        and _waarde(engels)
        and (engels != stam + "e" or _waarde(engels) == ENGELS)  # lik + e: plainly English
        and engels not in _leenwoorden()
        and _engels_werkwoord_in_tabel(engels)
        and not _ingeburgerd_werkwoord(engels)
        and not _leenwerkwoord(engels, klein)
        for engels in stammen
    )


_VOOR_INFINITIEF = frozenset(
    """te gaan ga gaat ging gingen leren leer leert leerde leerden wil wilt wilde wilden
    willen wou kan kun kunt kon konden kunnen moet moest moesten moeten mag mocht
    mochten mogen zal zou zouden zullen blijf blijft bleef bleven blijven lekker""".split()
)
"""Words after which a verb stands as an infinitive (gaan chillen, wilde liken, bleef
levelen); with 'aan het' and 'te' (zat te chillen)."""


_DIRECT_VOOR_INFINITIEF = frozenset({"even"})
"""Words right after which a verb stands as an infinitive ("Even chillen"): only right
before it, since further off 'even' is an adverb of the sentence (even later)."""

_MEERVOUDSONDERWERP = frozenset({"we", "wij", "jullie", "ze", "zij"})
"""Plural subject pronouns: a form on -en right after one is a verb (ze spammen)."""

_INFINITIEF_BEREIK = 6
"""How many words before an infinitive its verb may stand (wilde de foto van haar liken)."""


def _als_infinitief(doc: Document, k: int, streng: bool = False) -> bool:
    """Whether token ``k`` stands in a verb's place: after 'aan het', right after a plural
    subject pronoun (ze chillen: a plural noun does not follow one) or 'even' (even
    chillen), or up to
    :data:`_INFINITIEF_BEREIK` words after a word of :data:`_VOOR_INFINITIEF`, in the same
    sentence (gingen chillen, wilde de foto liken). ``streng``: right after such a word
    (wilde scripten); after a plural pronoun, but not after 'jullie', which is a
    possessive too (jullie diagrammen), nor after one that is an object
    (:func:`_na_persoonsvorm`: gaf ze diagrammen); further on only at the end of a
    clause, where Dutch puts the infinitive, and after a verb (wilde kleding designen;
    not 'moest de diagrammen bekijken', 'te veel supplementen')."""
    tokens = doc.tokens
    zin = tokens[k].zin
    if k >= 2 and tokens[k - 1].tekst.lower() == "het" and tokens[k - 2].tekst.lower() == "aan":
        return tokens[k - 2].zin == zin
    if k >= 1 and tokens[k - 1].zin == zin:
        vorige = tokens[k - 1].tekst.lower()
        if streng and vorige in _VOOR_INFINITIEF:
            return True
        if vorige in _DIRECT_VOOR_INFINITIEF or (
            vorige in _MEERVOUDSONDERWERP
            and not (streng and (vorige == "jullie" or _na_persoonsvorm(doc, k - 1)))
        ):
            return True
    if streng and not _zinsdeel_eind(doc, k):
        return False
    for j in range(k - 1, max(-1, k - 1 - _INFINITIEF_BEREIK), -1):
        if tokens[j].zin != zin:
            return False
        vorige = tokens[j].tekst.lower()
        if vorige in _VOOR_INFINITIEF:
            return not streng or vorige not in _GEEN_WERKWOORD
    return False


def _na_persoonsvorm(doc: Document, k: int) -> bool:
    """Whether token ``k`` (a pronoun) follows, in its sentence, a finite verb that takes
    no infinitive (gaf ze, stuurde ze) or a subject pronoun (gaven we ze): there it is an
    object as often ('gaf ze supplementen'), and the word after it a noun."""
    if k == 0 or doc.tokens[k - 1].zin != doc.tokens[k].zin:
        return False
    tekst = doc.tokens[k - 1].tekst.lower()
    if tekst in _ONDERWERP_NA_WERKWOORD:
        return True  # gaven we ze: the subject stands before it
    return tekst not in _VOOR_INFINITIEF and bool(lexicon().vlag(tekst) & FINIET)


_GEEN_WERKWOORD = frozenset({"te", "lekker"})
"""Words of :data:`_VOOR_INFINITIEF` that are no verb: further off they are as often an
adverb of degree (te veel, lekker warm)."""


def _zinsdeel_eind(doc: Document, k: int) -> bool:
    """Whether token ``k`` ends its clause: the last of its sentence, or followed by a
    punctuation mark."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or tokens[k + 1].zin != tokens[k].zin:
        return True
    tussen = doc.tussen_in_tekst(tokens[k], tokens[k + 1])
    return any(not teken.isspace() for teken in tussen)


def _engelse_samenstelling(klein: str) -> bool:
    """Two English words of four letters or more run together, each either plainly English
    or no Dutch word at all: selfcare, mealprep (not linkshander: links is Dutch)."""
    for i in range(4, len(klein) - 3):
        kop, staart = klein[:i], klein[i:]
        if (
            _waarde(kop)
            and _waarde(staart)
            and (_is_engels(kop) or _is_engels(staart))
            and all(_is_engels(deel) or not is_gewoon_woord(deel) for deel in (kop, staart))
        ):
            return True
    return False


def _nederlands_deel(deel: str) -> bool:
    return len(deel) >= 4 and (is_gewoon_woord(deel) or is_samenstelling(deel))


def _nederlands_woord(deel: str) -> bool:
    """A Dutch lexicon word that is not plainly English (generator, not mindset)."""
    return len(deel) >= 3 and is_gewoon_woord(deel) and _waarde(deel) != ENGELS


def _nederlandse_splitsing(klein: str) -> bool:
    """Whether a compound splits into two Dutch words that are not plainly English (with
    the linking sounds s, e, en): then it is Dutch whatever else it contains."""
    for koppen, staart in _splitsingen(klein):
        if _nederlands_woord(staart) and any(_nederlands_woord(kop) for kop in koppen):
            return True
    return False


def _nederlands_meervoud(klein: str) -> bool:
    """Whether the word is the Dutch plural (-en, -s) of a word the Dutch lexicon has, with
    the spelling changes of Dutch plurals (bus: bussen; kanaal: kanalen): reactanten is
    reactant + en, not react + anten."""
    if klein.endswith("s") and _in_lexicon(klein[:-1]):
        return True
    if not klein.endswith("en") or len(klein) < 6:
        return False
    stam = klein[:-2]
    enkel = [stam]
    if stam[-1] == stam[-2]:
        enkel.append(stam[:-1])  # bussen: bus
    elif stam[-2] in "aeou" and stam[-3] not in _KLINKERS:
        enkel.append(stam[:-1] + stam[-2:])  # kanalen: kanaal
    return any(_in_lexicon(woord) for woord in enkel)


@cache
def _samenstellend() -> frozenset[str]:
    """English words that Dutch builds many compounds with (multi, business): see
    scripts/tabellen/engels.py."""
    return lees_woorden("engels/samenstellend.txt")


KLEIN_LID = 6
"""Letters from which a rare English word that Dutch lacks (table value ENGELS_KLEIN:
esports, onboarding) makes an English-Dutch compound; shorter ones are too often names
or pieces of Dutch words."""


def _engels_lid(deel: str, eerste: bool = False) -> bool:
    """A plainly English word that makes an English-Dutch compound: reported English (or,
    as the ``eerste`` part before a Dutch head, a rare English word Dutch lacks of
    :data:`KLEIN_LID` letters or more: esports-team; not as a head: links + hander), and
    not one that Dutch builds many compounds with itself (multi in multiprobleemgezin)."""
    waarde = _waarde(deel)
    return (
        waarde == ENGELS or (eerste and waarde == ENGELS_KLEIN and len(deel) >= KLEIN_LID)
    ) and deel not in _samenstellend()


_NEDERLANDSE_STAART = 5
"""Letters from which a plainly Dutch word ends a compound with a shared first part."""


def _gedeelde_kop(klein: str) -> bool:
    """Whether the word reads as a first part Dutch shares with English (meta, mega, or an
    English word Dutch builds many compounds with) before a plainly Dutch word of
    :data:`_NEDERLANDSE_STAART` letters or more (meta + probleem): a Dutch compound, however the
    letters can also be cut into English words (metaprob + leem)."""
    return any(
        (_waarde(kop := klein[:i]) == AANSLUITEND or kop in _samenstellend())
        and _zuiver_nederlands(klein[i:])
        for i in range(3, len(klein) - _NEDERLANDSE_STAART + 1)
    )


_EREN_VORMEN = ("erende", "erenden", "erend", "eerde", "eerden", "eert", "ering", "eringen")
"""Endings of the forms of Dutch verbs on -eren and their nouns (dispenserende,
registreerde, balancering): such a word is a verb form or its noun, not an English word
and a Dutch one run together."""


@lru_cache(maxsize=WOORDMEMO)
def _meervoud_van_gemengde(klein: str) -> bool:
    """The Dutch plural in 's or -s of a compound of :func:`gemengde_samenstelling`
    (unboxingfilmpjes, challengevideo's): the singular decides."""
    for uitgang in ("'s", "s"):
        enkel = klein.removesuffix(uitgang)
        if enkel != klein and gemengde_samenstelling(enkel):
            return True
    return False


@lru_cache(maxsize=WOORDMEMO)
def gemengde_samenstelling(klein: str) -> bool:
    """A closed compound of a plainly English word (five letters or more) and a Dutch
    word, in either order: mindsettraining, challengeweek, socialmediagebruik,
    gamechallenge; also an English -ing word no list has before a Dutch word
    (unboxingfilmpje), or two English words run together before a Dutch word
    (feelgoodliedje). The guideline marks such a word whole, as it does mindset-training.
    Compounds the Dutch lexicon lists are Dutch."""
    if not 9 <= len(klein) <= MAX_WOORD or not klein.isalpha() or _in_lexicon(klein):
        return False
    if klein.endswith(_EREN_VORMEN):
        return False  # dispenserende: a form of a Dutch verb on -eren (dispense + rende)
    # Only where an English word can start or end the word at all (engels/randen.bin).
    randen = lees_woordtabel("engels/randen.bin")
    gevonden = (
        "<" + klein[:5] in randen
        and any(
            _engels_lid(klein[:i], eerste=True) and _nederlands_deel(klein[i:])
            for i in range(5, len(klein) - 3)
        )
    ) or (
        ">" + klein[-5:] in randen
        and any(
            _engels_lid(klein[i:]) and _nederlands_deel(klein[:i]) for i in range(4, len(klein) - 4)
        )
    )
    if not gevonden and "ing" in klein:  # an English -ing word first: unboxingfilmpje
        gevonden = any(
            klein.endswith("ing", 0, i)
            and not _in_lexicon(klein[:i])
            and _engelse_afleiding(klein[:i])
            and _nederlands_deel(klein[i:])
            for i in range(6, len(klein) - 3)
        )
    if not gevonden and any(_waarde(klein[:j]) for j in range(4, 9)):
        # two English words run together first: feelgoodliedje (feel + good + liedje)
        gevonden = any(
            _nederlands_deel(klein[i:])
            and not _in_lexicon(klein[:i])
            and _engelse_samenstelling(klein[:i])
            for i in range(8, len(klein) - 3)
        )
    # generator + ruimte: a Dutch reading exists (not gener + atorruimte)
    return (
        gevonden
        and not _nederlandse_splitsing(klein)
        and not _gedeelde_kop(klein)
        and not _nederlands_meervoud(klein)
    )


def engelse_werkwoordsvorm(klein: str) -> bool:
    """Whether a lower-case word is a Dutch verb form on an English verb stem that Dutch
    hardly uses as a verb (gegrind, gedipt, gezipt), listed or not in the Dutch word
    list: ``engels/werkwoordsvormen.bin``, judged per form from English and Dutch word
    frequencies (see scripts/tabellen/engels.py). A form on -en without ge- counts only in
    an infinitive's place (class ENGELS_ALS_WERKWOORD)."""
    return klein in lees_woordtabel("engels/werkwoordsvormen.bin")


@lru_cache(maxsize=WOORDMEMO)
def _klasse(klein: str) -> int:
    """ENGELS, AANSLUITEND or 0 for a lower-case token (hyphenated compounds whole)."""
    if klein in _SAMENTREKKINGEN:
        return ENGELS
    waarde = _waarde(klein)
    if not waarde and engelse_vorm(klein):
        return ENGELS_ALLEEN if _engels_werkwoord(klein) else ENGELS
    if not waarde and (gemengde_samenstelling(klein) or _meervoud_van_gemengde(klein)):
        return ENGELS_ALLEEN
    if not waarde and engelse_stam_infinitief(klein):
        return ENGELS_ALLEEN
    if (
        not waarde
        and klein.endswith("en")
        and (
            (engelse_infinitief(klein) or ongelijste_infinitief(klein))
            if _in_lexicon(klein)
            else gedeelde_infinitief(klein)
        )
    ):
        return ENGELS_ALS_WERKWOORD
    if not waarde and engelse_werkwoordsvorm(klein):
        # bulk-en, rush-en: an -en form waits for an infinitive's place (a plural as often)
        return ENGELS_ALS_WERKWOORD if klein[-2:] == "en" and klein[:2] != "ge" else ENGELS_ALLEEN
    if not waarde and alleen_engels(klein):
        return ENGELS_KLEIN
    if waarde in (0, AANSLUITEND) and engels_woordpaar(klein):
        return ENGELS
    if waarde or "-" not in klein:
        return waarde
    delen = [d for d in klein.split("-") if d]
    klassen = [_waarde(d) for d in delen]
    if _in_lexicon(klein):  # make-up, stand-by: a hyphenated word the Dutch list has
        return AANSLUITEND if all(klassen) else 0
    if ENGELS in klassen or ENGELS_KLEIN in klassen:
        return ENGELS
    if _zwak_met_streepje(klein, delen) or _engels_deel_met_streepje(delen):
        return ENGELS
    if any(
        len(d) >= 5 and not k and _klasse(d) in (ENGELS, ENGELS_ALLEEN)
        for d, k in zip(delen, klassen, strict=True)
    ):
        return ENGELS  # cross-docken, feelgood-lied: a part that is English by its form
    if klassen and all(klassen) and _engelse_delen_met_streepje(delen):
        return ENGELS  # detox-smoothies: English words only, one of them no Dutch word
    return AANSLUITEND if klassen and all(klassen) else 0


def _engelse_delen_met_streepje(delen: list[str]) -> bool:
    """Whether the parts of a hyphenated word that the Dutch list lacks, all words of the
    English table, include one of three letters or more that no Dutch list has (smoothies
    in detox-smoothies): an English compound written the English way. Dutch writes a
    compound of loans closed unless two vowels meet (data-analyse), so those are left alone,
    as are words whose parts Dutch all has (team-training: a loan compound)."""
    if _klinkers_botsen(delen):
        return False
    return any(len(deel) >= 3 and deel.isalpha() and not is_nederlands(deel) for deel in delen)


def alleen_engels(klein: str) -> bool:
    """Whether a lower-case word that no list of the table holds is one that only English
    text uses (obby, loadout, highkey: ``engels/alleen_engels.bin``, rare English words
    that wordfreq's Dutch list lacks and its lists of French, German, Spanish, Italian,
    Portuguese, Swedish and Polish lack or have far less often), and no Dutch word or
    compound. Reported in lower case only
    (ENGELS_KLEIN): many such words are names too. Whole words only: compounds are
    analysed with the main table."""
    return (
        len(klein) >= 4
        and klein.isalpha()
        and not _in_lexicon(klein)
        and klein in lees_woordtabel("engels/alleen_engels.bin")
        and not is_nederlands(klein)
    )


_KLINKERS = frozenset("aeiouy")


def _klinkers_botsen(delen: list[str]) -> bool:
    """Whether two vowels meet at a hyphen between ``delen`` (data-analyse, aroma-olie):
    there Dutch spelling writes a hyphen in any compound, so it says nothing about English."""
    return any(
        links[-1] in _KLINKERS and rechts[0] in _KLINKERS for links, rechts in pairwise(delen)
    )


def _zwak_met_streepje(klein: str, delen: list[str]) -> bool:
    """A hyphenated word with a weak loan (:func:`_zwak_leenwoord`) or a shared word far
    more English than Dutch (STERK_GEDEELD) with Dutch words as the other parts:
    skate-crew, loot-kist, screen-regels. Dutch spelling writes a compound closed unless
    two vowels meet (aroma-olie, where aroma is international rather than English), so
    those are left alone, as is a plural of a word the Dutch list has (post-its)."""
    if _in_lexicon(klein.removesuffix("s")):
        return False
    if _klinkers_botsen(delen):
        return False
    if any(_zwak_leenwoord(deel) for deel in delen):
        return True
    # a shared word far more English than Dutch, with Dutch words only (screen-regels; not
    # check-in: an English particle; not win-win: no Dutch word at all)
    sterk = [engelse_waarde(deel) == STERK_GEDEELD for deel in delen]
    return (
        any(sterk)
        and not all(sterk)  # win-win: no Dutch word to join
        and all(s or _nederlands_deel(deel) for s, deel in zip(sterk, delen, strict=True))
    )


ZELDZAAM_SAMENGESTELD = 2.0
"""Dutch Zipf below which Dutch hardly uses a word of two English words run together
(cooldown 1.4, voicechat 0.0; not pacemaker 2.8, callcenter 3.0)."""


def _twee_engelse_woorden(deel: str, kort: int = 4) -> bool:
    """Whether a word splits into two English words of the table (any value, ``kort``
    letters or more each), at least one of them plainly English: cool + down, voice + chat,
    eye + gaze. Dutch lists some of these (cooldown); alone they stay as they are."""
    return any(
        (kop := _waarde(deel[:i])) and (staart := _waarde(deel[i:])) and ENGELS in (kop, staart)
        for i in range(kort, len(deel) - kort + 1)
    )


_WOORDPAAR_DELEN = frozenset({ENGELS, AANSLUITEND, ENGELS_IN_CITAAT, ZWAK_LEENWOORD, STERK_GEDEELD})
"""Table values of a part of a closed word of two English words (not ENGELS_KLEIN: rare
words and names of the wordfreq list cut too many Dutch words: demar + rages)."""
_KORT_DEEL = frozenset({ENGELS, ZWAK_LEENWOORD, STERK_GEDEELD})
"""Table values a part of three letters must have (air, car; not nav in navrant, inn in
innings: short shared words cut too many words)."""

WOORDPAAR_LENGTE = 7
"""Letters from which a closed word of two English words is judged (cooldown, airside)."""


@lru_cache(maxsize=WOORDMEMO)
def engels_woordpaar(klein: str) -> bool:
    """Whether a word is a closed word of two English words (:func:`woordpaar_vorm`) that is
    no Dutch coinage: not one of ``engels/nederlandse_paren.txt``, the words of the Dutch
    list of that form that Dutch text uses and English text does not (blocnote,
    drugtest, researchteam; built by scripts/tabellen/engels.py from wordfreq)."""
    return woordpaar_vorm(klein) and klein not in _nederlandse_paren()


@cache
def _nederlandse_paren() -> frozenset[str]:
    return lees_woorden("engels/nederlandse_paren.txt")


@lru_cache(maxsize=WOORDMEMO)
def woordpaar_vorm(klein: str) -> bool:
    """A closed word of two English words of the table (three letters or more each), one of
    them plainly English (reported alone), that Dutch hardly uses (Dutch Zipf below
    :data:`ZELDZAAM_SAMENGESTELD`, whether the lexicon lists it or not): cooldown,
    voicechat, airside, thumbnail. Dutch words written like English ones (hand, door, man)
    have no value in the table, so a Dutch compound of them is no such pair; nor is a word
    that also splits into two Dutch words not plainly English (pool + beer, amusement + s +
    concern: :func:`_nederlandse_splitsing`) or into a Dutch word with no English reading
    and another (:func:`_nederlandse_lezing`), nor a listed loan. One part may be a listed
    loan (cool, chat): the other is plainly English."""
    if (
        not WOORDPAAR_LENGTE <= len(klein) <= MAX_WOORD
        or not klein.isalpha()
        or klein in _leenwoorden()
        or frequentie(klein) >= ZELDZAAM_SAMENGESTELD
    ):
        return False
    if klein.endswith(_EREN_VORMEN) or lexicon().vlag(klein):
        return False  # a Dutch verb form (balancering, drummend, bubbelt)
    # In a word the Dutch lists have (cooldown, voicechat) both parts have four letters or
    # more and each is plainly English or a listed loan: the lists hold many Dutch
    # derivations of French and Latin words whose letters an English word can cut
    # (inspect + rice, accord + eons). A part of three letters only in a word Dutch has in
    # no form (airside, carmeet).
    nederlands = _in_lexicon(klein) or is_nederlands(klein)
    kort = 4 if nederlands else 3
    leen = _leenwoorden()
    if not any(
        (kop := engelse_waarde(klein[:i])) in _WOORDPAAR_DELEN
        and (staart := engelse_waarde(klein[i:])) in _WOORDPAAR_DELEN
        and ENGELS in (kop, staart)
        and (i > 3 or kop in _KORT_DEEL)
        and (len(klein) - i > 3 or staart in _KORT_DEEL)
        and (
            not nederlands
            or ((kop == ENGELS or klein[:i] in leen) and (staart == ENGELS or klein[i:] in leen))
        )
        for i in range(kort, len(klein) - kort + 1)
    ):
        return False
    if any(
        len(basis := klein[: -len(uitgang)]) >= WOORDPAAR_LENGTE - 2
        and klein.endswith(uitgang)
        and _in_lexicon(basis)
        and not woordpaar_vorm(basis)
        for uitgang in _NEDERLANDSE_UITGANGEN
    ):
        return False  # an inflected Dutch word (richtig-er, emotioneel-s, adviseuse-s)
    return not _nederlandse_splitsing(klein) and not _nederlandse_lezing(klein)


_NEDERLANDSE_UITGANGEN = ("s", "e", "en", "er", "es", "end", "ende", "st", "ste")
"""Dutch inflectional endings: a word that is one on a Dutch lexicon word which is no
English pair itself is that word inflected (triestig-er), not an English pair (cooldown-s
stays one)."""


STREEPJE_SAMENGESTELD = 7
"""Letters from which a hyphenated part of two English words run together (three letters
or more each: eye + gaze in eyegaze-camera) is judged as one English word."""


def _engels_deel_met_streepje(delen: list[str]) -> bool:
    """A hyphenated word of Dutch words and one part of two English words run together
    (cooldown-kamer, voicechat-regels): the hyphen sets the English compound apart, as
    in mindset-training. Only where Dutch hardly uses the English part
    (:data:`ZELDZAAM_SAMENGESTELD`: not pacemaker-plus), not where two vowels meet at the
    hyphen (Dutch spelling puts a hyphen there anyway), and not where the English part is
    a listed loan or also splits into two Dutch words (:func:`_nederlandse_splitsing`)."""
    if len(delen) < 2:
        return False
    if _klinkers_botsen(delen):
        return False
    engels = [
        len(deel) >= STREEPJE_SAMENGESTELD
        and not _waarde(deel)
        and frequentie(deel) < ZELDZAAM_SAMENGESTELD
        and deel not in _leenwoorden()
        and _twee_engelse_woorden(deel, kort=3)
        and not _nederlandse_splitsing(deel)
        for deel in delen
    ]
    return sum(engels) == 1 and all(
        e or _nederlands_deel(deel) for e, deel in zip(engels, delen, strict=True)
    )


_BRUGWOORDEN = frozenset({"of", "in"})
"""Words that are Dutch and English alike and may link two English words in a phrase."""


def _normaal(tekst: str) -> str:
    return tekst.lower().replace("’", "'")


_NOOIT, _KLEIN, _HOOFD, _AFKORTING = 0, 1, 2, 3
"""What the text says about judging a token: never (digits, acronyms), a word in lower
case, a capitalised word (judged only at the start of a sentence or in a heading, since
mid-sentence a capital means a name or brand), or an English abbreviation in capitals
(OMG, IDK, AFK: always English)."""

_AFKORTING_RE = re.compile(r"([A-Z]{2,5})(?:['’]?s|-[a-zà-ÿ]+(?:['’]s)?)?")
"""An abbreviation in capitals, with a plural -s or as the first part of a hyphenated
compound (FOMO-gevoel, OMG-moment: the guideline marks such a compound whole)."""


@cache
def _engelse_afkortingen() -> frozenset[str]:
    return lees_woorden("engels/afkortingen.txt")


def engelse_afkorting(tekst: str) -> bool:
    """Whether a token in capitals is an English chat or gaming abbreviation (OMG, IDK,
    AFK, with a plural -s, also before a hyphen: FOMO-gevoel). A closed class, so a
    list: the frequency table cannot tell
    these from organisations written in capitals (BCG, HMS), which wordfreq lowercases."""
    m = _AFKORTING_RE.fullmatch(tekst)
    return m is not None and m.group(1) in _engelse_afkortingen()


_MELDBAAR = (ENGELS, ENGELS_ALLEEN, ENGELS_IN_CITAAT, ENGELS_ALS_WERKWOORD)
"""Classes that can make a run report something (the others only join a neighbour)."""


@lru_cache(maxsize=WOORDMEMO)
def _vorm(tekst: str) -> tuple[str, int]:
    """The normalised text of a token and whether it is judged (_NOOIT, _KLEIN, _HOOFD).
    Cached: a story repeats its words."""
    klein = _normaal(tekst)
    if len(tekst) > MAX_WOORD or any(c.isdigit() for c in tekst) or not tekst[0].isalpha():
        return klein, _NOOIT
    if any(deel.isupper() and len(deel) > 1 for deel in tekst.split("-")):
        if engelse_afkorting(tekst):
            return klein, _AFKORTING
        return klein, _NOOIT  # acronyms (and LOB-traject) belong to vaktaal
    return klein, _HOOFD if tekst[0].isupper() else _KLEIN


@lru_cache(maxsize=WOORDMEMO)
def _woordklasse(tekst: str) -> int:
    """The class of a judged token (in its place), with the adjustments that need only the
    text; ``ENGELS_IN_CITAAT`` is left for the caller, which knows the quote and the run.
    Cached per distinct text."""
    if tekst[0].isupper() and tekst in lees_woordtabel("namen/voornamen.bin"):
        return 0  # Harm, Guy, Will: names are for the naam rule
    klein = _normaal(tekst)
    klasse = _klasse(klein)
    if klasse == ENGELS_KLEIN:
        return ENGELS if tekst.islower() else 0
    if klasse == ENGELS_IN_CITAAT:
        return klasse
    if (
        klasse
        and not tekst.islower()
        and (engelse_vorm(klein) or engelse_stam_infinitief(klein))
        and _bekende_naam(tekst)
    ):
        return 0  # a capitalised word English only by its form (Egypte, Boogerd, Angeren)
    return klasse


def _bekende_naam(tekst: str) -> bool:
    """Whether a capitalised word is a name the lists know: a proper noun of the lexicon
    (Egypte), a first name or surname (Boogerd) or a place (Angeren). Other capitalised
    words that are English by their form (Resellen at a sentence start) keep their class;
    the text decides whether they are used as a name (:func:`_als_naam`)."""
    return is_eigennaam(tekst) or is_voornaam(tekst) or is_achternaam(tekst) or is_plaats(tekst)


@lru_cache(maxsize=WOORDMEMO)
def _kan_engels(tekst: str) -> int:
    """Whether a token with this text can make its run report something: 1 wherever it
    stands (an English word or the start of a fixed phrase), 2 only in its place (a
    capitalised word, see :func:`_hoofdwoord_telt`), 0 never. A run without such a token
    (or a word of the user's own) reports nothing: the other words only join a reported
    neighbour. Cached per distinct text."""
    klein, soort = _vorm(tekst)
    if _zinnen().kan_beginnen(klein):
        return 1
    if soort == _HOOFD:
        return 2
    if soort == _AFKORTING:
        return 1
    if soort == _KLEIN and engelse_waarde(klein) == STERK_GEDEELD:
        return 1  # can carry a phrase with a shared neighbour (brand deal)
    return 1 if soort == _KLEIN and _woordklasse(tekst) in _MELDBAAR else 0


_INITIAALWOORD = re.compile(r"(?:^|[^\w.])(?:\w\.){2,}\s*$")
"""Text that ends in an initialism written with dots (A.B.C., U.S.), before a word."""


def _op_zijn_plaats(doc: Document, token: Token) -> bool:
    """Whether a capitalised word is judged here: at a sentence start or in a heading. A
    word right after an initialism with dots (A.B.C. Awesome) does not start a sentence:
    it goes on the name or brand the initialism starts."""
    if in_kop(doc, token):
        return True
    return token.zinsbegin and not _INITIAALWOORD.search(
        doc.tekst, max(0, token.start - 20), token.start
    )


def _hoofdwoord_telt(doc: Document, token: Token) -> bool:
    """Whether a capitalised word can make its run report something here."""
    return _op_zijn_plaats(doc, token) and _woordklasse(token.tekst) in _MELDBAAR


_ONDERWERP_NA_WERKWOORD = frozenset("ik jij hij zij we wij men jullie".split())
"""After a sentence-initial word and a verb these show inversion ('Weird vond hij het
niet'): the first word is then no subject, so no person's name. Only pronouns that are
always a subject: after 'ze', 'je', 'het' or 'er' the first word is as often a name with
an object after the verb ('Sky had het moeilijk', 'River zag ze niet')."""


def _namen_midden_in_zin(doc: Document) -> frozenset[str]:
    """Capitalised words that the text also uses inside a sentence (not after a colon,
    bracket or quote): there a capital marks a name ('zei River')."""
    tokens = doc.tokens
    return frozenset(
        t.tekst
        for i, t in enumerate(tokens)
        if t.tekst[:1].isupper()
        and not t.tekst.isupper()
        and not in_kop(doc, t)
        and not naam._zinsbegin(doc, tokens, i)
    )


def _als_naam(doc: Document, i: int, midden: frozenset[str]) -> bool:
    """Whether a capitalised English word at a sentence start (or in a heading) is used
    as a person's name (River, Sunny): the text uses it with a capital inside a sentence
    too, or it stands as the subject before a verb (the naam rule's test), not inverted,
    and it is not the plural of a plainly English noun (Views, Skills).
    Words of the alternatives table (Mindset, Skills) are English jargon, never names."""
    token = doc.tokens[i]
    if _normaal(token.tekst) in _alternatieven():
        return False
    if token.tekst in midden:
        return True
    klein = _normaal(token.tekst)
    if klein.endswith("s") and engelse_waarde(klein) == engelse_waarde(klein[:-1]) == ENGELS:
        return False  # "Views zeggen niets": the plural of an English noun, no name
    if (
        in_kop(doc, token)
        or not token.tekst.isalpha()
        or not naam._als_onderwerp(doc, doc.tokens, i)
        or _woordklasse(doc.tokens[i + 1].tekst) in (ENGELS, ENGELS_ALLEEN, AANSLUITEND)
        or not _na_onderwerp(doc, i)
    ):
        return False  # "That's not fair": an English sentence, no name
    na = doc.tokens[i + 2] if i + 2 < len(doc.tokens) else None
    return na is None or na.zin != token.zin or na.tekst.lower() not in _ONDERWERP_NA_WERKWOORD


_NAAST_NAAM = frozenset({"en", "of"})
"""Words that join a name to another subject (River en Sky liepen)."""


def _na_onderwerp(doc: Document, i: int) -> bool:
    """Whether what follows a capitalised word at a sentence start fits a subject: a
    comma, a word joining another subject ('en', 'of') or a finite verb form of the Dutch
    verb tables (Sky had, River keek). A name does not stand before any other lower-case
    word ('Infill te laag': an English noun)."""
    tokens = doc.tokens
    volgende = tokens[i + 1]
    if doc.tussen(tokens[i], volgende).strip() == ",":
        return True
    tekst = volgende.tekst
    return tekst in _NAAST_NAAM or bool(lexicon().vlag(tekst) & FINIET)


def _klassen(
    doc: Document, reeks: list[Token], extra: set[str], toegestaan: set[str]
) -> tuple[list[int], list[str]]:
    """The class of every token of a run (-1 for an allowed word: never reported, never
    joins), and the normalised words."""
    klassen: list[int] = []
    woorden: list[str] = []
    for token in reeks:
        klein, soort = _vorm(token.tekst)
        woorden.append(klein)
        if klein in toegestaan:
            klasse = -1
        elif klein in extra or soort == _AFKORTING:
            klasse = ENGELS
        elif soort == _NOOIT or (soort == _HOOFD and not _op_zijn_plaats(doc, token)):
            klasse = 0
        else:
            klasse = _woordklasse(token.tekst)
            if klasse == ENGELS_ALS_WERKWOORD:
                klasse = ENGELS_ALLEEN  # out of place it is among the ``namen``
        klassen.append(klasse)
    dragers = [
        k == ENGELS_IN_CITAAT
        or (
            k == AANSLUITEND
            and t.tekst.islower()
            and engelse_waarde(w) == STERK_GEDEELD
            and not lexicon().vlag(w) & (VT_EV | VT_MV)  # bitten: a past tense of bijten
        )
        for t, k, w in zip(reeks, klassen, woorden, strict=True)
    ]
    if any(dragers):
        paar = [
            _engelse_buur(reeks, klassen, woorden, k) if d else False for k, d in enumerate(dragers)
        ]
        for k, klasse in enumerate(klassen):
            if paar[k]:
                klassen[k] = ENGELS
            elif klasse == ENGELS_IN_CITAAT:
                klassen[k] = ENGELS if reeks[k].citaat and len(reeks) == 1 else AANSLUITEND
    return klassen, woorden


def _engelse_buur(reeks: list[Token], klassen: list[int], woorden: list[str], k: int) -> bool:
    """Whether a word that carries a phrase (a frequent English word that Dutch has only as
    a rare form: time; a shared word far more English than Dutch: deal, base) stands
    right next to another shared English word of the table in lower case (screen time,
    brand deal, fan base): together they are an English phrase. Not two integrated loans
    of the list (team training), unless both are far more English than Dutch (fit check:
    two loans that Dutch uses mostly alone)."""
    leen = _leenwoorden()
    return any(
        0 <= j < len(reeks)
        and klassen[j] in (AANSLUITEND, ENGELS_IN_CITAAT)
        and reeks[j].tekst.islower()
        and len(woorden[j]) >= 3
        and not (
            woorden[j] in leen
            and woorden[k] in leen
            and not engelse_waarde(woorden[j]) == engelse_waarde(woorden[k]) == STERK_GEDEELD
        )
        for j in (k - 1, k + 1)
    )


_NAAMBRUG = 2
"""How many short lower-case words a title or name in Title Case may hold between two of
its capitalised words (History of the Sciences, Keller and Price)."""
_NAAMBRUG_LENGTE = 4
"""The longest such word: function words (the, and, of, for, by, his)."""


def _naambrug(doc: Document, k: int, stap: int) -> int:
    """How many short lower-case words from token ``k`` (itself included) lead in
    direction ``stap`` to a capitalised word inside the sentence (a capital there marks a
    name), separated by spaces only; -1 when none does."""
    tokens = doc.tokens
    j, korte = k, 0
    while 0 <= j < len(tokens):
        tekst = tokens[j].tekst
        if j != k:
            links, rechts = (
                (tokens[j], tokens[j - stap]) if stap < 0 else (tokens[j - 1], tokens[j])
            )
            tussen = doc.tussen_in_tekst(links, rechts)
            if (
                tokens[j].zin != tokens[k].zin
                or (tussen and not tussen.isspace())
                or "\n" in tussen
            ):
                return -1
            if tekst[:1].isupper():
                return -1 if naam._zinsbegin(doc, tokens, j) else korte
        if not tekst.islower() or len(tekst) > _NAAMBRUG_LENGTE or korte == _NAAMBRUG:
            return -1
        korte += 1
        j += stap
    return -1


def _in_eigennaam(doc: Document, k: int) -> bool:
    """Whether a short lower-case word stands between two capitalised words inside a
    sentence, with at most :data:`_NAAMBRUG` such words in all: a function word of a title
    or name in Title Case ("Philosophy of the Inductive Sciences", "Keller and Price"),
    no English of the writer's own."""
    links = _naambrug(doc, k, -1)
    if links < 0:
        return False
    rechts = _naambrug(doc, k, 1)
    return rechts >= 0 and links + rechts - 1 <= _NAAMBRUG


def _afgebroken(doc: Document, k: int) -> bool:
    """Whether a token is the rest of a word broken off with a hyphen at a line end or a
    page edge ("leer- lingen", "post- its"): after a hyphen that sticks to the word before
    it and is followed by white space (:meth:`Document.los_streepje`). Such a piece is no
    word of its own."""
    if k == 0:
        return False
    return doc.los_streepje(doc.tokens[k - 1])


def _eerste_deel(doc: Document, k: int) -> bool:
    """Whether a token is the first part of a compound whose hyphen stands for a part left
    out or broken off ("wissels- en omslagpunt"), made of a Dutch word with no English
    reading and a linking s: Dutch, whatever English the letters could hold."""
    token = doc.tokens[k]
    klein = _normaal(token.tekst)
    return klein.endswith("s") and _zuiver_nederlands(klein[:-1]) and doc.los_streepje(token)


_ADRESTEKENS = frozenset("./@")
"""Characters that make the word right after them part of a file name or an address."""


def vind_engels(
    doc: Document, extra: Iterable[str] = (), toegestaan: Iterable[str] = ()
) -> Iterator[tuple[int, int, str | None]]:
    """Yield (start, end, suggestion) of English words and phrases in the document."""
    extra_set = {_normaal(w) for w in extra}
    toegestaan_set = {_normaal(w) for w in toegestaan}
    # Only runs with a token that can make them report something are judged.
    tokens = doc.tokens
    kansen = list(map(_kan_engels, doc.woorden))
    kandidaten = [
        k
        for k in compress(range(len(kansen)), kansen)
        if kansen[k] == 1 or _hoofdwoord_telt(doc, tokens[k])
    ]
    # Tokens that are no English here: a capitalised word used as a person's name, and a
    # lower-case school type ('het so', for the vaktaal rule), a file extension (.markdown).
    # Only candidates are judged.
    namen: set[int] = set()
    midden: frozenset[str] | None = None
    for k in kandidaten:
        tekst = tokens[k].tekst
        if tokens[k].start and doc.tekst[tokens[k].start - 1] in _ADRESTEKENS:
            namen.add(tokens[k].start)  # a file extension or address part: .markdown
            continue
        if tekst[0].isupper() and _vorm(tekst)[1] == _HOOFD:
            if midden is None:
                midden = _namen_midden_in_zin(doc)
            if _als_naam(doc, k, midden):
                namen.add(tokens[k].start)
        elif tekst.islower() and (
            vaktaal.schooltype_afkorting(doc, k)
            or _in_eigennaam(doc, k)
            or _afgebroken(doc, k)
            or _eerste_deel(doc, k)
        ):
            namen.add(tokens[k].start)
        if _woordklasse(tekst) == ENGELS_ALS_WERKWOORD and not (
            tekst.islower() and _als_infinitief(doc, k, streng=_alleen_direct(tekst))
        ):
            namen.add(tokens[k].start)  # a plural or a name: no infinitive here
    werkwoorden = _engelse_persoonsvormen(doc) + _engelse_naamwoorden(doc)
    if werkwoorden:
        kandidaten = sorted({*kandidaten, *werkwoorden})
    if extra_set:
        eigen = [k for k, t in enumerate(doc.tokens) if _normaal(t.tekst) in extra_set]
        kandidaten = sorted({*kandidaten, *eigen})
    if not kandidaten:
        return
    gedwongen = frozenset(tokens[k].start for k in werkwoorden)
    for reeks in doc.woordreeksen(kandidaten):
        yield from _engels_in_reeks(doc, reeks, extra_set, toegestaan_set, namen, gedwongen)


def _alleen_direct(tekst: str) -> bool:
    """Whether a form of class ENGELS_ALS_WERKWOORD counts only right in an infinitive's
    place: one of :func:`ongelijste_infinitief` alone (a listed plural as often)."""
    return _in_lexicon(tekst) and not engelse_infinitief(tekst)


_ONDERWERP_VOOR_PERSOONSVORM = _ONDERWERP_NA_WERKWOORD - {"jullie"}
"""Subject pronouns that stand before the finite verb at the start of a clause ('ik
manifest het'): those that are always a subject, but jullie, also a possessive ('jullie
team'), as are je, ze and haar."""

_ONDERWERP_GESCHREVEN = frozenset(
    vorm for w in _ONDERWERP_VOOR_PERSOONSVORM for vorm in (w, w.capitalize(), w.upper())
)
"""The pronouns as they are written (ik, Ik, IK): looked up without lowering each token."""

_VOOR_ZINSDEEL = frozenset(",:;\"'„“”‘’«»(")
"""Characters after which a clause starts ('zei ze, \"ik ...')."""


_NAAMWOORD_OPENERS = BEPALERS | frozenset("elke iedere geen alle".split())
"""Words that open a Dutch noun phrase (the determiners of :data:`BEPALERS` and the
quantifiers elke, iedere, geen, alle): a word right after one stands in a noun's place."""

_OPENERS_GESCHREVEN = frozenset(
    vorm for w in _NAAMWOORD_OPENERS for vorm in (w, w.capitalize(), w.upper())
)
"""The openers as they are written (de, De, DE): looked up without lowering each token."""


@lru_cache(maxsize=WOORDMEMO)
def _is_engels_naamwoord(tekst: str) -> bool:
    """Whether a token's text is, in lower case, an English noun Dutch has not made its
    own (``engels/naamwoorden.bin``: bodyguard, upgrade; see scripts/tabellen/engels.py)."""
    return tekst.islower() and tekst in lees_woordtabel("engels/naamwoorden.bin")


def _engelse_naamwoorden(doc: Document) -> list[int]:
    """Tokens of ``engels/naamwoorden.bin`` right after a word that opens a noun phrase
    (:data:`_NAAMWOORD_OPENERS`) in the same sentence, with only a space between: 'een
    upgrade', 'de bodyguard'. Dutch shares these words as loans, but English text uses them
    far more and Dutch neither inflects nor builds on them; in a noun's place they are
    English nouns a Dutch editor would replace. Only the word after an opener is looked
    up (the openers are found by a scan in C)."""
    tokens = doc.tokens
    laatste = len(tokens) - 1
    gevonden: list[int] = []
    for k in doc.indices(_OPENERS_GESCHREVEN.__contains__):
        if k == laatste:
            continue
        voor, token = tokens[k], tokens[k + 1]
        if (
            _is_engels_naamwoord(token.tekst)
            and voor.zin == token.zin
            and doc.tussen_in_tekst(voor, token) == " "
        ):
            gevonden.append(k + 1)
    return gevonden


def _engelse_persoonsvormen(doc: Document) -> list[int]:
    """Tokens in the finite verb's place right after a subject pronoun that starts a
    clause (ik, hij, we ...: at a sentence start or after a comma, colon or quote) that the
    Dutch verb tables know as no verb form at all, while the English table has the word
    and its -ing or -ed form, four letters or more, in lower case: 'ik manifest het' is
    an English verb in a Dutch sentence (Dutch has manifesteer). A Dutch sentence puts a
    finite verb there, so a word no Dutch verb has is no Dutch word in that place."""
    woorden = doc.woorden
    plekken = [
        k + 1 for k in doc.indices(_ONDERWERP_GESCHREVEN.__contains__) if k + 1 < len(woorden)
    ]
    if not plekken:
        return []
    tokens = doc.tokens
    gevonden: list[int] = []
    for k in plekken:
        token, onderwerp = tokens[k], tokens[k - 1]
        if token.zin != onderwerp.zin or not _is_persoonsvorm_kandidaat(token.tekst):
            continue
        voor = doc.tekst[: onderwerp.start].rstrip()
        if onderwerp.zinsbegin or (voor and voor[-1] in _VOOR_ZINSDEEL):
            gevonden.append(k)
    return gevonden


@lru_cache(maxsize=WOORDMEMO)
def _is_persoonsvorm_kandidaat(tekst: str) -> bool:
    """Whether a token's text can be an English verb in a Dutch finite verb's place (see
    :func:`_engelse_persoonsvormen`): lower case, letters only, four or more, in the
    English table with an -ing or -ed form, no Dutch verb form of the tables, and no stem of
    a verb Dutch has taken in (ik skate, ik stress: :func:`_ingeburgerd_werkwoord`)."""
    return (
        len(tekst) >= 4
        and tekst.isalpha()
        and tekst.islower()
        and bool(engelse_waarde(tekst))
        and not lexicon().vlag(tekst) & (FINIET | VOLTOOID)
        and _engels_werkwoord_in_tabel(tekst)
        and not _ingeburgerd_werkwoord(tekst)  # ik skate, ik stress: skaten, stressen
        and not _leenwerkwoord(tekst, tekst)
    )


def _engels_in_reeks(
    doc: Document,
    reeks: list[Token],
    extra_set: set[str],
    toegestaan_set: set[str],
    namen: Set[int] = frozenset(),
    gedwongen: Set[int] = frozenset(),
) -> Iterator[tuple[int, int, str | None]]:
    """The English words and phrases of one run of words (``namen``: starts of tokens that
    are never English here: a person's name, a school type; ``gedwongen``: starts of
    English verbs in a Dutch finite verb's place, reported alone)."""
    klassen, woorden = _klassen(doc, reeks, extra_set, toegestaan_set)
    if gedwongen:
        klassen = [
            ENGELS_ALLEEN if t.start in gedwongen and k in (0, AANSLUITEND) else k
            for t, k in zip(reeks, klassen, strict=True)
        ]
    if namen:
        klassen = [0 if t.start in namen else k for t, k in zip(reeks, klassen, strict=True)]
    # Fixed phrases from the alternatives table (of course, best friend).
    for begin, eind, term in _zinnen().zoek(woorden):
        if term not in toegestaan_set and all(k != -1 for k in klassen[begin:eind]):
            for k in range(begin, eind):
                klassen[k] = ENGELS
    if ENGELS not in klassen and ENGELS_ALLEEN not in klassen:
        return  # nothing to report in this run (most runs)
    # "of" and "in" join two English words: fear of missing out, all in one.
    for k in range(1, len(reeks) - 1):
        if (
            klassen[k] == 0
            and woorden[k] in _BRUGWOORDEN
            and klassen[k - 1] == ENGELS
            and klassen[k + 1] == ENGELS
        ):
            klassen[k] = AANSLUITEND
    alternatieven = _alternatieven()
    i = 0
    while i < len(reeks):
        if klassen[i] not in (ENGELS, ENGELS_ALLEEN):
            i += 1
            continue
        begin = i
        eind = i + 1
        if klassen[i] == ENGELS:
            while begin > 0 and klassen[begin - 1] in (ENGELS, AANSLUITEND):
                begin -= 1
            while eind < len(reeks) and klassen[eind] in (ENGELS, AANSLUITEND):
                eind += 1
        start, stop = reeks[begin].start, reeks[eind - 1].eind
        span = doc.tekst[start:stop]
        sleutel = " ".join(_normaal(t.tekst) for t in reeks[begin:eind])
        suggestie = alternatieven.get(sleutel)
        if suggestie is None and eind - begin == 1:
            suggestie = alternatieven.get(sleutel.rstrip("s"))
        if suggestie is not None and span[:1].isupper() and reeks[begin].zinsbegin:
            suggestie = suggestie[:1].upper() + suggestie[1:]
        yield start, stop, suggestie
        i = eind


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report English words and phrases, with a Dutch alternative where one is known."""
    for start, eind, suggestie in vind_engels(
        doc, opties.get("extra", []), opties.get("toegestaan", [])
    ):
        tekst = doc.tekst[start:eind]
        bericht = f"Engels: ‘{tekst}’. Schrijf het in gewoon Nederlands"
        bericht += f", bijvoorbeeld ‘{suggestie}’." if suggestie else "."
        yield Bevinding("engels", "fout", start, eind, tekst, bericht, suggestie)


REGEL = Regel(
    id="engels",
    titel="Geen Engelse woorden",
    beschrijving=(
        "Meldt Engelse woorden en uitdrukkingen die geen gewoon Nederlands zijn, zoals "
        "‘skills’, ‘mindset’ of ‘growth mindset’, ook in dialogen en in de titel. "
        "Ingeburgerde leenwoorden (computer, team, weekend, sorry, oké) blijven staan. "
        "Een uitdrukking van meer woorden telt als één melding; waar een gewoon Nederlands "
        "woord bestaat, staat dat erbij als suggestie."
    ),
    waarom=(
        "Een verhaal moet voor iedereen in en rond de school te volgen zijn: ouders, "
        "collega's en de leerling zelf. Engelse modewoorden maken het afstandelijk en "
        "klinken als een rapport in plaats van een verhaal. In gewoon Nederlands komt de "
        "boodschap dichterbij."
    ),
    ernst="fout",
    check=check,
    opties={
        "extra": Optie(list, [], "Extra woorden die je ook als Engels wilt laten melden."),
        "toegestaan": Optie(list, [], "Woorden die nooit gemeld worden (bijv. ‘feedback’)."),
    },
    voorbeelden=(
        Voorbeeld("Ze kreeg meer skills in de les.", ["skills"]),
        Voorbeeld("Hij werkte aan zijn growth mindset.", ["growth mindset"]),
        Voorbeeld("De mindset-training hielp hem.", ["mindset-training"]),
        Voorbeeld("„Dat was echt random,” zei ze.", ["random"]),
        Voorbeeld("Het was een echte challenge voor de klas.", ["challenge"]),
        Voorbeeld("Ze leerden over online safety.", ["online safety"]),
        Voorbeeld("Hij had weinig self-esteem.", ["self-esteem"]),
        Voorbeeld("# Een nieuwe Mindset\n\nHij liep naar huis.", ["Mindset"]),
        Voorbeeld("Ze bleef overthinken en deed niets aan selfcare.", ["overthinken", "selfcare"]),
        Voorbeeld("Ze zat in het weekend achter haar laptop.", []),
        Voorbeeld("Het team ging na de training naar de coach.", []),
        Voorbeeld("„Sorry,” zei hij. „Oké, ik stop.”", []),
        Voorbeeld("Hij had stress en keek naar de app op zijn telefoon.", []),
        Voorbeeld("Ze deden boodschappen bij Albert Heijn.", []),
        Voorbeeld("Hij at een zakje drop en had een rode room-taart.", []),
        Voorbeeld("Ze kwam 's ochtends te laat en de taken bleven liggen.", []),
        Voorbeeld("Ze kreeg veel feedback.", [], opties={"toegestaan": ["feedback"]}),
        Voorbeeld("Hij had een goede flow.", ["flow"]),
        Voorbeeld("Ze keek naar de vlogger.", ["vlogger"], opties={"extra": ["vlogger"]}),
        Voorbeeld("Het feest werd gecanceld; ze had de foto al geliket.", ["gecanceld", "geliket"]),
        Voorbeeld(
            "De mindsettraining viel in de challengeweek.", ["mindsettraining", "challengeweek"]
        ),
        Voorbeeld("Haar social-mediagebruik baarde zorgen.", ["social-mediagebruik"]),
        Voorbeeld("Sunny pakte haar tas. River keek haar na.", []),
        Voorbeeld("Ze was slim en zag een brand in de verte.", []),
        Voorbeeld("Hij had het gecheckt, gemaild en gepland.", []),
        Voorbeeld("„OMG,” typte ze. Hij was weer AFK.", ["OMG", "AFK"]),
        Voorbeeld("De FBI kwam in het nieuws van de NOS.", []),
        Voorbeeld(
            "Ze hield van speedruns en had geen deliverables.", ["speedruns", "deliverables"]
        ),
        Voorbeeld("Het onboarding-programma begon.", ["onboarding-programma"]),
        Voorbeeld("Ze bleef swipen.", ["swipen"]),
        Voorbeeld("Er zaten cytokinen in het bloed.", []),
        Voorbeeld("Ze wilde de foto niet liken.", ["liken"]),
        Voorbeeld("Ze bewaarde het als verhaal.markdown.", []),
        Voorbeeld("Dat was niet te laken; ze wilden de wallen verstoppen.", []),
        Voorbeeld("Hij schreef een review over de survival.", ["review", "survival"]),
        Voorbeeld("Hij had zijn spel niet gesaved.", ["gesaved"]),
        Voorbeeld("„Even liken,” zei ze.", ["liken"]),
        Voorbeeld("Ze werkte part time in de winkel.", ["part time"]),
        Voorbeeld("Followers kwamen vanzelf.", ["Followers"]),
        Voorbeeld("Het was een feelgoodmoment.", ["feelgoodmoment"]),
        Voorbeeld("Het was haar vaste selfcare-momentje.", ["selfcare-momentje"]),
        Voorbeeld("De skatecrews kwamen samen.", ["skatecrews"]),
        Voorbeeld("De doctrine bleef een privilege van de adel.", []),
        Voorbeeld("Het grind knerpte en de verf was gebladderd.", []),
        Voorbeeld("Ze was even stil en keek naar de algebra op het bord.", []),
        Voorbeeld("Thomas zei niets. Lucas keek op.", []),
        Voorbeeld("Hij wilde zijn oude spullen resellen.", ["resellen"]),
        Voorbeeld("Ze zat even in de cooldown-ruimte.", ["cooldown-ruimte"]),
        Voorbeeld("Hij verloor de finale en ragequitte meteen.", ["ragequitte"]),
        Voorbeeld("Het arrangementsbudget was al op.", []),
        Voorbeeld("Ze kocht ze goedkoop, resellen deed ze later.", ["resellen"]),
        Voorbeeld("De kapper liet het haar in de nek taperen.", []),
        Voorbeeld("Ze stuurde de computer met een eyegaze-camera.", ["eyegaze-camera"]),
        Voorbeeld("Ze deed een fit check voor de spiegel.", ["fit check"]),
        Voorbeeld("Ze maakten samen een filmpje met claymation.", ["claymation"]),
        Voorbeeld("De oblast lag ver in het noorden.", []),
        Voorbeeld("Na de team training was ze fit.", []),
        Voorbeeld("Hij las Notes from the Field van Peters and Jansen.", []),
        Voorbeeld("Ze ging met Daan and the boys naar huis.", ["and the boys"]),
        Voorbeeld("ll Wie doet wat?\nll Wanneer zijn we klaar?", []),
        Voorbeeld("„We'll see,” zei ze.", ["We'll see"]),
        Voorbeeld("Ze sprak met alle leer- lingen van de klas.", []),
        Voorbeeld("Ze had - eerlijk gezegd - weinig skills.", ["skills"]),
        Voorbeeld("De hellings- en daalhoek waren groot.", []),
        Voorbeeld("Hij werd de bodyguard van zijn zus.", ["bodyguard"]),
        Voorbeeld("Hij werkte als bodyguard.", []),
        Voorbeeld("Ze had de map gezipt en wilde het boek nog reviewen.", ["gezipt", "reviewen"]),
        Voorbeeld("De banden gingen slippen; zijn broer keepte en spurtte.", []),
    ),
)
