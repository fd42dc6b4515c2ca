"""Structural checks of a decision tree: it must always lead to advice.

A tree passes when every reference resolves, every question offers a real choice, no
question or recommendation is unreachable from the start, and no path loops. Together
with the schema's rule that each answer either goes on or ends in advice, this means
every walk through the tree ends in at least one recommendation.
"""

from __future__ import annotations

from collections.abc import Iterator

from verhaal.medium.model import Advies, Beslisboom, Keuze, Probleem, Vraagknoop
from verhaal.yamlbron import Plek, SleutelPad


def _probleem(boom: Beslisboom, sleutelpad: SleutelPad, bericht: str) -> Probleem:
    plek = Plek("", sleutelpad, boom.regels)
    return Probleem(plek.regel, plek.padtekst, bericht)


def valideer(boom: Beslisboom) -> list[Probleem]:
    """Every structural problem of ``boom`` (empty when the tree is sound)."""
    problemen: list[Probleem] = []
    if boom.begin not in boom.vragen:
        problemen.append(
            _probleem(
                boom, ("begin",), f"de beginvraag '{boom.begin}' bestaat niet onder 'vragen'."
            )
        )
    for vraag in boom.vragen.values():
        problemen.extend(_controleer_vraag(boom, vraag))
    if problemen:
        # Reachability and cycles only make sense once every reference resolves.
        return problemen
    problemen.extend(_cycli(boom))
    if problemen:
        return problemen
    bereikt_vragen, bereikt_adviezen = _bereikbaar(boom)
    for vraag_id in boom.vragen:
        if vraag_id not in bereikt_vragen:
            problemen.append(
                _probleem(
                    boom,
                    ("vragen", vraag_id),
                    "deze vraag is onbereikbaar: geen enkele keuze leidt ernaartoe.",
                )
            )
    for advies_id in boom.adviezen:
        if advies_id not in bereikt_adviezen:
            problemen.append(
                _probleem(
                    boom,
                    ("adviezen", advies_id),
                    "dit advies wordt nooit gegeven: geen enkele bereikbare keuze noemt het.",
                )
            )
    return problemen


def _controleer_vraag(boom: Beslisboom, vraag: Vraagknoop) -> Iterator[Probleem]:
    pad: SleutelPad = ("vragen", vraag.id)
    if len(vraag.keuzes) < 2:
        yield _probleem(
            boom,
            pad,
            "een vraag heeft minstens twee keuzes nodig; anders loopt het pad hier dood "
            "of valt er niets te kiezen.",
        )
    gezien_ids: set[str] = set()
    gezien_antwoorden: set[str] = set()
    for index, keuze in enumerate(vraag.keuzes):
        keuze_pad: SleutelPad = (*pad, "keuzes", index)
        if keuze.id in gezien_ids:
            yield _probleem(boom, keuze_pad, f"de keuze-id '{keuze.id}' komt al eerder voor.")
        gezien_ids.add(keuze.id)
        if keuze.antwoord.casefold() in gezien_antwoorden:
            yield _probleem(boom, keuze_pad, "dit antwoord staat al eerder bij deze vraag.")
        gezien_antwoorden.add(keuze.antwoord.casefold())
        if keuze.naar is not None and keuze.naar not in boom.vragen:
            yield _probleem(boom, (*keuze_pad, "naar"), f"de vraag '{keuze.naar}' bestaat niet.")
        for advies_id in keuze.adviezen:
            if advies_id not in boom.adviezen:
                yield _probleem(
                    boom, (*keuze_pad, "advies"), f"het advies '{advies_id}' bestaat niet."
                )
        if len(set(keuze.adviezen)) != len(keuze.adviezen):
            yield _probleem(boom, (*keuze_pad, "advies"), "een advies staat er dubbel in.")


def _cycli(boom: Beslisboom) -> Iterator[Probleem]:
    """Depth-first search over all questions; an edge back into the current trail is a loop."""
    wit, grijs, zwart = 0, 1, 2
    kleur = dict.fromkeys(boom.vragen, wit)

    def bezoek(vraag_id: str, spoor: list[str]) -> Iterator[Probleem]:
        kleur[vraag_id] = grijs
        spoor.append(vraag_id)
        for index, keuze in enumerate(boom.vragen[vraag_id].keuzes):
            if keuze.naar is None:
                continue
            if kleur[keuze.naar] == grijs:
                lus = [*spoor[spoor.index(keuze.naar) :], keuze.naar]
                yield _probleem(
                    boom,
                    ("vragen", vraag_id, "keuzes", index, "naar"),
                    f"deze keuze maakt een kring: {' -> '.join(lus)}.",
                )
            elif kleur[keuze.naar] == wit:
                yield from bezoek(keuze.naar, spoor)
        spoor.pop()
        kleur[vraag_id] = zwart

    # Start at the first question so a loop is reported along the route a user would take.
    for vraag_id in [boom.begin, *boom.vragen]:
        if kleur[vraag_id] == wit:
            yield from bezoek(vraag_id, [])


def _bereikbaar(boom: Beslisboom) -> tuple[set[str], set[str]]:
    vragen: set[str] = set()
    adviezen: set[str] = set()
    te_doen = [boom.begin]
    while te_doen:
        vraag_id = te_doen.pop()
        if vraag_id in vragen:
            continue
        vragen.add(vraag_id)
        for keuze in boom.vragen[vraag_id].keuzes:
            adviezen.update(keuze.adviezen)
            if keuze.naar is not None:
                te_doen.append(keuze.naar)
    return vragen, adviezen


Pad = tuple[tuple[Vraagknoop, Keuze], ...]


def alle_paden(boom: Beslisboom) -> Iterator[tuple[Pad, tuple[Advies, ...]]]:
    """Every walk from the start to advice: the (question, answer) steps and the advice.

    Only for a validated tree (no cycles); used by tests and by ``--toon`` checks.
    """

    def verder(vraag_id: str, pad: Pad) -> Iterator[tuple[Pad, tuple[Advies, ...]]]:
        vraag = boom.vragen[vraag_id]
        for keuze in vraag.keuzes:
            stap = (*pad, (vraag, keuze))
            if keuze.naar is not None:
                yield from verder(keuze.naar, stap)
            else:
                yield stap, tuple(boom.adviezen[a] for a in keuze.adviezen)

    yield from verder(boom.begin, ())
