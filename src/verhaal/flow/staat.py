"""The state of a flow in progress, and its autosave (the draft file).

After every answer the whole state is written atomically to
``.verhaal-concepten/<werkvorm-id>.yaml`` in the working directory, so an interrupted or
killed session loses at most the answer being typed. That folder name is a contract: the
batch linter skips it. The folder is private (0700) and so is every draft (0600): a draft
holds answers about a real child.

The state holds answers only; the pupil's name is never part of it, and the engine refuses
answers that contain it. A draft started with a name records only that fact
(``naam_gebruikt: true``), never the name or anything derived from it: resuming such a
draft needs the name again (:func:`begin_staat`), and then every saved answer is checked
against it once more (:func:`wis_naam`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.errors import InvoerFout
from verhaal.instellingen import CONCEPTEN_MAP as CONCEPTEN_MAPNAAM
from verhaal.opslag import schrijf_bytes_atomisch

if TYPE_CHECKING:
    from verhaal.flow.vrager import Vrager
    from verhaal.leerlingnaam import NaamZoeker
    from verhaal.werkvorm import Werkvorm

CONCEPTEN_MAP = Path(CONCEPTEN_MAPNAAM)
"""Where drafts live, relative to the working directory (the batch linter skips it)."""

VERSIE = 1

PRIVE_MAP = 0o700
PRIVE_BESTAND = 0o600


def prive_map(map_: Path) -> None:
    """Create ``map_`` (and its parents) and make it private to the user (0700)."""
    try:
        map_.mkdir(mode=PRIVE_MAP, parents=True, exist_ok=True)
        os.chmod(map_, PRIVE_MAP)
    except OSError as fout:
        raise InvoerFout(f"Kan de map {map_} niet maken: {fout.strerror or fout}.") from fout


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
    naam_gebruikt: bool = False
    """Whether the run was started with the pupil's name (only this flag, never the name)."""

    def als_data(self) -> dict[str, Any]:
        """Plain data for the draft file."""
        return {
            "versie": VERSIE,
            "werkvorm": self.werkvorm,
            "uit": self.uit,
            "begonnen": self.begonnen,
            "bijgewerkt": self.bijgewerkt,
            "naam_gebruikt": self.naam_gebruikt,
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
                naam_gebruikt=data.get("naam_gebruikt") is True,
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
HERVAT_NAAM_NOOT = "  # verhaal vraagt dan opnieuw om de naam (of geef je namenlijst met --namen)"


def hervat_opdracht(woorden: Sequence[str], *, met_naam: bool = False) -> str:
    """The command that continues a draft, as the user can type it again.

    ``woorden`` are the command and its non-secret arguments (quoted for the shell where
    needed). The pupil's name is never part of it: with ``met_naam`` a shell comment says
    that the name will be asked for again, so the line still runs when it is copied.
    """
    import shlex

    opdracht = shlex.join(woorden)
    if met_naam:
        opdracht += HERVAT_NAAM_NOOT
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
        """Write the state atomically (temp file + rename), private to the user: the folder
        0700, the file 0600."""
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
        prive_map(self.pad.parent)
        schrijf_bytes_atomisch(self.pad, (kop + tekst).encode("utf-8"), modus=PRIVE_BESTAND)

    def lees(self) -> Staat | None:
        """The saved state, or None when there is no draft."""
        from verhaal.yamlbron import lees_yaml_bestand

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


NAAM_NODIG = (
    "Dit concept is begonnen met de naam van de leerling. Geef die naam opnieuw (typ hem als "
    "erom gevraagd wordt, of gebruik --namen BESTAND), zodat elk bewaard antwoord opnieuw "
    "gecontroleerd wordt."
)


def begin_staat(
    concept: Concept,
    vrager: Vrager,
    werkvorm_id: str,
    *,
    hervat: bool,
    namen: Sequence[str] = (),
    werkvorm: Werkvorm | None = None,
    alle_namen: Sequence[str] | None = None,
) -> Staat:
    """The state to start from: the draft (``hervat``, or when the user chooses it) or a new one.

    Starting anew replaces the draft at the first answer, so an interactive user is asked
    first; with ``hervat`` and no draft there is nothing to continue: an ``InvoerFout``.
    A draft that was started with the pupil's name is only continued with ``namen`` (the
    names of this run): without them an ``InvoerFout`` (exit 2), since its answers could
    not be checked again. The new or continued state is marked ``naam_gebruikt`` when
    ``namen`` are given.

    A continued draft is checked again against ``alle_namen`` (default ``namen``; the
    names of the team's configuration too) with ``werkvorm``: what holds a name is taken
    out (see :func:`wis_naam`), the draft rewritten and the teacher told.
    """
    staat = _begin_staat(concept, vrager, werkvorm_id, hervat=hervat)
    if staat.naam_gebruikt and not any(n.strip() for n in namen):
        raise InvoerFout(NAAM_NODIG)
    if any(n.strip() for n in namen):
        staat.naam_gebruikt = True
    controle = tuple(namen if alle_namen is None else alle_namen)
    if werkvorm is not None and controle and concept.bestaat():
        from verhaal.leerlingnaam import NaamZoeker
        from verhaal.taal import aantal, meervoud

        weg = wis_naam(staat, werkvorm, NaamZoeker(controle))
        antwoorden = [w for w in weg if w != "uit"]
        if antwoorden:
            n = len(antwoorden)
            vrager.toon(
                f"In je concept {meervoud(n, 'stond', 'stonden')} "
                f"{aantal(n, 'antwoord', 'antwoorden')} met de naam van de leerling. "
                f"{meervoud(n, 'Dat is', 'Die zijn')} weggehaald; je krijgt "
                f"{meervoud(n, 'die vraag', 'die vragen')} opnieuw.",
                "waarschuwing",
            )
        if "uit" in weg:
            vrager.toon(
                "De bestandsnaam in je concept bevatte de naam van de leerling; die wordt "
                "niet gebruikt.",
                "waarschuwing",
            )
        if weg:
            concept.bewaar(staat)
    return staat


def _begin_staat(concept: Concept, vrager: Vrager, werkvorm_id: str, *, hervat: bool) -> Staat:
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


def _met_naam(waarde: Any, bevat: Callable[[str], bool]) -> bool:
    """Whether any text in a saved answer (text, list, mapping) holds the name."""
    if isinstance(waarde, str):
        return bevat(waarde)
    if isinstance(waarde, Mapping):
        return any(_met_naam(k, bevat) or _met_naam(v, bevat) for k, v in waarde.items())
    if isinstance(waarde, list | tuple):
        return any(_met_naam(v, bevat) for v in waarde)
    return False


def wis_naam(staat: Staat, werkvorm: Werkvorm, zoeker: NaamZoeker) -> list[str]:
    """Check every saved answer of ``staat`` again with ``zoeker`` (the names of this run)
    and take out what holds the name; return the ids of the answers taken out.

    A text answer that holds the name is removed and its question opened again (with its
    phase). A story written paragraph by paragraph keeps the paragraphs before the first
    one with the name, so the flow carries on from there. The current story
    (``alineas``) goes when it holds the name; the story questions are then asked again.
    A remembered output file whose path holds the name is forgotten.
    """
    from verhaal.werkvorm.model import VERHAALSOORTEN

    bevat = zoeker.bevat
    weg: list[str] = []
    heropen: set[str] = set()
    for sleutel, waarde in list(staat.antwoorden.items()):
        if not _met_naam(waarde, bevat):
            continue
        weg.append(sleutel)
        heropen.add(sleutel)
        vraag = werkvorm.vraag(sleutel)
        if vraag is not None and vraag.soort == "zinsstarters" and isinstance(waarde, list):
            eerste = next(i for i, a in enumerate(waarde) if _met_naam(a, bevat))
            if eerste:
                staat.antwoorden[sleutel] = waarde[:eerste]
                continue
        del staat.antwoorden[sleutel]
    if staat.alineas is not None and _met_naam(staat.alineas, bevat):
        staat.alineas = None
        weg.append("alineas")
        heropen.update(v.id for _, v in werkvorm.vragen() if v.soort in VERHAALSOORTEN)
    if staat.half is not None and _met_naam(staat.half.get("tekst"), bevat):
        staat.half = None  # the answer being typed at Ctrl-C
        weg.append("half_antwoord")
    if staat.uit is not None and zoeker.bevat(staat.uit, streng=True):
        staat.uit = None
        weg.append("uit")
    if heropen:
        staat.afgerond = [i for i in staat.afgerond if i not in heropen]
        open_fasen = {f.id for f in werkvorm.fasen if any(v.id in heropen for v in f.vragen)}
        staat.fasen_klaar = [f for f in staat.fasen_klaar if f not in open_fasen]
    return weg
