"""Rule engels on words no list holds: one must-flag and must-not-flag set per mechanism.

Our own sentences (gaming, social media, school life), none taken from an evaluation set,
and checks on the shipped tables the mechanisms read (built by scripts/tabellen/engels.py).
"""

from __future__ import annotations

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.rules import REGELS, engels
from verhaal.checker.woordenboek import lees_woordtabel
from verhaal.data import lees_woorden


def engels_in(tekst: str) -> list[str]:
    regels = {r: RegelInstelling(aan=r == "engels") for r in REGELS}
    return [b.tekst for b in check(tekst, CheckConfig(regels=regels))]


# A participle the Dutch word list has, on a plainly English stem, that Dutch hardly uses.
DEELWOORD_IN_LIJST = [
    ("Ze had de vorige aflevering kort gerecapt.", ["gerecapt"]),
    ("De vloer was flink gescrubd.", ["gescrubd"]),
    # Dutch verbs whose letters also read as an English stem (lak, lik, spurt, check)
    ("De deur was net gelakt en de hond had het bord gelikt.", []),
    ("Hij had naar de finish gespurt.", []),
    ("Ze had alles gecheckt en gemaild.", []),
]

# A verb form no Dutch list has, on an English stem that Dutch shares, whose Dutch verb is
# rare (blocken, skippen): English; on an integrated verb (scrollen) or a listed loan, not.
ONGELIJSTE_VORM = [
    ("Ze had hem na de ruzie meteen geblockt.", ["geblockt"]),
    ("Hij had het saaie filmpje geskipt.", ["geskipt"]),
    ("Ze blockte iedereen die haar uitlachte.", ["blockte"]),
    ("Hij scrollde verder en de app werd geüpdatet.", []),
    ("Ze zijn de hele zomer gaan touren met de band.", []),
]

# A form on -en on a shared stem only where an infinitive stands; elsewhere it is as often a
# Dutch plural.
INFINITIEF = [
    ("Ze bleef de hele avond prompten.", ["prompten"]),
    ("Hij leerde prompten in de les informatica.", ["prompten"]),
    ("We gingen na school lekker chillen.", ["chillen"]),
    ("Hij bleef maar levelen in zijn spel.", ["levelen"]),
    ("„We liken gewoon alles,” zei ze.", ["liken"]),
    ("De exporten stegen dat jaar flink.", []),
    # a Dutch word written without its diaeresis (patiënten, coëfficiënten)
    ("Ze moest de patienten en hun clienten bellen.", []),
    ("We moesten de coefficienten uitrekenen.", []),
    # a Dutch verb on -eren whose stem reads as English (dispense, order)
    ("De school nam dispenserende maatregelen.", []),
    ("Ze moest nog orderen bij de groothandel.", []),
    ("De wallen onder haar ogen waren donker.", []),
]

# A hyphen joining a loan Dutch hardly uses to a Dutch word.
STREEPJE = [
    ("Hij opende de loot-kist met een gouden sleutel.", ["loot-kist"]),
    ("Ze zat in een skate-crew uit de buurt.", ["skate-crew"]),
    # two vowels meet (Dutch spelling wants the hyphen), or two integrated loans
    ("Ze deed een druppel aroma-olie in het bad.", []),
    ("Het team-uitje ging naar zee.", []),
    # a hyphenated word the Dutch list has is Dutch, whatever its parts
    ("Na de warming-up nam ze een time-out en deed haar make-up.", []),
    ("Hij had weinig self-esteem.", ["self-esteem"]),
]

# A closed compound no Dutch list has, of a plainly English word and a loan.
LEENSAMENSTELLING = [
    ("De gameplay van het nieuwe spel viel tegen.", ["gameplay"]),
    ("Hij was de linkshander van de klas.", []),
    ("Ze droeg haar clubshirt naar de wedstrijd.", []),
    # a loan Dutch hardly uses with another English word that Dutch has not taken in
    ("Hij kocht voor zijn zakgeld een lootbox.", ["lootbox"]),
    ("Ze hoorde bij de skatecrew van het plein.", ["skatecrew"]),
    ("De teamcoach keek naar de exitcode van het programma.", []),
]


