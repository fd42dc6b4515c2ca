"""The story file and the notes file: the one writer of both.

A story file is what gets shared: Markdown with a small YAML front matter::

    ---
    titel: De rode rugzak
    werkvorm: stapsgewijs
    datum: 2025-11-23
    plotvraag: Zal het hem lukken om ...?
    controle:                 # summary of the last check
      fouten: 0
      waarschuwingen: 1
      tips: 0
      open: [...]             # only when saved with findings of severity 'fout'
    ---

    # De rode rugzak

    Er was eens ...

Only the title, the werkvorm, the date, the plotvraag and the check summary go there; the
title and the plotvraag are prose, and ``verhaal controleer`` checks them. Everything else
the teacher answered (the ingredients too: held, draken, hulp ...) goes to the sibling
file ``<naam>.aantekeningen.md``, all answers per phase. The notes start with
``<!-- verhaal: uit -->``: they are not a story, so the batch linter's inline suppression
keeps the writing rules off them.

Reading a story back is :mod:`verhaal.verhaaltekst`'s job (the one reader of front matter
and Markdown structure); :func:`lees_verhaal` and :class:`Verhaalbestand` are re-exported
from there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.verhaaltekst import Verhaalbestand, lees_verhaal
from verhaal.werkvorm.model import VERHAALSOORTEN, Vraag, Werkvorm, is_ingevuld

if TYPE_CHECKING:
    from verhaal.checker import Bevinding

__all__ = [
    "AANTEKENINGEN_ACHTERVOEGSEL",
    "VOORKANT_ANTWOORDEN",
    "Verhaalbestand",
    "aantekeningen_markdown",
    "aantekeningen_pad",
    "bestandsnaam",
    "controle_samenvatting",
    "lees_verhaal",
    "lees_verhaalbestand",
    "verhaal_markdown",
    "voorkant_antwoorden",
]

AANTEKENINGEN_ACHTERVOEGSEL = ".aantekeningen.md"

VOORKANT_ANTWOORDEN = ("plotvraag",)
"""The answers (by question id) that go into the story's front matter besides the title.

