"""Build src/verhaal/data/namen/mensenwerkwoorden.txt: verbs whose subject is a person.

    python scripts/tabellen/mensenwerkwoorden.py [--ud PAD]

Data: the dev .conllu files of UD_Dutch-Alpino and UD_Dutch-LassySmall (CC BY-SA 4.0), the
same files the tense model is trained on. For every verb with a subject (``nsubj``) we count
whether that subject is a person: a personal pronoun (ik, jij, hij, zij, wij, u, men), a
proper noun that a name table knows, or a noun of a person or a trade (the rule's own
``is_rolwoord``); or a thing: another noun, a proper noun of the gazetteer, or a pronoun
such as het, dit, dat, wat, er. A verb is kept when at least ``--minimum`` subjects are
persons and the share of persons, smoothed, is at least ``--aandeel`` (schrijven, tekenen,
denken, voelen, trouwen; not winnen or krijgen, which clubs and firms do as much). The table
lists the past forms (singular and plural) of each kept verb, from the verb lexicon's
paradigms. The rule ``naam`` counts them as acts of a person next
to a capitalised word that the lexicon does not know as a brand ('Frits schilderde').
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from verhaal.checker.rules.naam import is_rolwoord
from verhaal.checker.tijd.lexicon import GEEN, lexicon, paradigma
from verhaal.checker.tijd.woordsoorten import woordsoorten
from verhaal.checker.woordenboek import is_achternaam, is_plaats, is_voornaam

ROOT = Path(__file__).resolve().parents[2]
UD = ROOT.parent / "shared" / "eval" / "ud"
DOEL = ROOT / "src" / "verhaal" / "data" / "namen" / "mensenwerkwoorden.txt"
BOMEN = (
    "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu",
    "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu",
)
PERSOONLIJK = frozenset("ik jij je hij zij wij we u jullie men".split())
ONPERSOONLIJK = frozenset("het dit dat die deze wat er iets niets alles".split())


def zinnen(pad: Path) -> list[list[list[str]]]:
    """The sentences of a .conllu file as lists of token fields (no multiword lines)."""
    uit: list[list[list[str]]] = []
    zin: list[list[str]] = []
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if not regel:
            if zin:
                uit.append(zin)
            zin = []
        elif not regel.startswith("#"):
            velden = regel.split("\t")
            if velden[0].isdigit():
                zin.append(velden)
    if zin:
        uit.append(zin)
    return uit


def tel(ud: Path) -> tuple[Counter[str], Counter[str]]:
    """Per verb lemma: subjects that are persons, subjects that are things."""
    mens: Counter[str] = Counter()
    ding: Counter[str] = Counter()
    for boom in BOMEN:
        for zin in zinnen(ud / boom):
            for velden in zin:
                if velden[7] != "nsubj":
                    continue
                kop = zin[int(velden[6]) - 1] if velden[6] != "0" else None
                if kop is None or kop[3] != "VERB":
                    continue
                lemma = kop[2].replace("_", "").lower()
                vorm, soort, lemma_onderwerp = velden[1], velden[3], velden[2].lower()
                if soort == "PRON":
                    if vorm.lower() in PERSOONLIJK or lemma_onderwerp in PERSOONLIJK:
                        mens[lemma] += 1
                    elif lemma_onderwerp in ONPERSOONLIJK:
                        ding[lemma] += 1
                elif soort == "PROPN":
                    if is_voornaam(vorm) or is_achternaam(vorm):
                        mens[lemma] += 1
                    elif is_plaats(vorm):
                        ding[lemma] += 1
                elif soort == "NOUN":
                    kern = lemma_onderwerp.replace("_", "")
                    (mens if is_rolwoord(kern) else ding)[lemma] += 1
    return mens, ding


def vormen(lemma: str) -> list[str]:
    """Past singular and plural of a verb, from its paradigm, less those that are mostly a
    noun or an adjective (namen, overleden). Present forms are left out: stories are told
    in the past, and many are nouns too (laat, mist, inzet)."""
    nummer = lexicon().paradigma_nummer(lemma, verleden=False)
    if nummer == GEEN:
        return []
    para = paradigma(nummer)
    if para is None or para.infinitief != lemma:
        return []
    uit: list[str] = []
    for veld in (para.vt_ev, para.vt_mv):
        uit += [v for v in veld.split("/") if v and woordsoorten().klasse(v)[0] not in "naN"]
    return uit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=UD)
    parser.add_argument("--minimum", type=int, default=2)
    parser.add_argument("--aandeel", type=float, default=0.7)
    args = parser.parse_args()
    mens, ding = tel(args.ud)
    gekozen = sorted(
        lemma
        for lemma in mens
        if mens[lemma] >= args.minimum
        and (mens[lemma] + 0.5) / (mens[lemma] + ding[lemma] + 1) >= args.aandeel
    )
    regels = [
        "# Werkwoorden met een persoon als onderwerp (verleden tijd), afgeleid",
        "# door scripts/tabellen/mensenwerkwoorden.py uit de dev-bomen van UD_Dutch-Alpino en",
        "# UD_Dutch-LassySmall (Universal Dependencies, CC BY-SA 4.0). Deze afgeleide tabel valt",
        "# daarom ook onder CC BY-SA 4.0. Niet met de hand bewerken.",
    ]
    aantal = 0
    for lemma in gekozen:
        gevonden = vormen(lemma)
        if gevonden:
            regels.append(f"# {lemma}: {mens[lemma]} persoon, {ding[lemma]} ding")
            regels += gevonden
            aantal += 1
    DOEL.write_text("\n".join(regels) + "\n", encoding="utf-8")
    print(f"{DOEL.name}: {aantal} werkwoorden, {len(regels) - 4 - aantal} vormen")


if __name__ == "__main__":
    main()
