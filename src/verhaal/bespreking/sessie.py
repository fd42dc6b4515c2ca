"""One pair review: read the story, check it, run the review werkvorm, build the result.

No terminal and no typer here: the questions go through a Vrager, the story display is
left to the caller (``verhaal.cli.bespreek``), and the result is a :class:`Bespreking`
that ``bewaar_bespreking`` appends to the review file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.bespreking.markdown import maskeer_namen
from verhaal.bespreking.model import Antwoord, Bespreking, Blok, Passage, Sectie
from verhaal.bespreking.passages import (
    SLEUTELS,
    als_data,
    als_groepen,
    naam_zoeker,
    uit_data,
    vraag_passages,
)
from verhaal.bespreking.verhaal_erbij import VerhaalErbij
from verhaal.bespreking.zinnen import verhaalzinnen
from verhaal.errors import InvoerFout

if TYPE_CHECKING:
    from verhaal.checker import Bevinding
    from verhaal.checker.document import BestandsSoort
    from verhaal.flow import Concept, Staat, Verhaalbestand, Vrager
    from verhaal.instellingen import Instellingen
    from verhaal.werkvorm import Vraag, Werkvorm

FEEDBACK_FASE = "feedback"
"""The phase of the review werkvorm at whose start the passages are chosen."""


@dataclass
class Verhaal:
    """The story under review: its text, how it reads, and what the checker found."""

    pad: Path
    tekst: str
    soort: BestandsSoort
    bestand: Verhaalbestand
    zinnen: list[str]
    bevindingen: list[Bevinding] = field(default_factory=list)
    notitie: str | None = None
    """Said about the check (e.g. the story names an unknown werkvorm)."""

    @property
    def titel(self) -> str:
        """The story's title, or its file name when it has none."""
        return self.bestand.titel or self.pad.stem


def lees_en_controleer(pad: Path, instellingen: Instellingen, namen: Sequence[str]) -> Verhaal:
    """Read the story and check it as ``verhaal controleer`` would.

    The configuration is the linter's (see
    :func:`~verhaal.linter.werkvormregels.verhaal_config`): a story whose front matter names
    a werkvorm is checked with that werkvorm's rules, then the user's configuration, then
    its ``per_werkvorm`` settings. The sentences on
    offer as passages have the pupil's names masked, so no later file can hold them.
    """
    from verhaal.checker import check
    from verhaal.linter.werkvormregels import verhaal_config
    from verhaal.verhaaltekst import lees_verhaal

    try:
        tekst = pad.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvoerFout(f"{pad}: dit verhaal bestaat niet.") from None
    except IsADirectoryError:
        raise InvoerFout(f"{pad}: dit is een map; geef een verhaalbestand (.md of .txt).") from None
    except (OSError, UnicodeDecodeError) as fout:
        raise InvoerFout(f"{pad}: kan dit verhaal niet lezen ({fout}).") from None
    soort: BestandsSoort = "txt" if pad.suffix.lower() == ".txt" else "md"
    bestand = lees_verhaal(tekst)
    werkvorm_id = bestand.voorkant.get("werkvorm")
    config, notitie = verhaal_config(
        instellingen,
        werkvorm_id.strip() if isinstance(werkvorm_id, str) else None,
        namen=tuple(namen),
    )
    alle_namen = config.namen
    zinnen = [maskeer_namen(z, alle_namen) for z in verhaalzinnen(tekst, soort)]
    return Verhaal(
        pad=pad,
        tekst=tekst,
        soort=soort,
        bestand=bestand,
        zinnen=list(dict.fromkeys(zinnen)),
        bevindingen=check(tekst, config, soort),
        notitie=notitie,
    )


def samenvatting(bevindingen: Sequence[Bevinding]) -> tuple[str, ...]:
    """One line per finding for the review file: severity, rule and the words found."""
    regels = []
    for b in bevindingen:
        if b.tekst.strip():
            regels.append(f"{b.ernst} · {b.regel}: ‘{' '.join(b.tekst.split())}’")
        else:
            eerste = b.bericht.split(". ")[0].rstrip(".")
            regels.append(f"{b.ernst} · {b.regel}: {eerste}.")
    return tuple(regels)


