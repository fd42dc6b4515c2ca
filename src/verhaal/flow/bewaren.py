"""Save the outcome of a story flow: the story file and its notes, never silently overwriting."""

from __future__ import annotations

from collections.abc import Sequence
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
from verhaal.leerlingnaam import NaamZoeker
from verhaal.opslag import schrijf_atomisch
from verhaal.taal import er_staat, werkwoord
from verhaal.werkvorm.model import Keuze


def maskeer(tekst: str, namen: Sequence[str]) -> str:
    """``tekst`` as it may be written: the pupil's names masked. The flow refuses answers
    with the name, so this only catches what came in another way (a story given with
    ``--verhaal``, a title read from a file): the last check before the disk."""
    return NaamZoeker(namen).maskeer(tekst)


_NAAM_IN_BESTANDSNAAM = (
    "Deze bestandsnaam bevat de naam van de leerling; kies een naam zonder de naam."
)


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
    No name holds the pupil's name: a title that would give one is not used (the file is
    ``verhaal.md``), a typed name with it is refused.
    """
    zoeker = NaamZoeker(verloop.namen)
    if uit is None and verloop.staat.uit and not zoeker.bevat(verloop.staat.uit, streng=True):
        uit = Path(verloop.staat.uit)
    if uit is not None and zoeker.bevat(str(uit), streng=True):
        raise InvoerFout(_NAAM_IN_BESTANDSNAAM)
    pad = uit if uit is not None else map_ / bestandsnaam(verloop.titel)
    if uit is None and zoeker.bevat(pad.name, streng=True):
        pad = map_ / bestandsnaam(None)
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
        if isinstance(antwoord, str) and zoeker.bevat(antwoord, streng=True):
            vrager.ongeldig(Vraagstuk("_uit", "kort", "Bestandsnaam"), _NAAM_IN_BESTANDSNAAM)
            continue
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
        maskeer(
            aantekeningen_markdown(
                verloop.werkvorm,
                staat.antwoorden,
                titel=verloop.titel,
                datum=datum,
                verhaal=pad.name,
            ),
            verloop.config.namen,
        ),
    )
    schrijf_atomisch(
        pad,
        maskeer(
            verhaal_markdown(
                verloop.werkvorm,
                staat.antwoorden,
                verloop.titel,
                staat.alineas or [],
                bevindingen=uitkomst.bevindingen,
                datum=datum,
            ),
            verloop.config.namen,
        ),
    )
    return Bewaard(pad, notities)