Only prose that belongs with the story when it is shared: the plotvraag. An answer marked
``bewaar: voorkant`` with another id (the ingredients) stays in the notes file."""


def aantekeningen_pad(verhaal: Path) -> Path:
    """The notes file next to a story: ``x.md`` → ``x.aantekeningen.md``."""
    return verhaal.with_name(verhaal.stem + AANTEKENINGEN_ACHTERVOEGSEL)


def bestandsnaam(titel: str | None) -> str:
    """A file name from a title: lower case, letters and digits joined by dashes."""
    import unicodedata

    tekst = unicodedata.normalize("NFKD", titel or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", tekst.lower()).strip("-")[:60].strip("-")
    return f"{slug or 'verhaal'}.md"


def _een_regel(tekst: str) -> str:
    return " ".join(tekst.split())


def voorkant_antwoorden(werkvorm: Werkvorm, antwoorden: Mapping[str, Any]) -> dict[str, Any]:
    """The answers of :data:`VOORKANT_ANTWOORDEN` marked ``bewaar: voorkant`` that were
    given, each on one line."""
    resultaat: dict[str, Any] = {}
    for _, vraag in werkvorm.vragen():
        antwoord = antwoorden.get(vraag.id)
        if vraag.id not in VOORKANT_ANTWOORDEN or vraag.bewaar != "voorkant":
            continue
        if not vraag.is_actief(antwoorden) or not is_ingevuld(antwoord):
            continue
        if isinstance(antwoord, str):
            resultaat[vraag.id] = " ".join(antwoord.split())
    return resultaat


def controle_samenvatting(bevindingen: Sequence[Bevinding]) -> dict[str, Any]:
    """Counts per severity, and the open ``fout`` findings as readable lines."""
    samenvatting: dict[str, Any] = {
        "fouten": sum(1 for b in bevindingen if b.ernst == "fout"),
        "waarschuwingen": sum(1 for b in bevindingen if b.ernst == "waarschuwing"),
        "tips": sum(1 for b in bevindingen if b.ernst == "info"),
    }
    open_ = [f"{b.regel}: ‘{b.tekst}’: {b.bericht}" for b in bevindingen if b.ernst == "fout"]
    if open_:
        samenvatting["open"] = open_
    return samenvatting


def verhaal_markdown(
    werkvorm: Werkvorm,
    antwoorden: Mapping[str, Any],
    titel: str | None,
    alineas: Sequence[str],
    *,
    bevindingen: Sequence[Bevinding] = (),
    datum: date | None = None,
) -> str:
    """The text of a story file (front matter, ``# titel``, the paragraphs).

    The notes are found by name next to the story (:func:`aantekeningen_pad`); the shared
    file does not point at them.
    """
    import yaml

    voorkant: dict[str, Any] = {}
    if titel:
        voorkant["titel"] = titel
    voorkant["werkvorm"] = werkvorm.id
    voorkant["datum"] = datum or date.today()
    for sleutel, waarde in voorkant_antwoorden(werkvorm, antwoorden).items():
        voorkant.setdefault(sleutel, waarde)
    voorkant["controle"] = controle_samenvatting(bevindingen)
    kop = yaml.safe_dump(
        voorkant, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000
    )
    lichaam = "\n\n".join(alineas)
    titelregel = f"# {titel}\n\n" if titel else ""
    return f"---\n{kop}---\n\n{titelregel}{lichaam}\n"


def _antwoord_markdown(vraag: Vraag, antwoord: Any) -> str:
    if isinstance(antwoord, bool):
        return "ja" if antwoord else "nee"
    if isinstance(antwoord, list):
        return "\n".join(f"- {vraag.keuze_label(a)}" for a in antwoord)
    if vraag.keuzes:
        return vraag.keuze_label(antwoord)
    tekst = str(antwoord).strip()
    if vraag.soort == "lang" and "\n" in tekst:
        # The teacher's own line breaks, kept as they were typed: a hard line break
        # (two spaces at the end) where Markdown would otherwise join the lines. Blank
        # lines stay paragraph breaks; nothing becomes a list that was not typed as one.
        regels = [r.rstrip() for r in tekst.splitlines()]
        return "\n".join(
            r + "  " if r and i + 1 < len(regels) and regels[i + 1] else r
            for i, r in enumerate(regels)
        )
    return tekst


def aantekeningen_markdown(
    werkvorm: Werkvorm,
    antwoorden: Mapping[str, Any],
    *,
    titel: str | None = None,
    datum: date | None = None,
    verhaal: str | None = None,
) -> str:
    """All answers per phase as Markdown (the notes file; also usable for any werkvorm).

    Story answers (zinsstarters, controle, herschrijf), the title and answers marked
    ``bewaar: nergens`` are left out, as are questions that were skipped or not asked.
    """
    import yaml

    voorkant: dict[str, Any] = {"soort": "aantekeningen", "werkvorm": werkvorm.id}
    if verhaal:
        voorkant["verhaal"] = verhaal
    voorkant["datum"] = datum or date.today()
    kop = yaml.safe_dump(voorkant, allow_unicode=True, sort_keys=False, width=10_000)
    onderwerp = f" bij '{titel}'" if titel else f": {werkvorm.titel}"
    # Notes are working material, not the story: switch the writing rules off for the
    # whole file, so 'verhaal controleer' on a folder of stories leaves them alone.
    uit = "<!-- verhaal: uit -->\n<!-- Werkmateriaal: de schrijfregels gelden hier niet. -->\n"
    delen = [f"---\n{kop}---\n{uit}", f"# Aantekeningen{onderwerp}\n"]
    for nummer, fase in enumerate(werkvorm.fasen, start=1):
        blokken = []
        for vraag in fase.vragen:
            antwoord = antwoorden.get(vraag.id)
            if (
                vraag.soort in VERHAALSOORTEN
                or vraag.bewaar in ("titel", "nergens")
                or not vraag.is_actief(antwoorden)
                or not is_ingevuld(antwoord)
            ):
                continue
            blokken.append(f"**{vraag.vraag}**\n\n{_antwoord_markdown(vraag, antwoord)}\n")
        if blokken:
            delen.append(f"## Fase {nummer} · {fase.titel}\n")
            delen.extend(blokken)
    return "\n".join(delen)


def lees_verhaalbestand(pad: Path) -> Verhaalbestand:
    """Read a story file from disk (UTF-8, a BOM is allowed)."""
    from verhaal.errors import InvoerFout

    try:
        return lees_verhaal(Path(pad).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InvoerFout(f"{pad}: dit verhaal bestaat niet.") from None
    except (OSError, UnicodeDecodeError) as fout:
        raise InvoerFout(f"{pad}: kan dit verhaal niet lezen ({fout}).") from None