class Sessie:
    """Runs the review werkvorm for one story and assembles the :class:`Bespreking`.

    ``passages`` given up front (from an answers file) are used as they are; otherwise
    the Vrager is asked at the start of the feedback phase (or after the last phase).
    The chosen passages live in the flow state, so they are autosaved and resumed too.
    """

    def __init__(
        self,
        verhaal: Verhaal,
        werkvorm: Werkvorm,
        vrager: Vrager,
        *,
        namen: Sequence[str] = (),
        staat: Staat | None = None,
        concept: Concept | None = None,
        hervat_opdracht: str | None = None,
        passages: Mapping[str, list[Passage]] | None = None,
        nu: Callable[[], datetime] = datetime.now,
    ) -> None:
        from verhaal.flow import Staat as _Staat

        self.verhaal = verhaal
        self.werkvorm = werkvorm
        self.namen = tuple(namen)
        self.staat = staat or _Staat(werkvorm=werkvorm.id)
        self.concept = concept
        self.hervat_opdracht = hervat_opdracht
        self.vooraf = passages
        self.nu = nu
        self._naam_in = naam_zoeker(self.namen)
        self._gevraagd = False
        feedback = next((f for f in werkvorm.fasen if f.id == FEEDBACK_FASE), None)
        self._feedback_titel = feedback.titel if feedback is not None else None
        bij_fase = {feedback.titel: self._passages_stap} if feedback is not None else {}
        self.vrager = VerhaalErbij(
            vrager,
            verhaal.titel,
            verhaal.bestand.alineas,
            toon_bij_fase=lambda _titel: False,
            bij_fase=bij_fase,
        )

    def _passages_stap(self) -> None:
        eerder_gekozen = all(s in self.staat.antwoorden for s in SLEUTELS)
        if not self._gevraagd and eerder_gekozen and self.vooraf is None:
            # Resuming a saved review: the passages were chosen before the stop. Choosing
            # this phase again ('opnieuw') asks for them anew, with these as defaults.
            self._gevraagd = True
            self.vrager.toon("Je gekozen zinnen uit het verhaal zijn bewaard.", "melding")
            return
        self._gevraagd = True
        if self.vooraf is not None:
            gekozen: Mapping[str, list[Passage]] = self.vooraf
        else:
            eerder = {s: uit_data(self.staat.antwoorden.get(s)) for s in SLEUTELS}
            gekozen = vraag_passages(self.vrager, self.verhaal.zinnen, eerder, self._naam_in)
        for sleutel in SLEUTELS:
            self.staat.antwoorden[sleutel] = als_data(gekozen.get(sleutel, []))
        if self.concept is not None:
            self.concept.bewaar(self.staat)

    def voer_uit(self) -> Bespreking | None:
        """Run the review; None when the reviewer stopped to continue later."""
        from verhaal.flow import Verloop

        verloop = Verloop(
            self.werkvorm,
            self.vrager,
            staat=self.staat,
            namen=self.namen,
            concept=self.concept,
            hervat_opdracht=self.hervat_opdracht,
        )
        uitkomst = verloop.voer_uit()
        if not uitkomst.klaar:
            return None
        if self._feedback_titel is None and not self._gevraagd:
            self._passages_stap()
        return self.bespreking()

    def bespreking(self) -> Bespreking:
        """The review as it stands (every answered question, passages in the feedback)."""
        antwoorden = self.staat.antwoorden
        gekozen = {s: uit_data(antwoorden.get(s)) for s in SLEUTELS}
        secties: list[Sectie] = []
        passages_geplaatst = False
        for fase in self.werkvorm.fasen:
            blokken: list[Blok] = []
            if fase.id == FEEDBACK_FASE:
                blokken.extend(als_groepen(gekozen))
                passages_geplaatst = True
            for vraag in fase.vragen:
                if not vraag.is_actief(antwoorden):
                    continue
                tekst = _antwoord_tekst(vraag, antwoorden.get(vraag.id))
                if tekst:
                    blokken.append(Antwoord(vraag.vraag, tekst))
            secties.append(Sectie(fase.titel, tuple(blokken)))
        if not passages_geplaatst:
            secties.append(Sectie("Zinnen uit het verhaal", als_groepen(gekozen)))
        return Bespreking(
            moment=self.nu().replace(microsecond=0),
            verhaal_titel=self.verhaal.titel,
            werkvorm=self.werkvorm.id,
            secties=tuple(secties),
            bevindingen=samenvatting(self.verhaal.bevindingen),
        )


def _antwoord_tekst(vraag: Vraag, antwoord: Any) -> str:
    if antwoord is None:
        return ""
    if isinstance(antwoord, bool):
        return "ja" if antwoord else "nee"
    if isinstance(antwoord, list):
        return "\n".join(f"- {vraag.keuze_label(a)}" for a in antwoord if a)
    if vraag.keuzes:
        return vraag.keuze_label(antwoord)
    return str(antwoord).strip()
