"""No advice breaks a rule: every suggestion and every example in a message is checked.

What verhaal proposes (a suggestion that replaces the span, an alternative from the word
tables, an example in a message such as ‘een kleuter’, a werkvorm's sentence starters)
must itself pass the writing rules: a teacher who follows the advice must not get a new
finding. The texts are collected from the code and data, not listed here, so new advice
is covered automatically.

Rule families checked: naam, getal, tegenwoordige-tijd, engels and vaktaal (titel,
zintuigen and lengte are about a whole story, not a phrase).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from verhaal.checker import CheckConfig, RegelInstelling, check
from verhaal.checker.bevinding import Bevinding
from verhaal.checker.rules import REGELS
from verhaal.data import lees_regels
from verhaal.instellingen import Instellingen
from verhaal.linter.werkvormregels import verhaal_config
from verhaal.werkvorm import vind_werkvormen

FAMILIES = ("naam", "getal", "tegenwoordige-tijd", "engels", "vaktaal")
DRAGER = "Die dag ging het over {}."
"""A past-tense sentence to put a noun phrase from a word table in, as a story would."""

VOORBEELD = re.compile(r"(?<!\w)[‘'](?P<tekst>[^‘’'\n]{2,80})[’'](?!\w)")
"""An example in a message: text between quotes (not the apostrophe of "collega's")."""


def _config(opties: dict[str, dict[str, object]] | None = None) -> CheckConfig:
    opties = opties or {}
    return CheckConfig(
        regels={
            regel: RegelInstelling(aan=regel in FAMILIES, opties=dict(opties.get(regel, {})))
            for regel in REGELS
        }
    )


def _bevindingen(tekst: str, config: CheckConfig | None = None) -> list[tuple[str, str]]:
    return [(b.regel, b.tekst) for b in check(tekst, config or _config(), "txt")]


# --- The word tables: every alternative, in a sentence ---------------------------------------


def _alternatieven() -> Iterator[tuple[str, str]]:
    for tabel in ("engels/alternatieven.tsv", "vaktaal/termen.tsv"):
        for regel in lees_regels(tabel):
            delen = regel.split("\t")
            if len(delen) >= 2 and delen[1].strip():
                yield delen[0].strip(), delen[1].strip()


@pytest.mark.parametrize(("term", "alternatief"), list(_alternatieven()), ids=lambda x: x)
def test_elk_alternatief_uit_de_tabellen_is_schoon(term: str, alternatief: str) -> None:
    assert _bevindingen(DRAGER.format(alternatief)) == [], f"{term} -> {alternatief}"


# --- Suggestions: applied to the text that triggered them ----------------------------------


def _teksten() -> Iterator[tuple[str, str, dict[str, dict[str, object]]]]:
    """Texts that make the rules speak: every rule example, and numbers of every kind."""
    for regel in REGELS.values():
        for voorbeeld in regel.voorbeelden:
            if voorbeeld.verwacht:
                yield regel.id, voorbeeld.tekst, {regel.id: dict(voorbeeld.opties)}
    for n in (*range(0, 31), 40, 75, 99, 100, 250, 1000):
        yield "getal", f"Ze kocht {n} appels.", {}
        yield "getal", f"Hij was de {n}e die binnenkwam.", {}
        yield "getal", f"Ze was {n} jaar oud.", {}
        yield "getal", f"Het was {n} jaar geleden.", {}
        yield "getal", f"Van de klas deed {n}% mee.", {}
        yield "getal", f"Ze kreeg een {n} voor haar toets.", {}
    for uur in range(24):
        yield "getal", f"Om {uur}:15 ging de bel.", {}
        yield "getal", f"Om {uur} uur ging de bel.", {}
    for woord in ("drie", "elf", "twintig", "vijfentwintig", "honderd", "anderhalf"):
        yield "getal", f"Ze is {woord} jaar.", {}
        yield "getal", f"Er waren {woord} kinderen.", {}
        yield "getal", f"Om {woord} uur begon de les.", {}
    yield "naam", "Daan zat achterin. Daans jas hing aan de kapstok.", {"naam": {"namen": ["Daan"]}}


def _gevallen() -> Iterator[tuple[str, str, dict[str, dict[str, object]], Bevinding]]:
    for regel_id, tekst, opties in _teksten():
        config = _config(opties)
        for bevinding in check(tekst, config, "txt"):
            yield regel_id, tekst, opties, bevinding


GEVALLEN = list(_gevallen())


def test_er_zijn_genoeg_gevallen() -> None:
    # The collection itself: every family speaks, and many findings carry a suggestion.
    assert {b.regel for _, _, _, b in GEVALLEN} >= set(FAMILIES)
    assert sum(b.suggestie is not None for _, _, _, b in GEVALLEN) > 100


@pytest.mark.parametrize("regel_id", FAMILIES)
def test_een_suggestie_toepassen_geeft_geen_nieuwe_bevinding(regel_id: str) -> None:
    fout = []
    for _, tekst, opties, b in GEVALLEN:
        if b.regel != regel_id or b.suggestie is None:
            continue
        nieuw = tekst[: b.start] + b.suggestie + tekst[b.eind :]
        eind = b.start + len(b.suggestie)
        erbij = [
            (n.regel, n.tekst)
            for n in check(nieuw, _config(opties), "txt")
            if n.start < eind and n.eind > b.start
        ]
        if erbij:
            fout.append((tekst, b.tekst, b.suggestie, erbij))
    assert fout == []


# --- Examples quoted in messages --------------------------------------------------------------


def _berichtvoorbeelden() -> Iterator[tuple[str, str, str, dict[str, dict[str, object]]]]:
    gezien: set[tuple[str, str]] = set()
    for _, _, opties, b in GEVALLEN:
        for m in VOORBEELD.finditer(b.bericht):
            voorbeeld = m["tekst"].strip()
            # The span itself, quoted back ("Engels: ‘skills’"), is what was found.
            if voorbeeld.lower() in b.tekst.lower() or b.tekst.lower() in voorbeeld.lower():
                continue
            if (b.regel, voorbeeld) not in gezien:
                gezien.add((b.regel, voorbeeld))
                yield b.regel, voorbeeld, b.bericht, opties


BERICHTVOORBEELDEN = list(_berichtvoorbeelden())


def test_berichten_hebben_voorbeelden() -> None:
    assert {r for r, *_ in BERICHTVOORBEELDEN} >= {"naam", "getal", "engels", "vaktaal"}


@pytest.mark.parametrize(
    ("regel_id", "voorbeeld", "bericht", "opties"),
    BERICHTVOORBEELDEN,
    ids=[f"{r}:{v}" for r, v, _, _ in BERICHTVOORBEELDEN],
)
def test_voorbeelden_in_berichten_zijn_schoon(
    regel_id: str, voorbeeld: str, bericht: str, opties: dict[str, dict[str, object]]
) -> None:
    # With the options the message was given under: a present-tense example is right
    # for a werkvorm told in the present tense. (The examples of what a rule reports are in
    # its description and its ``voorbeelden``, which are not advice and not checked here.)
    assert _bevindingen(voorbeeld, _config(opties)) == [], bericht


def test_het_naamadvies_en_het_leeftijdsadvies_zonder_getal() -> None:
    # The two cases from issue 13.
    naam = next(b for _, _, _, b in GEVALLEN if b.regel == "naam" and b.ernst == "fout")
    assert "groep zes" not in naam.bericht
    leeftijd = [b for b in check("Ze is elf jaar.", _config(), "txt") if b.regel == "getal"]
    assert leeftijd and leeftijd[0].suggestie != "een aantal"
    assert "leeftijd" in leeftijd[0].bericht.lower()


# --- Werkvormen: sentence starters, with the werkvorm's own rules --------------------------


def _starters() -> Iterator[tuple[str, str]]:
    for werkvorm in vind_werkvormen(None).alle().werkvormen:
        if not werkvorm.ingebouwd:
            continue
        for reeks in werkvorm.zinsstarters.values():
            for starter in reeks.starters:
                yield werkvorm.id, starter.tekst


@pytest.mark.parametrize(("werkvorm_id", "starter"), list(_starters()), ids=lambda x: x)
def test_zinsstarters_volgen_de_regels_van_hun_werkvorm(werkvorm_id: str, starter: str) -> None:
    werkvorm = vind_werkvormen(None).laad(werkvorm_id)
    config, _ = verhaal_config(Instellingen(), werkvorm.id, eigen_regels=werkvorm.regels)
    zin = starter.replace("...", "").replace("…", "").strip()
    gevonden = [
        (b.regel, b.tekst)
        for b in check(zin + " het gebeurde.", config, "txt")
        if b.regel in FAMILIES
    ]
    assert gevonden == [], starter


def _werkvorm_voorbeelden() -> Iterator[tuple[str, str]]:
    """Examples quoted in a werkvorm's texts (its explanation, phases and questions), with
    their quotes; command names (``verhaal schrijf``) are no prose and are left out."""
    for werkvorm in vind_werkvormen(None).alle().werkvormen:
        if not werkvorm.ingebouwd:
            continue
        teksten = [werkvorm.uitleg]
        for fase in werkvorm.fasen:
            teksten.append(fase.uitleg)
            for vraag in fase.vragen:
                teksten += [vraag.vraag, vraag.uitleg or ""]
        for tekst in teksten:
            for m in VOORBEELD.finditer(tekst):
                if not m["tekst"].startswith("verhaal "):
                    yield werkvorm.id, m.group(0)


@pytest.mark.parametrize(
    ("werkvorm_id", "voorbeeld"), sorted(set(_werkvorm_voorbeelden())), ids=lambda x: x
)
def test_voorbeelden_in_werkvormen_volgen_hun_regels(werkvorm_id: str, voorbeeld: str) -> None:
    """A quoted sentence ('Klopt dat?' in an example story, the plot question 'Zal het ...
    lukken om ...?') is checked as the quote it is: speech is not narration, so the tense
    rule leaves it alone, the other rules do not. A quoted phrase ('doorzetten') is
    checked in a sentence told in the werkvorm's own tense."""
    werkvorm = vind_werkvormen(None).laad(werkvorm_id)
    config, _ = verhaal_config(Instellingen(), werkvorm.id, eigen_regels=werkvorm.regels)
    inhoud = voorbeeld[1:-1].strip()
    if inhoud[-1:] in ".?!":
        tekst = voorbeeld
    else:
        instelling = config.regels.get("tegenwoordige-tijd")
        tijd = instelling.opties.get("tijd", "verleden") if instelling else "verleden"
        tekst = ("Die dag gaat het over {}." if tijd == "tegenwoordig" else DRAGER).format(inhoud)
    gevonden = [(b.regel, b.tekst) for b in check(tekst, config, "txt") if b.regel in FAMILIES]
    assert gevonden == [], tekst
