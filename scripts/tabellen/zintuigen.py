"""Build src/verhaal/data/zintuigen/woorden.tsv: sense and emotion words with all their forms.

The seed below is written by hand and reviewed: per sense a list of lemmas that describe a
concrete perception (a colour, a smell, a sound, a taste, a touch or a temperature) or an
emotion shown in the body. Word forms (rode, rook, huilde, lachend, zachtjes, ...) are added
from spaCy's Dutch lemma lookup table (``spacy-lookups-data``, MIT licence, ExplosionAI): every
form whose lemma is a seed lemma. Forms that are also common words with another meaning are
left out (see ``WEGLATEN``), as are forms that the seed marks as weak.

Seed syntax: ``lemma`` or ``lemma:extra,forms``; a leading ``~`` marks a weak word (counts half:
generic perception verbs, words with a second, non-sensory meaning); a leading ``*`` allows the
word as the head of a compound (ijskoud, doodsbang, koffiegeur).

    .venv/bin/python scripts/tabellen/zintuigen.py [--bronnen build/bronnen]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOEL = ROOT / "src" / "verhaal" / "data" / "zintuigen" / "woorden.tsv"
SPACY = "spacy-lookups-data==1.0.5"

ZAAD: dict[str, str] = {
    "zicht": """
        *rood:rode,rooie *oranje *geel:gele *groen:groene *blauw:blauwe *paars:paarse
        *roze *bruin:bruine *zwart:zwarte *wit:witte *grijs:grijze goud *gouden zilver
        *zilveren beige lila turquoise *kleur:kleuren,kleurtje,kleurtjes kleurig kleurrijk
        gekleurd:gekleurde felgekleurd:felgekleurde kleuren:kleurde,kleurden,kleurt
        glinsteren glimmen:glom,glommen schitteren fonkelen twinkelen flikkeren
        flits:flitsen flitsen:flitste,flitsten schaduw:schaduwen schemer schemering
        *donker:donkere duister:duistere fel:felle glans glanzen:glansde,glanzend,glanzende
        ~helder:heldere zonlicht zonnestraal:zonnestralen regenboog sproet:sproeten
        gloed gloeien:gloeide,gloeiden,gloeiend,gloeiende roestig modder:modderig
        vlek:vlekken glinstering ~licht:lichte ^zien:zag,zagen,gezien,ziet,zie
        ^kijken:keek,keken,gekeken,kijkt,kijk ~staren:staarde,staarden ~gluren
        bleke ~lichtje:lichtjes kaarslicht lamplicht neonlicht bont:bonte gestreept:gestreepte
        gespikkeld:gespikkelde doorzichtig wazig:wazige ~mist mistig nevel vonk:vonken
        verblindend blond:blonde ~krul:krullen,krulletjes modderpoel modderig kleurloos
        schemerig:schemerige sproetje:sproetjes doordringend:doordringende
    """,
    "geur": """
        ruiken:rook,roken,geroken,ruikt,ruik *geur:geuren,geurtje,geurtjes
        geuren:geurde,geurden,geurend,geurende geurig stank stinken:stonk,stonken,stinkend
        parfum ~lucht:luchtje,luchtjes muf:muffe bedompt:bedompte aroma walm:walmen
        snuiven:snoof,snoven,snuift zweetlucht brandlucht etenslucht zeepgeur
        koffiegeur ~neus vanille kaneel ~zeep frituurlucht aangebrand:aangebrande zurig
        zweetgeur
    """,
    "geluid": """
        ~*geluid:geluiden,geluidje,geluidjes ~klinken:klonk,klonken,klinkt lawaai lawaaierig
        herrie ~*stil:stille stilte doodstil muisstil fluisteren:fluisterde,fluisterden
        gefluister schreeuwen:schreeuwde,schreeuwden,schreeuwt geschreeuw gillen:gilde,gilden
        gil krijsen:krijste brullen:brulde zingen:zong,zongen,zingt gezongen neuriën:neuriede
        fluiten:floot,floten kraken:kraakte,kraakten,krakend gekraak piepen:piepte,piepten
        gepiep rinkelen:rinkelde,rinkelend,rinkelende gerinkel kletteren:kletterde rommelen:rommelde
        *donder donderen:donderde dreunen:dreunde bonzen:bonsde,bonsden bonken:bonkte
        knallen:knalde knal tikken:tikte,tikten getik zoemen:zoemde brommen:bromde
        galmen:galmde echo echoën:echode giechelen:giechelde,giechelden gegiechel
        schateren:schaterde proesten:proestte hijgen:hijgde kreunen:kreunde sissen:siste
        ruisen:ruiste blaffen:blafte schel:schelle luid:luide luidkeels oorverdovend
        ~hard:harde applaus ^klank:klanken muziek melodie
        liedje:liedjes rammelen:rammelde knarsen:knarste klotsen:klotste spetteren:spetterde
        toeteren:toeterde klikken:klikte ritselen:ritselde knisperen:knisperde
        klepperen:klepperde stampen:stampte,stampten trommelen:trommelde snurken:snurkte
        hoesten:hoestte niezen:niesde geroezemoes roezemoes ^horen:hoorde,hoorden,gehoord
        ^luisteren:luisterde,luisterden ~stem:stemmen ~bel ~roepen:riep,riepen
        smakken:smakte slurpen:slurpte tetteren kwetteren:kwetterde tjilpen:tjilpte
        klap:klappen gelach gesnik gejuich gezucht gehuil
    """,
    "smaak": """
        proeven:proefde,proefden,geproefd *smaak:smaken smaken:smaakte,smaakten smakelijk
        zoet:zoete zuur:zure zout:zoute zoutig bitter:bittere pittig:pittige ~scherp
        ~lekker:lekkere ~heerlijk:heerlijke ~vies:vieze smullen:smulde,smulden
        kauwen:kauwde,kauwden slikken:slikte likken:likte knabbelen:knabbelde
        ~hap:happen,hapje ~tong drop chocola chocolade honing snoep ~koek:koekje,koekjes
        pannenkoek:pannenkoeken ~soep ~thee ~koffie limonade hagelslag ~appel:appels
        ~brood:boterham,boterhammen ~kaas ~ijsje zoetig zuurtje:zuurtjes kauwgom ranja
        ~boter ~taart:taartje,taartjes ~patat ~friet
    """,
    "tast": """
        *warm:warme *koud:koude *heet:hete lauw:lauwe kil:kille koel:koele ~fris:frisse
        ~zacht:zachte,zachtjes ruw:ruwe glad:gladde plakkerig:plakkerige
        kleverig:kleverige *nat:natte vochtig
        klam:klamme zweet zweten:zweette,zweetten zweterig rillen:rilde,rilden rilling
        bibberen:bibberde,bibberend huiveren:huiverde kriebelen:kriebelde kriebel
        jeuken:jeukte jeuk ~prikken:prikte prik schuren:schuurde aaien:aaide strelen:streelde
        knuffelen:knuffelde,knuffelden knuffel omhelzen:omhelsde omhelzing
        kietelen:kietelde pijn pijnlijk ^voelen:voelde,voelden,gevoeld,voelt ~steken
        wrijven:wreef klemmen:klemde kou warmte hitte ijzig bevroren ~regen:regende
        ~sneeuw ~wind:waaide ~zon:scheen ruig harig wollig
        kletsnat drijfnat doornat ijskoud snikheet ~plakken:plakte,plakten,plakkend
        kleven:kleefde,kleefden knijpen:kneep,knepen tintelen:tintelde,tintelend
        ~branden:brandde,brandend,brandende stekelig pluizig fluweel fluwelen zijdezacht
        benauwd:benauwde glibberig:glibberige ~maag ~buik ~keel ~lip:lippen
    """,
    "gevoel": """
        huilen:huilde,huilden,huilend,huilende,gehuild traan:tranen lachen:lachte,lachten,
        lachend,lachende,gelachen glimlachen:glimlachte,glimlach grijnzen:grijnsde grijns
        schrikken:schrok,schrokken,geschrokken schrik trillen:trilde,trilden,trillend
        beven:beefde,beefden blozen:bloosde juichen:juichte,juichten kippenvel hartklopping
        ~misselijk ~buikpijn ineenkrimpen:ineenkromp ademloos zucht:zuchten,zuchtte
        snikken:snikte bonzend walgen:walgde doodsbang woedend:woedende woest:woeste paniek
        panisch huilbui brok snotteren:snotterde zweetdruppel:zweetdruppels
        ~bang:bange ~angst ~angstig ~blij:blije ~blijdschap ~vrolijk:vrolijke ~boos:boze
        ~woede ~kwaad ~verdrietig:verdrietige ~verdriet ~zenuwachtig ~nerveus ~gespannen
        ~trots ~jaloers ~eenzaam ~eenzaamheid ~opgelucht ~opluchting ~schamen:schaamde,schaamden
        ~schaamte ~verlegen ~onrustig ~ongerust ~gefrustreerd ~frustratie ~wanhopig ~radeloos
        ~teleurgesteld ~teleurstelling ~ontroerd ~dankbaar ~gelukkig ~verliefd ~boosheid
        ~stralen:straalde,stralend ~moe ~vermoeid ~uitgeput ~ongemakkelijk ~onzeker ~zenuwen
        ~spanning ~opgewonden ~enthousiast ~nieuwsgierig ~verbaasd ~verbazing ~verrast ~hoop
        ~wanhoop ~kalm ~ontspannen ~adem ~hart:hartje ~verlangen ~koppig ~vrees
        ~vrezen:vreesde ~bezorgd ~bezorgdheid ~rusteloos ~vervelen:verveelde,verveelden,verveeld
        ~giechelig ~angstaanjagend ~eng:enge glunderen:glunderde gapen:gaapte,gaapten
        friemelen:friemelde wiebelen:wiebelde ijsberen:ijsbeerde ~balen:baalde
        vuist:vuisten gebald:gebalde ~zuchten
    """,
}
# Seed prefixes: ~ weak (a second meaning, or an emotion only named), ^ very weak (the
# generic perception verbs: 'ze zag dat', 'hij voelde zich'), * compound head.
# A second meaning that teachers' stories use as often as the sensory one makes a word weak:
# actions and school or office words that are no perception ('een datum prikken', 'de letters
# aan elkaar plakken', 'dat klonk logisch', 'hij mist de les'); 'klank' in a school story is
# mostly a speech sound in reading lessons ('letters en klanken'), so it weighs as 'zien'.
# 'geluid' is as often the sound of a device as a sound heard ('beeld en geluid', 'het geluid
# stond uit'), 'branden' as often a lamp that is on ('een lampje laten branden') as heat.
GEWICHTEN = {"~": 0.5, "^": 0.25}
# Lemma-table forms that would count the wrong word: past tenses that are other words,
# forms shared with very common words.
WEGLATEN = frozenset("bleek bleken".split())


def bronnen_map(gegeven: str | None) -> Path:
    return Path(gegeven or os.environ.get("VERHAAL_BRONNEN") or ROOT / "build" / "bronnen")


def spacy_wiel(map_: Path) -> Path:
    """The pinned spacy-lookups-data wheel (pip download on first use)."""
    gevonden = sorted(map_.glob("spacy_lookups_data-1.0.5-*.whl"))
    if not gevonden:
        map_.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(map_), SPACY],
            check=True,
        )
        gevonden = sorted(map_.glob("spacy_lookups_data-1.0.5-*.whl"))
    return gevonden[-1]


def vormen_per_lemma(wiel: Path) -> dict[str, set[str]]:
    with zipfile.ZipFile(wiel) as z:
        opzoek = json.loads(
            gzip.decompress(z.read("spacy_lookups_data/data/nl_lemma_lookup.json.gz"))
        )
    vormen: dict[str, set[str]] = defaultdict(set)
    for vorm, lemma in opzoek.items():
        vormen[lemma.lower()].add(vorm.lower())
    return vormen


def lees_zaad() -> list[tuple[str, str, list[str], float, bool]]:
    """(sense, lemma, extra forms, weight, compound head) per seed entry."""
    items = []
    for zintuig, tekst in ZAAD.items():
        # 'lachen:lachte,lachten,\n lachend' continues over a line break after a comma.
        for item in tekst.replace(",\n", ",").split():
            gewicht = GEWICHTEN.get(item[0], 1.0)
            kop = "*" in item[:2]  # (~*geluid: weak, and a compound head)
            item = item.lstrip("~^*")
            lemma, _, extra = item.partition(":")
            if not lemma or "-" in lemma or lemma in WEGLATEN:
                continue
            items.append((zintuig, lemma, [e for e in extra.split(",") if e], gewicht, kop))
    return items


def bouw(vormen: dict[str, set[str]]) -> list[str]:
    tabel: dict[str, tuple[str, float, bool]] = {}
    for zintuig, lemma, extra, gewicht, kop in lees_zaad():
        alle = {lemma, *extra, *vormen.get(lemma, ())}
        for vorm in sorted(alle):
            if vorm in WEGLATEN or not vorm.isalpha():
                continue
            oud = tabel.get(vorm)
            # A form shared by two seeds keeps the strongest reading.
            if oud is None or oud[1] < gewicht:
                tabel[vorm] = (zintuig, gewicht, kop and vorm in (lemma, *extra))
    regels = [
        "# Sense and emotion words, generated by scripts/tabellen/zintuigen.py (do not edit).",
        "# form<TAB>sense<TAB>weight<TAB>head (1: also counts as the end of a compound)",
    ]
    for vorm in sorted(tabel):
        zintuig, gewicht, kop = tabel[vorm]
        regels.append(f"{vorm}\t{zintuig}\t{gewicht:g}\t{int(kop)}")
    return regels


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bronnen", help="map met de gedownloade bronnen (cache)")
    args = parser.parse_args()
    vormen = vormen_per_lemma(spacy_wiel(bronnen_map(args.bronnen)))
    regels = bouw(vormen)
    DOEL.parent.mkdir(parents=True, exist_ok=True)
    DOEL.write_text("\n".join(regels) + "\n", encoding="utf-8")
    print(f"geschreven: {DOEL.relative_to(ROOT)} ({len(regels) - 2} vormen)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