# An English word with an English ending or prefix that no Dutch list has, also as the stem
# of a Dutch verb form.
AFLEIDING = [
    ("Hij keek een unboxing van zijn nieuwe koptelefoon.", ["unboxing"]),
    ("Na elke val moest hij respawnen.", ["respawnen"]),
    ("Hij respawnde naast de brug.", ["respawnde"]),
    ("Ze had haar oude klasgenoot geunfollowd.", ["geunfollowd"]),
    # Dutch -ing nouns and a Dutch spelling slip on -d stay
    ("De verbetering kwam na de melding.", []),
    ("Hij leverd het werk morgen in.", []),
    # an English -ing word no list has before a Dutch word; a Dutch one stays
    ("Hij keek de hele dag naar unboxingfilmpjes.", ["unboxingfilmpjes"]),
    ("Het planningsbord hing naast de deur.", []),
]

# An English compound as the stem of a Dutch verb form; -en only where an infinitive stands,
# and never after a Dutch first part (sport + spullen).
SAMENGESTELDE_STAM = [
    ("Ze bleef tot middernacht doomscrollen.", ["doomscrollen"]),
    ("Na de nederlaag was hij meteen geragequit.", ["geragequit"]),
    ("Ze wilde haar sportspullen niet vergeten.", []),
    ("Hij was erg geinteresseerd in het verhaal.", []),
    # four letters and -n after the silent e of a plainly English verb
    ("De baas liet hem de schappen facen.", ["facen"]),
]

# A Dutch verb form on a stem that is English as a whole (an English verb, or up- or out-
# before one), also where the compound splitter finds a Dutch reading; a form on -en only
# where an infinitive stands.
ENGELSE_STAM = [
    ("Hij probeerde de oude kaarten te resellen.", ["resellen"]),
    ("Ze moest de klanten een grotere beker upsellen.", ["upsellen"]),
    ("In de finale wist ze hem te outplayen.", ["outplayen"]),
    ("Die zomer upsellde ze elke klant.", ["upsellde"]),
    # Dutch verbs and plurals whose letters hold an English word stay
    ("Ze moesten de oude regels herschrijven en de stellen wachtten.", []),
    ("Hij wilde zijn respect tonen aan de regionen van het land.", []),
    # Dutch plurals of nouns (autopiloot, tensor) and a Dutch compound (cast + leden)
    ("De piloten moesten de autopiloten en de tensoren controleren.", []),
    ("Alle castleden bleven na de voorstelling.", []),
    # a form on -en on a stem English as a whole, wherever it stands (no verb before it)
    ("Goedkoop inkopen, duur resellen: zo verdiende hij zijn geld.", ["resellen"]),
    ("Na de crash was restarten het enige wat hielp.", ["restarten"]),
    # a Dutch verb on -eren (taper-en, summer-en), and a capital at the sentence start
    ("De kapper ging de zijkanten taperen.", []),
    ("Angeren ligt aan de Rijn.", []),
    # a past form on an English compound stem (rage + quit), also where the compound
    # splitter reads a Dutch word (rage + quitte), but not a Dutch word before a common one
    ("Hij verloor de finale en ragequitte.", ["ragequitte"]),
    ("Het arrangementsbudget was in maart al op.", []),
    ("De liegebeest loog weer.", []),
]

