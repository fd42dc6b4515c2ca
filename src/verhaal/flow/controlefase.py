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
from verhaal.flow.vrager import BevindingInContext, Vraagstuk
from verhaal.werkvorm.model import Fase, Keuze, Vraag

if TYPE_CHECKING:
    from verhaal.checker import Bevinding
    from verhaal.flow.verloop import Verloop

_CONTEXT = 45

VERHAALREGELS = frozenset({"lengte", "zintuigen"})
"""Rules that judge the story as a whole; their findings point at the title by convention."""


def controle(verloop: Verloop, vraag: Vraag) -> None:
    """Check, show the findings, let the user fix the title or a paragraph; repeat."""
    staat = verloop.staat
    vrager = verloop.vrager
    if not staat.alineas:
        vrager.toon("Er is nog geen verhaal om te controleren.", "melding")
        return
    if not vrager.interactief:
        vraagstuk = Vraagstuk(vraag.id, "lang", vraag.vraag, uitleg=vraag.uitleg)
        nieuw = vraag_geldig(verloop, vraagstuk, lambda ruw: _alineas_uit_antwoord(verloop, ruw))
        if nieuw:
            staat.alineas = nieuw
    while True:
        bevindingen = controleer(verloop)
        toon_bevindingen(verloop, bevindingen)
        if not vrager.interactief:
            break
        keuze = _kies_verbetering(verloop, vraag, bevindingen)
        if keuze is None:
            break
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
    per_alinea: dict[int, int] = {}
    titel_bevindingen = 0
    for bevinding in bevindingen:
        plek = _plek(verloop, bevinding)
        if plek is None:
            titel_bevindingen += 1
        elif plek >= 0:
            per_alinea[plek] = per_alinea.get(plek, 0) + 1
    keuzes = [Keuze("klaar", "Klaar met controleren")]
    if verloop._titel_vraag is not None:
        keuzes.append(Keuze("titel", f"De titel{_aantal_tekst(titel_bevindingen)}"))
    for index, alinea in enumerate(verloop.staat.alineas or []):
        kort = alinea if len(alinea) <= 50 else alinea[:49] + "…"
        keuzes.append(
            Keuze(
                str(index),
                f"Alinea {index + 1}{_aantal_tekst(per_alinea.get(index, 0))}: {kort}",
            )
        )
    antwoord = verloop.vrager.vraag(
        Vraagstuk(
            "_controle",
            "keuze",
            vraag.vraag,
            uitleg=vraag.uitleg,
            keuzes=tuple(keuzes),
            standaard="klaar",
            herinneringen=herinneringen(verloop, vraag.toon),
        )
    )
    if antwoord is None or antwoord == "klaar" or antwoord not in {k.waarde for k in keuzes}:
        return None
    return str(antwoord)


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
    if not bevindingen:
        vrager.toon("De controle vond niets: je verhaal volgt de schrijfregels.", "succes")
        return
    if ongewijzigd:
        vrager.toon(
            "Je verhaal is niet veranderd sinds de vorige controle: "
            + _samenvatting(bevindingen)[len("De controle vond ") :],
            "melding",
        )
        return
    vrager.toon(_samenvatting(bevindingen), "melding")
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
    vrager.toon(
        f"Er staan nog {_aantal(len(fouten), 'fout', 'fouten')} in je verhaal.", "waarschuwing"
    )
    for bevinding in fouten:
        vrager.bevinding(in_context(verloop, bevinding))
    antwoord = vrager.vraag(
        Vraagstuk(
            "_open_fouten",
            "keuze",
            "Wat wil je doen?",
            keuzes=(
                Keuze("aanpassen", "Terug om ze aan te passen"),
                Keuze("bewaren", "Toch bewaren (de open punten komen bovenaan in het verhaal)"),
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
    voorstel = f" → {bevinding.suggestie}" if bevinding.suggestie else ""
    if not bevinding.kern:
        return f"{bevinding.regel}: {bevinding.bericht}"
    return f"{bevinding.regel}: '{bevinding.kern}'{voorstel}"


def _aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    woord = enkelvoud if n == 1 else meervoud
    return f"{'een' if n == 1 else n} {woord}"


def _aantal_tekst(n: int) -> str:
    return f" ({_aantal(n, 'bevinding', 'bevindingen')})" if n else ""


def _samenvatting(bevindingen: Sequence[Bevinding]) -> str:
    delen = []
    for ernst, enkelvoud, meervoud in (
        ("fout", "fout", "fouten"),
        ("waarschuwing", "waarschuwing", "waarschuwingen"),
        ("info", "tip", "tips"),
    ):
        n = sum(1 for b in bevindingen if b.ernst == ernst)
        if n:
            delen.append(_aantal(n, enkelvoud, meervoud))
    return "De controle vond " + " en ".join(", ".join(delen).rsplit(", ", 1)) + "."
