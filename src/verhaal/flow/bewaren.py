"""Save the outcome of a story flow: the story file and its notes, never silently overwriting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from verhaal.errors import InvoerFout
from verhaal.flow.verhaalbestand import (
    aantekeningen_markdown,
    aantekeningen_pad,
    bestandsnaam,
    verhaal_markdown,
)
from verhaal.flow.verloop import Uitkomst, Verloop
from verhaal.flow.vrager import Vraagstuk
from verhaal.opslag import schrijf_atomisch
from verhaal.taal import er_staat, werkwoord
from verhaal.werkvorm.model import Keuze


@dataclass(frozen=True)
class Bewaard:
    """Where the story and its notes were written."""

    verhaal: Path
    aantekeningen: Path


def kies_verhaalpad(
    verloop: Verloop, uit: Path | None, *, overschrijf: bool, map_: Path = Path(".")
) -> Path:
    """The story file to write: ``uit``, the one remembered in the draft, or one from the title.

    An existing file (or its notes file) is only replaced with ``overschrijf`` or after the
    user confirms; otherwise an interactive user picks another name and a file run stops.
    """
    if uit is None and verloop.staat.uit:
        uit = Path(verloop.staat.uit)
    pad = uit if uit is not None else map_ / bestandsnaam(verloop.titel)
    vrager = verloop.vrager
    while True:
        bestaand = [p for p in (pad, aantekeningen_pad(pad)) if p.exists()]
        if not bestaand or overschrijf:
            return pad
        if not vrager.interactief:
            raise InvoerFout(
                f"{bestaand[0]} bestaat al en wordt niet zomaar overschreven. Kies een ander "
                "bestand met --uit, of gebruik --overschrijf."
            )
        keuze = vrager.vraag(
            Vraagstuk(
                "_overschrijven",
                "keuze",
                f"{bestaand[0]} bestaat al. Wat wil je doen?",
                keuzes=(
                    Keuze("andere-naam", "Een andere naam kiezen"),
                    Keuze("overschrijven", "Het bestaande bestand vervangen"),
                ),
                standaard="andere-naam",
            )
        )
        if keuze == "overschrijven":
            return pad
        antwoord = vrager.vraag(
            Vraagstuk(
                "_uit",
                "kort",
                "Onder welke naam wil je het verhaal bewaren?",
                standaard=str(_vrije_naam(pad)),
                verplicht=True,
            )
        )
        if isinstance(antwoord, str) and antwoord.strip():
            pad = Path(antwoord.strip())
            if pad.suffix.lower() not in (".md", ".markdown"):
                pad = pad.with_name(pad.name + ".md")


def _vrije_naam(pad: Path) -> Path:
    for volgnummer in range(2, 1000):
        kandidaat = pad.with_name(f"{pad.stem}-{volgnummer}{pad.suffix}")
        if not kandidaat.exists() and not aantekeningen_pad(kandidaat).exists():
            return kandidaat
    return pad


def open_fouten_melding(aantal: int, bestand: str) -> str:
    """What the teacher reads after saving with ``aantal`` findings of severity ``fout``."""
    staat = er_staat(aantal, "fout", "fouten")
    waar = werkwoord(aantal, "die staat", "ze staan")
    return (
        f"Let op: {staat[0].lower()}{staat[1:]} open; {waar} bovenaan {bestand} onder 'controle'."
    )


def bewaar_verhaal(
    verloop: Verloop, uitkomst: Uitkomst, pad: Path, *, datum: date | None = None
) -> Bewaard:
    """Write the notes file and the story file atomically (notes first: the story links them)."""
    staat = uitkomst.staat
    notities = aantekeningen_pad(pad)
    schrijf_atomisch(
        notities,
        aantekeningen_markdown(
            verloop.werkvorm, staat.antwoorden, titel=verloop.titel, datum=datum, verhaal=pad.name
        ),
    )
    schrijf_atomisch(
        pad,
        verhaal_markdown(
            verloop.werkvorm,
            staat.antwoorden,
            verloop.titel,
            staat.alineas or [],
            bevindingen=uitkomst.bevindingen,
            datum=datum,
        ),
    )
    return Bewaard(pad, notities)
