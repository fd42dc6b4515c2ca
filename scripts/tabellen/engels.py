"""Build the English-word table src/verhaal/data/engels/woorden.bin from its sources.

    python scripts/tabellen/engels.py

Sources: SCOWL English word lists (Debian wamerican-large and wbritish; permissive
licence), Dutch and English word frequencies from the wordfreq package (data CC BY-SA
4.0), the OpenTaal list (Debian wdutch; BSD / CC BY 3.0), Dutch inflected forms and their
lemmas from spacy-lookups-data (MIT), and three reviewed hand-written
lists next to the table: leenwoorden.txt, nederlands.txt and alternatieven.tsv.

A word (lower case, letters and hyphens) gets a value in the table:

- 1 "Engels": an English word a Dutch editor would replace. Either listed in
  alternatieven.tsv, or an English word (SCOWL, or wordfreq's English list; Zipf >= 2.5
  in English) that is clearly more frequent in English than in Dutch: by 0.5 Zipf if
  Dutch dictionaries do not list it, by 1.0 if they do (they list many English words:
  mindset, random, business), by 1.5 if they do and SCOWL does not.
- 3 "Engels in kleine letters": as 1, for words only wordfreq's list has (often
  names: honeywell); reported only when written in lower case.
- 2 "aansluitend": an English word that is also ordinary Dutch (an integrated loanword
  such as online or team). It is never reported alone, but it joins a neighbouring
  English word into one phrase (online safety, team meeting).
- 3 also for rare English words (Zipf 1.5 to 2.5 in English, five letters or more) that
  Dutch neither uses (absent from wordfreq's Dutch list) nor lists (OpenTaal, Dutch
  inflected forms): speedruns, onboarding, deliverables, respawn. Too rare for the
  frequency gap above, but a word only English text has is English; in lower case only,
  since many of them are names.
- 3 also for rare closed compounds of two English words that Dutch neither lists nor uses
  much more than English (kickflip, holeshot), see wordfreq_samengesteld.
- 4 "Engels in een citaat": as 2, but a frequent English word (Zipf >= 4 in English, 1.5
  more than in Dutch) that is Dutch only as a rare inflected form (look, listen, wrong):
  reported when it stands alone in direct speech ("Juf, look!") or next to another
  shared English word (screen time).
- 7 "zwak ingeburgerd": as 2, a loan Dutch hardly uses (loot, skate); 1 instead where it
  is plainly English (meltdown), see engelse_leenwoorden, as for uninflected loans far
  more frequent in English (track, review).
- 8 "gedeeld maar vooral Engels": as 2, far more frequent in English (deal, base): next to
  another shared English word an English phrase (brand deal).
- 1 also, last, for the plural in -s of a reported word that English uses far more than
  Dutch (likes, reviews), see engelse_meervouden.

Next to the table it writes werkwoordstammen.txt (English verb stems), randen.bin (edges
of English words, a pre-test for compounds) and samenstellend.txt (English words Dutch
builds many compounds with: multi, business); see HERKOMST.md.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from bronnen import DATA, deb, opentaal, spacy_nl_vormen, wordfreq_zipf

from verhaal.checker.rules.engels import _SAMENTREKKINGEN, KLEIN_LID
from verhaal.checker.woordenboek import maak_woordtabel

ENGELS = 1
AANSLUITEND = 2
ENGELS_KLEIN = 3
ENGELS_IN_CITAAT = 4
ZWAK_LEENWOORD = 7
STERK_GEDEELD = 8
_WOORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _lijst(naam: str) -> list[str]:
    tekst = (DATA / "engels" / naam).read_text(encoding="utf-8")
    return [r.strip() for r in tekst.splitlines() if r.strip() and not r.startswith("#")]


SAMENTREKKINGSSTAARTEN = frozenset(vorm.split("'")[1] for vorm in _SAMENTREKKINGEN)
"""The tails of English contractions (ll, ve, re): wordfreq counts I'll as i + ll, so a
tail gets the frequency of an English word, but written alone it is none (a bullet
glyph read as 'll' from a PDF, a broken-off syllable): never reported, at most a
neighbour (value 2)."""


def scowl() -> set[str]:
    """Lower-case SCOWL words (American large + British), apostrophe forms dropped."""
    woorden: set[str] = set()
    for pakket, bestand in (
        ("wamerican-large", "american-english-large"),
        ("wbritish", "british-english"),
    ):
        pad = deb(pakket) / "usr" / "share" / "dict" / bestand
        for regel in pad.read_text(encoding="utf-8").splitlines():
            if _WOORD.fullmatch(regel):
                woorden.add(regel)
    return woorden


def wordfreq_engels() -> set[str]:
    """Frequent English words of the wordfreq list (Zipf >= 2.5) that SCOWL may lack
    (cyberbullying, selfies): letters and hyphens, three letters or more."""
    from wordfreq import iter_wordlist, zipf_frequency

    woorden: set[str] = set()
    for woord in iter_wordlist("en", wordlist="large"):
        if zipf_frequency(woord, "en", wordlist="large") < 2.5:
            break
        if len(woord) >= 3 and _WOORD.fullmatch(woord):
            woorden.add(woord)
    return woorden


ZELDZAAM_ENGELS = 1.5
"""Zipf in English from which a word Dutch lacks counts as a rare English word."""
ZELDZAAM_VERSCHIL = 0.5
"""How much more frequent in English than in Dutch a rare English word must be (the gap
of the main table for words outside the Dutch lexicon)."""
_ENGELSE_UITGANGEN = ("s", "es", "ing", "ed", "er", "ers", "d", "r")
"""English endings on a known English word (speedruns, onboarding, parboiled)."""


def engels_gebouwd(woord: str, engels: set[str]) -> bool:
    """Whether a word is built from known English words (``engels``: SCOWL and frequent
    wordfreq words, Dutch-shared ones such as speed included): an
    English ending on one (deliverables, onboarding: onboard + ing) or two of four
    letters or more run together (speedrunner: speed + runner). Rare words that are no
    such build are mostly names and Latin or Greek terms (heterosis, abscissa)."""
    for uitgang in _ENGELSE_UITGANGEN:
        stam = woord[: -len(uitgang)]
        if woord.endswith(uitgang) and len(stam) >= 4 and (stam in engels or stam + "e" in engels):
            return True
    return any(woord[:i] in engels and woord[i:] in engels for i in range(4, len(woord) - 3))


def _schrijf_lijst(naam: str, kop: str, woorden: list[str], eenheid: str) -> None:
    """Write a word list under ``data/engels/``: the comment header, then a word per line."""
    (DATA / "engels" / naam).write_text(kop + "".join(f"{w}\n" for w in woorden), encoding="utf-8")
    print(f"{naam}: {len(woorden)} {eenheid}")


def wordfreq_zeldzaam(tabel: dict[str, int], engels: set[str], uitgesloten: set[str]) -> list[str]:
    """Rare English words of the wordfreq list (Zipf 1.5 to 2.5, letters only, five letters
    or more, not yet in ``tabel``) built from English words (:func:`engels_gebouwd`) that
    Dutch hardly has: ZELDZAAM_VERSCHIL more frequent in English than in wordfreq's Dutch
    list, and absent from ``uitgesloten`` (the Dutch lexicon and inflected forms). Sorted."""
    from wordfreq import zipf_frequency

    return sorted(
        woord
        for woord, en in _zeldzaam_engels(tabel, uitgesloten, 5)
        if en - zipf_frequency(woord, "nl", wordlist="large") >= ZELDZAAM_VERSCHIL
        and engels_gebouwd(woord, engels)
    )


def _zeldzaam_engels(
    tabel: dict[str, int],
    uitgesloten: set[str],
    minimale_lengte: int,
    ondergrens: float = ZELDZAAM_ENGELS,
) -> Iterator[tuple[str, float]]:
    """The rare words of wordfreq's English list (Zipf ``ondergrens`` to 2.5) with their
    Zipf value: ASCII letters only, at least ``minimale_lengte`` long, not in ``tabel`` and
    not in ``uitgesloten`` (the Dutch lexicon and inflected forms)."""
    from wordfreq import iter_wordlist, zipf_frequency

    for woord in iter_wordlist("en", wordlist="large"):
        en = zipf_frequency(woord, "en", wordlist="large")
        if en >= 2.5:
            continue
        if en < ondergrens:
            break
        if (
            len(woord) >= minimale_lengte
            and woord.isalpha()
            and woord.isascii()
            and woord not in uitgesloten
            and woord not in tabel
        ):
            yield woord, en


SAMENGESTELD_ENGELS = 1.0
"""Zipf in English from which a closed compound of two English words counts (kickflip,
holeshot: English text writes these closed, and rarely)."""
SAMENGESTELD_VERSCHIL = -0.3
"""How much more frequent in English than in Dutch such a compound must be: Dutch web text
uses the English terms of a hobby about as often (kickflip: 1.9 in both), but not much
more."""
_ENGELS_LEUNEND = (ENGELS, ZWAK_LEENWOORD, STERK_GEDEELD)
"""Table values of a part that leans to English (hole, loot, kick; not super or flip,
which Dutch uses as its own)."""


def wordfreq_samengesteld(
    tabel: dict[str, int], engels: set[str], uitgesloten: set[str]
) -> list[str]:
    """Rare closed compounds of English text (Zipf SAMENGESTELD_ENGELS to 2.5, letters only,
    eight letters or more, not yet in ``tabel``, absent from the Dutch lexicon and inflected
    forms ``uitgesloten``) that split into two known English words of four letters or
    more (``engels``), one of which leans to English in the table (:data:`_ENGELS_LEUNEND`),
    and that English text uses at least as often as Dutch text, give or take
    SAMENGESTELD_VERSCHIL: kickflip, holeshot, spellchecker, lightstick. Too rare or too
    shared for :func:`wordfreq_zeldzaam`, but a word the Dutch lists lack, written as
    English writes it, of English words. Not superliga or intertoto (super, inter: shared;
    liga, toto: no English of the table). Reported in lower case only, as many such words
    are names (value 3). Sorted."""
    from wordfreq import zipf_frequency

    woorden: list[str] = []
    for woord, en in _zeldzaam_engels(tabel, uitgesloten, 8, SAMENGESTELD_ENGELS):
        if en - zipf_frequency(woord, "nl", wordlist="large") < SAMENGESTELD_VERSCHIL:
            continue
        if any(
            (kop := woord[:i]) in engels
            and (staart := woord[i:]) in engels
            and (tabel.get(kop) in _ENGELS_LEUNEND or tabel.get(staart) in _ENGELS_LEUNEND)
            for i in range(4, len(woord) - 3)
        ):
            woorden.append(woord)
    return sorted(woorden)


_EXCLUSIEF_TALEN = ("nl", "fr", "de", "es", "it", "pt", "sv", "pl")
"""Languages whose wordfreq lists must lack a rare English word (Dutch), or have it far less
often (the others: EXCLUSIEF_MARGE), for it to be English only."""

EXCLUSIEF_MARGE = 0.4
"""How much less frequent than in English a rare English word must be in each other
language of :data:`_EXCLUSIEF_TALEN` that has it at all: English internet words reach the
web text of other languages too (rizz: 1.8 in English, 1.3 in German, Italian and
Swedish), Latin and Greek terms and international names about as often as in English."""


def wordfreq_exclusief(tabel: dict[str, int], uitgesloten: set[str]) -> list[str]:
    """Rare English words of the wordfreq list (Zipf ZELDZAAM_ENGELS to 2.5, letters only,
    four letters or more, not yet in ``tabel``) that wordfreq's Dutch list lacks, that each
    other list of :data:`_EXCLUSIEF_TALEN` lacks or has :data:`EXCLUSIEF_MARGE` less often
    than English, and that the Dutch lexicon and inflected forms (``uitgesloten``) lack:
    words only English text uses (obby, loadout, highkey, rizz, fancam). Latin and Greek
    terms (abscissa, heterosis) and international names occur about as often in the other
    lists, so they stay out. Sorted."""
    from wordfreq import zipf_frequency

    def exclusief(woord: str, en: float) -> bool:
        for taal in _EXCLUSIEF_TALEN:
            ander = zipf_frequency(woord, taal, wordlist="large")
            if ander and (taal == "nl" or en - ander < EXCLUSIEF_MARGE):
                return False
        return True

    return sorted(
        woord for woord, en in _zeldzaam_engels(tabel, uitgesloten, 4) if exclusief(woord, en)
    )


def schrijf_alleen_engels(tabel: dict[str, int], uitgesloten: set[str]) -> None:
    """Write engels/alleen_engels.bin: the words of :func:`wordfreq_exclusief`. A table of
    its own, not values in woorden.bin: many of these words are names (English-only
    surnames), and the other rules read woorden.bin to tell words from names. The engels
    rule reports them only as whole words in lower case."""
    woorden = wordfreq_exclusief(tabel, uitgesloten)
    doel = DATA / "engels" / "alleen_engels.bin"
    doel.write_bytes(maak_woordtabel(woorden))
    print(f"alleen_engels.bin: {doel.stat().st_size:,} bytes; {len(woorden):,} woorden")


ZWAK_NEDERLANDS = 3.5
"""Zipf in Dutch below which a shared English word is a weak loan."""
ZWAK_VERSCHIL = 0.3
"""How much more frequent in English than in Dutch a weak loan must be."""


HOMOGRAAF_NEDERLANDS = 1.5
"""Zipf in Dutch from which a Dutch form of a word shows that Dutch uses the word as its own."""


def nederlandse_homografen(
    tabel: dict[str, int],
    nederlands_lexicon: set[str],
    alternatieven: set[str],
    vormen: dict[str, str],
    zipf,  # type: ignore[no-untyped-def]
) -> list[str]:
    """Reported English words (value 1) that are Dutch words too: the OpenTaal list has the
    word and a Dutch form of it (spacy-lookups-data) other than a plural in -s or its own
    infinitive, that Dutch uses (Zipf >= HOMOGRAAF_NEDERLANDS) more than English does: long
    (longen), communist (communisten), episode (episoden), excellent (excellente). Such a
    word only joins an English neighbour (value 2). Not the words of alternatieven.tsv, and
    not where the Dutch form is English too (clean: cleaner). Sorted."""
    familie: dict[str, set[str]] = {}
    for vorm, lemma in vormen.items():
        familie.setdefault(lemma, set()).add(vorm)
    woorden: list[str] = []
    for woord, waarde in tabel.items():
        if waarde != ENGELS or woord in alternatieven or woord not in nederlands_lexicon:
            continue
        eigen = {woord + "s"}
        for vorm in familie.get(woord, ()):
            if vorm in eigen or vorm not in nederlands_lexicon:
                continue
            nl = zipf(vorm, "nl", wordlist="large")
            if nl >= HOMOGRAAF_NEDERLANDS and nl > zipf(vorm, "en", wordlist="large"):
                woorden.append(woord)
                break
    return sorted(woorden)


TWEELING_SAMENSTELLINGEN = 20
"""From this many compounds with a plainly Dutch word in the Dutch list, a reported word
that the Dutch list has too is a Dutch word with an English twin (order: orderformulier,
winning: winningsgebied), twice the bar at which a loan counts as Dutch
(NEDERLANDSE_SAMENSTELLINGEN): such a word only joins an English neighbour."""


def nederlandse_tweelingen(
    tabel: dict[str, int], lexicon: set[str], alternatieven: set[str]
) -> list[str]:
    """Reported words (value 1) of LEENWOORD_LENGTE letters or more that the Dutch list has
    and forms TWEELING_SAMENSTELLINGEN compounds or more with, with a plainly Dutch word:
    order, winning. Not the words of alternatieven.tsv. Sorted."""
    samenstellingen = nederlandse_samenstellingen(lexicon, tabel)
    return sorted(
        woord
        for woord, waarde in tabel.items()
        if waarde == ENGELS
        and len(woord) >= LEENWOORD_LENGTE
        and woord in lexicon
        and woord not in alternatieven
        and samenstellingen.get(woord, 0) >= TWEELING_SAMENSTELLINGEN
    )


def _infinitieven(stam: str) -> set[str]:
    """The Dutch infinitives a verb stem can have: stem + en or n, with a doubled
    consonant (skip -> skippen) or a single vowel for a double one (loot -> loten)."""
    vormen = {stam + "en", stam + "n", stam + stam[-1] + "en"}
    if len(stam) > 3 and stam[-3] == stam[-2] and stam[-2] in "aeou":
        vormen.add(stam[:-2] + stam[-1] + "en")
    return vormen


def onverbogen_leenwoorden(
    tabel: dict[str, int],
    uit_scowl: set[str],
    uitgesloten: set[str],
    vormen: dict[str, str],
) -> list[str]:
    """Words of value 2 (English, shared with Dutch) that Dutch has taken over in form only:
    SCOWL words of four letters or more that Dutch does not inflect as its own: no Dutch
    form of the word other than a plural in -s (spacy-lookups-data: not protestants ->
    protestantse, bitter -> bittere, prompt -> prompte), and the word no Dutch form of
    another word than its own verb (accurate -> accuraat, obscure -> obscuur; but skate ->
    skaten, loot -> loten stay). Listed loans (and their plurals) and Dutch words of the
    hand lists (``uitgesloten``) are left out. Sorted."""
    familie: dict[str, set[str]] = {}
    for vorm, lemma in vormen.items():
        familie.setdefault(lemma, set()).add(vorm)
    woorden: list[str] = []
    for woord, waarde in tabel.items():
        if (
            waarde != AANSLUITEND
            or len(woord) < 4
            or not woord.isalpha()
            or woord not in uit_scowl
            or woord in uitgesloten
            or woord.removesuffix("s") in uitgesloten
            or woord.removesuffix("es") in uitgesloten
        ):
            continue
        if any(vorm != woord + "s" for vorm in familie.get(woord, ())):
            continue
        lemma = vormen.get(woord)
        if lemma is not None and lemma not in _infinitieven(woord):
            continue
        woorden.append(woord)
    return sorted(woorden)


def zwakke_leenwoorden(
    onverbogen: list[str],
    zipf,  # type: ignore[no-untyped-def]
) -> list[str]:
    """The loans of :func:`onverbogen_leenwoorden` that Dutch hardly uses: rarer than Zipf
    ZWAK_NEDERLANDS in Dutch and ZWAK_VERSCHIL more frequent in English (loot, skate,
    prompt, meltdown, hater). Value 7 in the table; the rule treats such a word as English
    in a Dutch verb form (prompten) or joined to a Dutch word by a hyphen (loot-kist)."""
    woorden: list[str] = []
    for woord in onverbogen:
        nl = zipf(woord, "nl", wordlist="large")
        if nl < ZWAK_NEDERLANDS and zipf(woord, "en", wordlist="large") - nl >= ZWAK_VERSCHIL:
            woorden.append(woord)
    return woorden


INTERNATIONAAL_VERSCHIL = 0.5
"""How much more frequent in English a weak loan must be than in French, Spanish, Italian
and German (each) to be English rather than international (algebra, doctrine, minus)."""
_ANDERE_TALEN = ("fr", "es", "it", "de")
INTERNATIONAAL_MET_SPELLING = 0.25
"""The smaller gap to French, Spanish, Italian and German that is enough for a loan with
English spelling (:data:`ENGELSE_SPELLING`: backstage, cheerleader, replay)."""
ENGELSE_SPELLING = re.compile(
    r"oo|ea|ee|sh|ck|igh|ay|oy|aw|ew|ow|wh|w[^aeiouy]|[^aeiouy]y$|ey$|ing$|ness$|ful$"
)
"""Letter groups that English spells and Dutch (or Latin and Greek) words hardly do: a
word with one looks English (cookie, playback, standby, styling); algebra, glucose and
cortisol have none."""
STERK_VERSCHIL = 0.7
"""How much more frequent in English than in Dutch a loan Dutch does not inflect must be to
be English although Dutch uses it (track, review)."""
_NEDERLANDSE_AFLEIDINGEN = (
    "e",
    "iseren",
    "isering",
    "iteit",
    "isme",
    "eren",
    "aal",
    "ak",
    "isch",
    "eel",
)
"""Dutch endings that, on a word, make a Dutch word the Dutch list has (professionaliseren,
urbane, ballade, roosteren): Dutch has taken the word in as its own."""
LEENWOORD_LENGTE = 5
"""Shorter weak loans stay as they are: short words are more often shared with Dutch in
other readings (exit in exitcode, tier, stat, dunk)."""
NEDERLANDSE_SAMENSTELLINGEN = 10
"""From this many compounds with a plainly Dutch word in the Dutch list, Dutch has made a
word its own (grind: grindpad, grindweg; parameter, intake)."""
WERKWOORD_NEDERLANDS = 2.5
"""Dutch Zipf from which a Dutch verb on the word makes it Dutch (binden, stinken, bowlen)."""


def nederlandse_samenstellingen(lexicon: set[str], tabel: dict[str, int]) -> dict[str, int]:
    """For each first or last part: how many words of the Dutch list it forms with a Dutch
    word that has no English reading (three letters or more; a last part also after a
    linking s). A measure of how much Dutch uses a word as its own."""
    zuiver = {w for w in lexicon if len(w) >= 3 and w not in tabel}
    aantal: dict[str, int] = {}
    for woord in lexicon:
        if not woord.isalpha():
            continue
        for i in range(3, len(woord) - 2):
            kop, staart = woord[:i], woord[i:]
            if staart in zuiver:
                aantal[kop] = aantal.get(kop, 0) + 1
            if kop in zuiver or (kop.endswith("s") and kop[:-1] in zuiver):
                aantal[staart] = aantal.get(staart, 0) + 1
    return aantal


def zonder_accenten_zipf(ondergrens: float = 2.0) -> dict[str, float]:
    """For each word of the French, Spanish, Italian and German wordfreq lists (Zipf >=
    ``ondergrens``) that has accents or an umlaut: its letters without them, with the
    highest Zipf of such a word (privilege: privilège, ratio: ...). An English word that
    these languages write with an accent is as international as one they spell alike."""
    import unicodedata

    from wordfreq import iter_wordlist, zipf_frequency

    uit: dict[str, float] = {}
    for taal in _ANDERE_TALEN:
        for woord in iter_wordlist(taal, wordlist="large"):
            zipf = zipf_frequency(woord, taal, wordlist="large")
            if zipf < ondergrens:
                break
            if woord.isascii():
                continue
            kaal = "".join(
                c for c in unicodedata.normalize("NFD", woord) if not unicodedata.combining(c)
            )
            if kaal.isascii() and zipf > uit.get(kaal, 0.0):
                uit[kaal] = zipf
    return uit


def engelse_leenwoorden(
    tabel: dict[str, int],
    onverbogen: list[str],
    lexicon: set[str],
    leen: set[str],
    zipf,  # type: ignore[no-untyped-def]
) -> list[str]:
    """Loans that are English rather than Dutch or international, reported as English
    (value 1): weak loans (value 7), and the loans Dutch does not inflect
    (:func:`onverbogen_leenwoorden`) that are STERK_VERSCHIL more frequent in English than
    in Dutch (track, review, survival); LEENWOORD_LENGTE letters or more,
    INTERNATIONAAL_VERSCHIL more frequent in English than in French, Spanish, Italian and
    German each (INTERNATIONAAL_MET_SPELLING for a word with English spelling),
    also where they write it with accents (meltdown, spotlight; not
    algebra, doctrine, barrage, privilege: words of Latin or French that all these
    languages share), with fewer than
    NEDERLANDSE_SAMENSTELLINGEN Dutch compounds in the Dutch list (not grind, intake,
    parameter), and no Dutch verb on it that Dutch uses (Zipf >= WERKWOORD_NEDERLANDS for
    an infinitive: not bind, stink, plunder, bowl), no Dutch derivation in the Dutch list
    (:data:`_NEDERLANDSE_AFLEIDINGEN`: not professional, urban), and no English derivation
    (-ing, -er) of a listed loan (coaching). Sorted."""
    samenstellingen = nederlandse_samenstellingen(lexicon, tabel)
    met_accenten = zonder_accenten_zipf()
    woorden: list[str] = []
    kandidaten = [w for w, waarde in tabel.items() if waarde == ZWAK_LEENWOORD]
    for woord in onverbogen:
        if (
            tabel[woord] == AANSLUITEND
            and zipf(woord, "en", wordlist="large") - zipf(woord, "nl", wordlist="large")
            >= STERK_VERSCHIL
        ):
            kandidaten.append(woord)
    for woord in kandidaten:
        if len(woord) < LEENWOORD_LENGTE:
            continue
        if any(
            woord.endswith(u) and (woord[: -len(u)] in leen or woord[: -len(u)] + "e" in leen)
            for u in ("ing", "er", "ers")
        ):
            continue  # coaching, gaming: a derivation of a listed loan (coach, game) is a loan
        en = zipf(woord, "en", wordlist="large")
        ander = max(
            met_accenten.get(woord, 0.0),
            *(zipf(woord, taal, wordlist="large") for taal in _ANDERE_TALEN),
        )
        drempel = INTERNATIONAAL_VERSCHIL
        if ENGELSE_SPELLING.search(woord):
            drempel = INTERNATIONAAL_MET_SPELLING
        if en - ander < drempel:
            continue
        if samenstellingen.get(woord, 0) >= NEDERLANDSE_SAMENSTELLINGEN:
            continue
        infinitieven = _infinitieven(woord)
        if any(zipf(i, "nl", wordlist="large") >= WERKWOORD_NEDERLANDS for i in infinitieven):
            continue
        if any(woord + uitgang in lexicon for uitgang in _NEDERLANDSE_AFLEIDINGEN):
            continue  # professionaliseren, urbane, ballade: Dutch builds on the word
        woorden.append(woord)
    return sorted(woorden)


MEERVOUD_VERSCHIL = 0.7
"""How much more frequent in English than in Dutch the plural in -s of a reported English
word must be to be reported too (likes, scrubs; not drugs, beginners: Dutch uses those
plurals about as often as English does)."""


def engelse_meervouden(
    tabel: dict[str, int],
    uitgesloten: set[str],
    vormen: dict[str, str],
    zipf,  # type: ignore[no-untyped-def]
) -> list[str]:
    """Plurals in -s of reported English words (value 1) that the table holds as shared
    (values 2, 7 and 8) because the Dutch list has them, while English text uses them
    MEERVOUD_VERSCHIL more often than Dutch text: likes (like), scrubs (scrub), reviews
    (review). The singular is reported alone, and Dutch has the plural no more than the
    frequencies say, so the plural is reported as well (value 1). Not a plural that is a
    Dutch form of another word (doses: dosis), nor a word or singular of the hand lists
    (``uitgesloten``). Sorted."""
    woorden: list[str] = []
    for woord, waarde in tabel.items():
        enkel = woord[:-1]
        if (
            not woord.endswith("s")
            or waarde not in (AANSLUITEND, ZWAK_LEENWOORD, STERK_GEDEELD)
            or tabel.get(enkel) != ENGELS
            or woord in uitgesloten
            or enkel in uitgesloten
            or vormen.get(woord, enkel) != enkel
        ):
            continue
        if zipf(woord, "en", wordlist="large") - zipf(woord, "nl", wordlist="large") >= (
            MEERVOUD_VERSCHIL
        ):
            woorden.append(woord)
    return sorted(woorden)


STAM_ENGELS = 4.0
"""Zipf in English from which a verb stem is a common English word."""
STAM_VERSCHIL = 0.8
"""How much more frequent in English than in Dutch the stem must be."""
STAM_LEEN_NEDERLANDS = 3.0
"""For a stem that is a loan (listed, or weak): the Zipf in Dutch from which its Dutch
verb is established (posten, tackelen) rather than English (levelen)."""
STAM_MARGE = 0.0
"""How much rarer in Dutch the Dutch infinitive must be than the bare English stem."""


def schrijf_werkwoordstammen(
    tabel: dict[str, int],
    nederlands_lexicon: set[str],
    leen: set[str],
    vormen: dict[str, str],
    zipf,  # type: ignore[no-untyped-def]
) -> None:
    """Write engels/werkwoordstammen.txt: English verb stems that stay English in Dutch verb
    forms even where the OpenTaal list has those forms (chill -> chillen, cancel ->
    gecanceld, like -> geliked). A stem counts when it is reported English in the table,
    common in English (Zipf >= 4) and clearly more frequent there than in Dutch (0.8),
    the lexicon has a Dutch verb on it (an infinitive of the verb tables or a participle),
    and that infinitive is rarer in Dutch than the bare English stem (the Dutch verb has
    not outgrown the loan: trollen, planten and scoren have). Listed loan verbs (gamen,
    printen) are left out. Evidence of a verb is also an -en form that is no plural (not a
    form of another lemma in spacy-lookups-data, not a word on -e + n: finalen): chillen.
    Weak loans (value 7) and listed loans that are nouns (level) count too when the verb
    tables do not know the verb and its infinitive is rare in Dutch (levelen, not posten).
    At run time participles on these stems count (gecanceld, geliket), and -en forms only
    in an infinitive's place: a bare -en form is as often a Dutch plural (wallen, hellen)."""
    from verhaal.checker.tijd.lexicon import paradigmas

    werkwoorden = {regel.split("|", 1)[0] for regel in paradigmas()}
    stammen: list[str] = []
    for stam, waarde in sorted(tabel.items()):
        # English words, and loans Dutch hardly uses or lists as a noun only (level)
        zwak = waarde == ZWAK_LEENWOORD or (waarde == AANSLUITEND and stam in leen)
        if (
            not (waarde in (ENGELS, ENGELS_IN_CITAAT) or zwak)
            or len(stam) < 4
            or not stam.isalpha()
        ):
            continue
        if stam.endswith("ing") or (stam.endswith("er") and stam[:-2] in tabel):
            continue  # winning, longer: an English form, no verb stem
        infinitieven = {stam + "en", stam + "n" if stam.endswith("e") else ""}
        if len(stam) > 4 and stam[-1] == stam[-2]:
            infinitieven.add(stam + "en")
        else:
            infinitieven.add(stam + stam[-1] + "en")
        infinitieven = {i for i in infinitieven if i and i in nederlands_lexicon}
        if not infinitieven or infinitieven & leen:
            continue
        deelwoorden = {f"ge{stam}{eind}" for eind in ("d", "t", "ed")}
        # Dutch verb tables do not know it, and the -en form is no plural (of a noun the
        # lemma list has, or the word list with -e: finale)
        ongelijst = not infinitieven & werkwoorden and any(
            i not in vormen and (i[:-1] == stam or i[:-1] not in nederlands_lexicon)
            for i in infinitieven
        )
        if zwak and not ongelijst:
            continue  # tieren, charteren: a Dutch verb the tables know
        if not (infinitieven & werkwoorden or deelwoorden & nederlands_lexicon or ongelijst):
            continue  # producten, longen: plural nouns, no verb on the stem
        en = zipf(stam, "en", wordlist="large")
        nl = zipf(stam, "nl", wordlist="large")
        if en < STAM_ENGELS or en - nl < STAM_VERSCHIL:
            continue
        infinitief = max(zipf(i, "nl", wordlist="large") for i in infinitieven)
        if infinitief >= nl - STAM_MARGE or (zwak and infinitief >= STAM_LEEN_NEDERLANDS):
            continue
        stammen.append(stam)
    kop = (
        "# Engelse werkwoordstammen die ook in Nederlandse vormen Engels blijven\n"
        "# (chillen, gecanceld, geliked). Gebouwd door scripts/tabellen/engels.py uit\n"
        "# wordfreq 3.1.1 (CC BY-SA 4.0) en OpenTaal; zie HERKOMST.md.\n"
    )
    _schrijf_lijst("werkwoordstammen.txt", kop, stammen, "stammen")


