"""The terminal Vrager: questionary for the prompts, rich for everything shown.

Both libraries are imported here and only here, when a flow actually runs at a terminal
(questionary alone costs ~235 ms of start-up). Ctrl-C inside a prompt raises
``KeyboardInterrupt`` (``unsafe_ask``), which the engine turns into a save and a clean stop.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.errors import InvoerFout
from verhaal.flow.vrager import (
    ERNST_NAAM,
    BevindingInContext,
    HalfAntwoord,
    Vraagstuk,
    WeergaveSoort,
)
from verhaal.taal import afgekort

if TYPE_CHECKING:
    from rich.text import Text

_OVERSLAAN = "__overslaan__"
_PROMPT = "  ›"

_STIJLEN: dict[str, str] = {
    "uitleg": "",
    "herinnering": "cyan",
    "melding": "bold",
    "waarschuwing": "bold yellow",
    "succes": "bold green",
    "verhaal": "",
}
_ERNST_STIJL = {"fout": "bold red", "waarschuwing": "yellow", "info": "blue"}


class TerminalVrager:
    """Ask at the terminal. ``editor``: long answers open in $VISUAL/$EDITOR."""

    def __init__(self, *, editor: bool = False) -> None:
        from rich.console import Console

        self.console = Console(highlight=False)
        self.editor = editor

    @property
    def interactief(self) -> bool:
        """Always: a person is answering."""
        return True

    def kop(self, voortgang: str, titel: str, uitleg: str, duur: str | None) -> None:
        """A rule with the progress line, then the phase explanation in a panel.

        The progress line already names the phase, so the panel carries only the duration.
        """
        from rich.panel import Panel

        self.console.print()
        self.console.rule(f"[bold]{_escape(voortgang)}[/bold]")
        onderschrift = f"duur: {duur}" if duur else None
        self.console.print(Panel(_escape(uitleg), subtitle=onderschrift, expand=False))

    def toon(self, tekst: str, soort: WeergaveSoort = "uitleg") -> None:
        """Print text in the style of its kind (a reminder indented under its question)."""
        stijl = _STIJLEN.get(soort, "")
        if soort == "herinnering":
            self._ingesprongen(tekst, stijl, teken="↳")
            return
        if soort == "verhaal":
            # A story shown alongside a werkvorm: framed, so it reads apart from the questions.
            from rich.panel import Panel
            from rich.text import Text

            self.console.print(Panel(Text(tekst), border_style="magenta", padding=(0, 1)))
            return
        self.console.print(f"[{stijl}]{_escape(tekst)}[/{stijl}]" if stijl else _escape(tekst))

    def _ingesprongen(
        self,
        tekst: str | Text,
        stijl: str,
        *,
        teken: str | None = None,
        inspringing: int = 2,
        teken_stijl: str | None = None,
    ) -> None:
        """Print ``tekst`` indented by ``inspringing``; wrapped lines keep the indentation
        (a hanging indent after ``teken``). Rich wraps at word boundaries at any width."""
        from rich.padding import Padding
        from rich.table import Table
        from rich.text import Text

        inhoud = tekst if isinstance(tekst, Text) else Text(tekst, style=stijl)
        if teken is None:
            self.console.print(Padding(inhoud, (0, 0, 0, inspringing), expand=False))
            return
        rij = Table.grid(padding=(0, 1))
        rij.add_column(no_wrap=True)
        rij.add_column()
        rij.add_row(Text(teken, style=teken_stijl if teken_stijl is not None else stijl), inhoud)
        self.console.print(Padding(rij, (0, 0, 0, inspringing), expand=False))

    def bevinding(self, bevinding: BevindingInContext) -> None:
        """Ernst, rule and place; the sentence with the span marked; message; suggestion."""
        from rich.text import Text

        stijl = _ERNST_STIJL.get(bevinding.ernst, "")
        kop = Text()
        kop.append(ERNST_NAAM.get(bevinding.ernst, bevinding.ernst), style=stijl)
        kop.append(f"  {bevinding.regel} · {bevinding.plek}", style="dim")
        self._ingesprongen(kop, "")
        # Each part keeps its indent when it wraps, at any terminal width.
        if bevinding.kern or bevinding.voor or bevinding.na:
            regel = Text()
            regel.append(bevinding.voor)
            regel.append(bevinding.kern, style=f"{stijl} underline")
            regel.append(bevinding.na)
            self._ingesprongen(regel, "", inspringing=4)
        self._ingesprongen(bevinding.bericht, "", inspringing=4)
        if bevinding.suggestie:
            self._ingesprongen(bevinding.suggestie, "green", teken="→", inspringing=4)

    def vraag(self, vraagstuk: Vraagstuk) -> Any:
        """Ask with the questionary prompt that fits the kind of question.

        Every question looks the same: the question in bold, its explanation and how to
        answer below it (dim), then a short prompt. Rich wraps the long texts at word
        boundaries; questionary would cut a long first line of a multi-line prompt off (or
        show an empty screen), and its own hints are English.
        """
        import questionary

        soort = vraagstuk.soort
        standaard = vraagstuk.standaard
        self._ingesprongen(vraagstuk.tekst, "bold", teken="?", inspringing=0)
        if vraagstuk.uitleg:
            self._ingesprongen(vraagstuk.uitleg, "dim")
        for herinnering in vraagstuk.herinneringen:
            self.toon(herinnering, "herinnering")
        overslaan = not vraagstuk.verplicht and not vraagstuk.intern
        if soort == "geheim":
            # Hidden input: the name never shows on screen or in the scrollback.
            return questionary.password("", qmark=_PROMPT).unsafe_ask()
        if soort in ("kort", "alinea"):
            if overslaan and soort == "kort":
                self._hint("Enter zonder tekst: overslaan")
            return self._typ(
                questionary.text(
                    "",
                    default="" if standaard is None else str(standaard),
                    qmark=_PROMPT,
                    prompt_continuation=_onder_de_prompt,
                )
            )
        if soort == "lang":
            if self.editor:
                return _bewerk_in_editor("" if standaard is None else str(standaard))
            # A prefilled text (a rewrite) is not skipped by emptying it: no such hint.
            leeg = " · leeg laten: overslaan" if overslaan and not standaard else ""
            self._hint(f"Enter: nieuwe regel · Esc en dan Enter: klaar{leeg}")
            return self._typ(
                questionary.text(
                    "",
                    default="" if standaard is None else str(standaard),
                    multiline=True,
                    qmark=_PROMPT,
                    instruction="",
                )
            )
        if soort == "keuze":
            # One line per option at any width (a wrapped option breaks mid-word); the
            # chosen one is shown in full once chosen.
            ruimte = max(self.console.width - 5, 12)
            keuzes = [
                questionary.Choice(title=afgekort(k.label, ruimte), value=k.waarde)
                for k in vraagstuk.keuzes
            ]
            if overslaan:
                keuzes.append(questionary.Choice(title="(overslaan)", value=_OVERSLAAN))
            waarden = [k.waarde for k in vraagstuk.keuzes]
            vraag = questionary.select(
                "",
                choices=keuzes,
                default=standaard if standaard in waarden else None,
                qmark=_PROMPT,
                instruction="(pijltjes en Enter)",
            )
            vraag.application.erase_when_done = True
            _negeer_escape(vraag)
            antwoord = vraag.unsafe_ask()
            labels = {k.waarde: k.label for k in vraagstuk.keuzes}
            self._toon_antwoord(labels.get(antwoord, "(overgeslagen)"))
            return None if antwoord == _OVERSLAAN else antwoord
        if soort == "meerkeuze":
            gekozen = standaard if isinstance(standaard, list) else []
            vraag = questionary.checkbox(
                "",
                choices=[
                    questionary.Choice(title=k.label, value=k.waarde, checked=k.waarde in gekozen)
                    for k in vraagstuk.keuzes
                ],
                qmark=_PROMPT,
                instruction="(spatie: aan/uit · Enter: klaar)",
            )
            # questionary sums up a multiple choice in English ('done (2 selections)'):
            # erase its lines and say what was chosen ourselves.
            vraag.application.erase_when_done = True
            _negeer_escape(vraag)
            antwoord = vraag.unsafe_ask()
            labels = {k.waarde: k.label for k in vraagstuk.keuzes}
            gekozen_labels = [labels.get(w, str(w)) for w in antwoord or []]
            self.console.print(
                f"[cyan]{_PROMPT}[/cyan]  "
                + (_escape("; ".join(gekozen_labels)) if gekozen_labels else "[dim](niets)[/dim]")
            )
            return antwoord
        # bevestig: a choice between 'Ja' and 'Nee' (questionary's confirm says Y/n)
        keuzes = [questionary.Choice(title="Ja", value=True), questionary.Choice("Nee", False)]
        if overslaan and standaard is None:
            keuzes.append(questionary.Choice(title="(overslaan)", value=_OVERSLAAN))
        vraag = questionary.select(
            "",
            choices=keuzes,
            default=keuzes[0] if standaard is None or standaard else keuzes[1],
            qmark=_PROMPT,
            instruction="(pijltjes en Enter)",
        )
        _negeer_escape(vraag)
        antwoord = vraag.unsafe_ask()
        return None if antwoord == _OVERSLAAN else antwoord

    def _typ(self, vraag: Any) -> Any:
        """Ask a text prompt and show the answer again with a hanging indent.

        While typing, the prompt wraps as the terminal does (mid-word); once the answer is
        given, its lines are replaced by the answer wrapped at word boundaries, so what
        stays on screen reads well at any width. On Ctrl-C the text typed so far comes
        along (:class:`HalfAntwoord`).
        """
        vraag.application.erase_when_done = True
        try:
            antwoord = vraag.unsafe_ask()
        except KeyboardInterrupt:
            raise HalfAntwoord(vraag.application.current_buffer.text) from None
        self._toon_antwoord(str(antwoord or ""))
        return antwoord

    def _toon_antwoord(self, antwoord: str) -> None:
        """``  › answer``: every line of the answer, wrapped lines under its first word."""
        if not antwoord.strip():
            self._ingesprongen("(leeg)", "dim", teken=_PROMPT.strip(), teken_stijl="cyan")
            return
        regels = antwoord.rstrip("\n").split("\n")
        for nummer, regel in enumerate(regels):
            teken = _PROMPT.strip() if nummer == 0 else " "
            self._ingesprongen(regel, "", teken=teken, teken_stijl="cyan")

    def _hint(self, tekst: str) -> None:
        self._ingesprongen(tekst, "dim")

    def ongeldig(self, vraagstuk: Vraagstuk, bericht: str) -> None:
        """Say what is wrong; the engine asks again."""
        self._ingesprongen(bericht, "bold yellow", teken="!")


def _negeer_escape(vraag: Any) -> None:
    """Esc does nothing in a menu.

    A text answer ends with Esc and then Enter, so that is what hands type out of habit; in
    questionary's menus Esc ends the menu with an empty answer, which read as '(overgeslagen)'
    and silently took the first option. Now only the arrows and Enter choose.
    """
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from prompt_toolkit.keys import Keys

    esc = KeyBindings()

    @esc.add(Keys.Escape, eager=True)
    def _niets(event: Any) -> None:
        """Swallow the key."""

    toepassing = vraag.application
    toepassing.key_bindings = merge_key_bindings([toepassing.key_bindings, esc])


def _onder_de_prompt(breedte: int, regel: int, omloop: int) -> str:
    """A long one-line answer wraps under its first letter, not at the terminal's edge
    (prompt_toolkit indents the lines of a multi-line answer so, not those of one line)."""
    return " " * breedte


def _escape(tekst: str) -> str:
    from rich.markup import escape

    return escape(tekst)


def _bewerk_in_editor(tekst: str) -> str:
    """Open ``tekst`` in the user's editor and return what they saved.

    The temporary file (which may hold a name the teacher typed, until the answer is
    refused) lives in a private folder (0700, the file 0600) only as long as the editor is
    open: the folder goes on every way out, errors and Ctrl-C included, and also when the
    terminal is closed or the session ends (SIGHUP, SIGTERM: by default these would end
    Python without cleaning up, leaving the file and an editor's emergency save behind).
    """
    opdracht = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "nano"
    map_ = Path(tempfile.mkdtemp(prefix="verhaal-"))
    pad = map_ / "antwoord.md"
    oude_afhandeling = _stop_netjes_bij_ophangen()
    try:
        fd = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as bestand:
            bestand.write(tekst)
        try:
            subprocess.run([*shlex.split(opdracht), str(pad)], check=True)
        except (OSError, subprocess.CalledProcessError) as fout:
            raise InvoerFout(
                f"De editor '{opdracht}' kon niet starten ({fout}). Stel EDITOR in, of laat "
                "--editor weg om in de terminal te typen."
            ) from None
        return pad.read_text(encoding="utf-8")
    finally:
        shutil.rmtree(map_, ignore_errors=True)
        for signaal, afhandeling in oude_afhandeling.items():
            signal.signal(signaal, afhandeling)


def _stop_netjes_bij_ophangen() -> dict[int, Any]:
    """Turn SIGHUP and SIGTERM into SystemExit (so ``finally`` blocks run); the handlers
    they replace, to put back. Nothing where signals cannot be set (not the main thread,
    no SIGHUP on Windows)."""

    def stop(signaal: int, _frame: object) -> None:
        raise SystemExit(128 + signaal)

    oud: dict[int, Any] = {}
    for naam in ("SIGHUP", "SIGTERM"):
        signaal = getattr(signal, naam, None)
        if signaal is None:
            continue
        try:
            oud[signaal] = signal.signal(signaal, stop)
        except ValueError:  # not the main thread
            break
    return oud
