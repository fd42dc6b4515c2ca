"""Rule vaktaal on jargon no list holds: classes judged by form, parts and frequency.

Our own sentences (proselint style: what must be flagged, what must stay silent), none
taken from an evaluation set, and checks on the shipped tables behind each class.
"""

from __future__ import annotations

import time

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.document import lees_document
from verhaal.checker.rules import REGELS
from verhaal.checker.rules.vaktaal import (
    ZELDZAAM_BIJVOEGLIJK,
    ZELDZAME_BEPALING,
    _alledaags,
    _bekend,
    _delen,
    _zeldzame_bepaling,
    geleerd_bijvoeglijk,
    onbekende_afkorting,
    uitspreekbaar,
    vind_vaktaal,
)
from verhaal.checker.woordenboek import frequentie
from verhaal.data import lees_regels


def vaktaal(tekst: str) -> list[str]:
    regels = {r: RegelInstelling(aan=r == "vaktaal") for r in REGELS}
    return [b.tekst for b in check(tekst, CheckConfig(regels=regels))]


MOET_MELDEN = [
    # acronyms that are in the word list but rare in general Dutch (Zipf < 3.5)
    ("De APV van de gemeente verbood het.", ["APV"]),
    ("Het CPB rekende het door.", ["CPB"]),
    # the frequency of a dotted abbreviation (ds., mr.) is not the acronym's
    ("De DS stelde een nieuw plan voor.", ["DS"]),
    # mixed case, a Dutch ending without apostrophe, an ampersand
    ("De OvJ sprak met de ZTer en de GWer.", ["OvJ", "ZTer", "GWer"]),
    ("Het T&E-team kwam langs.", ["T&E-team"]),
    # a first name's letters with a hyphenated head are an acronym (EVA-plan)
    ("Het BEN-model hing aan de muur.", ["BEN-model"]),
    # a rare English string of the table, or an English word with a Dutch tail, in
    # capitals is an acronym
    ("Het ACB stuurde een brief over het OWL-lokaal.", ["ACB", "OWL-lokaal"]),
    # three capitals that spell an English word are an acronym in the narration
    ("Het SOT besloot tot een plaatsing.", ["SOT"]),
    # an everyday acronym before money names a funding scheme
    ("De BSO-gelden en het EU-budget waren op.", ["BSO-gelden", "EU-budget"]),
    # administrative compounds with the new heads, after a school or care modifier
    (
        "Het leerlingdossier en het begeleidingsdossier lagen klaar.",
        ["leerlingdossier", "begeleidingsdossier"],
    ),
    ("Het inspectieonderzoek viel goed uit.", ["inspectieonderzoek"]),
    ("Ze schoof aan bij de zorgtafel.", ["zorgtafel"]),
    ("Het begeleidingsmodel was nieuw.", ["begeleidingsmodel"]),
    # a plural modifier with a doubled consonant (casussen -> casus)
    ("Op het casussenoverleg kwam ze ter sprake.", ["casussenoverleg"]),
    # a duty after a policy modifier
    ("Zonder diploma bleef hij kwalificatieplichtig.", ["kwalificatieplichtig"]),
    # the participation council: -geleding, and rights after a policy modifier
    ("De leerlinggeleding had inspraakrecht.", ["leerlinggeleding", "inspraakrecht"]),
    # a head after a hyphenated modifier is judged by the last part
    ("De school-effectrapportage kwam te laat.", ["school-effectrapportage"]),
    # lower-case school types and routes: the two-letter code of a route, and a listed
    # route that is also a word, before a school word
    ("Ze koos vmbo-tl en haar broer vmbo-bb.", ["vmbo-tl", "vmbo-bb"]),
    ("Daarna ging hij naar een school voor (v)so.", ["so"]),
    (
        "Als bbl-student werkte hij, en als bol-leerling zat zij op school.",
        ["bbl-student", "bol-leerling"],
    ),
    # a rare learned adjective before a noun of school or care
    ("Ze kreeg summatieve toetsing.", ["summatieve toetsing"]),
    ("De leraar ging formatief evalueren.", ["formatief evalueren"]),
    ("Na een residentiële plaatsing ging het beter.", ["residentiële plaatsing"]),
    ("Hij kreeg compenserende maatregelen.", ["compenserende maatregelen"]),
    ("Ze zat in de gemengd-theoretische leerweg.", ["gemengd-theoretische leerweg"]),
    ("Er kwam orthopedagogische begeleiding.", ["orthopedagogische begeleiding"]),
    ("Hij kreeg gedifferentieerde instructie.", ["gedifferentieerde instructie"]),
    ("Er ging een onderwijskundig rapport mee.", ["onderwijskundig rapport"]),
    ("Ze kreeg adaptief onderwijs en curatieve zorg.", ["adaptief onderwijs", "curatieve zorg"]),
    # a way of working: a rare adverb in -gericht or -matig before a verb of working
    ("Het team ging planmatig werken.", ["planmatig werken"]),
    ("Uit de test kwam een disharmonisch profiel.", ["disharmonisch profiel"]),
    ("Hij wachtte op een residentiële voorziening.", ["residentiële voorziening"]),
    ("De beroepsvoorbereidende examinering begon.", ["beroepsvoorbereidende examinering"]),
    # heads of records and weighings after any Dutch word (kop, woordkop)
    (
        "Het visiedocument en het cliëntvolgsysteem lagen klaar.",
        ["visiedocument", "cliëntvolgsysteem"],
    ),
    ("De belangenweging viel anders uit.", ["belangenweging"]),
    ("Zonder beroepskwalificatie kwam hij er niet in.", ["beroepskwalificatie"]),
    # a measure after a learned abstract noun (maat)
    ("De participatiescore steeg.", ["participatiescore"]),
    # a method named by a word no lexicon knows, before a head of policy language
    ("Ze werkten met de Pomodino-aanpak.", ["Pomodino-aanpak"]),
    # rare adjectives of frequency and of school level, and a rare learned adjective
    # before a head of administrative compounds
    (
        "Er kwam een driejaarlijkse rapportage en een interschoolse regeling.",
        ["driejaarlijkse rapportage", "interschoolse regeling"],
    ),
    ("Ze werkten in een opbrengstgericht kader.", ["opbrengstgericht kader"]),
    # a rare learned adjective in -air(e) before a head of school or care
    ("Er kwam een interdisciplinaire aanpak.", ["interdisciplinaire aanpak"]),
    # a stage, a schedule, a report or a measure after a modifier of the lists that is
    # itself rare in general Dutch (zwakkop, maat)
    (
        "De observatiefase duurde zes weken en het nazorgrooster hing in de gang.",
        ["observatiefase", "nazorgrooster"],
    ),
    (
        "De instroommelding ging naar de gemeente; de signaleringsscore was hoog.",
        ["instroommelding", "signaleringsscore"],
    ),
    (
        "De behandelplaats kwam vrij en het monitoringsysteem gaf een signaal.",
        ["behandelplaats", "monitoringsysteem"],
    ),
    # such a head after an acronym general Dutch does not know (a token with a digit is
    # a number: the getal rule's)
    ("Hij kreeg LWOO-onderwijs en daarna VT3-onderwijs.", ["LWOO-onderwijs"]),
    # a function word in capitals right after an article is an acronym
    ("De zaak ging naar het OM en daarna naar de rechter.", ["OM"]),
    # a school type that is also a word, before a hyphen in a sentence about a course
    ("Hij volgde de opleiding koken op niveau 2, in de bol-route.", ["bol-route"]),
    # a participle that opens a term of the lists, before a rare noun of school or care
    ("De commissie stond aangepaste examinering toe.", ["aangepaste examinering"]),
    # a rare learned adjective before a compound that starts with a noun closing a term
    # of the lists (fonologische verwerking)
    ("De logopedist zag een auditief verwerkingstekort.", ["auditief verwerkingstekort"]),
    # a rare compound whose modifier is a rare compound with a part of the lists'
    # modifiers, before a head of the lists' compounds (veld.txt)
    (
        "Ze vulde de kleuterobservatielijst in voor het trajectbegeleidingsgesprek.",
        ["kleuterobservatielijst", "trajectbegeleidingsgesprek"],
    ),
]

