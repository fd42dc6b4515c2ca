"""The state of a flow in progress, and its autosave (the draft file).

After every answer the whole state is written atomically to
``.verhaal-concepten/<werkvorm-id>.yaml`` in the working directory, so an interrupted or
killed session loses at most the answer being typed. That folder name is a contract: the
batch linter skips it. The state holds answers only; the pupil's name (``--naam``) is never
part of it, and the engine refuses answers that contain it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.errors import InvoerFout
from verhaal.instellingen import CONCEPTEN_MAP as CONCEPTEN_MAPNAAM
from verhaal.opslag import schrijf_atomisch

if TYPE_CHECKING:
    from verhaal.flow.vrager import Vrager

CONCEPTEN_MAP = Path(CONCEPTEN_MAPNAAM)
"""Where drafts live, relative to the working directory (the batch linter skips it)."""

VERSIE = 1


def _nu() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


@dataclass
class Staat:
    """Answers and progress of one run through a werkvorm.

    ``afgerond``: ids of questions that were dealt with (answered or skipped);
    ``fasen_klaar``: ids of finished phases; ``alineas``: the current version of the story
    (set by zinsstarters, controle and herschrijf questions); ``uit``: the story file;
    ``half``: the answer that was being typed at Ctrl-C (``sleutel``, ``index``, ``tekst``),
    offered again when that prompt comes back.
    """

    werkvorm: str
    antwoorden: dict[str, Any] = field(default_factory=dict)
    afgerond: list[str] = field(default_factory=list)
    fasen_klaar: list[str] = field(default_factory=list)
    alineas: list[str] | None = None
    uit: str | None = None
    half: dict[str, Any] | None = None
    begonnen: str = field(default_factory=_nu)
    bijgewerkt: str = field(default_factory=_nu)

    def als_data(self) -> dict[str, Any]:
        """Plain data for the draft file."""
        return {
            "versie": VERSIE,
            "werkvorm": self.werkvorm,
            "uit": self.uit,
            "begonnen": self.begonnen,
            "bijgewerkt": self.bijgewerkt,
            "fasen_klaar": list(self.fasen_klaar),
            "afgerond": list(self.afgerond),
            "alineas": None if self.alineas is None else list(self.alineas),
            "antwoorden": dict(self.antwoorden),
            **({"half_antwoord": dict(self.half)} if self.half else {}),
        }

    @classmethod
    def uit_data(cls, data: Any, bron: str) -> Staat:
        """Rebuild a state from draft data; a damaged draft is an :class:`InvoerFout`."""
        if not isinstance(data, Mapping) or data.get("versie") != VERSIE:
            raise InvoerFout(
                f"{bron}: dit concept is beschadigd of van een andere versie van verhaal. "
                "Verwijder het bestand om opnieuw te beginnen."
            )
        try:
            staat = cls(
                werkvorm=str(data["werkvorm"]),
                antwoorden=dict(data.get("antwoorden") or {}),
                afgerond=[str(x) for x in data.get("afgerond") or []],
                fasen_klaar=[str(x) for x in data.get("fasen_klaar") or []],
                alineas=None if data.get("alineas") is None else [str(x) for x in data["alineas"]],
                uit=None if data.get("uit") is None else str(data["uit"]),
                half=_half(data.get("half_antwoord")),
                begonnen=str(data.get("begonnen") or _nu()),
                bijgewerkt=str(data.get("bijgewerkt") or _nu()),
            )
        except (KeyError, TypeError, ValueError):
            raise InvoerFout(
                f"{bron}: dit concept is beschadigd. Verwijder het bestand om opnieuw te beginnen."
            ) from None
        return staat


def _half(data: Any) -> dict[str, Any] | None:
    """A half-typed answer from a draft; anything malformed is dropped, not an error."""
    if not isinstance(data, Mapping) or not isinstance(data.get("tekst"), str):
        return None
    index = data.get("index")
    return {
        "sleutel": str(data.get("sleutel")),
        "index": index if isinstance(index, int) and not isinstance(index, bool) else None,
        "tekst": data["tekst"],
    }


def verhaal_sleutel(verhaal: Path) -> str:
    """A short, stable name per story file, for drafts that belong to one story."""
    import hashlib
    import re

    stam = re.sub(r"[^a-z0-9]+", "-", verhaal.stem.lower()).strip("-")[:40] or "verhaal"
    kort = hashlib.sha1(str(verhaal.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{stam}-{kort}"


STANDAARD_HERVAT = "verhaal schrijf --hervat"


def hervat_opdracht(woorden: Sequence[str], *, met_naam: bool = False) -> str:
    """The command that continues a draft, as the user can type it again.

    ``woorden`` are the command and its non-secret arguments (quoted for the shell where
    needed). The pupil's name is never part of it: with ``met_naam`` the hint says to give
    ``--naam`` again, without the name itself.
    """
    import shlex

    opdracht = shlex.join(woorden)
    if met_naam:
        opdracht += " --naam ... (geef de naam opnieuw mee)"
    return opdracht


class Concept:
    """The draft file of one run in one working directory.

    ``hervat`` is the command that continues it (see :func:`hervat_opdracht`): it is
    written at the top of the draft and shown when the user stops.
    """

    def __init__(self, pad: Path, hervat: str = STANDAARD_HERVAT) -> None:
        self.pad = Path(pad)
        self.hervat = hervat

    @classmethod
    def voor(
        cls, werkvorm_id: str, map_: Path = CONCEPTEN_MAP, *, hervat: str = STANDAARD_HERVAT
    ) -> Concept:
        """The draft of ``werkvorm_id`` in ``map_`` (default: ``.verhaal-concepten``)."""
        return cls(Path(map_) / f"{werkvorm_id}.yaml", hervat)

    def bestaat(self) -> bool:
        """Whether a draft has been saved."""
        return self.pad.is_file()

    def bewaar(self, staat: Staat) -> None:
        """Write the state atomically (temp file + rename)."""
        import yaml

        staat.bijgewerkt = _nu()
        kop = (
            f"# Concept van verhaal (werkvorm {staat.werkvorm}), automatisch bewaard.\n"
            f"# Ga verder met: {self.hervat}\n"
            "# Het concept verdwijnt zodra je werk bewaard is.\n"
        )
        tekst = yaml.safe_dump(
            staat.als_data(), allow_unicode=True, sort_keys=False, default_flow_style=False
        )
        schrijf_atomisch(self.pad, kop + tekst)

    def lees(self) -> Staat | None:
        """The saved state, or None when there is no draft."""
        from verhaal.werkvorm.yamlbron import lees_yaml_bestand

        if not self.bestaat():
            return None
        bron = lees_yaml_bestand(self.pad)
        return Staat.uit_data(bron.data, str(self.pad))

    def verwijder(self) -> None:
        """Remove the draft (after the story has been saved), and its folder when empty."""
        try:
            self.pad.unlink()
        except FileNotFoundError:
            return
        with contextlib.suppress(OSError):
            self.pad.parent.rmdir()


def _leesbaar(moment: str) -> str:
    try:
        return datetime.fromisoformat(moment).strftime("%d-%m-%Y om %H:%M")
    except ValueError:
        return moment


def begin_staat(concept: Concept, vrager: Vrager, werkvorm_id: str, *, hervat: bool) -> Staat:
    """The state to start from: the draft (``hervat``, or when the user chooses it) or a new one.

    Starting anew replaces the draft at the first answer, so an interactive user is asked
    first; with ``hervat`` and no draft there is nothing to continue: an ``InvoerFout``.
    """
    from verhaal.flow.vrager import Vraagstuk
    from verhaal.werkvorm.model import Keuze

    bestaand = concept.lees()
    if bestaand is not None and bestaand.werkvorm != werkvorm_id:
        raise InvoerFout(
            f"{concept.pad} hoort bij werkvorm '{bestaand.werkvorm}', niet bij '{werkvorm_id}'."
        )
    if hervat:
        if bestaand is None:
            raise InvoerFout(
                f"Er is geen concept om mee verder te gaan (gezocht: {concept.pad}). "
                "Begin een nieuw verhaal zonder --hervat."
            )
        vrager.toon(
            f"Je gaat verder met je concept van {_leesbaar(bestaand.bijgewerkt)}.", "melding"
        )
        return bestaand
    if bestaand is None:
        return Staat(werkvorm=werkvorm_id)
    keuze = vrager.vraag(
        Vraagstuk(
            "_concept",
            "keuze",
            f"Er ligt nog een concept van {_leesbaar(bestaand.bijgewerkt)}. Wat wil je?",
            keuzes=(
                Keuze("verder", "Verdergaan waar ik was gebleven"),
                Keuze("opnieuw", "Opnieuw beginnen (het concept wordt vervangen)"),
            ),
            standaard="verder",
        )
    )
    return bestaand if keuze != "opnieuw" else Staat(werkvorm=werkvorm_id)
