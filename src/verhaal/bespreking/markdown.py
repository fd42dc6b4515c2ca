"""The review file: one Markdown file next to the story, one dated section per review.

``verhaal.md`` gets ``verhaal.bespreking.md``. A sibling file keeps the story itself
clean (the checker and the batch linter read the story, not the reviewers' remarks) and
lets several reviews accumulate: each run appends a section and never rewrites the
earlier ones. Every write goes through ``schrijf_atomisch``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from verhaal.bespreking.model import Antwoord, Bespreking, Passagegroep
from verhaal.errors import InvoerFout
from verhaal.leerlingnaam import NAAM_VERVANGING as NAAM_VERVANGING
from verhaal.leerlingnaam import NaamZoeker
from verhaal.opslag import schrijf_atomisch
from verhaal.taal import datum

ACHTERVOEGSEL = ".bespreking.md"
"""Review files end in this; tools that walk story folders should skip them."""


def bespreking_pad(verhaal: Path) -> Path:
    """The review file that belongs to ``verhaal`` (``x.md`` -> ``x.bespreking.md``)."""
    return verhaal.with_name(verhaal.stem + ACHTERVOEGSEL)


def is_bespreking(pad: Path | str) -> bool:
    """Whether ``pad`` is a review file rather than a story."""
    return str(pad).lower().endswith(ACHTERVOEGSEL)


def datum_tekst(moment: datetime) -> str:
    """``23 november 2026, 14:05``: readable for Dutch teachers, unique per sitting."""
    return f"{datum(moment.date())}, {moment:%H:%M}"


def maskeer_namen(tekst: str, namen: Iterable[str]) -> str:
    """Replace each of ``namen`` by ``[naam]``, in every form :mod:`verhaal.leerlingnaam`
    knows (Daans, Daantje, Daniel for Daniël, ...).

    The pupil's name may reach an answer or a quoted sentence; it must never reach
    the file.
    """
    return NaamZoeker(namen).maskeer(tekst, NAAM_VERVANGING)


def _alinea(tekst: str) -> str:
    """An answer as Markdown body text: lines that would become syntax are escaped."""
    regels = []
    for regel in tekst.strip().splitlines():
        if re.match(r"^\s{0,3}(#|>|---|===)", regel):
            regel = "\\" + regel.lstrip()
        regels.append(regel.rstrip())
    return "\n".join(regels)


def sectie_markdown(bespreking: Bespreking) -> str:
    """One review as a Markdown section (``##`` level), ending in a newline."""
    delen = [f"## Bespreking van {datum_tekst(bespreking.moment)}", ""]
    delen += [f"Werkvorm: {bespreking.werkvorm}", ""]
    delen += ["### Wat de controle vond", ""]
    if bespreking.bevindingen:
        delen += [f"- {regel}" for regel in bespreking.bevindingen]
    else:
        delen.append("De controle vond niets om op te letten.")
    delen.append("")
    for sectie in bespreking.secties:
        blokken = [b for b in sectie.blokken if _heeft_inhoud(b)]
        if not blokken:
            continue
        delen += [f"### {sectie.titel}", ""]
        for blok in blokken:
            if isinstance(blok, Antwoord):
                delen += [f"**{blok.vraag}**", "", _alinea(blok.antwoord), ""]
                continue
            delen += [f"**{blok.kop}**", ""]
            for passage in blok.passages:
                delen += [f"> {passage.zin}", ""]
                if passage.opmerking.strip():
                    delen += [_alinea(passage.opmerking), ""]
    return "\n".join(delen).rstrip() + "\n"


def _heeft_inhoud(blok: Antwoord | Passagegroep) -> bool:
    if isinstance(blok, Antwoord):
        return bool(blok.antwoord.strip())
    return bool(blok.passages)


def bestandskop(bespreking: Bespreking, verhaal: Path) -> str:
    """The top of a new review file: which story it belongs to and how it is organised."""
    # The rules are for stories, not for reviewers' remarks: the batch linter's inline
    # switch keeps them off this file (as for the notes of 'verhaal schrijf').
    return (
        "<!-- verhaal: uit -->\n"
        f"# Besprekingen van '{bespreking.verhaal_titel}'\n\n"
        f"Besprekingen van het verhaal [{verhaal.name}]({verhaal.name}), elk onder de datum "
        "waarop het besproken is; de nieuwste staat onderaan. "
        "Er staan bewust geen namen in.\n"
    )


def bewaar_bespreking(verhaal: Path, bespreking: Bespreking, namen: Iterable[str] = ()) -> Path:
    """Append ``bespreking`` to the story's review file (created when missing).

    Earlier reviews are kept byte for byte; the whole file is replaced atomically, so a
    crash leaves the old file or the new one. ``namen`` are masked everywhere.
    """
    pad = bespreking_pad(verhaal)
    namen = tuple(namen)
    try:
        bestaand = pad.read_text(encoding="utf-8")
    except FileNotFoundError:
        bestaand = ""
    except (OSError, UnicodeDecodeError) as fout:
        raise InvoerFout(
            f"{pad}: kan het bestaande besprekingsbestand niet lezen ({fout})."
        ) from fout
    if bestaand.strip():
        kop = bestaand if bestaand.endswith("\n") else bestaand + "\n"
    else:
        kop = maskeer_namen(bestandskop(bespreking, verhaal), namen)
    schrijf_atomisch(pad, kop + "\n" + maskeer_namen(sectie_markdown(bespreking), namen))
    return pad