MOET_STIL = [
    # household acronyms in the Zipf band 3.0-3.5 (reviewed everyday list)
    "Het KNMI gaf code oranje en het CBR keurde haar rijbewijs.",
    "Ze zocht haar BSN op en betaalde met haar IBAN.",
    # a brand or word of the lexicon in capitals, and reviewed acronyms the lexicon writes
    # in lower case
    "Ze kocht brood bij de LIDL en een UFO-pop.",
    "De buis was van PVC.",
    # acronyms with a dotted twin that everyone knows
    "Ze woonde in de VS en werkte bij de ING.",
    # a first name in capitals on its own is no acronym
    "Onder de brief stond: groeten, EVA.",
    # everyday compounds with an administrative head, or a plain head
    "Het politiedossier, de keukentafel en het bloedonderzoek.",
    "Het verjaardagsplan, het reisplan en de boodschappenlijst lagen klaar.",
    "Het examenreglement lag in de kast.",
    "Het dyslexieonderzoek duurde een middag.",
    "Het meetinstrument lag klaar.",
    # a file, a qualifying round, a movement whose head is longer than weging
    "Ze opende een Excel-document en een PDF-document.",
    "De WK-kwalificatie lukte en de guerrillabeweging groeide.",
    # a measure after a school word is school talk; a common adjective
    "Hij las het toetscijfer en de examenscore en had een jaarlijks onderzoek.",
    # before a head of compounds: no learned adjective in -isch, no adjective of a country
    "Het cryptografisch protocol en de Zwitserse structuur.",
    # a plain English word in capitals; the theoretical route; a ball; the right to vote
    "„HEY!” riep hij. „YAY, OWL!”",
    "„HELP,” riep hij, „OWL!” Ze ging naar vmbo-t, de bol rolde weg en ze had stemrecht.",
    "Het havo-vwo-lokaal was vol.",
    # everyday acronyms with an ampersand; an everyday duty
    "Ze sliepen in een B&B, aten M&M's en hij was nog leerplichtig.",
    # common or concrete adjectives before those nouns
    "De muzikale begeleiding en de speciale instructie.",
    "Op regionaal niveau en nationaal niveau ging het goed.",
    "Hij deed een diagnostische toets en een moeilijke toets.",
    "De persoonlijke begeleiding en de medische ondersteuning.",
    "Hij kreeg een lopende evaluatie en een aanvullende toetsing.",
    "Het speciaal onderwijs, de medische zorg en het nieuwe traject.",
    "Hij koos het technische profiel en had een sportief profiel.",
    "De camping had sanitaire voorzieningen en educatieve voorzieningen.",
    "Hij moest regelmatig werken; ze bekeek de artistieke werken en zag hem hard werken.",
    # a plain head that annotators read as transparent is no administrative head
    "In de groepsbespreking en de leerlingbespreking kwam ze ter sprake.",
    # those heads after an everyday modifier, or after a false split (in-formatie)
    "Het examenrooster hing naast de uitslag van de selectieronde en de ontwerpfase.",
    "In de bewerkingsfase en de informatiefase ging alles goed.",
    "Hij zocht een zitplaats, een stageplaats, een landkaart en een camerasysteem.",
    # common adjectives in -air(e)
    "De militaire aanpak en het populaire onderwijs.",
    # a school type in capitals, also before a head; a known acronym with a digit
    "Hij koos HAVO-onderwijs, las het VMBO-advies en kocht een MP3-speler.",
    # a function word in capitals without an article is stress
    "Hij kwam OM vijf uur thuis, ALS het regende.",
    # the options of a switch, and a stressed preposition used as a noun
    "Hij drukte op de AAN/UIT-knop en koos voor het VOOR en niet het TEGEN.",
    # letters that no Dutch word begins or ends with are read as an acronym, and this
    # one is frequent in general Dutch
    "De auto moest voor de APK naar de garage.",
    # the same word before a hyphen outside a school sentence, or as an adjective
    "Hij kocht een bol-lamp en in de klas lag een bol-vormige steen.",
    # a participle of the lists before an everyday noun, and an everyday adjective before
    # such a compound
    "Ze kreeg aangepaste zorg en een verkorte route, in een historische verwerkingshal.",
    # rare compounds with a modifier of everyday words or a number, or a common modifier
    "Na het vijfminutengesprek aan de keukentafel volgde het voetbalkantinegesprek.",
    "Op de zandkasteelwedstrijd hing de verjaardagsfeestlijst.",
    # acronyms that English text uses far more than Dutch: leagues and agencies from the
    # news or from sport (internationaal.txt, derived from wordfreq)
    "Hij keek 's nachts naar de NHL en las alles over een NBA-speler en de FDA.",
]