VORM_STAM_ENGELS = 3.0
"""Zipf in English from which a verb stem is a common English word (grind, dip)."""
VORM_STAM_VERSCHIL = 0.5
"""How much more frequent in English than in Dutch the stem must be."""
VORM_ENGELS_WERKWOORD = 2.5
"""Zipf in English of the stem's -ing or -ed form from which English uses it as a verb."""
VORM_NEDERLANDS = 2.5
"""Dutch Zipf from which a Dutch verb on the stem (any of its forms), or the form itself,
is ordinary Dutch (drummen 3.0, slippen 2.8, gedropt 3.3; not gedipt 2.4, bulken 2.3)."""
VORM_VERSCHIL = 1.0
"""How much more frequent the English verb (its -ing or -ed form) must be than the Dutch
evidence for the form (see :data:`VORM_NEDERLANDS`)."""


def _vorm_lezingen(vorm: str) -> list[tuple[str, str, str]]:
    """Every reading of a word as a Dutch verb form on a stem: (ge- or nothing, ending,
    stem): a participle ge + stem + t/d/te/de/ten/den (ge + stem alone where the stem ends
    in t or d: gegrind), a past stem + te/de/ten/den, an infinitive or plural stem + en;
    the stem also without a doubled last letter (dipp-en) and with a silent e (swipe-n)."""
    lezingen: list[tuple[str, str, str]] = []
    for voor in ("ge", ""):
        if not vorm.startswith(voor):
            continue
        for eind in ("ten", "den", "te", "de", "t", "d", "en", ""):
            if (voor and eind == "en") or (not voor and eind in ("t", "d", "")):
                continue
            if not vorm.endswith(eind):
                continue
            stam = vorm[len(voor) : len(vorm) - len(eind)]
            if len(stam) < 3 or (not eind and not stam.endswith(("t", "d"))):
                continue
            stammen = {stam}
            if len(stam) > 3 and stam[-1] == stam[-2]:
                stammen.add(stam[:-1])
            if eind in ("en", "d", "de", "den"):
                stammen.add(stam + "e")
            lezingen += [(voor, eind, s) for s in sorted(stammen)]
    return lezingen


