"""The check phase: check the story, show each finding in context, fix, check again.

Also the final gate (:func:`poort`): before finishing, findings of severity ``fout`` left
in the story make an interactive user choose between fixing them and finishing anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from verhaal.flow.invullen import (
    herinneringen,
    normaliseer,
    splits_alineas,
    tekst,
    vraag_geldig,
)
from verhaal.flow.verhaalbestand import VOORKANT_ANTWOORDEN, voorkant_antwoorden
from verhaal.flow.vrager import ERNST_NAAM, BevindingInContext, Vraagstuk
from verhaal.taal import aantal, afgekort, er_staat, meervoud, werkwoord
from verhaal.werkvorm.model import Fase, Keuze, Vraag

if TYPE_CHECKING:
    from verhaal.checker import Bevinding
    from verhaal.flow.verloop import Verloop

_CONTEXT = 45

VERHAALREGELS = frozenset({"lengte", "zintuigen"})
"""Rules that judge the story as a whole; their findings point at the title by convention."""

_TITEL = "titel"
_PLOTVRAAG = "plotvraag"

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
    """The place to fix (title, plotvraag or a paragraph index), or None when done.

    The cursor starts on the first place with a finding, so Enter leads to a fix, never
    past all of them.
    """
    per_plek: dict[str, list[Bevinding]] = {}
    for bevinding in bevindingen:
        plek = _plek(verloop, bevinding)
        if plek is not None:
            per_plek.setdefault(plek, []).append(bevinding)
    opbouw = _opbouw(verloop)
    keuzes = [Keuze("klaar", "Klaar met controleren")]
    for plek in opbouw.plekken:
        # The plotvraag is only offered when something in it needs a look.
        if plek == _PLOTVRAAG and plek not in per_plek:
            continue
        tellingen = _tellingen_tekst(per_plek.get(plek, []))
        if plek == _TITEL:
            label = f"De titel{tellingen}"
        elif plek == _PLOTVRAAG:
            label = f"De plotvraag{tellingen}"
        else:
            alinea = (verloop.staat.alineas or [])[int(plek)]
            label = f"Alinea {int(plek) + 1}{tellingen}: {afgekort(alinea, 50)}"
        keuzes.append(Keuze(plek, label))
    if _TITEL not in opbouw.plekken and verloop._titel_vraag is not None:
        keuzes.insert(1, Keuze(_TITEL, "De titel"))  # no title yet: it can be given here
    standaard = next((plek for plek in opbouw.plekken if plek in per_plek), "klaar")
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
    """Let the user rewrite the title, the plotvraag or one paragraph; its findings come
    along as a reminder (the list above may have scrolled out of view)."""
    staat = verloop.staat
    hier = tuple(
        _herinnering(in_context(verloop, b)) for b in bevindingen if _plek(verloop, b) == keuze
    )
    eigen = {_TITEL: verloop._titel_vraag, _PLOTVRAAG: _plotvraag_vraag(verloop)}
    if keuze in eigen:
        vraag = eigen[keuze]
        if vraag is None:
            return
        vraagstuk = Vraagstuk(
            f"_controle_{keuze}",
            "kort",
            "Nieuwe titel" if keuze == _TITEL else "Nieuwe plotvraag",
            standaard=staat.antwoorden.get(vraag.id),
            verplicht=vraag.verplicht,
            herinneringen=hier,
        )
        staat.antwoorden[vraag.id] = vraag_geldig(
            verloop, vraagstuk, lambda ruw: normaliseer(verloop, vraag, ruw)
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


@dataclass(frozen=True)
class _Opbouw:
    """The text that is checked and where each part of the story lies in it.

    ``plekken`` maps each place (``plotvraag``, ``titel``, ``"0"``, ``"1"`` ... for the
    paragraphs) to its span, in text order.
    """

    tekst: str
    plekken: dict[str, tuple[int, int]]


def _plotvraag_vraag(verloop: Verloop) -> Vraag | None:
    """The question whose answer goes into the story's front matter (the plotvraag)."""
    for vraag_id in VOORKANT_ANTWOORDEN:
        vraag = verloop.werkvorm.vraag(vraag_id)
        if vraag is not None and vraag.bewaar == "voorkant":
            return vraag
    return None