@pytest.mark.parametrize(("tekst", "verwacht"), MOET_MELDEN)
def test_moet_melden(tekst: str, verwacht: list[str]) -> None:
    assert vaktaal(tekst) == verwacht


@pytest.mark.parametrize("tekst", MOET_STIL)
def test_moet_stil(tekst: str) -> None:
    assert vaktaal(tekst) == []


def test_internationale_afkortingen() -> None:
    # the derived table of English acronyms holds no term of the lists, and a Dutch
    # acronym that English hardly uses stays jargon
    tabel = set(lees_regels("vaktaal/internationaal.txt"))
    assert {"NBA", "FBI"} <= tabel
    assert not tabel & {t.upper() for t in lees_regels("vaktaal/termen-breed.txt")}
    assert vaktaal("Ze bespraken het DPV van de leerling en daarna de NBA.") == ["DPV"]


def test_veldtabel_is_actueel() -> None:
    # veld.txt is derived from the term lists by scripts/tabellen/vaktaal.py --veld
    import importlib.util
    from pathlib import Path

    pad = Path(__file__).resolve().parents[1] / "scripts" / "tabellen" / "vaktaal.py"
    spec = importlib.util.spec_from_file_location("tabel_vaktaal", pad)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (pad.parents[2] / "src/verhaal/data/vaktaal/veld.txt").read_text(
        encoding="utf-8"
    ) == module.veldtabel()