def engelse_werkwoordsvormen(
    engelse_woorden: set[str],
    gewoon: set[str],
    is_vorm,  # type: ignore[no-untyped-def]
    zipf,  # type: ignore[no-untyped-def]
) -> list[str]:
    """Dutch verb forms on an English verb stem that Dutch hardly uses as a verb (gegrind,
    gedipt, gezipt), judged per form from word frequencies alone, whether or not the
    Dutch word list has the form. A form counts when, for one of its readings
    (:func:`_vorm_lezingen`), the stem is a common English word (:data:`VORM_STAM_ENGELS`)
    clearly more frequent in English than in Dutch (:data:`VORM_STAM_VERSCHIL`), English
    uses it as a verb (its -ing or -ed form, :data:`VORM_ENGELS_WERKWOORD`), and the Dutch
    evidence for the form (the form itself and the Dutch verb forms on the stem of every
    reading: infinitive, participle, past) is rare (:data:`VORM_NEDERLANDS`) and far below
    that English verb (:data:`VORM_VERSCHIL`): slippen, drummen, stampte, tilde (til) and
    gedropt are Dutch enough. Not on a listed loan or Dutch word (``gewoon``), nor on a
    stem whose agent noun is a listed loan (keeper: keepen, like gamer: gamen), nor a
    silent-e reading of an -en form, which Dutch spelling reads with a long vowel (rapen:
    raap, not rape), nor a past form whose letters without the last e are a Dutch word
    more Dutch than English (inkte: inkt), nor a form the Dutch verb tables give another
    stem (spurten: spurt, not spur; honen: hoon), nor an infinitive on -eren, the shape of a
    Dutch verb (garneren, taperen; the rule reads it so everywhere), nor a listed past or
    participle on -erde or -erd (getenderd)."""

    def en(w: str) -> float:
        return float(zipf(w, "en", wordlist="large"))

    def nl(w: str) -> float:
        return float(zipf(w, "nl", wordlist="large"))

    def engels_werkwoord(stam: str) -> float:
        vormen = [stam + "ing", stam + "ed"]
        if stam.endswith("e"):
            vormen += [stam[:-1] + "ing", stam + "d"]
        else:
            vormen += [stam + stam[-1] + "ing", stam + stam[-1] + "ed"]
        return max(en(v) for v in vormen)

    def nederlands_werkwoord(stam: str) -> float:
        vormen = [stam + "en", f"ge{stam}t", f"ge{stam}d", stam + "te", stam + "de"]
        vormen += [stam + stam[-1] + "en", stam + "n" if stam.endswith("e") else ""]
        return max(nl(v) for v in vormen if v)

    from verhaal.checker.tijd.lexicon import paradigmas

    # the stems the Dutch verb tables give each form (spurten: spurt; honen: hoon)
    tabelstammen: dict[str, set[str]] = {}
    for regel in paradigmas():
        velden = regel.split("|")
        for veld in velden:
            for v in veld.split(","):
                tabelstammen.setdefault(v, set()).add(velden[1])

    def telt(vorm: str) -> bool:
        if len(vorm) < 5 or not vorm.isalpha() or vorm in gewoon:
            return False
        if vorm.endswith("eren") or (vorm.endswith(("erde", "erden", "erd")) and is_vorm(vorm)):
            return False  # garneren, taperen: the shape of a Dutch verb on -eren (as the rule)
        lezingen = _vorm_lezingen(vorm)
        nederlands = max([nl(vorm)] + [nederlands_werkwoord(s) for _, _, s in lezingen])
        if nederlands >= VORM_NEDERLANDS:
            return False
        if vorm.endswith(("te", "de")) and is_vorm(vorm[:-1]) and nl(vorm[:-1]) >= en(vorm[:-1]):
            return False  # inkte: inkt, a Dutch word
        for voor, eind, stam in lezingen:
            if stam in gewoon or stam + "en" in gewoon:
                continue
            if {stam + "er", stam + stam[-1] + "er", stam + "r"} & gewoon:
                continue  # keepen: keeper, a listed loan
            if not voor and eind == "en" and stam == vorm[:-2] + "e":
                continue  # rapen: Dutch spelling reads raap, not rape
            if vorm in tabelstammen and stam not in tabelstammen[vorm]:
                continue  # spurten, honen: a Dutch verb on another stem (spurt, hoon)
            if en(stam) < VORM_STAM_ENGELS or en(stam) - nl(stam) < VORM_STAM_VERSCHIL:
                continue
            werkwoord = engels_werkwoord(stam)
            if werkwoord >= VORM_ENGELS_WERKWOORD and werkwoord - nederlands >= VORM_VERSCHIL:
                return True
        return False

    vormen: set[str] = set()
    for stam in engelse_woorden:
        if len(stam) < 3 or not stam.isalpha() or stam in gewoon:
            continue
        if en(stam) < VORM_STAM_ENGELS or engels_werkwoord(stam) < VORM_ENGELS_WERKWOORD:
            continue
        # Dutch spelling doubles the last consonant after a single short vowel (dippen)
        kort = len(stam) >= 3 and stam[-1] not in "aeiouwxy" and stam[-2] in "aeiou"
        kaal = [stam] + ([stam + stam[-1]] if kort and stam[-3] not in "aeiou" else [])
        for s in kaal:
            kandidaten = [f"ge{s}t", f"ge{s}d", s + "te", s + "de", s + "ten", s + "den", s + "en"]
            if stam.endswith(("t", "d")):
                kandidaten.append(f"ge{s}")
            if stam.endswith("e"):
                kandidaten += [s + "n", f"ge{s}d", s + "d"]
            vormen.update(k for k in kandidaten if telt(k))
    return sorted(vormen)


