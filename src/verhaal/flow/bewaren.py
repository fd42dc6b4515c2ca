"""Save the outcome of a story flow: the story file and its notes, never silently overwriting.

The story and its notes are written as one (:func:`~verhaal.opslag.schrijf_samen`): both
or neither. A new file is created exclusively, so when two runs save under one name at
the same moment, one of them finds the file made and asks again (at a terminal) or stops
with exit 2, instead of replacing the other's story. :func:`controleer_doel` runs before
the first question: a folder that will not take the files is reported before any typing.
A save that fails keeps the answers: at a terminal the user picks another place, and the
draft stays until the story is saved.
"""

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
from verhaal.opslag import BestaatAl, controleer_schrijfbaar, schrijf_samen
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


def controleer_doel(uit: Path | None, *, concepten: Path | None = None) -> None:
    """Before the first question: can the story (``uit``, else the working folder) and the
    drafts (``concepten``, for a run at the terminal) be written? An ``InvoerFout`` in
    Dutch if not (exit 2), so nobody types answers that cannot be kept."""
    if uit is not None and uit.is_dir():
        raise InvoerFout(
            f"--uit {uit} is een map; geef de naam van het verhaalbestand (bijvoorbeeld "
            f"{uit / 'verhaal.md'})."
        )
    controleer_schrijfbaar(uit.parent if uit is not None else Path("."))
    if concepten is not None:
        controleer_schrijfbaar(concepten)


def kies_verhaalpad(
    verloop: Verloop, uit: Path | None, *, overschrijf: bool, map_: Path = Path(".")
) -> Path:
    """The story file to write: ``uit``, the one remembered in the draft, or one from the title.

    An existing file (or its notes file) is only replaced with ``overschrijf`` or after the
    user confirms; otherwise an interactive user picks another name and a file run stops.
    No name holds the pupil's name: a title that would give one is not used (the file is
    ``verhaal.md``), a typed name with it is refused.
    """
    return _kies(verloop, uit, overschrijf=overschrijf, map_=map_)[0]


def bewaar_nieuw(
    verloop: Verloop,
    uitkomst: Uitkomst,
    uit: Path | None,
    *,
    overschrijf: bool,
    map_: Path = Path("."),
    datum: date | None = None,
) -> Bewaard:
    """Choose the story file (as :func:`kies_verhaalpad`) and write story and notes as one.

    A file that appears between the choice and the write is never replaced: at a terminal
    the user is asked again, otherwise an :class:`InvoerFout` stops the run (exit 2). When
    the write fails (a full disk, a folder that became read-only), an interactive user
    picks another place; the answers stay in memory and in the draft meanwhile.
    """
    vrager = verloop.vrager
    while True:
        pad, vervang = _kies(verloop, uit, overschrijf=overschrijf, map_=map_)
        try:
            return bewaar_verhaal(verloop, uitkomst, pad, datum=datum, overschrijf=vervang)
        except BestaatAl as fout:
            if not vrager.interactief:
                raise InvoerFout(
                    f"{fout.pad} is zojuist door iets anders gemaakt en wordt niet "
                    "overschreven; er is niets bewaard. Kies een ander bestand met --uit, of "
                    "gebruik --overschrijf."
                ) from None
            vrager.toon(f"{fout.pad} is zojuist door iets anders gemaakt.", "waarschuwing")
            uit = pad
        except InvoerFout as fout:
            if not vrager.interactief:
                raise
            vrager.toon(
                f"Bewaren lukte niet: {fout.bericht} Je antwoorden zijn niet weg; kies een "
                "andere plek.",
                "waarschuwing",
            )
            uit = _vraag_naam(verloop, _vrije_naam(Path.home() / pad.name))


def _kies(
    verloop: Verloop, uit: Path | None, *, overschrijf: bool, map_: Path
) -> tuple[Path, bool]:
    """The story file and whether it may replace an existing file (see
    :func:`kies_verhaalpad`)."""
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
            return pad, overschrijf
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
            return pad, True
        pad = _vraag_naam(verloop, _vrije_naam(pad), pad)


def _vraag_naam(verloop: Verloop, voorstel: Path, anders: Path | None = None) -> Path:
    """Ask for the story file's name (``voorstel`` as default); ends in ``.md``. A name
    with the pupil's name in it is refused: ``anders`` is returned then (the caller starts
    its questions again), or without it the name is asked again."""
    zoeker = NaamZoeker(verloop.namen)
    vrager = verloop.vrager
    while True:
        antwoord = vrager.vraag(
            Vraagstuk(
                "_uit",
                "kort",
                "Onder welke naam wil je het verhaal bewaren?",
                standaard=str(voorstel),
                verplicht=True,
            )
        )
        if isinstance(antwoord, str) and zoeker.bevat(antwoord, streng=True):
            vrager.ongeldig(Vraagstuk("_uit", "kort", "Bestandsnaam"), _NAAM_IN_BESTANDSNAAM)
            if anders is not None:
                return anders  # the caller asks again, from its first question
            continue
        if not (isinstance(antwoord, str) and antwoord.strip()):
            return anders if anders is not None else voorstel
        pad = Path(antwoord.strip()).expanduser()
        if pad.suffix.lower() not in (".md", ".markdown"):
            pad = pad.with_name(pad.name + ".md")
        return pad


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
    verloop: Verloop,
    uitkomst: Uitkomst,
    pad: Path,
    *,
    datum: date | None = None,
    overschrijf: bool = True,
) -> Bewaard:
    """Write the notes file and the story file as one (both or neither; notes first: the
    story links them), the pupil's names masked. Without ``overschrijf`` both are created
    exclusively and an existing one raises :class:`~verhaal.opslag.BestaatAl` with nothing
    written."""
    staat = uitkomst.staat
    notities = aantekeningen_pad(pad)
    schrijf_samen(
        [
            (
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
            ),
            (
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
            ),
        ],
        overschrijf=overschrijf,
    )
    return Bewaard(pad, notities)