def _opbouw(verloop: Verloop) -> _Opbouw:
    """The story as the file will share it: the plotvraag in a front matter (when there
    is one), ``# titel`` and the paragraphs, so the flow checks what ``controleer`` will."""
    delen: list[str] = []
    plekken: dict[str, tuple[int, int]] = {}
    positie = 0

    def voeg_toe(tekst_: str, plek: str | None = None) -> None:
        nonlocal positie
        if plek is not None:
            plekken[plek] = (positie, positie + len(tekst_))
        delen.append(tekst_)
        positie += len(tekst_)

    voorkant = voorkant_antwoorden(verloop.werkvorm, verloop.staat.antwoorden)
    if voorkant:
        voeg_toe("---\n")
        for sleutel, waarde in voorkant.items():
            voeg_toe(f"{sleutel}: ")
            voeg_toe(str(waarde), sleutel)
            voeg_toe("\n")
        voeg_toe("---\n\n")
    titel = verloop.titel
    if titel:
        voeg_toe("# ")
        voeg_toe(titel, _TITEL)
        voeg_toe("\n\n")
    for index, alinea in enumerate(verloop.staat.alineas or []):
        if index:
            voeg_toe("\n\n")
        voeg_toe(alinea, str(index))
    voeg_toe("\n")
    return _Opbouw("".join(delen), plekken)


def verhaal_markdown(verloop: Verloop) -> tuple[str, list[tuple[int, int]]]:
    """The story as it is checked (see :func:`_opbouw`) and each paragraph's span."""
    opbouw = _opbouw(verloop)
    spans = [span for plek, span in opbouw.plekken.items() if plek.isdigit()]
    return opbouw.tekst, spans


def controleer(verloop: Verloop) -> list[Bevinding]:
    """Check the current story with the configuration and the pupil's names."""
    return verloop._check(_opbouw(verloop).tekst, verloop.config.met_namen(verloop.namen))


def _plek(verloop: Verloop, bevinding: Bevinding) -> str | None:
    """The place of a finding (``titel``, ``plotvraag`` or a paragraph index as text);
    None for the story as a whole."""
    if bevinding.regel in VERHAALREGELS or bevinding.start == bevinding.eind:
        return None
    for plek, (start, eind) in _opbouw(verloop).plekken.items():
        if start <= bevinding.start < eind:
            return plek
    return None


def in_context(verloop: Verloop, bevinding: Bevinding) -> BevindingInContext:
    """Where a finding is and the words around it."""
    opbouw = _opbouw(verloop)
    tekst_ = opbouw.tekst
    plek = _plek(verloop, bevinding)
    if plek is None:
        product = verloop.werkvorm.product
        waar, begin, eind = f"{product.lidwoord} hele {product.enkelvoud}", 0, 0
    else:
        waar = plek if not plek.isdigit() else f"alinea {int(plek) + 1}"
        begin, eind = opbouw.plekken[plek]
    voor = tekst_[max(begin, bevinding.start - _CONTEXT) : bevinding.start]
    na = tekst_[bevinding.eind : min(eind, bevinding.eind + _CONTEXT)]
    if bevinding.start - _CONTEXT > begin:
        voor = "…" + voor[voor.find(" ") + 1 :] if " " in voor else "…" + voor
    if bevinding.eind + _CONTEXT < eind:
        na = na[: na.rfind(" ")] + "…" if " " in na else na + "…"
    heel = plek is not None
    return BevindingInContext(
        plek=waar,
        regel=bevinding.regel,
        ernst=bevinding.ernst,
        bericht=bevinding.bericht,
        suggestie=bevinding.suggestie,
        voor=voor if heel else "",
        kern=bevinding.tekst,
        na=na if heel else "",
    )


def toon_bevindingen(verloop: Verloop, bevindingen: list[Bevinding]) -> None:
    """Show a summary and every finding in context.

    When the story has not changed since the findings were last shown, a one-line
    reminder replaces the list: the teacher has just read it.
    """
    vrager = verloop.vrager
    tekst_ = _opbouw(verloop).tekst
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
    return f"{ernst} · {bevinding.regel}: ‘{bevinding.kern}’{voorstel}"


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