def schrijf_engelse_werkwoordsvormen(engelse_woorden: set[str], gewoon: set[str], zipf) -> None:  # type: ignore[no-untyped-def]
    """Write engels/werkwoordsvormen.bin: see :func:`engelse_werkwoordsvormen`."""
    from verhaal.checker.woordenboek import is_vorm

    vormen = engelse_werkwoordsvormen(engelse_woorden, gewoon, is_vorm, zipf)
    doel = DATA / "engels" / "werkwoordsvormen.bin"
    doel.write_bytes(maak_woordtabel(vormen))
    print(f"werkwoordsvormen.bin: {doel.stat().st_size:,} bytes; {len(vormen):,} vormen")


STERK_GEDEELD_VERSCHIL = 0.7
"""How much more frequent in English than in Dutch a shared word must be to make an
English phrase with another shared English word next to it."""


def sterk_gedeeld(
    tabel: dict[str, int],
    lexicon: set[str],
    zipf,  # type: ignore[no-untyped-def]
) -> list[str]:
    """Words of value 2 (English, shared with Dutch), three letters or more, that are
    STERK_GEDEELD_VERSCHIL more frequent in English than in Dutch (deal, base, screen, spot)
    and that Dutch does not derive words from (:data:`_NEDERLANDSE_AFLEIDINGEN`: not
    professional, with professionaliseren). Value 8 in the table: still Dutch on its own,
    but next to another shared English word (brand deal, fan base) the two are an English
    phrase. Sorted."""
    return sorted(
        woord
        for woord, waarde in tabel.items()
        if waarde == AANSLUITEND
        and len(woord) >= 3
        and woord.isalpha()
        and zipf(woord, "en", wordlist="large") - zipf(woord, "nl", wordlist="large")
        >= STERK_GEDEELD_VERSCHIL
        and not any(woord + uitgang in lexicon for uitgang in _NEDERLANDSE_AFLEIDINGEN)
    )


