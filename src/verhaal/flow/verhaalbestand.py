"""The story file and the notes file: the one Markdown + front-matter writer and reader.

A story file is Markdown with YAML front matter::

    ---
    titel: De rode rugzak
    werkvorm: stapsgewijs
    datum: 2025-11-23
    plotvraag: Zal het hem lukken om ...?
    held: ...                 # every answer with 'bewaar: voorkant', in flow order
    controle:                 # summary of the last check
      fouten: 0
      waarschuwingen: 1
      tips: 0
      open: [...]             # only when saved with findings of severity 'fout'
    aantekeningen: de-rode-rugzak.aantekeningen.md
    ---

    # De rode rugzak

    Er was eens ...

The notes of the early phases go to a sibling file ``<naam>.aantekeningen.md`` (all
answers per phase), so the story itself can be shared and read aloud as it is. The notes
start with ``<!-- verhaal: uit -->``: they are not a story, so the batch linter's inline
suppression keeps the writing rules off them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.werkvorm.model import VERHAALSOORTEN, Vraag, Werkvorm, is_ingevuld

if TYPE_CHECKING:
    from verhaal.checker import Bevinding

AANTEKENINGEN_ACHTERVOEGSEL = ".aantekeningen.md"
_FRONTMATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


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


def _voorkant_waarde(vraag: Vraag, antwoord: Any) -> Any:
    """An answer as it goes into the front matter: one line, or a list of lines."""
    if isinstance(antwoord, bool):
        return antwoord
    if isinstance(antwoord, list):
        return [str(a) for a in antwoord]
    tekst = str(antwoord)
    if vraag.soort == "lang" and "\n" in tekst.strip():
        regels = [re.sub(r"^\s*[-*•]\s+", "", r).strip() for r in tekst.splitlines()]
        return [r for r in regels if r]
    return _een_regel(tekst)


def voorkant_antwoorden(werkvorm: Werkvorm, antwoorden: Mapping[str, Any]) -> dict[str, Any]:
    """The answers marked ``bewaar: voorkant`` that were given, in flow order."""
    resultaat: dict[str, Any] = {}
    for _, vraag in werkvorm.vragen():
        antwoord = antwoorden.get(vraag.id)
        if vraag.bewaar != "voorkant" or not vraag.is_actief(antwoorden):
            continue
        if not is_ingevuld(antwoord):
            continue
        resultaat[vraag.id] = _voorkant_waarde(vraag, antwoord)
    return resultaat


def controle_samenvatting(bevindingen: Sequence[Bevinding]) -> dict[str, Any]:
    """Counts per severity, and the open ``fout`` findings as readable lines."""
    samenvatting: dict[str, Any] = {
        "fouten": sum(1 for b in bevindingen if b.ernst == "fout"),
        "waarschuwingen": sum(1 for b in bevindingen if b.ernst == "waarschuwing"),
        "tips": sum(1 for b in bevindingen if b.ernst == "info"),
    }
    open_ = [f"{b.regel}: '{b.tekst}': {b.bericht}" for b in bevindingen if b.ernst == "fout"]
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
    aantekeningen: str | None = None,
) -> str:
    """The text of a story file (front matter, ``# titel``, the paragraphs)."""
    import yaml

    voorkant: dict[str, Any] = {}
    if titel:
        voorkant["titel"] = titel
    voorkant["werkvorm"] = werkvorm.id
    voorkant["datum"] = datum or date.today()
    for sleutel, waarde in voorkant_antwoorden(werkvorm, antwoorden).items():
        voorkant.setdefault(sleutel, waarde)
    voorkant["controle"] = controle_samenvatting(bevindingen)
    if aantekeningen:
        voorkant["aantekeningen"] = aantekeningen
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
    regels = [r.strip() for r in str(antwoord).strip().splitlines() if r.strip()]
    if vraag.soort == "lang" and len(regels) > 1 and "\n\n" not in str(antwoord).strip():
        # One item per line, as the teacher typed it (Markdown would join the lines).
        return "\n".join(r if re.match(r"[-*•]\s", r) else f"- {r}" for r in regels)
    return str(antwoord).strip()


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


@dataclass
class Verhaalbestand:
    """A story file as read back: front matter, title, paragraphs and the raw text."""

    tekst: str
    voorkant: dict[str, Any] = field(default_factory=dict)
    titel: str | None = None
    alineas: list[str] = field(default_factory=list)
    lichaam_start: int = 0
    """Offset in ``tekst`` where the body (after the front matter) starts."""


def lees_verhaal(tekst: str) -> Verhaalbestand:
    """Parse a story file (front matter optional; the first ``#`` heading is the title).

    The title falls back to the front matter's ``titel``. Invalid front matter is treated
    as absent rather than an error: a story must stay readable.
    """
    from verhaal.errors import InvoerFout
    from verhaal.yamlbron import lees_yaml_tekst

    voorkant: dict[str, Any] = {}
    start = 0
    gevonden = _FRONTMATTER.match(tekst)
    if gevonden:
        try:
            data = lees_yaml_tekst(gevonden.group(1), "voorkant").data
        except InvoerFout:
            data = None
        if isinstance(data, dict):
            voorkant = {str(k): v for k, v in data.items()}
        start = gevonden.end()
    titel: str | None = None
    alineas: list[str] = []
    for blok in re.split(r"\n[ \t]*\n", tekst[start:]):
        blok = blok.strip()
        if not blok:
            continue
        if titel is None and not alineas and re.match(r"#\s", blok) and "\n" not in blok:
            titel = blok.lstrip("#").strip()
            continue
        alineas.append(blok)
    if titel is None and isinstance(voorkant.get("titel"), str):
        titel = voorkant["titel"]
    return Verhaalbestand(tekst, voorkant, titel, alineas, start)


def lees_verhaalbestand(pad: Path) -> Verhaalbestand:
    """Read a story file from disk (UTF-8, a BOM is allowed)."""
    from verhaal.errors import InvoerFout

    try:
        return lees_verhaal(Path(pad).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InvoerFout(f"{pad}: dit verhaal bestaat niet.") from None
    except (OSError, UnicodeDecodeError) as fout:
        raise InvoerFout(f"{pad}: kan dit verhaal niet lezen ({fout}).") from None
