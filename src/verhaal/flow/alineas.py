"""The ``zinsstarters`` story kind: one paragraph per sentence starter, prefilled."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from verhaal.flow.invullen import (
    OngeldigAntwoord,
    herinneringen,
    tekst,
    vraag_geldig,
    woordgrenzen,
)
from verhaal.flow.vrager import Vraagstuk
from verhaal.werkvorm.model import Vraag, Zinsstarter, ZinsstarterSet

if TYPE_CHECKING:
    from verhaal.flow.verloop import Verloop


def reeks(verloop: Verloop, vraag: Vraag) -> ZinsstarterSet:
    """The set of sentence starters a question uses (fixed, or chosen in an earlier answer)."""
    werkvorm = verloop.werkvorm
    if vraag.starters is not None:
        return werkvorm.zinsstarters[vraag.starters]
    bron = werkvorm.vraag(vraag.starters_van or "")
    gekozen = verloop.staat.antwoorden.get(vraag.starters_van or "")
    if gekozen not in werkvorm.zinsstarters and bron is not None:
        gekozen = bron.standaard if bron.standaard is not None else bron.keuzes[0].waarde
    return werkvorm.zinsstarters[str(gekozen)]


def schrijf_alineas(verloop: Verloop, vraag: Vraag) -> None:
    """Ask one paragraph per starter; the story becomes the paragraphs that were written."""
    staat = verloop.staat
    set_ = reeks(verloop, vraag)
    starters = set_.starters
    aantal = len(starters)
    eerder = staat.antwoorden.get(vraag.id)
    eerder = [str(a) for a in eerder] if isinstance(eerder, list) else []
    if len(eerder) == aantal and staat.alineas and len(staat.alineas) == aantal:
        # Coming back to this phase: start from the latest version of the story.
        eerder = list(staat.alineas)
    # A shorter list is a run that was interrupted halfway: carry on where it stopped.
    begin = len(eerder) if len(eerder) < aantal else 0
    alineas = eerder + [""] * (aantal - len(eerder))
    if set_.uitleg and begin == 0:
        verloop.vrager.toon(f"{set_.titel} · {set_.uitleg}", "uitleg")
    while True:
        for index in range(begin, aantal):
            # The question's own reminders come with the first paragraph asked, the
            # starter's with its paragraph.
            toon = [*vraag.toon, *starters[index].toon] if index == begin else starters[index].toon
            alineas[index] = _vraag_alinea(
                verloop, vraag, starters[index], index, aantal, alineas[index], toon
            )
            staat.antwoorden[vraag.id] = alineas[: index + 1]
            verloop._bewaar()
        verhaal = [a for a in alineas if a]
        try:
            if vraag.verplicht and not verhaal:
                raise OngeldigAntwoord("Schrijf minstens één alinea.")
            woordgrenzen(vraag, "\n\n".join(verhaal))
        except OngeldigAntwoord as fout:
            verloop.vrager.ongeldig(
                Vraagstuk(vraag.id, "alinea", vraag.vraag, index=0, aantal=aantal), str(fout)
            )
            begin = 0
            continue
        break
    staat.antwoorden[vraag.id] = alineas
    staat.alineas = verhaal


def _vraag_alinea(
    verloop: Verloop,
    vraag: Vraag,
    starter: Zinsstarter,
    index: int,
    aantal: int,
    eerder: str,
    toon: Sequence[str],
) -> str:
    vraagstuk = Vraagstuk(
        sleutel=vraag.id,
        soort="alinea",
        tekst=f"Alinea {index + 1} van {aantal} · {starter.tekst}",
        uitleg=starter.hulp,
        standaard=eerder or starter.begin,
        index=index,
        aantal=aantal,
        herinneringen=herinneringen(verloop, toon),
    )

    def normaliseer(ruw: Any) -> str:
        schoon = " ".join(tekst(verloop, ruw).split())
        # Only the prefilled opening left: the paragraph was skipped.
        return "" if schoon == starter.begin.strip() else schoon

    return str(vraag_geldig(verloop, vraagstuk, normaliseer))