SAMENSTELLEND_LENGTE = 5
"""Only English words of this length or more start or end an English-Dutch compound at
run time (see gemengde_samenstelling), so only those are listed."""


def schrijf_samenstellend(tabel: dict[str, int], lexicon: set[str]) -> None:
    """Write engels/samenstellend.txt: reported English words (value 1, SAMENSTELLEND_LENGTE
    letters or more) that the Dutch list joins to a plainly Dutch word in
    NEDERLANDSE_SAMENSTELLINGEN words or more (multi: multicultureel, multimedia ...;
    business: businessmodel): Dutch builds compounds with them as with its own words, so an
    unlisted compound of one with a Dutch word (multiprobleemgezin) is no English-Dutch
    compound. Alone such a word is still reported."""
    samenstellingen = nederlandse_samenstellingen(lexicon, tabel)
    woorden = sorted(
        woord
        for woord, waarde in tabel.items()
        if waarde == ENGELS
        and len(woord) >= SAMENSTELLEND_LENGTE
        and woord.isalpha()
        and samenstellingen.get(woord, 0) >= NEDERLANDSE_SAMENSTELLINGEN
    )
    kop = (
        "# Engelse woorden waarmee het Nederlands veel samenstellingen maakt (multi,\n"
        "# business). Gebouwd door scripts/tabellen/engels.py uit OpenTaal en woorden.bin\n"
        "# (wordfreq 3.1.1, CC BY-SA 4.0); zie HERKOMST.md.\n"
    )
    _schrijf_lijst("samenstellend.txt", kop, woorden, "woorden")