# A hyphen that sets apart two English words run together, before or after a Dutch word.
ENGELSE_SAMENSTELLING_MET_STREEPJE = [
    ("Na de ruzie ging hij naar de cooldown-ruimte.", ["cooldown-ruimte"]),
    ("De voicechat-regels hingen naast het scherm.", ["voicechat-regels"]),
    # a part with an English word of three letters (eye + gaze, day + shift)
    ("Ze bestuurde de computer met een eyegaze-camera.", ["eyegaze-camera"]),
    ("Het dayshift-rooster hing in de kantine.", ["dayshift-rooster"]),
    # Dutch uses the English compound (pacemaker), or the part has a Dutch reading
    ("Opa kreeg een pacemaker-controle in het ziekenhuis.", []),
    ("Ze pakte de zaklamp-houder uit de kast.", []),
]


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    ENGELSE_STAM + ENGELSE_SAMENSTELLING_MET_STREEPJE,
)
def test_engelse_stam_en_samenstelling(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    DEELWOORD_IN_LIJST
    + ONGELIJSTE_VORM
    + INFINITIEF
    + STREEPJE
    + LEENSAMENSTELLING
    + AFLEIDING
    + SAMENGESTELDE_STAM,
)
def test_engels_op_klasse(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# A capitalised English word that is the subject, with an object pronoun after the verb, is
# a person's name; after a pronoun that is always a subject, the first word is fronted.
NAMEN = [
    ("Sky had het er moeilijk mee. Ze zei niets.", []),
    ("River zag ze niet staan.", []),
    ("Weird vond hij het niet.", ["Weird"]),
]


@pytest.mark.parametrize(("tekst", "verwacht"), NAMEN)
def test_namen_die_engels_lijken(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_zwakke_leenwoorden_in_de_tabel() -> None:
    tabel = lees_woordtabel("engels/woorden.bin")
    # loans Dutch hardly uses and does not inflect as its own
    for woord in ("loot", "skate"):
        assert tabel.waarde(woord) == engels.ZWAK_LEENWOORD, woord
    # a weak loan that is plainly English (not shared with French, Spanish, Italian or
    # German, no Dutch compounds or verb on it) is reported: meltdown, spotlight
    for woord in ("meltdown", "spotlight"):
        assert tabel.waarde(woord) == engels.ENGELS, woord
    # international words and words Dutch builds on stay weak loans at most
    for woord in ("algebra", "doctrine", "grind", "intake", "exit"):
        assert tabel.waarde(woord) != engels.ENGELS, woord
    # Dutch inflects these (protestantse, bittere, prompte) or lists them as integrated
    for woord in ("protestants", "bitter", "prompt", "team", "game"):
        assert tabel.waarde(woord) != engels.ZWAK_LEENWOORD, woord
    # a weak loan is still only a neighbour on its own, never reported alone
    assert engels_in("Hij vond veel loot in de kist.") == []


# Dutch words with the letters of an English word, that Dutch inflects as its own.
HOMOGRAAF = [
    ("Zijn linker long was ontstoken.", []),
    ("De communist hield een toespraak over een nieuw episode.", []),
    ("Ze had een excellent en consistent verslag geschreven.", []),
    # in an English phrase they still join
    ("„Long story short,” zei ze.", ["Long story short"]),
]


@pytest.mark.parametrize(("tekst", "verwacht"), HOMOGRAAF)
def test_nederlandse_homografen(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_homografen_in_de_tabel() -> None:
    tabel = lees_woordtabel("engels/woorden.bin")
    for woord in ("long", "communist", "excellent", "episode"):
        # shared with Dutch: only a neighbour, even where far more English (value 8)
        assert tabel.waarde(woord) in (engels.AANSLUITEND, engels.STERK_GEDEELD), woord
    for woord in ("skills", "mindset", "awkward"):
        assert tabel.waarde(woord) == engels.ENGELS, woord


# Two shared English words side by side, one far more English than Dutch: a phrase.
GEDEELDE_PAREN = [
    ("Ze kreeg een brand deal van een merk.", ["brand deal"]),
    ("Zijn fan base groeide snel.", ["fan base"]),
    ("Het café was een hot spot.", ["hot spot"]),
    ("Ze had een starter pack gekocht.", ["starter pack"]),
    ("Ze werkte part time in de winkel.", ["part time"]),
    # alone a shared word stays Dutch, and two listed loans together are Dutch
    ("De deal ging door en de brand was geblust.", []),
    ("Het team training gaf hem energie.", []),
    # two listed loans that are both far more English than Dutch do make a phrase
    ("Voor de spiegel deed ze een fit check.", ["fit check"]),
    ("Het werd een echte game show.", ["game show"]),
    ("Het was een complete algebra.", []),
    # with a hyphen a Dutch word makes no phrase with it, but Dutch writes such a
    # compound closed: the hyphen shows the English word (not where two vowels meet)
    ("De screen-regels waren streng.", ["screen-regels"]),
    ("De data-analyse duurde lang.", []),
    ("Na de check-in begon de les.", []),
    ("Het was een win-win situatie.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), GEDEELDE_PAREN)
def test_gedeelde_woorden_als_paar(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_sterk_gedeeld_in_de_tabel() -> None:
    tabel = lees_woordtabel("engels/woorden.bin")
    for woord in ("deal", "base", "screen"):
        assert tabel.waarde(woord) == engels.STERK_GEDEELD, woord
    for woord in ("brand", "team", "start"):  # as common in Dutch as in English
        assert tabel.waarde(woord) == engels.AANSLUITEND, woord


def test_werkwoordstammen_in_de_tabel() -> None:
    stammen = lees_woorden("engels/werkwoordstammen.txt")
    assert {"chill", "like", "cancel", "level"} <= stammen
    # integrated loan verbs and Dutch verbs the tables know stay out
    assert not {"game", "print", "check", "tier", "last", "stage", "tour"} & stammen
    # English forms are no verb stems
    assert not {"winning", "longer"} & stammen


# An English-Dutch compound needs a plainly English part that Dutch does not build with
# itself, and no Dutch reading: a shared first part before a plain Dutch word (meta +
# probleem), or the Dutch plural of a word the Dutch list has (reactant + en).
GEMENGD_MET_NEDERLANDSE_LEZING = [
    ("Het was een multiprobleemgezin met veel hulpverleners.", []),
    ("Dat bleek een metaprobleem te zijn.", []),
    ("Bij de proef reageerden de reactanten snel.", []),
    # the English-Dutch compounds themselves stay
    ("De mindsettraining viel in de challengeweek.", ["mindsettraining", "challengeweek"]),
    ("Ze zag unboxingfilmpjes en een feelgoodclip.", ["unboxingfilmpjes", "feelgoodclip"]),
]


@pytest.mark.parametrize(("tekst", "verwacht"), GEMENGD_MET_NEDERLANDSE_LEZING)
def test_gemengde_samenstelling_met_nederlandse_lezing(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_samenstellend_in_de_tabel() -> None:
    samenstellend = lees_woorden("engels/samenstellend.txt")
    # Dutch builds many compounds with these (multicultureel, businessmodel)
    assert {"multi", "business"} <= samenstellend
    # plainly English words Dutch hardly builds with stay out
    assert not {"mindset", "challenge", "feedback", "skills"} & samenstellend


# A word only English text uses (no Dutch, French, German, Spanish, Italian, Portuguese,
# Swedish or Polish wordfreq list has it), in lower case; capitalised it may be a name.
ALLEEN_ENGELS = [
    ("Ze bouwden samen een obby vol lava.", ["obby"]),
    ("Hij koos een nieuwe loadout voor de volgende ronde.", ["loadout"]),
    # English internet words that other languages' web text has too, far less often
    ("Na school maakten ze een filmpje met claymation.", ["claymation"]),
    ("„Dat wordt defo een tien,” zei hij.", ["defo"]),
    ("Bongani pakte zijn tas en liep naar huis.", []),
    # Latin and Greek terms occur in other languages' lists too
    ("De abscissa stond op de horizontale as.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), ALLEEN_ENGELS)
def test_alleen_engels(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_alleen_engels_tabel_staat_los_van_woorden() -> None:
    # the names among these words must not reach the other rules through woorden.bin
    alleen = lees_woordtabel("engels/alleen_engels.bin")
    hoofd = lees_woordtabel("engels/woorden.bin")
    assert "obby" in alleen and "bongani" in alleen
    assert hoofd.waarde("obby") is None and hoofd.waarde("bongani") is None


def test_alleen_engels_tabel_laat_gedeelde_woorden_weg() -> None:
    # rare English words that Dutch web text has, or another language about as often as
    # English (Latin and Greek terms, names of places), are no English-only words
    alleen = lees_woordtabel("engels/alleen_engels.bin")
    assert "claymation" in alleen and "defo" in alleen
    for woord in ("abscissa", "heterosis", "oblast", "bestie"):
        assert woord not in alleen


# Text copied from a PDF or a printed source: bullet glyphs read as letters, words broken
# at a line end with a hyphen, and titles or names in Title Case with English function
# words. None of these is English of the writer's own; English prose around them still is.
BREDE_TEKST = [
    # the tail of an English contraction (I'll: i + ll) is no word of its own
    ("ll Wat hebben we geleerd?\nll Wie doet wat?", []),
    ("„We'll see,” zei ze.", ["We'll see"]),
    # the rest of a word broken at a line end, after a hyphen that sticks to the word
    ("De mentor sprak met alle leer- lingen en plakte gele memo- its op het bord.", []),
    ("Ze had - eerlijk gezegd - weinig skills.", ["skills"]),
    # a Dutch word with a plural or linking s before a hyphen stays Dutch
    ("De helling was steil: de hellings- en daalhoek waren groot.", []),
    ("Ze volgde twee meetings op een dag.", ["meetings"]),
    # short lower-case words between two capitalised words inside a sentence: a title or
    # a name in Title Case
    ("Hij las Notes from the Field van Peters and Jansen.", []),
    ("Ze werkte bij de Stichting for the Arts in Utrecht.", []),
    # not next to a name on one side only, nor across a comma
    ("Ze ging met Daan and the boys naar huis.", ["and the boys"]),
    ("Het was echt nice, zei Daan.", ["nice"]),
]


@pytest.mark.parametrize(("tekst", "verwacht"), BREDE_TEKST)
def test_brede_tekst(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_samentrekkingsstaarten_niet_in_de_tabel() -> None:
    # wordfreq counts "I'll" as i + ll; the tail alone is no English word to report
    tabel = lees_woordtabel("engels/woorden.bin")
    for staart in ("ll", "ve", "re"):
        assert tabel.waarde(staart) not in (engels.ENGELS, engels.ENGELS_KLEIN), staart
    for woord in ("its", "skills"):
        assert tabel.waarde(woord) == engels.ENGELS, woord


# A closed word of two English words that Dutch hardly uses, listed in the Dutch lexicon or
# not; Dutch compounds of words that only look English, Dutch derivations whose letters an
# English word can cut, and Dutch coinages of English parts stay Dutch.
WOORDPAAR = [
    ("Na de wedstrijd deden ze een rustige cooldown.", ["cooldown"]),
    ("In de voicechat was het stil.", ["voicechat"]),
    ("Hij werkte op het vliegveld, airside bij de pier.", ["airside"]),
    ("Ze koos een felle thumbnail voor haar filmpje.", ["thumbnail"]),
    ("Hij had een nieuwe soundboard gekocht.", ["soundboard"]),
    ("Ze deed een handstand en daarna een radslag.", []),
    ("Het poolbeer liep over het ijs en de inspectrice keek toe.", []),
    ("Ze schreef het op haar blocnote en de drugtest was negatief.", []),
    ("Het was een triestiger verhaal en de adviseuses zwegen.", []),
    ("Het balancering van de boot kostte tijd.", []),
    # such a word as the stem of a verb on -en, where an infinitive stands
    ("Hij wilde na school nog even gaan daytraden.", ["daytraden"]),
]


# A hyphenated word of English words only, one of them no Dutch word: written the English
# way. Loan compounds whose parts Dutch all has, and parts where two vowels meet, are not.
ENGELSE_DELEN_MET_STREEPJE = [
    ("Op het feest stonden cheesecake-brownies klaar.", ["cheesecake-brownies"]),
    ("Na de team-training was ze moe.", []),
    ("De data-analyse kostte een week.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), ENGELSE_DELEN_MET_STREEPJE)
def test_engelse_delen_met_streepje(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


@pytest.mark.parametrize(("tekst", "verwacht"), WOORDPAAR)
def test_engels_woordpaar(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_nederlandse_paren_in_de_tabel() -> None:
    paren = lees_woorden("engels/nederlandse_paren.txt")
    assert {"blocnote", "drugtest"} <= paren
    assert not {"cooldown", "voicechat"} & paren


# A participle whose stem ends in f where the Dutch verb has v (turven: geturfd) is Dutch;
# a capitalised English verb form at a sentence start is English unless a list knows it as
# a name.
DEELWOORD_EN_HOOFDLETTER = [
    ("De juf had de stemmen geturfd en de deur was geverfd.", []),
    ("Hij kocht oude spullen op. Upsellen deed hij daarna.", ["Upsellen"]),
    ("Angeren lag aan de rivier.", []),
    # the plural of a Dutch compound with a common Dutch word (exitcode: code) stays Dutch,
    # capitalised or not
    ("Exitcodes stonden in de handleiding, naast de andere exitcodes.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), DEELWOORD_EN_HOOFDLETTER)
def test_deelwoord_en_hoofdletter(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# In the finite verb's place after a subject pronoun that starts a clause, a word that no
# Dutch verb form has but the English table has as a verb is an English verb; the same
# letters elsewhere (a noun after an article, a predicate) keep their Dutch reading.
PERSOONSVORM = [
    ("„Rustig,” zei hij, „ik manifest het wel.”", ["manifest"]),
    ("Het manifest lag op tafel en ze was content.", []),
    ("Toen ik manifest werd, lachte ze.", []),
    ("Je game was leuk, zei hij.", []),
    # the stem of a verb Dutch has taken in (skaten, stressen) is a Dutch verb there
    ("„Ik skate elke dag,” zei hij, „en ik stress nooit.”", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), PERSOONSVORM)
def test_engelse_persoonsvorm(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# A rare English word that Dutch lacks (table value ENGELS_KLEIN), six letters or more, as
# the first part of a compound with a Dutch head; as a head after a Dutch word it is not
# enough (links + hander).
KLEIN_ENGELS_LID = [
    ("Ze schreef elke avond aan haar fanfictionverhaal.", ["fanfictionverhaal"]),
    ("De linkshander gooide de bal hard.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), KLEIN_ENGELS_LID)
def test_klein_engels_lid(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# A loan Dutch shares but has not made its own (engels/naamwoorden.bin), in a noun's place
# right after an article, demonstrative or possessive: English. Elsewhere, and for loans
# Dutch builds on (team, coach, training) or shares with French and Latin (facilitator,
# algebra), not.
NAAMWOORD_NA_LIDWOORD = [
    ("Hij werd die zomer de bodyguard van zijn kleine zus.", ["bodyguard"]),
    ("Ze kreeg een upgrade voor haar oude fiets.", ["upgrade"]),
    ("Zijn bodyguard stond de hele avond naast hem.", ["bodyguard"]),
    ("Na alle upgrades liep de computer weer snel.", ["upgrades"]),
    ("Hij werkte als bodyguard bij een zanger.", []),
    ("Het team van de coach deed een training in een sweater.", []),
    ("De facilitator legde de algebra uit.", []),
    # German uses it as often as English: a shared word, no English import
    ("Ze noemde het de humbug van het jaar.", []),
    # a Dutch form in an open syllable (advocaat: advocate)
    ("De advocate van de familie belde.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), NAAMWOORD_NA_LIDWOORD)
def test_engels_naamwoord_na_lidwoord(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_naamwoorden_tabel() -> None:
    """The table holds English loans Dutch has not made its own, not integrated loans."""
    tabel = lees_woordtabel("engels/naamwoorden.bin")
    assert "bodyguard" in tabel
    for woord in ("team", "coach", "computer", "training", "facilitator", "algebra"):
        assert woord not in tabel


# A plainly English verb stem with Dutch verb morphology: an -en form the verb tables know
# only as a rare verb form (no noun, not common), where an infinitive stands; a past form
# on a stem whose seeming Dutch infinitive is a past form of another verb (hingen: hangen).
ENGELSE_STAM_IN_VORM = [
    ("Hij wilde die avond nog een nummer releasen.", ["releasen"]),
    ("De klep hingede de hele nacht open en dicht.", ["hingede"]),
    ("Ze traden samen op in de aula.", []),
    ("Ze wilde het laken wassen.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), ENGELSE_STAM_IN_VORM)
def test_engelse_stam_in_vorm(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# The Dutch plural of an English-Dutch compound, and an English abbreviation of the closed
# list as the first part of a hyphenated compound: English as a whole word.
SAMENSTELLING_MEERVOUD_AFKORTING = [
    ("Ze keken samen challengevideo's.", ["challengevideo's"]),
    ("Ze keek naar mindsetfilmpjes.", ["mindsetfilmpjes"]),
    ("Ze had een FOMO-gevoel na het feest.", ["FOMO-gevoel"]),
    ("Hij deed een IQ-test en las de AVG-regels.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), SAMENSTELLING_MEERVOUD_AFKORTING)
def test_samenstelling_meervoud_afkorting(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# A Dutch word with an English twin: a Dutch form of it that Dutch uses (trede: treden), or
# many Dutch compounds on it (orderformulier, winningsgebied): Dutch, also inside a Dutch
# compound. English words stay English.
NEDERLANDSE_TWEELING = [
    ("Het bedrijf was niet meer solvent en de winning van gas stopte.", []),
    ("Hij stond op de onderste tree van de trap.", []),
    ("Ze werkte aan haar skills.", ["skills"]),
]


@pytest.mark.parametrize(("tekst", "verwacht"), NEDERLANDSE_TWEELING)
def test_nederlandse_tweeling(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


# A shared word far more English than Dutch carries a phrase with a shared neighbour (brand
# deal), but not where it is a Dutch past tense (bitten: bijten). A capitalised word right
# after an initialism with dots continues a name or brand, no sentence start.
DRAGER_EN_INITIALEN = [
    ("Ze boden hem een brand deal aan.", ["brand deal"]),
    ("Of die voucher gold, wist niemand.", []),
    ("Ze kocht spullen. Awesome, dacht ze.", ["Awesome"]),
    ("Ze kocht spullen van A.B.C. Awesome, dacht ze.", []),
]


@pytest.mark.parametrize(("tekst", "verwacht"), DRAGER_EN_INITIALEN)
def test_drager_en_initialen(tekst: str, verwacht: list[str]) -> None:
    assert engels_in(tekst) == verwacht


def test_gangbare_lening_niet_als_naamwoord() -> None:
    """A loan Dutch text uses commonly needs a wider gap to English to count as an English
    noun: verhaal's own help says 'deze shell'."""
    assert "shell" not in lees_woordtabel("engels/naamwoorden.bin")
    assert engels_in("Installeer het voor deze shell.") == []
