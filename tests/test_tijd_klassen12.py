"""Tense classes of round 12 (sets 14 and 15 read for classes of error): sentences written
for this round, each class with sentences that must be flagged and ones that must not."""

from __future__ import annotations

import pytest

from tijd_hulp import tt


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("De kinderen die langs komen vragen haar wat ze leest.", ["komen", "vragen", "leest"]),
        ("De ouders die op het plein wachten praten over het weer.", ["wachten", "praten"]),
        ("De buren die naast ons wonen lenen vaak onze ladder.", ["wonen", "lenen"]),
        (
            "Alle vogels die hier broeden vliegen in de winter naar het zuiden.",
            ["broeden", "vliegen"],
        ),
        ("De jongens die in de gang rennen krijgen straf.", ["rennen", "krijgen"]),
        ("De bomen die langs de weg staan verliezen hun blad.", ["staan", "verliezen"]),
        ("Mijn vrienden die in Utrecht wonen komen morgen langs.", ["wonen", "komen"]),
        ("De honden die in het asiel zitten wachten op een baasje.", ["zitten", "wachten"]),
        ("Kinderen die veel lezen schrijven beter.", ["lezen", "schrijven"]),
        ("De meiden die achterin zitten fluisteren de hele les.", ["zitten", "fluisteren"]),
        ("Haar zussen die in de stad werken bellen elke zondag.", ["werken", "bellen"]),
        ("De kinderen die langs kwamen vroegen haar wat ze las.", []),
        ("De ouders die op het plein wachtten praatten over het weer.", []),
        ("De jongens die ze wilde helpen lachten haar uit.", []),
        ("De kinderen die hij zag zwemmen waren moe.", []),
        ("De mensen die daar hadden gewacht gingen naar huis.", []),
        ("De kinderen die mee wilden doen moesten zich melden.", []),
        ("De leerlingen die de boeken hadden gelezen schreven een verslag.", []),
        ("De jongens die hij liet wachten werden boos.", []),
        ("De kinderen die zij hoorde zingen zaten achterin.", []),
        ("De vragen die ze kreeg waren moeilijk.", []),
        ("De meisjes die ze zag dansen droegen rode jurken.", []),
        ("De jongens die bleven hangen kregen een taak.", []),
        ("De vogels die ze hoorden fluiten vlogen weg.", []),
        ("De kinderen die ze zag spelen renden naar huis.", []),
    ],
)
def test_meervoud_na_betrekkelijke_in_onderwerp(tekst: str, verwacht: list[str]) -> None:
    """A plural subject with a relative clause and no comma: the plural form after the relative
    clause's verb is the verb of the clause; a past sentence stays clean."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Hij maakte een lijst van vogels die in de buurt van de school voorkomen.", ["voorkomen"]),
        ("Ze schreef de namen op van kinderen die vaak meedoen.", ["meedoen"]),
        ("Hij vroeg of de bussen op tijd aankomen.", ["aankomen"]),
        ("De juf zei dat de kinderen om drie uur thuiskomen.", ["thuiskomen"]),
        ("Ze zag planten die alleen in de duinen voorkomen.", ["voorkomen"]),
        ("Hij vertelde over de ganzen die elk jaar terugkeren.", ["terugkeren"]),
        ("Ze telde de leerlingen die na school overblijven.", ["overblijven"]),
        ("Omdat de treinen vaak uitvallen, nam ze de fiets.", ["uitvallen"]),
        ("Hij wist dat zulke ruzies vaak uit de hand lopen.", ["lopen"]),
        ("Ze legde uit hoe de seizoenen elkaar opvolgen.", ["opvolgen"]),
        ("Hij wilde voorkomen dat ze viel.", []),
        ("Ze probeerde te voorkomen dat het misging.", []),
        ("Het voorkomen van ruzie was haar doel.", []),
        ("Ze keek naar de vogels die zouden terugkeren.", []),
        ("Hij zag de kinderen die wilden meedoen.", []),
        ("Ze hoopte dat de lessen snel zouden beginnen.", []),
        ("Ze vond de kinderen die niet wilden opgeven dapper.", []),
        ("Ze zag de bladeren die al begonnen te vallen.", []),
        ("Ze schreef de namen op van kinderen die vaak meededen.", []),
        ("Hij wist niet of hij moest terugkomen.", []),
        ("De jongens die de bal wilden hebben renden weg.", []),
        ("Ze zag de vogels die de kat probeerde te vangen.", []),
        ("Ze hielp de kinderen die de weg kwijt waren.", []),
        ("Hij kende de jongens die het spel hadden bedacht.", []),
        ("De meisjes die de juf had uitgenodigd kwamen binnen.", []),
        ("Ze keek naar de auto's die de straat in reden.", []),
        ("Ze zag de ganzen die elk jaar terugkwamen.", []),
        ("Hij telde de fietsen die het hek blokkeren.", ["blokkeren"]),
        ("Ze noemde de leerlingen die elke week meedoen.", ["meedoen"]),
        ("Ze sprak de ouders aan die een kind ophalen.", ["ophalen"]),
    ],
)
def test_werkwoord_achteraan_betrekkelijke(tekst: str, verwacht: list[str]) -> None:
    """A relative clause after a plural noun (also one in -s) closed by a plural verb, also
    with a singular noun phrase after die; a verb after a modal or te is no finite verb."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Op het bord stond: rennen mag niet.", ["mag"]),
        ("Er hing een briefje bij het rek: ruilen mag, verkopen niet.", ["mag"]),
        ("Op de deur stond: kloppen is niet nodig.", ["is"]),
        ("Haar motto was: oefenen helpt altijd.", ["helpt"]),
        ("Onder de foto schreef ze: samen spelen kan ook.", ["kan"]),
        ("In de klas gold één regel: praten mag, schreeuwen niet.", ["mag"]),
        ("Op het bordje stond: fietsen moet aan de hand.", ["moet"]),
        ("Haar advies luidde: rustig ademen werkt.", ["werkt"]),
        ("Rennen mocht niet in de gang.", []),
        ("Zwemmen was haar lievelingssport.", []),
        ("Op het bord stond: rennen verboden.", []),
        ("Hij had één doel: winnen.", []),
        ("Ze moest kiezen: blijven of gaan.", []),
        ("Lezen deed ze het liefst.", []),
        ("Ze wist het zeker: wachten had geen zin.", []),
        ("Er hing een briefje, in zijn handschrift: ruilen mag, verkopen niet.", ["mag"]),
        ("Op het bord stonden de regels: praten mag, roepen niet.", ["mag"]),
        ("Het bordje was duidelijk: fietsen moet, lopen mag.", ["moet", "mag"]),
        ("Ze las de regel hardop: snoepen mocht, kauwgom niet.", []),
    ],
)
def test_infinitief_als_onderwerp_na_dubbele_punt(tekst: str, verwacht: list[str]) -> None:
    """A nominal infinitive as the subject of a rule after a colon (rennen mag niet)."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Onder de foto schreef ze: dans zoals ik, voel de muziek.", ["dans", "voel"]),
        ("Op het bord stond: loop rustig, praat zacht.", ["loop", "praat"]),
        ("Op de kaart stond: bel me, kom langs.", ["bel", "kom"]),
        ("Haar bericht was kort: kom snel, neem je jas mee.", ["kom", "neem"]),
        ("De juf schreef op het bord: lees het boek, maak de opdrachten.", ["lees", "maak"]),
        ("Op de poster stond: droom groot, werk hard.", ["droom", "werk"]),
        ("Hij schreef erbij: kijk goed, luister beter.", ["kijk", "luister"]),
        ("Op het scherm verscheen: sla op en sluit af.", ["sla", "sluit"]),
        ("Ze had één wens: een dans met haar vader.", []),
        ("Op de foto zag je: dans, muziek en lol.", []),
        ("Het programma was: dans, zang en toneel.", []),
        ("Ze noemde haar hobby's: dans, tekenen, zwemmen.", []),
        ("Hij had maar één vak: werk.", []),
        ("Ze dacht aan haar droom: werk in een dierentuin.", []),
        ("Hij stuurde een kaart: kus, knuffel.", []),
        ("Op de kaart stond: kus, knuffel, tot snel.", []),
        ("Haar dag zag er zo uit: werk, sport, slaap.", []),
        ("Zijn tips waren simpel: eet gezond, slaap genoeg.", ["eet", "slaap"]),
        ("Het plan was: wacht even en kijk dan.", ["wacht", "kijk"]),
    ],
)
def test_gebiedend_na_dubbele_punt(tekst: str, verwacht: list[str]) -> None:
    """Imperatives after a colon (a caption, a sign): a verb stem opening a part next to
    another imperative; a noun list after a colon stays clean."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("We spraken af dat we kansrijk adviseren als uitgangspunt nemen.", ["nemen"]),
        ("Ze besloten dat ze samen lezen als vast onderdeel houden.", ["houden"]),
        ("Hij wist dat ze buiten spelen als beloning zien.", ["zien"]),
        ("Ze vond dat we hardop denken als werkvorm gebruiken.", ["gebruiken"]),
        ("We spraken af dat we kansrijk adviseren als uitgangspunt namen.", []),
        ("Ze besloten dat ze samen lezen als vast onderdeel hielden.", []),
        ("Hij wist dat ze buiten spelen als beloning zagen.", []),
        ("Ze vond dat we hardop denken als werkvorm gebruikten.", []),
        ("Hij zag dat ze rennen als de bel gaat.", ["rennen", "gaat"]),
        ("We weten dat ze zwemmen als het warm is.", ["weten", "zwemmen", "is"]),
        ("Ze zei dat ze fietsen als het droog blijft.", ["fietsen", "blijft"]),
        ("Hij zag dat ze dansen als echte sterren.", ["dansen"]),
        ("Ze wist dat ze zingen als kinderen lachen.", ["zingen", "lachen"]),
        ("De juf merkte dat ze voorlezen als beloning ervaren.", ["ervaren"]),
        ("Hij vertelde dat ze samen koken als feest vieren.", ["vieren"]),
        ("Hij vertelde dat ze samen koken als feest vierden.", []),
        ("We weten dat ze wandelen als hobby hebben.", ["weten", "hebben"]),
        ("Ze zag dat ze lopen als een kievit.", ["lopen"]),
    ],
)
def test_infinitief_voor_als_met_werkwoord(tekst: str, verwacht: list[str]) -> None:
    """An infinitive used as an object before als + a bare singular noun + the clause's
    plural verb (kansrijk adviseren als uitgangspunt nemen)."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Ze tekende de kleuters met hun handen vol verf.", []),
        ("De jongens stonden met hun voeten in het water.", []),
        ("Ze liepen naar hun fietsen.", []),
        ("De kinderen zaten op hun knieën.", []),
        ("Ze zwaaiden met hun armen.", []),
        ("De ouders keken naar hun kinderen.", []),
        ("Hij luisterde naar hun verhalen over de zomer.", []),
        ("Ze speelden met hun vrienden in het park.", []),
        ("Hij praatte over hun plannen.", []),
        ("Ze weet dat ze naar hun luisteren.", ["weet", "luisteren"]),
        ("Ze fotografeerde de conciërge, de kleuters met hun handen vol verf en de kok.", []),
        ("Ze zag de meisjes, de jongens met hun haren vol klei en de juf.", []),
        ("Ze tekende de jongens naast haar ogen vol tranen.", []),
        ("De kinderen naast haar lachen.", ["lachen"]),
        ("De jongens met hun fietsen wachten bij het hek.", ["wachten"]),
        ("De meisjes met hun moeders zwaaien.", ["zwaaien"]),
    ],
)
def test_naamwoord_na_voorzetsel_en_hun(tekst: str, verwacht: list[str]) -> None:
    """A plural noun after a preposition and the possessive hun."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Elke dag kreeg hij een waarschuwing. Stil zitten, handen op tafel.", []),
        ("Niet rennen, zei de juf.", []),
        ("Goed opletten, dacht ze.", []),
        ("Netjes opruimen, daarna naar buiten.", []),
        ("Rustig ademen, tot tien tellen.", []),
        ("Hard werken, dat was het plan.", []),
        ("Eerst luisteren, dan praten.", []),
        ("Samen eten, samen afwassen.", []),
        ("Snel omkleden, de bus wacht niet.", ["wacht"]),
        ("Buiten spelen de kinderen.", ["spelen"]),
        ("Hier wonen veel mensen.", ["wonen"]),
        ("Vandaag spelen we buiten.", ["spelen"]),
        ("Straks komen ze, zei hij.", ["komen"]),
        ("Nu lachen ze.", ["lachen"]),
        ("Binnen wachten, zei de juf, want buiten stormt het.", ["stormt"]),
        ("Daar staan ze.", ["staan"]),
        ("Toen renden ze weg.", []),
        ("Samen spelen ze, samen lachen ze.", ["spelen", "lachen"]),
        ("Vandaag spelen, morgen werken.", []),
        ("Snel lopen!", []),
        ("Soms lachen we samen.", ["lachen"]),
        ("Ook zij lachen.", ["lachen"]),
    ],
)
def test_infinitief_als_bevel(tekst: str, verwacht: list[str]) -> None:
    """An infinitive used as a command at the start of a sentence (Stil zitten, handen op
    tafel.): no subject, closed by a mark; an inverted subject keeps the verb."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Hij droeg zijn tas vol blaadjes, verkreukeld en bevlekt met chocolademelk.", []),
        ("Ze vond het schrift, gescheurd en bedekt met modder.", []),
        ("De doos stond in de gang, open en beplakt met stickers.", []),
        ("Het pakje lag klaar, netjes en verpakt in rood papier.", []),
        ("Ze zag de muur, gebarsten en bekrast.", []),
        ("Zijn broek was vuil en bevlekt.", []),
        ("Hij keek verbaasd en ontdekt een gat in de muur.", ["ontdekt"]),
        ("Ze liep naar binnen en bedekt de tafel met een kleed.", ["bedekt"]),
        ("Ze was moe en verpakt de cadeaus.", ["verpakt"]),
        ("Het hek was roestig en bedekt met klimop.", []),
        ("Haar handen waren koud en verkleumd.", []),
        ("Ze bleef rustig en bedankt de juf.", ["bedankt"]),
        ("Hij was snel klaar en verpakt alles in dozen.", ["verpakt"]),
        ("De taart was mislukt en verbrand.", []),
        ("Het boek lag open en beplakt met post-its op tafel.", []),
    ],
)
def test_deelwoord_na_en(tekst: str, verwacht: list[str]) -> None:
    """A participle after en that follows another participle or adjective, closing its part
    or before a prepositional phrase; a verb with an object keeps its label."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Hij liet de jongens en de meisjes wachten bij de deur.", []),
        ("Hij ging zonder iets te zeggen dennenappels en takjes verzamelen onder de bomen.", []),
        ("Hij kon de auto's en de bussen zien rijden.", []),
        ("Ze ging appels en peren plukken in de boomgaard.", []),
        ("Ze zag de jongens en de meisjes lopen.", []),
        ("Hij liet de honden en de katten eten in de keuken.", []),
        ("Ze kon de juf en de kinderen horen zingen in de zaal.", []),
        ("Hij hoorde de vogels en de kinderen zingen.", []),
        ("Ze wilde toen de borden en de glazen afwassen.", []),
        ("Toen ging hij dennenappels en takjes verzamelen.", []),
        ("Ze wilde naar huis en de kinderen wachten al.", ["wachten"]),
        ("Hij wilde naar de winkel en de kinderen wachten bij de deur.", ["wachten"]),
        ("Ze pakte de tassen en de kinderen wachten buiten.", ["wachten"]),
        ("Hij moest de vloer dweilen en de kinderen wachten buiten.", ["wachten"]),
        ("Hij wilde dat de jongens en de meisjes wachten bij de deur.", ["wachten"]),
        ("Hij laat de jongens en de meisjes wachten bij de deur.", ["laat"]),
    ],
)
def test_infinitief_na_gecoordineerd_voorwerp(tekst: str, verwacht: list[str]) -> None:
    """An infinitive after two noun phrases joined by en, after a verb that takes an
    infinitive; a clause of its own after en keeps its plural verb."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        (
            "Ze fluisterden, want hij had uitgelegd dat vogels schrikken van harde geluiden.",
            ["schrikken"],
        ),
        ("Ze zei dat honden blaffen naar vreemden.", ["blaffen"]),
        ("Omdat leerlingen klagen over de kou, zette de juf de verwarming aan.", ["klagen"]),
        ("Hij las dat bijen sterven door gif.", ["sterven"]),
        ("Ze hoorde dat ouders twijfelen over de keuze.", ["twijfelen"]),
        ("Hij wist dat wolven jagen in groepen.", ["jagen"]),
        ("Hij legde uit dat vogels schrokken van harde geluiden.", []),
        ("Ze wist dat kinderen boeken van de bieb lazen.", []),
        ("Hij wist dat jongens kleren met vlekken hadden.", []),
        ("Ze zag dat vogels eten van de grond pikten.", []),
        ("Hij dacht dat leraren lessen over het weer gaven.", []),
    ],
)
def test_meervoud_voor_uitloop(tekst: str, verwacht: list[str]) -> None:
    """A bare plural subject right after dat/omdat and its plural verb before a
    prepositional phrase (dat vogels schrikken van harde geluiden)."""
    assert tt(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Er stond een kraam bij de ingang, vol sla, radijsjes en peterselie.", []),
        ("Volgens de school neemt hun screen time elk jaar toe.", ["neemt"]),
        ("Het bord lag vol brood en kaas.", []),
        ("Hij zei dat hij vanavond een film kijkt met zijn zus.", ["kijkt"]),
        ("Ze had een tas vol speelgoed en drop bij zich.", []),
        ("Als ik wakker word, ruik ik brood.", ["word", "ruik"]),
        ("Dit is het mooiste wat ik ooit heb gezien.", ["is", "heb"]),
        ("Ik kijk gewoon wat ik fout doe.", ["kijk", "doe"]),
        ("Nu ik dit schrijf, ben ik trots.", ["schrijf", "ben"]),
        ("Morgen kom je toch ook?", ["kom"]),
        ("Ze riep dat het klaar was, en kom nu maar eten.", ["kom"]),
        ("Het was laat. Nou kom op, dacht ze.", ["kom"]),
        ("Dus kom maar op.", ["kom"]),
    ],
)
def test_stam_zonder_ik(tekst: str, verwacht: list[str]) -> None:
    """A bare verb stem in the middle of a clause without ik, jij/je after it or an
    imperative's place is a noun (vol sla, radijsjes en peterselie)."""
    assert tt(tekst) == verwacht