def schrijf_randen(tabel: dict[str, int]) -> None:
    """Write engels/randen.bin: the first five letters ('<' + prefix) and the last five
    ('>' + suffix) of every reported English word of five letters or more (and of every
    rare English word Dutch lacks of KLEIN_LID letters or more, its start only: esports,
    which makes a compound only as a first part). The rule looks
    for an English word at the start or end of a long unknown word (mindsettraining,
    gamechallenge) only when one of these matches: two lookups instead of one per split."""
    randen: set[str] = set()
    for woord, waarde in tabel.items():
        if not woord.isalpha():
            continue
        if waarde == ENGELS and len(woord) >= 5:
            randen.add("<" + woord[:5])
            randen.add(">" + woord[-5:])
        elif waarde == ENGELS_KLEIN and len(woord) >= KLEIN_LID:
            randen.add("<" + woord[:5])  # only as a first part (esports-team)
    doel = DATA / "engels" / "randen.bin"
    doel.write_bytes(maak_woordtabel(randen))
    print(f"randen.bin: {doel.stat().st_size:,} bytes; {len(randen):,} randen")


NAAMWOORD_ENGELS = 2.3
"""Zipf in English from which a shared word counts as an English noun (bodyguard 3.4)."""
NAAMWOORD_VERSCHIL = 0.3
"""How much more frequent in English than in Dutch such a word must be (upgrade: 4.2
against 3.5)."""
NAAMWOORD_GANGBAAR = 3.8
"""Zipf in Dutch from which Dutch text uses a shared word commonly: then the gap to English
must be NAAMWOORD_VERSCHIL_GANGBAAR (not shell in 'deze shell')."""
NAAMWOORD_VERSCHIL_GANGBAAR = 0.6
"""The gap to English for a word common in Dutch (NAAMWOORD_GANGBAAR): twice the usual."""
NAAMWOORD_SAMENSTELLINGEN = 3
"""At most this many compounds with a plainly Dutch word in the Dutch list: Dutch has not
made the word its own (bodyguard; not team, coach, training)."""
_NAAMWOORD_AFLEIDINGEN = ("iseren", "isering", "iteit", "isme", "eren", "isch")
"""Dutch derivations that show Dutch builds on a word (professionaliseren): the verb and
noun endings of :data:`_NEDERLANDSE_AFLEIDINGEN`, not the short ones that end names and
other words of the list as well (pollak)."""
LATIJNSE_STAM = 4
"""How many final letters a word may lose before a Dutch verb on -eren on what is left
shows a Latin or French word Dutch shares (facilitator: faciliteren)."""


