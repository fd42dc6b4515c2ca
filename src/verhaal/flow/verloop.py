"""The flow engine: runs any werkvorm phase by phase through a :class:`Vrager`.

This module is the driver: it walks the phases in order, asks the questions of each phase
(skipping those whose ``als:`` does not hold), autosaves the state after each answer,
offers a menu at the end of each phase (go on, redo, go back, stop) and handles Ctrl-C.
The work of each kind of question lives beside it:

- :mod:`verhaal.flow.invullen`: asking one question and checking its answer;
- :mod:`verhaal.flow.alineas`: ``zinsstarters``, one paragraph per sentence starter;
- :mod:`verhaal.flow.controlefase`: ``controle`` (check, show each finding in context,
  fix, re-check) and the final gate before finishing;
- :mod:`verhaal.flow.herschrijven`: ``herschrijf``, revise the whole story at once.

The engine does not write the story file; :mod:`verhaal.flow.bewaren` does that with the
:class:`Uitkomst`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from verhaal.errors import InvoerFout, Onderbroken
from verhaal.flow import alineas, controlefase, herschrijven, invullen
from verhaal.flow.controlefase import VERHAALREGELS
from verhaal.flow.invullen import OngeldigAntwoord, tel_woorden
from verhaal.flow.staat import STANDAARD_HERVAT, Concept, Staat
from verhaal.flow.vrager import BevindingInContext, Vraagstuk, Vrager
from verhaal.leerlingnaam import NaamZoeker
from verhaal.taal import aantal
from verhaal.werkvorm.model import Keuze, Vraag, Werkvorm

if TYPE_CHECKING:
    from verhaal.checker import Bevinding, CheckConfig

__all__ = ["VERHAALREGELS", "OngeldigAntwoord", "Uitkomst", "Verloop", "tel_woorden"]

CheckFunctie = Callable[[str, "CheckConfig"], "list[Bevinding]"]

_MENU_VERDER = "verder"
_MENU_OPNIEUW = "opnieuw"
_MENU_TERUG = "terug"
_MENU_STOP = "stop"


def _standaard_check(tekst: str, config: CheckConfig) -> list[Bevinding]:
    from verhaal.checker import check

    return check(tekst, config)


@dataclass
class Uitkomst:
    """The result of a run: the state, the final check, and whether the flow finished."""

    staat: Staat
    klaar: bool
    bevindingen: list[Bevinding] = field(default_factory=list)

    @property
    def open_fouten(self) -> list[Bevinding]:
        """Findings of severity ``fout`` still in the story."""
        return [b for b in self.bevindingen if b.ernst == "fout"]


class Verloop:
    """One run of a werkvorm.

    ``namen`` are the pupil's names (``--naam``): used to check the story and to refuse
    answers that contain them, so they never reach a file. ``concept`` receives the state
    after every answer (None: no autosave). ``hervat_opdracht`` is the command shown after
    Ctrl-C (default: the draft's own, see :attr:`Concept.hervat`). ``check`` is the
    checker seam: text + configuration to findings. ``config`` is the checker configuration
    of the command (see :func:`verhaal.linter.werkvormregels.verhaal_config`, which adds the
    team's ``.verhaal.yaml``); None checks with the werkvorm's own rules only.
    """

    def __init__(
        self,
        werkvorm: Werkvorm,
        vrager: Vrager,
        *,
        staat: Staat | None = None,
        namen: Sequence[str] = (),
        concept: Concept | None = None,
        hervat_opdracht: str | None = None,
        check: CheckFunctie = _standaard_check,
        config: CheckConfig | None = None,
    ) -> None:
        self.werkvorm = werkvorm
        self.vrager = vrager
        self.staat = staat or Staat(werkvorm=werkvorm.id)
        self.namen = tuple(n for n in (s.strip() for s in namen) if n)
        self.concept = concept
        if hervat_opdracht is None:
            hervat_opdracht = concept.hervat if concept is not None else STANDAARD_HERVAT
        self.hervat_opdracht = hervat_opdracht
        self._check = check
        self.config = config if config is not None else werkvorm.check_config()
        self._naamzoeker = NaamZoeker(self.namen)
        self._titel_vraag = next((v for _, v in werkvorm.vragen() if v.bewaar == "titel"), None)
        self._laatst_getoond: str | None = None
        self._half_met_naam = False
        self._bewaren_mislukt = False

    # --- the main loop ---------------------------------------------------------------------

    def voer_uit(self) -> Uitkomst:
        """Run until every phase is done (or the user stops); Ctrl-C saves and raises
        :class:`~verhaal.errors.Onderbroken`."""
        if self.vrager.interactief and not self.staat.afgerond and not self.staat.fasen_klaar:
            # A fresh start: say what this werkvorm is about before its first phase.
            fasen = len(self.werkvorm.fasen)
            self.vrager.toon(f"{self.werkvorm.titel} · {aantal(fasen, 'fase', 'fasen')}", "melding")
            self.vrager.toon(" ".join(self.werkvorm.uitleg.split()), "uitleg")
        try:
            while True:
                index = self._open_fase()
                if index is None:
                    bevindingen = controlefase.poort(self)
                    if bevindingen is None:
                        continue
                    return Uitkomst(self.staat, True, bevindingen)
                if not self._doe_fase(index):
                    self._bewaar()
                    return Uitkomst(self.staat, False)
        except (KeyboardInterrupt, EOFError):
            raise Onderbroken(self._stop_melding()) from None

    def _stop_melding(self) -> str:
        """Save what there is after Ctrl-C and say what was kept.

        Only answers are saved: with nothing answered yet there is no draft to continue,
        and the message says so instead of promising one.
        """
        staat = self.staat
        if not (staat.afgerond or staat.fasen_klaar or staat.antwoorden or staat.half):
            return "Gestopt. Je had nog niets beantwoord, dus er is nog niets bewaard."
        if self.concept is not None and not self._bewaar():
            return (
                f"Gestopt. Je concept kon niet worden bewaard in {self.concept.pad}, dus je "
                "antwoorden van deze keer zijn helaas niet bewaard. Maak de map schrijfbaar "
                "voordat je opnieuw begint."
            )
        waar = f" in {self.concept.pad}" if self.concept is not None else ""
        regels = [f"Gestopt. Je antwoorden tot nu toe zijn bewaard{waar}."]
        if staat.half:
            regels.append("Ook wat je net aan het typen was; het staat klaar als je verdergaat.")
        elif self._half_met_naam:
            regels.append(
                "Wat je net aan het typen was, is niet bewaard: er stond de naam van de "
                "leerling in."
            )
        regels.append(f"Ga later verder met:\n    {self.hervat_opdracht}")
        return "\n".join(regels)

    def _onthoud_half(self, vraagstuk: Vraagstuk, tekst: str) -> None:
        """Keep an answer that was being typed at Ctrl-C, unless it holds a pupil's name
        (a name never reaches the draft) or is just the text the prompt started with."""
        if not tekst.strip() or tekst.strip() == str(vraagstuk.standaard or "").strip():
            return
        try:
            self._geen_naam(tekst)
        except OngeldigAntwoord:
            self._half_met_naam = True
            return
        self.staat.half = {"sleutel": vraagstuk.sleutel, "index": vraagstuk.index, "tekst": tekst}

    def _open_fase(self) -> int | None:
        for index, fase in enumerate(self.werkvorm.fasen):
            if fase.id not in self.staat.fasen_klaar:
                return index
        return None

    def _doe_fase(self, index: int) -> bool:
        """Ask the open questions of a phase; False when the user chose to stop."""
        fase = self.werkvorm.fasen[index]
        totaal = len(self.werkvorm.fasen)
        self.vrager.kop(
            f"Fase {index + 1} van {totaal} · {fase.titel}", fase.titel, fase.uitleg, fase.duur
        )
        for vraag in fase.vragen:
            if vraag.id in self.staat.afgerond or not vraag.is_actief(self.staat.antwoorden):
                continue
            self._stel(vraag)
            self.staat.afgerond.append(vraag.id)
            self._bewaar()
        keuze = self._fase_menu(index)
        if keuze == _MENU_OPNIEUW:
            self._heropen(index)
            return True
        self.staat.fasen_klaar.append(fase.id)
        if keuze == _MENU_STOP:
            return False
        if keuze == _MENU_TERUG:
            doel = self._kies_fase(index)
            if doel is not None:
                self._heropen(doel)
                self.vrager.toon(
                    f"Je gaat terug naar fase {doel + 1}. Je antwoorden van toen staan al "
                    "ingevuld; pas aan wat je wilt. Daarna ga je verder waar je was.",
                    "melding",
                )
        self._bewaar()
        return True

    def _fase_menu(self, index: int) -> str:
        if not self.vrager.interactief:
            return _MENU_VERDER
        fasen = self.werkvorm.fasen
        # After going back to an earlier phase, 'on' is where the teacher was, not the
        # phase after this one: name the phase that will really open next.
        volgende = next(
            (i for i, f in enumerate(fasen) if i != index and f.id not in self.staat.fasen_klaar),
            None,
        )
        if volgende is not None:
            verder = f"Door naar fase {volgende + 1} · {fasen[volgende].titel}"
        else:
            verder = "Afronden"
        keuzes = [Keuze(_MENU_VERDER, verder), Keuze(_MENU_OPNIEUW, "Deze fase nog eens doen")]
        if index > 0:
            keuzes.append(Keuze(_MENU_TERUG, "Terug naar een eerdere fase"))
        keuzes.append(Keuze(_MENU_STOP, "Stoppen en later verdergaan (--hervat)"))
        antwoord = self.vrager.vraag(
            Vraagstuk(
                "_fase", "keuze", "Hoe wil je verder?", keuzes=tuple(keuzes), standaard=_MENU_VERDER
            )
        )
        return antwoord if antwoord in {k.waarde for k in keuzes} else _MENU_VERDER

    def _kies_fase(self, tot: int) -> int | None:
        keuzes = tuple(
            Keuze(str(i), f"Fase {i + 1} · {fase.titel}")
            for i, fase in enumerate(self.werkvorm.fasen[:tot])
        )
        antwoord = self.vrager.vraag(
            Vraagstuk(
                "_terug", "keuze", "Naar welke fase wil je terug?", keuzes=keuzes, standaard="0"
            )
        )
        try:
            return int(antwoord)
        except (TypeError, ValueError):
            return None

    def _heropen(self, index: int) -> None:
        """Make a phase open again; its earlier answers become the defaults."""
        fase = self.werkvorm.fasen[index]
        ids = {v.id for v in fase.vragen}
        self.staat.afgerond = [i for i in self.staat.afgerond if i not in ids]
        self.staat.fasen_klaar = [f for f in self.staat.fasen_klaar if f != fase.id]

    def _bewaar(self) -> bool:
        """Save the draft; False when it could not be written.

        A failed autosave (a full disk, a folder made read-only during the run) never stops
        the flow: the answers stay in memory, the teacher is told once where the draft could
        not go, and the next answer tries again.
        """
        if self.concept is None:
            return False
        try:
            self.concept.bewaar(self.staat)
        except (OSError, InvoerFout) as fout:
            if not self._bewaren_mislukt:
                reden = (
                    fout.bericht
                    if isinstance(fout, InvoerFout)
                    else fout.strerror or type(fout).__name__
                )
                self.vrager.toon(
                    f"Je concept kon niet worden bewaard in {self.concept.pad} ({reden}). "
                    "Je antwoorden blijven bewaard zolang verhaal openstaat: werk door en bewaar "
                    "je tekst aan het eind, of maak de map weer schrijfbaar.",
                    "waarschuwing",
                )
            self._bewaren_mislukt = True
            return False
        self._bewaren_mislukt = False
        return True

    # --- asking one question ---------------------------------------------------------------

    def _stel(self, vraag: Vraag) -> None:
        if vraag.soort == "zinsstarters":
            alineas.schrijf_alineas(self, vraag)
        elif vraag.soort == "controle":
            controlefase.controle(self, vraag)
        elif vraag.soort == "herschrijf":
            herschrijven.herschrijf(self, vraag)
        else:
            invullen.stel_gewone_vraag(self, vraag)

    def _geen_naam(self, tekst: str) -> None:
        if self._naamzoeker.bevat(tekst):
            raise OngeldigAntwoord(
                "Hier staat de naam van de leerling. Schrijf 'de leerling', 'hij' of 'zij', of "
                "een omschrijving; zo komt de naam in geen enkel bestand terecht."
            )

    # --- the story and its check -------------------------------------------------------------

    @property
    def titel(self) -> str | None:
        """The story's title (the answer of the question with ``bewaar: titel``)."""
        if self._titel_vraag is None:
            return None
        waarde = self.staat.antwoorden.get(self._titel_vraag.id)
        return waarde if isinstance(waarde, str) and waarde.strip() else None

    def verhaal_markdown(self) -> tuple[str, list[tuple[int, int]]]:
        """The story as it is checked (the plotvraag in a front matter, ``# titel``, the
        paragraphs) and each paragraph's span."""
        return controlefase.verhaal_markdown(self)

    def controleer(self) -> list[Bevinding]:
        """Check the current story with the configuration and the pupil's names."""
        return controlefase.controleer(self)

    def in_context(self, bevinding: Bevinding) -> BevindingInContext:
        """Where a finding is and the words around it."""
        return controlefase.in_context(self, bevinding)

    def toon_bevindingen(self, bevindingen: list[Bevinding]) -> None:
        """Show a summary and every finding in context (see :mod:`controlefase`)."""
        controlefase.toon_bevindingen(self, bevindingen)
