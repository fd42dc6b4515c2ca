"""The check phase: check the story, show each finding in context, fix, check again.

Also the final gate (:func:`poort`): before finishing, findings of severity ``fout`` left
in the story make an interactive user choose between fixing them and finishing anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from verhaal.flow.invullen import (
    herinneringen,
    normaliseer,
    splits_alineas,
    tekst,
    vraag_geldig,
)
from verhaal.flow.vrager import ERNST_NAAM, BevindingInContext, Vraagstuk
from verhaal.taal import aantal, er_staat, meervoud, werkwoord
from verhaal.werkvorm.model import Fase, Keuze, Vraag

if TYPE_CHECKING:
    from verhaal.checker import Bevinding
    from verhaal.flow.verloop import Verloop

_CONTEXT = 45

VERHAALREGELS = frozenset({"lengte", "zintuigen"})
"""Rules that judge the story as a whole; their findings point at the title by convention."""

_ERNSTEN = (
    ("fout", "fout", "fouten"),
    ("waarschuwing", "waarschuwing", "waarschuwingen"),
    ("info", "tip", "tips"),
)
"""Each severity with its Dutch noun (a finding of severity ``info`` is a tip)."""


def controle(verloop: Verloop, vraag: Vraag) -> None:
    """Check, show the findings, let the user fix the title or a paragraph; repeat."""
    staat = verloop.staat
    vrager = verloop.vrager
    if not staat.alineas:
        product = verloop.werkvorm.product.enkelvoud
        vrager.toon(f"Er is nog geen {product} om te controleren.", "melding")
        return
    if not vrager.interactief:
        vraagstuk = Vraagstuk(vraag.id, "lang", vraag.vraag, uitleg=vraag.uitleg)
        nieuw = vraag_geldig(verloop, vraagstuk, lambda ruw: _alineas_uit_antwoord(verloop, ruw))
        if nieuw:
            staat.alineas = nieuw
    bevestigd = False  # skipping every fix is confirmed once
    while True:
        bevindingen = controleer(verloop)
        toon_bevindingen(verloop, bevindingen)
        if not vrager.interactief:
            break
        keuze = _kies_verbetering(verloop, vraag, bevindingen)
        if keuze is None and not bevestigd:
            bevestigd = True
            if not _wil_overslaan(verloop, bevindingen):
                keuze = _kies_verbetering(verloop, vraag, bevindingen)
        if keuze is None:
            break
        bevestigd = True  # a fix was chosen: finishing later skips nothing unseen
        _verbeter(verloop, keuze, bevindingen)
        staat.antwoorden[vraag.id] = list(staat.alineas or [])
        verloop._bewaar()
    staat.antwoorden[vraag.id] = list(staat.alineas or [])


def _alineas_uit_antwoord(verloop: Verloop, ruw: Any) -> list[str] | None:
    if ruw is None or ruw == "":
        return None
    if isinstance(ruw, list):
        alineas = [" ".join(tekst(verloop, a).split()) for a in ruw]
    else:
        alineas = splits_alineas(tekst(verloop, ruw))
    alineas = [a for a in alineas if a]
    return alineas or None


def _kies_verbetering(verloop: Verloop, vraag: Vraag, bevindingen: list[Bevinding]) -> str | None:
    """The title or paragraph to fix (its value), or None when the user is done.

    The cursor starts on the first place with a finding, so Enter leads to a fix, never
    past all of them.
    """
    per_plek: dict[int | None, list[Bevinding]] = {}
    for bevinding in bevindingen:
        plek = _plek(verloop, bevinding)
        if plek is None or plek >= 0:
            per_plek.setdefault(plek, []).append(bevinding)
    keuzes = [Keuze("klaar", "Klaar met controleren")]
    if verloop._titel_vraag is not None:
        keuzes.append(Keuze("titel", f"De titel{_tellingen_tekst(per_plek.get(None, []))}"))
    for index, alinea in enumerate(verloop.staat.alineas or []):
        kort = alinea if len(alinea) <= 50 else alinea[:49] + "…"
        keuzes.append(
            Keuze(
                str(index),
                f"Alinea {index + 1}{_tellingen_tekst(per_plek.get(index, []))}: {kort}",
            )
        )
    if None in per_plek and verloop._titel_vraag is not None:
        standaard = "titel"
    else:
        alineas_met = sorted(p for p in per_plek if p is not None)
        standaard = str(alineas_met[0]) if alineas_met else "klaar"
    antwoord = verloop.vrager.vraag(
        Vraagstuk(
            "_controle",
            "keuze",
            vraag.vraag,
            uitleg=vraag.uitleg,
            keuzes=tuple(keuzes),
            standaard=standaard,
            herinneringen=herinneringen(verloop, vraag.toon),
        )
    )
    if antwoord is None or antwoord == "klaar" or antwoord not in {k.waarde for k in keuzes}:
        return None
    return str(antwoord)


def _wil_overslaan(verloop: Verloop, bevindingen: Sequence[Bevinding]) -> bool:
    """Ask once before every fix is skipped; True: the user really is done.

    Tips alone are no reason to ask: only findings of severity fout or waarschuwing.
    """
    ernstig = [b for b in bevindingen if b.ernst in ("fout", "waarschuwing")]
    if not ernstig:
        return True
    product = verloop.werkvorm.product.enkelvoud
    antwoord = verloop.vrager.vraag(
        Vraagstuk(
            "_controle_overslaan",
            "keuze",
            f"Er {werkwoord(len(ernstig), 'staat', 'staan')} nog {_opsomming(ernstig)} in je "
            f"{product}. Wil je verder zonder iets aan te passen?",
            keuzes=(
                Keuze("aanpassen", f"Nee, ik pas {meervoud(len(ernstig), 'hem', 'ze')} aan"),
                Keuze("verder", "Ja, verder zonder aanpassen"),
            ),
            standaard="aanpassen",
        )
    )
    return bool(antwoord == "verder")


def _verbeter(verloop: Verloop, keuze: str, bevindingen: Sequence[Bevinding] = ()) -> None:
    """Let the user rewrite the title or one paragraph; its findings come along as a
    reminder (the list above may have scrolled out of view)."""
    staat = verloop.staat
    plek = None if keuze == "titel" else int(keuze)
    hier = tuple(
        _herinnering(in_context(verloop, b)) for b in bevindingen if _plek(verloop, b) == plek
    )
    titel_vraag = verloop._titel_vraag
    if keuze == "titel" and titel_vraag is not None:
        vraagstuk = Vraagstuk(
            "_controle_titel",
            "kort",
            "Nieuwe titel",
            standaard=staat.antwoorden.get(titel_vraag.id),
            verplicht=titel_vraag.verplicht,
            herinneringen=hier,
        )
        staat.antwoorden[titel_vraag.id] = vraag_geldig(
            verloop, vraagstuk, lambda ruw: normaliseer(verloop, titel_vraag, ruw)
        )
        return
    alineas = staat.alineas or []
    index = int(keuze)
    vraagstuk = Vraagstuk(
        "_controle_alinea",
        "alinea",
        f"Alinea {index + 1} (maak hem leeg om hem te schrappen)",
        standaard=alineas[index],
        index=index,
        aantal=len(alineas),
        herinneringen=hier,
    )
    nieuw = vraag_geldig(verloop, vraagstuk, lambda ruw: " ".join(tekst(verloop, ruw).split()))
    if nieuw:
        alineas[index] = nieuw
    else:
        del alineas[index]
    staat.alineas = alineas


# --- checking ------------------------------------------------------------------------------


def verhaal_markdown(verloop: Verloop) -> tuple[str, list[tuple[int, int]]]:
    """The story as Markdown (``# titel`` + paragraphs) and each paragraph's span."""
    delen: list[str] = []
    positie = 0
    titel = verloop.titel
    if titel:
        kop = f"# {titel}\n\n"
        delen.append(kop)
        positie = len(kop)
    spans: list[tuple[int, int]] = []
    for index, alinea in enumerate(verloop.staat.alineas or []):
        if index:
            delen.append("\n\n")
            positie += 2
        delen.append(alinea)
        spans.append((positie, positie + len(alinea)))
        positie += len(alinea)
    delen.append("\n")
    return "".join(delen), spans


def controleer(verloop: Verloop) -> list[Bevinding]:
    """Check the current story with the configuration and the pupil's names."""
    tekst_, _ = verhaal_markdown(verloop)
    return verloop._check(tekst_, verloop.config.met_namen(verloop.namen))


def _plek(verloop: Verloop, bevinding: Bevinding) -> int | None:
    """Paragraph index of a finding; None for the title; -1 for the story as a whole."""
    if bevinding.regel in VERHAALREGELS or bevinding.start == bevinding.eind:
        return -1
    _, spans = verhaal_markdown(verloop)
    for index, (start, eind) in enumerate(spans):
        if start <= bevinding.start < eind:
            return index
    titel = verloop.titel
    if titel and 2 <= bevinding.start < 2 + len(titel):
        return None
    return -1


def in_context(verloop: Verloop, bevinding: Bevinding) -> BevindingInContext:
    """Where a finding is and the words around it."""
    tekst_, spans = verhaal_markdown(verloop)
    plek = _plek(verloop, bevinding)
    if plek is None:
        waar, begin, eind = "titel", 2, 2 + len(verloop.titel or "")
    elif plek < 0:
        waar, begin, eind = "het hele verhaal", bevinding.start, bevinding.start
    else:
        waar = f"alinea {plek + 1}"
        begin, eind = spans[plek]
    voor = tekst_[max(begin, bevinding.start - _CONTEXT) : bevinding.start]
    na = tekst_[bevinding.eind : min(eind, bevinding.eind + _CONTEXT)]
    if bevinding.start - _CONTEXT > begin:
        voor = "…" + voor[voor.find(" ") + 1 :] if " " in voor else "…" + voor
    if bevinding.eind + _CONTEXT < eind:
        na = na[: na.rfind(" ")] + "…" if " " in na else na + "…"
    return BevindingInContext(
        plek=waar,
        regel=bevinding.regel,
        ernst=bevinding.ernst,
        bericht=bevinding.bericht,
        suggestie=bevinding.suggestie,
        voor=voor if bevinding.start != bevinding.eind else "",
        kern=bevinding.tekst,
        na=na if bevinding.start != bevinding.eind else "",
    )


def toon_bevindingen(verloop: Verloop, bevindingen: list[Bevinding]) -> None:
    """Show a summary and every finding in context.

    When the story has not changed since the findings were last shown, a one-line
    reminder replaces the list: the teacher has just read it.
    """
    vrager = verloop.vrager
    tekst_, _ = verhaal_markdown(verloop)
    ongewijzigd = tekst_ == verloop._laatst_getoond
    verloop._laatst_getoond = tekst_
    product = verloop.werkvorm.product.enkelvoud
    if not bevindingen:
        vrager.toon(f"De controle vond niets: je {product} volgt de schrijfregels.", "succes")
        return
    if ongewijzigd:
        vrager.toon(
            f"Je {product} is niet veranderd sinds de vorige controle; "
            f"die vond {_opsomming(bevindingen)}.",
            "melding",
        )
        return
    vrager.toon(f"De controle vond {_opsomming(bevindingen)}.", "melding")
    for bevinding in bevindingen:
        vrager.bevinding(in_context(verloop, bevinding))


def poort(verloop: Verloop) -> list[Bevinding] | None:
    """The final check. None: the user went back to fix findings; else the findings."""
    vrager = verloop.vrager
    if not verloop.werkvorm.schrijft_verhaal() or not verloop.staat.alineas:
        return []
    bevindingen = controleer(verloop)
    fouten = [b for b in bevindingen if b.ernst == "fout"]
    if not fouten or not vrager.interactief:
        return bevindingen
    product = verloop.werkvorm.product.enkelvoud
    vrager.toon(f"{er_staat(len(fouten), 'fout', 'fouten')} in je {product}.", "waarschuwing")
    for bevinding in fouten:
        vrager.bevinding(in_context(verloop, bevinding))
    antwoord = vrager.vraag(
        Vraagstuk(
            "_open_fouten",
            "keuze",
            "Wat wil je doen?",
            keuzes=(
                Keuze("aanpassen", f"Terug om {meervoud(len(fouten), 'hem', 'ze')} aan te passen"),
                Keuze(
                    "bewaren",
                    "Toch bewaren (wat nog open staat, komt bovenaan in het bestand)",
                ),
            ),
            standaard="aanpassen",
        )
    )
    if antwoord != "aanpassen":
        return bevindingen
    _heropen_controle(verloop)
    return None


def _heropen_controle(verloop: Verloop) -> None:
    """Open the phase of the last controle question (or of the last story question)."""
    werkvorm = verloop.werkvorm
    doel: Fase | None = None
    for fase, vraag in werkvorm.vragen():
        if vraag.soort == "controle":
            doel = fase
    if doel is None:
        for fase, vraag in werkvorm.vragen():
            if vraag.soort in ("zinsstarters", "herschrijf"):
                doel = fase
    if doel is not None:
        index = werkvorm.fasen.index(doel)
        verloop._heropen(index)
        # Only the story questions need another round; the rest keep their answers.
        verloop.staat.afgerond.extend(
            v.id for v in doel.vragen if v.soort not in ("controle", "herschrijf")
        )


def _herinnering(bevinding: BevindingInContext) -> str:
    """A finding on one line, for the prompt where the teacher fixes it."""
    ernst = ERNST_NAAM.get(bevinding.ernst, bevinding.ernst)
    voorstel = f" → {bevinding.suggestie}" if bevinding.suggestie else ""
    if not bevinding.kern:
        return f"{ernst} · {bevinding.regel}: {bevinding.bericht}"
    return f"{ernst} · {bevinding.regel}: '{bevinding.kern}'{voorstel}"


def _opsomming(bevindingen: Sequence[Bevinding]) -> str:
    """The findings counted per severity: "één fout, 2 waarschuwingen en één tip"."""
    delen = []
    for ernst, enkelvoud, meervoud_ in _ERNSTEN:
        n = sum(1 for b in bevindingen if b.ernst == ernst)
        if n:
            delen.append(aantal(n, enkelvoud, meervoud_))
    if not delen:
        return "niets"
    return " en ".join(", ".join(delen).rsplit(", ", 1))


def _tellingen_tekst(bevindingen: Sequence[Bevinding]) -> str:
    """`` (één fout, 2 tips)`` for a menu line; empty without findings."""
    return f" ({_opsomming(bevindingen).replace(' en ', ', ')})" if bevindingen else ""