_OPEN_LETTERGREEP = re.compile(r"(.*[^aeiou])([aeiou])([^aeiouy])e")
"""A word ending in a single vowel, a consonant and e (advocate: advoc + a + t + e)."""


def nederlandse_open_vorm(woord: str, lexicon: set[str]) -> bool:
    """Whether the word is a Dutch form in an open syllable of a Dutch word with a long
    vowel written double: the vowel doubled and the e dropped give a word of the Dutch list
    (advocate: advocaat; the same spelling rule as in advocaten)."""
    m = _OPEN_LETTERGREEP.fullmatch(woord)
    return m is not None and m[1] + m[2] * 2 + m[3] in lexicon


def engelse_naamwoorden(
    tabel: dict[str, int],
    engels: set[str],
    lexicon: set[str],
    uitgesloten: set[str],
    vormen: dict[str, str],
    zipf,  # type: ignore[no-untyped-def]
) -> list[str]:
    """English words that Dutch shares as loans but has not made its own, reported by the rule
    where they stand in a noun's place (right after an article, demonstrative or possessive:
    een upgrade, de bodyguard). A word counts when it is a known English word (``engels``),
    four letters or more, letters only, not reported on its own yet (table value 0, 2, 7 or
    8), not in the hand lists (``uitgesloten``: leenwoorden.txt and nederlands.txt),
    NAAMWOORD_VERSCHIL more frequent in English than in Dutch (NAAMWOORD_VERSCHIL_GANGBAAR for
    a word common in Dutch: NAAMWOORD_GANGBAAR; and NAAMWOORD_ENGELS in
    English), INTERNATIONAAL_VERSCHIL more frequent in English than in French, Spanish and
    Italian (each, accents dropped: not algebra), with at most NAAMWOORD_SAMENSTELLINGEN
    Dutch compounds in the Dutch list, no Dutch form in spacy-lookups-data other than its
    English plural (-s, -es), no Dutch form of another word itself (the singular of
    a plural is its own: upgrades), no Dutch verb form of the verb tables, no Dutch form in an
    open syllable (:func:`nederlandse_open_vorm`: advocate), no Dutch
    derivation in the Dutch list (:data:`_NAAMWOORD_AFLEIDINGEN`) and no Dutch verb on -eren
    on its stem (:data:`LATIJNSE_STAM`: facilitator); a plural in -s only with its singular.
    German borrows English nouns as Dutch does, so it only has to use the word less often
    than English (not humbug, which all three share alike). Sorted."""
    from verhaal.checker.tijd.lexicon import lexicon as werkwoordlexicon

    vlag = werkwoordlexicon().vlag
    samenstellingen = nederlandse_samenstellingen(lexicon, tabel)
    met_accenten = zonder_accenten_zipf()
    familie: dict[str, set[str]] = {}
    for vorm, lemma in vormen.items():
        familie.setdefault(lemma, set()).add(vorm)
    woorden: list[str] = []
    for woord in engels:
        if (
            len(woord) < 4
            or not woord.isalpha()
            or tabel.get(woord, 0) not in (0, AANSLUITEND, ZWAK_LEENWOORD, STERK_GEDEELD)
            or woord in uitgesloten
        ):
            continue
        en = zipf(woord, "en", wordlist="large")
        nl = zipf(woord, "nl", wordlist="large")
        verschil = NAAMWOORD_VERSCHIL if nl < NAAMWOORD_GANGBAAR else NAAMWOORD_VERSCHIL_GANGBAAR
        if en < NAAMWOORD_ENGELS or en - nl < verschil:
            continue
        romaans = max(
            met_accenten.get(woord, 0.0),
            *(zipf(woord, taal, wordlist="large") for taal in ("fr", "es", "it")),
        )
        if en - romaans < INTERNATIONAAL_VERSCHIL or zipf(woord, "de", wordlist="large") >= en:
            continue
        if (
            samenstellingen.get(woord, 0) > NAAMWOORD_SAMENSTELLINGEN
            or familie.get(woord, set()) - {woord + "s", woord + "es"}
            or vormen.get(woord, woord) not in (woord, woord[:-1], woord[:-2])
            or vlag(woord)
            or nederlandse_open_vorm(woord, lexicon)
            or any(woord + uitgang in lexicon for uitgang in _NAAMWOORD_AFLEIDINGEN)
            or any(
                woord[: len(woord) - i] + "eren" in lexicon
                for i in range(LATIJNSE_STAM + 1)
                if len(woord) - i >= 4
            )
        ):
            continue
        woorden.append(woord)
    # a plural (-s, -es) counts only with its singular
    gekozen = set(woorden)
    return sorted(
        w
        for w in gekozen
        if not any(
            w.endswith(uitgang) and (enkel := w[: -len(uitgang)]) in engels and enkel not in gekozen
            for uitgang in ("s", "es")
        )
    )


def schrijf_naamwoorden(woorden: list[str]) -> None:
    """Write engels/naamwoorden.bin: the words of :func:`engelse_naamwoorden`. A table of
    its own, read only by the engels rule, and only for a word right after a word that
    opens a noun phrase."""
    doel = DATA / "engels" / "naamwoorden.bin"
    doel.write_bytes(maak_woordtabel(woorden))
    print(f"naamwoorden.bin: {doel.stat().st_size:,} bytes; {len(woorden):,} woorden")


def schrijf_nederlandse_paren(nederlands_lexicon: set[str], zipf) -> None:  # type: ignore[no-untyped-def]
    """Write engels/nederlandse_paren.txt: the words of the Dutch list that have the form
    of a closed word of two English words (the rule's woordpaar_vorm, read from the new
    woorden.bin) but are Dutch coinages: wordfreq's Dutch list has them and its English
    list does not (blocnote, drugtest, researchteam; not cooldown, which English text
    uses, nor voicechat, which neither list has). The rule does not report these."""
    from verhaal.checker import woordenboek
    from verhaal.checker.rules import engels

    woordenboek.lees_woordtabel.cache_clear()
    engels.woordpaar_vorm.cache_clear()
    woorden = sorted(
        woord
        for woord in nederlands_lexicon
        if woord.isalpha()
        and engels.woordpaar_vorm(woord)
        and zipf(woord, "nl", wordlist="large") > 0
        and zipf(woord, "en", wordlist="large") == 0
    )
    kop = (
        "# Nederlandse woorden in de vorm van twee Engelse woorden aan elkaar (blocnote,\n"
        "# drugtest) die Nederlandse tekst wel en Engelse tekst niet gebruikt. Gebouwd door\n"
        "# scripts/tabellen/engels.py uit OpenTaal, woorden.bin en wordfreq 3.1.1\n"
        "# (CC BY-SA 4.0); zie HERKOMST.md.\n"
    )
    _schrijf_lijst("nederlandse_paren.txt", kop, woorden, "woorden")