def test_alledaagse_afkortingen_zijn_nodig() -> None:
    # every entry of the reviewed everyday list is an acronym that the frequency alone
    # would report (rare, or its frequency belongs to a dotted twin): otherwise the entry
    # is superfluous (scripts/tabellen/vaktaal.py lists the band under review)
    for afkorting in _alledaags():
        kern = afkorting.replace("&", "")
        assert kern.isalnum(), afkorting
        if "&" not in afkorting and kern.isupper() and kern.isalpha():
            assert not _bekend(kern), afkorting
            assert not onbekende_afkorting(kern), afkorting


def test_delen_tabel() -> None:
    delen = _delen()
    assert set(delen) == {
        "werkwijze",
        "kop",
        "deel",
        "geld",
        "bepaling",
        "afkorting",
        "schooltype",
        "zelfstandig",
        "aanpak",
        "woordkop",
        "maat",
        "schoolwoord",
        "beleidskop",
        "zwakkop",
        "zorgstaart",
    }
    alle = [w for woorden in delen.values() for w in woorden]
    assert all(w == w.strip() and w == w.lower() for w in alle)
    # a head is in one class only
    koppen = [
        w
        for s in ("kop", "woordkop", "deel", "beleidskop", "geld", "maat", "zwakkop")
        for w in delen[s]
    ]
    assert len(koppen) == len(set(koppen))
    # the words that made false alarms on plain text are no heads
    assert not {"reglement", "instrument", "toets", "bespreking"} & set(
        koppen + list(delen["zelfstandig"])
    )


