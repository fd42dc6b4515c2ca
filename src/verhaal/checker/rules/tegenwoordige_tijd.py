"""Rule ``tegenwoordige-tijd``: the narration keeps to one tense (by default the past).

Which words are finite verbs, and in which tense, comes from ``verhaal.checker.tijd``:
lexicons say what a word *can* be, a part-of-speech tagger and a tense classifier trained
on Dutch treebank text decide from the context what it *is* (``de kinderen spelen`` vs
``ze gingen spelen``, ``zijn tanden``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter

from verhaal.checker.bevinding import Bevinding
from verhaal.checker.document import Document, Token
from verhaal.checker.regel import Optie, Opties, Regel, Voorbeeld
from verhaal.checker.rules.engels import (
    AANSLUITEND,
    ENGELS,
    ENGELS_IN_CITAAT,
    ENGELS_KLEIN,
    STERK_GEDEELD,
    ZWAK_LEENWOORD,
)
from verhaal.checker.tijd import Tijd, finiete_werkwoorden
from verhaal.checker.tijd.kenmerken import volle_stam
from verhaal.checker.tijd.lexicon import lexicon, tegenwoordige_vorm, verleden_vorm
from verhaal.checker.woordenboek import engelse_waarde

TIJDEN = ("verleden", "tegenwoordig")
# Past forms that belong in present-tense narration too: the conditional (``zou``) and
# the fixed past subjunctive of ``als het ware``.
VOORWAARDELIJK = frozenset({"zou", "zouden", "zoudt"})

BERICHT_VERLEDEN = "Tegenwoordige tijd: vertel het verhaal in de verleden tijd."
BERICHT_TEGENWOORDIG = "Verleden tijd: deze werkvorm vraagt om de tegenwoordige tijd."


def _als_het_ware(doc: Document, token: Token) -> bool:
    """``ware`` in the fixed phrase ``als het ware``."""
    if token.tekst.lower() != "ware":
        return False
    voor = doc.proza[max(0, token.start - 12) : token.start].lower().split()
    return voor[-2:] == ["als", "het"]


def _eerste_persoon(doc: Document, token: Token) -> bool:
    """``ik`` right before or after the verb (ik liep -> ik loop)."""
    voor = doc.proza[max(0, token.start - 4) : token.start].lower().split()
    na = doc.proza[token.eind : token.eind + 4].lower().split()
    return (bool(voor) and voor[-1] == "ik") or (bool(na) and na[0].strip(",.!?") == "ik")


ENGELSER = frozenset((ENGELS, ENGELS_KLEIN, ENGELS_IN_CITAAT, ZWAK_LEENWOORD))
"""Values of the English word table (``engels/woorden.bin``) of words that are more often
English than a Dutch verb form (time, loot), unlike ordinary loans (start, test)."""


def _engelse_woordgroep(doc: Document, token: Token) -> bool:
    """Whether a present form is part of an English phrase: the word is mostly English by
    the English word table and a word right next to it (only spaces between) is in that
    table too (``loot drops``; for a word that is far more often English than Dutch,
    :data:`STERK_GEDEELD`, a neighbour that is itself mostly English: ``screen time``),
    or it is ``is`` and the words on both
    sides of it are plainly English (``sharing is caring``)."""
    eigen = _engels_waarde(token.tekst)
    if eigen == AANSLUITEND:
        return _engels_zinsdeel(doc, token)
    if eigen not in ENGELSER and eigen != STERK_GEDEELD and token.tekst != "is":
        return False  # (the sayings: a plain copula between two English words)
    tokens = doc.tokens
    i = bisect_left(tokens, token.start, key=attrgetter("start"))
    buren = []
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            a, b = (tokens[j], token) if j < i else (token, tokens[j])
            if not doc.tussen(a, b).strip(" "):
                buren.append(_engels_waarde(tokens[j].tekst))
    if eigen in ENGELSER:
        return any(buren)
    if eigen == STERK_GEDEELD:
        return any(w in ENGELSER for w in buren)  # (screen time, as the English rule joins it)
    return len(buren) == 2 and all(w in PLAT_ENGELS for w in buren)


PLAT_ENGELS = frozenset((ENGELS, ENGELS_KLEIN))
"""Values of the English word table of words that are plainly English."""


def _engels_zinsdeel(doc: Document, token: Token) -> bool:
    """Whether a form that is English as well as Dutch (``red``, ``help``, ``test``: the
    table's :data:`AANSLUITEND`) and a plainly English word right after it make up a part
    of the sentence on their own, between punctuation marks or the sentence's ends
    (``... sturen: red flag, green flag``): an English phrase. A Dutch verb there would
    need no English word after it to close the part (``hij test software`` has a subject
    before it in its part)."""
    tokens = doc.tokens
    i = bisect_left(tokens, token.start, key=attrgetter("start"))
    if i + 1 >= len(tokens):
        return False
    rechts = tokens[i + 1]
    if rechts.zin != token.zin or doc.tussen(token, rechts).strip(" "):
        return False
    if _engels_waarde(rechts.tekst) not in PLAT_ENGELS:
        return False
    return _grens(doc, i - 1, i) and _grens(doc, i + 1, i + 2)


def _grens(doc: Document, a: int, b: int) -> bool:
    """Whether a part of a sentence ends between tokens ``a`` and ``b``: a punctuation
    mark between them, or one of them lies outside the sentence of the other."""
    tokens = doc.tokens
    if a < 0 or b >= len(tokens) or tokens[a].zin != tokens[b].zin:
        return True
    tussen = doc.tussen(tokens[a], tokens[b])
    return any(teken in _LEESTEKENS for teken in tussen)


_LEESTEKENS = frozenset(",:;()—–")


@lru_cache(maxsize=4096)
def _engels_waarde(woord: str) -> int:
    """The value of ``woord`` (lower-cased) in the English word table, 0 when absent;
    remembered (a story repeats its verbs)."""
    return engelse_waarde(woord.lower())


def check(doc: Document, opties: Opties) -> Iterator[Bevinding]:
    """Report finite verbs in the wrong tense outside quotation marks."""
    gewenst = opties.get("tijd", "verleden")
    citaten = bool(opties.get("citaten", False))
    fout_tijd: Tijd = "tegenwoordig" if gewenst == "verleden" else "verleden"
    # Only the wrong tense, in the story body, outside quotes unless asked: sentences
    # without such a possible verb are not even analysed.
    for werkwoord in finiete_werkwoorden(doc, tijd=fout_tijd, citaten=citaten, alleen_verhaal=True):
        token = werkwoord.token
        if _engelse_woordgroep(doc, token):
            continue
        if fout_tijd == "verleden":
            if token.tekst.lower() in VOORWAARDELIJK or _als_het_ware(doc, token):
                continue
            suggestie = tegenwoordige_vorm(token.tekst, _eerste_persoon(doc, token))
            bericht = BERICHT_TEGENWOORDIG
        else:
            # a spoken stem takes the past of its full stem, written as the word was
            # (Hou -> Houd -> Hield): volle_stam only ever adds the dropped -d
            stam = volle_stam(token.tekst.lower(), lexicon())
            suggestie = verleden_vorm(token.tekst) or verleden_vorm(
                token.tekst + stam[len(token.tekst) :]
            )
            bericht = BERICHT_VERLEDEN
        if suggestie:
            bericht += f" Bijvoorbeeld: ‘{suggestie}’."
        yield Bevinding(
            regel=REGEL.id,
            ernst=REGEL.ernst,
            start=token.start,
            eind=token.eind,
            tekst=token.tekst,
            bericht=bericht,
            suggestie=suggestie,
        )


_SPEL = "De kinderen spelen buiten op het plein. Ze lachten hard en de zon scheen."

REGEL = Regel(
    id="tegenwoordige-tijd",
    titel="Tegenwoordige tijd in de vertelling",
    beschrijving=(
        "Meldt werkwoorden in de tegenwoordige tijd in de vertelling: 'hij loopt', "
        "'ze heeft gewacht', 'dan belt hij op', 'de kinderen spelen'. Alles tussen "
        "aanhalingstekens (wat iemand zegt) blijft buiten schot, maar een zinnetje als "
        "'zegt ze' na de aanhalingstekens hoort bij de vertelling. Als suggestie staat de "
        "verleden tijd erbij (loopt → liep, heeft → had). Voor werkvormen die in de "
        "tegenwoordige tijd verteld worden, zoals de droom, zet je 'tijd' op "
        "'tegenwoordig': dan meldt de regel juist de verleden tijd."
    ),
    waarom=(
        "Een verhaal in de verleden tijd leest als één geheel: de lezer stapt in een "
        "gebeurtenis die echt heeft plaatsgevonden. Wisselen tussen de tijden haalt de "
        "lezer uit het verhaal. Daarom vraagt de methode om één tijd, en meestal is dat "
        "de verleden tijd."
    ),
    ernst="fout",
    check=check,
    opties={
        "tijd": Optie(
            str,
            "verleden",
            "In welke tijd het verhaal verteld wordt: 'verleden' (meldt de tegenwoordige "
            "tijd) of 'tegenwoordig' (meldt de verleden tijd, bijvoorbeeld voor de droom).",
            keuzes=("verleden", "tegenwoordig"),
        ),
        "citaten": Optie(
            bool,
            False,
            "Ook de tekst tussen aanhalingstekens controleren (standaard: nee).",
        ),
    },
    voorbeelden=(
        Voorbeeld("Hij loopt naar huis.", ["loopt"]),
        Voorbeeld("Hij liep naar huis.", []),
        Voorbeeld(_SPEL, ["spelen"]),
        Voorbeeld("Ze wilden buiten spelen.", []),
        Voorbeeld("Daarna heeft ze lang gewacht.", ["heeft"]),
        Voorbeeld("Toen is hij gevallen.", ["is"]),
        Voorbeeld("Hij weet nu hoe lang een deeg moet rijzen.", ["weet", "moet"]),
        Voorbeeld("Hij wist nu hoe lang een deeg moest rijzen.", []),
        Voorbeeld("Ik hoop dat hij het onthoudt.", ["hoop", "onthoudt"]),
        Voorbeeld("Ik fiets elke dag.", ["fiets"]),
        Voorbeeld("Toen kreeg ik hoop. Toen ik hoop kreeg, lachte ik.", []),
        Voorbeeld("Ze wist niet waarom ze zo laat was. Het water was te heet.", []),
        Voorbeeld("Zo loopt hij naar huis.", ["loopt"]),
        Voorbeeld("Dan belt hij zijn moeder op.", ["belt"]),
        Voorbeeld("De juf zag dat ze meedoet.", ["meedoet"]),
        Voorbeeld("Dan pakt hij zijn tas.", ["pakt"]),
        Voorbeeld("De resultaten zijn verbeterd.", ["zijn"]),
        Voorbeeld("Denk niet dat het vanzelf ging.", ["Denk"]),
        Voorbeeld("„Kom je mee?” vraagt ze.", ["vraagt"]),
        Voorbeeld("„Kom je mee?” vroeg ze.", []),
        Voorbeeld("„Ik kan het niet,” zei hij.", []),
        Voorbeeld("„Ik kan het niet,” zei hij.", ["kan"], opties={"citaten": True}),
        Voorbeeld("De was hing buiten te drogen.", []),
        Voorbeeld("Het werk was af.", []),
        Voorbeeld("In de loop van de ochtend werd het stil.", []),
        Voorbeeld("De remmen piepten en zijn tanden klapperden.", []),
        Voorbeeld("De start van de dag was rommelig.", []),
        Voorbeeld("Het was al laat en de thee was heet.", []),
        Voorbeeld("Ze keek als het ware door hem heen.", []),
        Voorbeeld("Ze zou het morgen proberen.", []),
        Voorbeeld("Hij had het al gezien.", []),
        Voorbeeld("Soms helpt een klein gebaar al.", ["helpt"]),
        Voorbeeld(
            "Over twee jaar loopt ze trots de school in.", [], opties={"tijd": "tegenwoordig"}
        ),
        Voorbeeld(
            "Over twee jaar liep ze trots de school in.", ["liep"], opties={"tijd": "tegenwoordig"}
        ),
        Voorbeeld(
            "Het zou mooi zijn als ze als het ware meedoet.", [], opties={"tijd": "tegenwoordig"}
        ),
        Voorbeeld("De was hangt buiten en het werk is af.", [], opties={"tijd": "tegenwoordig"}),
        Voorbeeld("# De kinderen spelen\n\nDe kinderen speelden buiten.\n", []),
        Voorbeeld("Ze vertelde dat vogels in het zuiden overwinteren.", ["overwinteren"]),
        Voorbeeld("Toen ze binnenkwam, zag ze dat iedereen lacht.", ["lacht"]),
        Voorbeeld("Het meisje zei niets. Ze kijkt naar buiten.", ["kijkt"]),
        Voorbeeld("Hij heet Daan en hij is acht.", ["heet", "is"]),
        Voorbeeld("Ik zag dat ze het kunnen leren.", ["kunnen"]),
        Voorbeeld("Ze kan niet stil zitten.", ["kan"]),
        Voorbeeld('Hij zegt: "Ik kom zo."', ["zegt"]),
        Voorbeeld("Het was te laat om nog te bellen.", []),
        Voorbeeld("De soep was heet.", []),
        Voorbeeld("Ze liet de tekening rondgaan.", []),
        Voorbeeld("Ze hoorde de remmen van de bus piepen.", []),
        Voorbeeld("Hij poetste zijn tanden.", []),
        Voorbeeld("Na de start van de les werd het rustig.", []),
        Voorbeeld("'s Ochtends was hij altijd moe.", []),
        Voorbeeld("Ze moesten lachen om de grap.", []),
        Voorbeeld("Hij had gelopen en was gevallen.", []),
        Voorbeeld("Ik liep naar huis.", ["liep"], opties={"tijd": "tegenwoordig"}),
        Voorbeeld("De kinderen speelden buiten.", ["speelden"], opties={"tijd": "tegenwoordig"}),
        Voorbeeld("De was lag nog in de mand.", ["lag"], opties={"tijd": "tegenwoordig"}),
        Voorbeeld("„Ik liep,” zegt hij.", [], opties={"tijd": "tegenwoordig"}),
        Voorbeeld("Hun sporen lopen tot aan het hek.", ["lopen"]),
        Voorbeeld("De meisjes naast haar kletsen en giechelen.", ["kletsen", "giechelen"]),
        Voorbeeld("De magazijnmedewerkers werken in ploegen.", ["werken"]),
        Voorbeeld("Op maandag had ze les in taal en rekenen met de hele klas.", []),
        Voorbeeld("Hij zat daar met zijn laptop, zijn leesloep en een beker thee.", []),
        Voorbeeld("Honden zijn slimmer dan mensen denken.", ["zijn", "denken"]),
        Voorbeeld("Volgens de mentor hadden de leerlingen te veel screen time.", []),
        Voorbeeld("Elke avond gamet hij tot laat.", ["gamet"]),
        Voorbeeld("Hij moest de containers legen, de vloeren dweilen en de ramen lappen.", []),
        Voorbeeld("Nu wil die jongen zijn geld terug.", ["wil"]),
        Voorbeeld("Ze wist dat er iemand was die de weg kent.", ["kent"]),
        Voorbeeld("Ze wist dat er mensen waren die boeken lezen.", ["lezen"]),
        Voorbeeld("Ze oefenden tot 's avonds laat op het plein.", []),
        Voorbeeld("'s Avonds laat hij de hond uit.", ["laat"]),
        Voorbeeld("Ze gaven elk bericht een cijfer: red flag, green flag.", []),
        Voorbeeld("Hij test software.", ["test"]),
        Voorbeeld("Ik stel voor dat we hem ook uitnodigen.", ["stel", "uitnodigen"]),
        Voorbeeld("Hij zat op een school voor kinderen die moeilijk leren.", ["leren"]),
        Voorbeeld("Daar sloeg ze op een zak die naar zweet rook.", []),
        Voorbeeld("Ze zag de bus waar hij op wacht.", ["wacht"]),
        Voorbeeld("Hij mocht een koers meenemen en die samen met de klas ontleden.", []),
        Voorbeeld("Hij zag kinderen die moeten lezen en die samen spelen.", ["moeten", "spelen"]),
        Voorbeeld("Ze moest koken en die jongens wachten.", ["wachten"]),
        Voorbeeld("Na school chillen de jongens in het park.", ["chillen"]),
        Voorbeeld("Elke avond gamet mijn broer tot laat.", ["gamet"]),
        Voorbeeld("Ze vond chillen de leukste bezigheid.", []),
        Voorbeeld("Elke avond netflixt ze met haar zus.", ["netflixt"]),
        Voorbeeld("Ze netflixten de hele avond.", []),
        Voorbeeld("Zijn doel: de schoenen kopen en ze duurder doorverkopen.", []),
        Voorbeeld("Het gevolg: de kinderen lachen en ze huilen.", ["lachen", "huilen"]),
        Voorbeeld("Zijn wens: nieuwe schoenen kopen en ze aan iedereen laten zien.", []),
        Voorbeeld("Ze vroeg of de kinderen buiten spelen.", ["spelen"]),
        Voorbeeld("Ze wilde appels of peren kopen.", []),
        Voorbeeld("Door de drukte neemt hun screen time toe.", ["neemt"]),
        Voorbeeld("De kinderen die buiten spelen horen de bel niet.", ["spelen", "horen"]),
        Voorbeeld("Iedereen die mee wil moet zich melden.", ["wil", "moet"]),
        Voorbeeld("De vogels die ze hoorden fluiten vlogen weg.", []),
        Voorbeeld("Het boek dat ze moet lezen ligt op tafel.", ["moet", "ligt"]),
        Voorbeeld("De brief die hij had geschreven lag op tafel.", []),
        Voorbeeld("Ze zag dat de jongen die naast haar zit huilt.", ["zit", "huilt"]),
        Voorbeeld("Ze dacht dat de jongens die ze hoorde lachen haar uitlachten.", []),
        Voorbeeld("Lekker luieren op de bank, dat was haar plan voor zondag.", []),
        Voorbeeld("Jongens huilen niet, dat had zijn vader gezegd.", ["huilen"]),
        Voorbeeld("Elke dag oefenen was zwaar.", []),
        Voorbeeld("Kinderen die spelen waren blij.", ["spelen"]),
        Voorbeeld("Hij stond bij de deur, zijn schoenen doorweekt.", []),
        Voorbeeld("Ze keek op, haar vader wacht op de bus.", ["wacht"]),
        Voorbeeld("Het rook naar vers brood en heet vet.", []),
        Voorbeeld("Hij vertelde over steden en markten vol kraampjes.", []),
        Voorbeeld("Ze speelden met de blokken en bouwen een toren.", ["bouwen"]),
        Voorbeeld("Drie keer kloppen, twee keer wachten.", []),
        Voorbeeld("Na een middag zoeken vond hij de sleutel.", []),
        Voorbeeld("Ik mis je. Pas goed op jezelf.", ["mis", "Pas"]),
        Voorbeeld("Pas later begreep ze het.", []),
        Voorbeeld("Geniet van je vakantie!", ["Geniet"]),
        Voorbeeld("Lekker weer vandaag!", []),
        Voorbeeld("Hij legde uit waarom je maden gebruikt in plaats van brood.", ["gebruikt"]),
        Voorbeeld("Ze kreeg straf als de juf het ontdekt.", ["ontdekt"]),
        Voorbeeld("Ze pakte haar jas en loopt naar de deur.", ["loopt"]),
        Voorbeeld("Ze werkte vroeg en laat op de avond.", []),
        Voorbeeld("Het regende. Ze zetten hun jassen in de gang. Daarna gingen ze zitten.", []),
        Voorbeeld("Toen de bel ging, rennen de kinderen naar buiten.", ["rennen"]),
        Voorbeeld("Plan mislukt.", []),
        Voorbeeld("Hij liep naar huis, de handen in zijn zakken.", []),
        Voorbeeld("Ik hou van je.", ["hou"]),
        Voorbeeld(
            "De ouders die op het plein wachten praten over het weer.", ["wachten", "praten"]
        ),
        Voorbeeld("De kinderen die mee wilden doen moesten zich melden.", []),
        Voorbeeld("Ze zag planten die alleen in de duinen voorkomen.", ["voorkomen"]),
        Voorbeeld("Op het bord stond: praten mag, roepen niet.", ["mag"]),
        Voorbeeld("Op de poster stond: droom groot, werk hard.", ["droom", "werk"]),
        Voorbeeld("Het programma was: dans, zang en toneel.", []),
        Voorbeeld("We spraken af dat we kansrijk adviseren als uitgangspunt namen.", []),
        Voorbeeld("De kleuters stonden klaar, met hun handen vol verf en de juf.", []),
        Voorbeeld("Elke dag kreeg hij een waarschuwing. Stil zitten, handen op tafel.", []),
        Voorbeeld("Vandaag spelen we buiten.", ["spelen"]),
        Voorbeeld("Het hek was roestig en bedekt met klimop.", []),
        Voorbeeld("Ze was moe en verpakt de cadeaus.", ["verpakt"]),
        Voorbeeld("Hij liet de jongens en de meisjes wachten bij de deur.", []),
        Voorbeeld("Ze pakte de tassen en de kinderen wachten buiten.", ["wachten"]),
        Voorbeeld("Hij legde uit dat vogels schrikken van harde geluiden.", ["schrikken"]),
        Voorbeeld("Er stond een kraam bij de ingang, vol sla, radijsjes en peterselie.", []),
    ),
)