def main() -> None:
    zipf = wordfreq_zipf()
    nederlands_lexicon = {w for w in opentaal() if w == w.lower()}
    leen = set(_lijst("leenwoorden.txt"))
    nederlands = set(_lijst("nederlands.txt"))
    alternatieven = {r.split("\t")[0] for r in _lijst("alternatieven.tsv")}
    tabel: dict[str, int] = {}
    uit_scowl = scowl()
    engelse_woorden = uit_scowl | wordfreq_engels()
    for woord in engelse_woorden:
        en = zipf(woord, "en", wordlist="large")
        if en < 2.5:
            continue
        nl = zipf(woord, "nl", wordlist="large")
        if woord in leen or woord in nederlands:
            if en >= 3.0 and woord in leen:
                tabel[woord] = AANSLUITEND
            continue
        # Dutch dictionaries list many English words; for those only a clear frequency
        # gap counts, and a wider one for words outside the curated English lists.
        drempel = 0.5
        if woord in nederlands_lexicon:
            drempel = 1.0 if woord in uit_scowl else 1.5
        if len(woord) > 1 and en - nl >= drempel:
            # Words only wordfreq knows are often names in disguise (honeywell): report
            # them only when written in lower case.
            tabel[woord] = ENGELS if woord in uit_scowl else ENGELS_KLEIN
        elif en >= 3.0 and en - nl >= -0.6 and nl < 5.3 and woord in uit_scowl:
            tabel[woord] = AANSLUITEND
    # The tail of a contraction is shared at most (the other rules still see it as English).
    for staart in SAMENTREKKINGSSTAARTEN:
        if tabel.get(staart) in (ENGELS, ENGELS_KLEIN):
            tabel[staart] = AANSLUITEND
    # Multi-word entries are matched as phrases at run time; their words keep the
    # value they earned on their own (so 'of' in 'of course' stays Dutch).
    for term in alternatieven:
        if " " not in term:
            tabel[term] = ENGELS
    for woord in leen:
        tabel.setdefault(woord, AANSLUITEND)
    # A Dutch inflected form of a Dutch word is Dutch (at -> eten, stages -> stage), even
    # when the same letters are frequent in English; it may still join a phrase.
    for vorm, lemma in spacy_nl_vormen().items():
        if tabel.get(vorm) == ENGELS and tabel.get(lemma) != ENGELS and vorm not in alternatieven:
            tabel[vorm] = AANSLUITEND
            # A frequent English word that is only marginally Dutch (look: a rare form of
            # luiken, and a loan for 'uiterlijk'): English when it stands alone in speech.
            en = zipf(vorm, "en", wordlist="large")
            if len(vorm) >= 4 and en >= 4.0 and en - zipf(vorm, "nl", wordlist="large") >= 1.5:
                tabel[vorm] = ENGELS_IN_CITAAT
    vormen = spacy_nl_vormen()
    # A Dutch word with the letters of an English one (long, communist, excellent).
    for woord in nederlandse_homografen(tabel, nederlands_lexicon, alternatieven, vormen, zipf):
        tabel[woord] = AANSLUITEND
    # A Dutch word with an English twin that Dutch builds on (order, winning).
    for woord in nederlandse_tweelingen(tabel, nederlands_lexicon, alternatieven):
        tabel[woord] = AANSLUITEND
    # Loans Dutch shares but hardly uses (loot, skate, prompt): see zwakke_leenwoorden.
    onverbogen = onverbogen_leenwoorden(tabel, uit_scowl, leen | nederlands, vormen)
    for woord in zwakke_leenwoorden(onverbogen, zipf):
        tabel[woord] = ZWAK_LEENWOORD
    # Weak loans that are plainly English (meltdown, spotlight): see engelse_leenwoorden.
    for woord in engelse_leenwoorden(tabel, onverbogen, nederlands_lexicon, leen, zipf):
        tabel[woord] = ENGELS
    # Rare English words that Dutch lacks altogether (speedruns, onboarding).
    uitgesloten = nederlands_lexicon | leen | nederlands | set(vormen) | set(vormen.values())
    for woord in wordfreq_zeldzaam(tabel, engelse_woorden, uitgesloten):
        tabel[woord] = ENGELS_KLEIN
    schrijf_werkwoordstammen(tabel, nederlands_lexicon, leen, vormen, zipf)
    schrijf_engelse_werkwoordsvormen(engelse_woorden, leen | nederlands, zipf)
    # Shared words that are far more English than Dutch (deal, base): see sterk_gedeeld.
    for woord in sterk_gedeeld(tabel, nederlands_lexicon, zipf):
        tabel[woord] = STERK_GEDEELD
    # Rare closed compounds of English words that Dutch lacks (kickflip, holeshot); after
    # sterk_gedeeld, since a part far more English than Dutch (kick) counts.
    for woord in wordfreq_samengesteld(tabel, engelse_woorden, uitgesloten):
        tabel[woord] = ENGELS_KLEIN
    schrijf_randen(tabel)
    schrijf_samenstellend(tabel, nederlands_lexicon)
    # Plurals of reported English words that English uses far more (likes, scrubs).
    for woord in engelse_meervouden(tabel, leen | nederlands, vormen, zipf):
        tabel[woord] = ENGELS
    doel = DATA / "engels" / "woorden.bin"
    doel.write_bytes(maak_woordtabel(tabel))
    schrijf_alleen_engels(tabel, uitgesloten)
    schrijf_naamwoorden(
        engelse_naamwoorden(
            tabel, engelse_woorden, nederlands_lexicon, leen | nederlands, vormen, zipf
        )
    )
    schrijf_nederlandse_paren(nederlands_lexicon, zipf)
    engels = sum(1 for v in tabel.values() if v in (ENGELS, ENGELS_KLEIN))
    in_citaat = sum(1 for v in tabel.values() if v == ENGELS_IN_CITAAT)
    zwak = sum(1 for v in tabel.values() if v == ZWAK_LEENWOORD)
    sterk = sum(1 for v in tabel.values() if v == STERK_GEDEELD)
    print(
        f"woorden.bin: {doel.stat().st_size:,} bytes; {engels:,} Engels, "
        f"{len(tabel) - engels - in_citaat - zwak - sterk:,} aansluitend, "
        f"{zwak:,} zwak ingeburgerd, "
        f"{sterk:,} gedeeld maar vooral Engels, "
        f"{in_citaat} alleen in een citaat"
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["werkwoordsvormen"]:
        # only engels/werkwoordsvormen.bin (it needs no other table of this script), from
        # the same English words and Dutch lists as main()
        schrijf_engelse_werkwoordsvormen(
            scowl() | wordfreq_engels(),
            set(_lijst("leenwoorden.txt")) | set(_lijst("nederlands.txt")),
            wordfreq_zipf(),
        )
    else:
        main()