def test_schoolwoord_maakt_geen_vaktaal() -> None:
    # an everyday school word as first part keeps a compound readable, whatever head
    # follows; the same head after a word of policy language still makes jargon
    delen = _delen()
    assert delen["schoolwoord"]
    assert not delen["schoolwoord"] & (delen["bepaling"] | delen["kop"] | delen["deel"])
    for woord in sorted(delen["schoolwoord"]):
        for kop in ("regeling", "analyse", "procedure"):
            samenstelling = f"{woord}{kop}" if woord.endswith("s") else f"{woord}s{kop}"
            assert vaktaal(f"Daarna kwam de {samenstelling} aan bod.") == [], samenstelling
    assert vaktaal("Daarna kwam de bekostigingsanalyse aan bod.") == ["bekostigingsanalyse"]


def test_geen_term_met_een_cijfer() -> None:
    # a token with a digit (NT2) is a number span for the getal rule, which reports it
    # anyway; the term lists hold no such term
    termen = [r.split("\t")[0] for r in lees_regels("vaktaal/termen.tsv")]
    termen += lees_regels("vaktaal/termen-breed.txt")
    assert not [t for t in termen if any(c.isdigit() for c in t)]


def test_geleerd_bijvoeglijk_naar_vorm_en_frequentie() -> None:
    for woord in ("formatieve", "residentiële", "dispenserende", "arbeidsmarktgerichte"):
        assert geleerd_bijvoeglijk(woord), woord
    for woord in ("muzikale", "speciale", "preventieve", "snelle", "groene"):
        assert not geleerd_bijvoeglijk(woord), woord
    assert frequentie("muzikale") >= ZELDZAAM_BIJVOEGLIJK > frequentie("formatieve")


def test_woordgroep_toegestaan() -> None:
    regels = {r: RegelInstelling(aan=r == "vaktaal") for r in REGELS}
    regels["vaktaal"] = RegelInstelling(opties={"toegestaan": ["Formatieve toetsing"]})
    tekst = "Ze kreeg formatieve toetsing en residentiële plaatsing."
    gevonden = [b.tekst for b in check(tekst, CheckConfig(regels=regels))]
    assert gevonden == ["residentiële plaatsing"]


# A Dutch word in capitals used as the name of something (a monitor, an agreement) after
# an article or a preposition is an acronym; stress, shouting, labels and titles are not.
@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("In KIJK stond dat ze goed speelde met anderen.", ["KIJK"]),
        ("Volgens de DURF scoorde hij laag op taal.", ["DURF"]),
        ("Op de site van het MELD stond zijn rooster.", ["MELD"]),
        # stress on an adverb, a pronoun, an adjective or a noun
        ("Hij wilde NIET naar de tandarts.", []),
        ("Het was van MIJ, zei ze later.", []),
        ("Ze kreeg de ECHTE sleutel pas in mei.", []),
        ("Het was een HUIS van glas.", []),
        # shouting in speech or before an exclamation mark, a label, a title
        ("„Kijk uit voor de GEIT,” riep hij.", []),
        ("Ze riep naar de GEIT!", []),
        # but a hyphen after the mark joins a product's name to its head
        ("Ze werkte met de DOE!-map.", ["DOE"]),
        ("Op het bord stond in hoofdletters: GEIT.", []),
        ("# OP ZOEK NAAR DE BRON\n\nZe liep naar huis.", []),
        # spelled out in the text itself
        ("Hij werkte bij het Meldpunt Eerlijk Leren Delft (MELD), later weer bij het MELD.", []),
    ],
)
def test_woord_in_hoofdletters(tekst: str, verwacht: list[str]) -> None:
    assert vaktaal(tekst) == verwacht


def test_zeldzame_bepaling_naar_frequentie() -> None:
    # a modifier of the lists counts as policy language below the line, also inside a
    # longer first part; a false split (in-formatie) is no modifier
    assert frequentie("interventie") < ZELDZAME_BEPALING <= frequentie("examen")
    for voor in ("interventie", "maatwerk", "verzuims", "schoolverzuim"):
        assert _zeldzame_bepaling(voor), voor
    for voor in ("examen", "groeps", "informatie", "behandelings"):
        assert not _zeldzame_bepaling(voor), voor


def test_uitspreekbaar_naar_klankgroepen() -> None:
    # derived from the lexicon (scripts/tabellen/vaktaal.py --klanken)
    for woord in ("zien", "bron", "kies", "havo", "sla", "straks"):
        assert uitspreekbaar(woord), woord
    for woord in ("apk", "mbo", "vve", "tv", "cjg"):
        assert not uitspreekbaar(woord), woord


LOOPBAAN = [
    # a career verb in a sentence about a school, level or course is school talk
    ("Na een jaar mocht hij uitstromen naar niveau drie.", ["uitstromen"]),
    # going on to the next class is plain Dutch
    ("Na een jaar mocht hij doorstromen naar de derde klas.", []),
    ("De meeste leerlingen stroomden uit naar het mbo.", []),  # split: ordinary verb use
    ("Ze was al in de brugklas uitgestroomd naar een andere school.", ["uitgestroomd"]),
    ("Vier kinderen instromen pas na de zomer in groep een van de basisschool.", ["instromen"]),
    ("Hij instroomt volgend jaar in de havo.", ["instroomt"]),
    # outside a school sentence it is water, traffic or people
    ("Het water kon niet doorstromen door de verstopte buis.", []),
    ("Honderden fans uitstromen na de wedstrijd het stadion.", []),
    # a flood is never a school career, even in a school sentence
    ("Het lokaal van de brugklas overstroomde na de storm.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), LOOPBAAN)
def test_loopbaanwerkwoord_in_schoolzin(tekst: str, verwacht: list[str]) -> None:
    assert vaktaal(tekst) == verwacht


JARGONZIN = [
    # a compound with a head of policy language reads as jargon beside other jargon
    ("In het OPP stond ook een wisseldossier.", ["OPP", "wisseldossier"]),
    ("Na het MDO kwam er een startoverleg met de ouders.", ["MDO", "startoverleg"]),
    # on its own, or in the next sentence, it stays a readable compound
    ("Hij kreeg een wisseldossier.", []),
    ("Er kwam een startoverleg met de ouders.", []),
    ("Na het MDO praatten ze nog even. Er kwam een startoverleg.", ["MDO"]),
    # a school word or type before the head, or a head of a measure, keeps it readable
    ("In het OPP stond dat hij een havodiploma wilde halen.", ["OPP"]),
    ("Het OPP noemde zijn leesniveau en zijn praktijkuren.", ["OPP"]),
]


@pytest.mark.parametrize(("tekst", "verwacht"), JARGONZIN)
def test_samenstelling_in_jargonzin(tekst: str, verwacht: list[str]) -> None:
    assert vaktaal(tekst) == verwacht


def test_jargonzin_toegestaan() -> None:
    regels = {r: RegelInstelling(aan=r == "vaktaal") for r in REGELS}
    regels["vaktaal"] = RegelInstelling(aan=True, opties={"toegestaan": ["wisseldossier"]})
    bevindingen = check("In het OPP stond ook een wisseldossier.", CheckConfig(regels=regels))
    assert [b.tekst for b in bevindingen] == ["OPP"]


@pytest.mark.parametrize(
    ("stuk", "per_stuk"),
    [("uitstromen naar de klas ", 1), ("het IOP en het transitieplan, ", 2)],
    ids=["loopbaan", "jargonzin"],
)
def test_een_zin_zonder_punt_vol_treffers_kost_lineaire_tijd(stuk: str, per_stuk: int) -> None:
    # One sentence of 20,000 career verbs or acronym-and-compound pairs: each sentence is
    # read once for its school words, and a compound's overlap with the findings is one
    # bisect. Before, both scanned the whole sentence or all findings per candidate
    # (quadratic: over 20 seconds here); the bound is a generous hang guard.
    doc = lees_document(stuk * 20_000, "txt")
    begin = time.perf_counter()
    assert len(list(vind_vaktaal(doc, (), ()))) == per_stuk * 20_000
    assert time.perf_counter() - begin < 5.0
