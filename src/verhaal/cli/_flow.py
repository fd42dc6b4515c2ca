"""The run shared by the commands that ask questions: ``schrijf``, ``werkvorm doe`` and
``bespreek``.

:func:`doorloop` holds what they have in common (answers file or terminal, the draft and
its autosave, the resume hint, removing the draft once saved); each command passes what
differs as functions. :func:`flow_config` gives them the same checker configuration as
``verhaal controleer``. Heavy modules are imported inside the functions, so importing this
module keeps ``verhaal --help`` fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

if TYPE_CHECKING:
    from verhaal.checker import CheckConfig
    from verhaal.flow import Concept, Staat, Uitkomst, Verloop, Vrager
    from verhaal.instellingen import Instellingen
    from verhaal.leerlingnaam import NaamZoeker
    from verhaal.werkvorm import Werkvorm

T = TypeVar("T")


def laad_werkvorm(config: Path | None, werkvorm: str) -> tuple[Instellingen, Werkvorm]:
    """The configuration (``--config`` or found) and the werkvorm the command names."""
    from verhaal.cli.werkvorm import kies_werkvorm
    from verhaal.instellingen import laad_instellingen
    from verhaal.werkvorm import vind_werkvormen

    instellingen = laad_instellingen(config)
    return instellingen, kies_werkvorm(vind_werkvormen(instellingen=instellingen), werkvorm)


def hervat_opdracht(
    woorden: list[str],
    *,
    opties: Sequence[tuple[str, object | None]] = (),
    editor: bool = False,
    met_naam: bool = False,
) -> str:
    """The command that continues a draft: ``woorden``, then the options that are set
    (never a name: see :func:`verhaal.flow.hervat_opdracht`)."""
    from verhaal.flow import hervat_opdracht as opdracht

    for optie, waarde in opties:
        if waarde is not None:
            woorden = [*woorden, optie, str(waarde)]
    if editor:
        woorden = [*woorden, "--editor"]
    return opdracht(woorden, met_naam=met_naam)


def _terminal() -> bool:
    import sys

    return sys.stdin.isatty() and sys.stdout.isatty()


def verhaal_bestaat(pad: Path | None) -> None:
    """Stop before the first question (the pupil's name) when the story is not there."""
    from verhaal.errors import InvoerFout

    if pad is None:
        return
    if pad.is_dir():
        raise InvoerFout(f"{pad}: dit is een map; geef een verhaalbestand (.md of .txt).")
    if not pad.exists():
        raise InvoerFout(f"{pad}: dit verhaal bestaat niet.")


def leerlingnamen(
    naam: Sequence[str] | None,
    namen: Path | None,
    *,
    antwoorden: Path | None,
    concept_pad: Path | None = None,
) -> tuple[str, ...]:
    """The pupil's names of this run: ``--naam``, then the class list ``--namen``.

    Without either, at a terminal and without an answers file, the name is asked with
    hidden input (it may be left empty), so it never lands in the shell history; when the
    draft at ``concept_pad`` was started with a name, the question says it is needed.
    """
    from verhaal.namenlijst import lees_namenlijst

    gegeven = [n for n in (naam or ()) if n.strip()]
    if namen is not None:
        gegeven.extend(lees_namenlijst(namen))
    if gegeven or antwoorden is not None or not _terminal():
        return tuple(dict.fromkeys(gegeven))
    from verhaal.flow.terminal import TerminalVrager
    from verhaal.flow.vrager import vraag_leerlingnaam

    return vraag_leerlingnaam(TerminalVrager(), nodig=_concept_met_naam(concept_pad))


def _concept_met_naam(pad: Path | None) -> bool:
    """Whether the draft at ``pad`` was started with the pupil's name (False if none)."""
    from verhaal.errors import VerhaalFout
    from verhaal.flow import Concept

    if pad is None:
        return False
    try:
        staat = Concept(pad).lees()
    except VerhaalFout:
        return False
    return staat is not None and staat.naam_gebruikt


def geen_naam_in_pad(pad: Path | None, zoeker: NaamZoeker, wat: str) -> None:
    """Refuse a file path that holds the pupil's name (it would become a file or folder
    name and be written into the front matter and the notes). The message does not repeat
    the path."""
    from verhaal.errors import InvoerFout

    if pad is not None and zoeker.bevat(str(pad), streng=True):
        raise InvoerFout(
            f"De naam van {wat} bevat de naam van de leerling, en bestandsnamen worden "
            "gedeeld en bewaard. Kies een naam zonder de naam van de leerling."
        )


def flow_config(
    instellingen: Instellingen, werkvorm: Werkvorm, naam: Sequence[str] | None
) -> CheckConfig:
    """The configuration for texts written in ``werkvorm``: the one ``controleer`` uses for a
    story with ``werkvorm: ID`` (the werkvorm's rules, the team's ``.verhaal.yaml`` with its
    ``namen`` and ``per_werkvorm``), plus the ``--naam`` names."""
    from verhaal.linter.werkvormregels import verhaal_config

    config, _ = verhaal_config(
        instellingen, werkvorm.id, namen=tuple(naam or ()), eigen_regels=werkvorm.regels
    )
    return config


def geen_terminal_melding(commando: str, argumenten: str, hint: str) -> str:
    """Why ``commando`` stops without a terminal, and how to run it with an answers file
    instead (``argumenten`` go before ``--antwoorden``; ``hint`` says where the question
    ids are). One text for every command that asks questions."""
    regel = f"{commando} {argumenten}".rstrip()
    return (
        f"{commando} stelt vragen en heeft daarvoor een terminal nodig. Zonder terminal zet "
        f"je de antwoorden in een bestand: {regel} --antwoorden ANTWOORDEN.yaml ({hint})."
    )


def doorloop(
    *,
    antwoorden: Path | None,
    hervat: bool,
    editor: bool,
    opdracht: str,
    geen_terminal: str,
    werkvorm_id: str,
    concept_pad: Path,
    lees_antwoorden: Callable[[Path], Vrager],
    voer_uit: Callable[[Vrager, Staat | None, Concept | None], T | None],
    bewaar: Callable[[T], int],
    voor_vragen: Callable[[], None] | None = None,
    namen: Sequence[str] = (),
    werkvorm: Werkvorm | None = None,
    alle_namen: Sequence[str] | None = None,
) -> None:
    """Ask, run and save; stop with ``bewaar``'s exit code when it is not 0.

    With ``antwoorden`` the answers come from that file (``lees_antwoorden``) and nothing is
    autosaved; otherwise a terminal is needed (``GeenTerminal`` with ``geen_terminal``), the
    questions go through the terminal and every answer is saved in the draft at
    ``concept_pad``, which ``--hervat`` continues. ``voor_vragen`` runs once the usage is
    known to be right, before the first question. ``voer_uit`` runs the werkvorm and returns
    None when the user stopped to continue later (the resume command is then shown);
    ``bewaar`` writes the result and returns the exit code, after which the draft goes.
    ``namen`` are the pupil's names given for this run: a draft started with a name is only
    continued with one, and a continued draft is checked again against ``alle_namen``
    (those and the configuration's) with ``werkvorm`` (see :func:`verhaal.flow.begin_staat`).
    """
    import sys

    from verhaal.errors import GeenTerminal, InvoerFout

    if antwoorden is not None and hervat:
        raise InvoerFout("--hervat en --antwoorden gaan niet samen.")
    _geen_naam_in_opdracht(werkvorm_id, opdracht, alle_namen if alle_namen is not None else namen)
    if antwoorden is None and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise GeenTerminal(geen_terminal)
    if voor_vragen is not None:
        voor_vragen()
    concept: Concept | None = None
    staat: Staat | None = None
    vrager: Vrager
    if antwoorden is not None:
        vrager = lees_antwoorden(antwoorden)
    else:
        from verhaal.flow import Concept, begin_staat
        from verhaal.flow.terminal import TerminalVrager

        vrager = TerminalVrager(editor=editor)
        concept = Concept(concept_pad, opdracht)
        staat = begin_staat(
            concept,
            vrager,
            werkvorm_id,
            hervat=hervat,
            namen=namen,
            werkvorm=werkvorm,
            alle_namen=alle_namen,
        )
    resultaat = voer_uit(vrager, staat, concept)
    if resultaat is None:
        waar = f" in {concept.pad}" if concept is not None else ""
        typer.echo(f"Je antwoorden zijn bewaard{waar}. Ga verder met: {opdracht}")
        return
    try:
        code = bewaar(resultaat)
    except InvoerFout as fout:
        if concept is None or not concept.bestaat():
            raise
        # The draft is only removed once the story is saved: say where the answers are.
        raise InvoerFout(
            f"{fout.bericht} Je antwoorden zijn niet weg: ze staan in {concept.pad}. "
            f"Ga verder met: {opdracht}"
        ) from None
    if concept is not None:
        concept.verwijder()
    if code:
        raise typer.Exit(code)


def _geen_naam_in_opdracht(werkvorm_id: str, opdracht: str, namen: Sequence[str]) -> None:
    """Refuse a werkvorm id or a path in the resume command (``--config``) that holds the
    pupil's name: the draft is named after the werkvorm and writes the command at its top,
    and the story's front matter names the werkvorm. Checked strictly, as file names are."""
    from verhaal.errors import InvoerFout
    from verhaal.leerlingnaam import NaamZoeker

    zoeker = NaamZoeker(namen)
    if zoeker.bevat(werkvorm_id, streng=True):
        raise InvoerFout(
            "De naam van deze werkvorm bevat de naam van de leerling, en het concept en het "
            "verhaal noemen de werkvorm. Geef de werkvorm een andere id."
        )
    if zoeker.bevat(opdracht, streng=True):
        raise InvoerFout(
            "Een bestandsnaam in deze opdracht (zoals bij --config) bevat de naam van de "
            "leerling, en het concept bewaart de opdracht om verder te gaan. Kies een bestand "
            "met een andere naam."
        )


def loop_verloop(
    werkvorm: Werkvorm,
    vrager: Vrager,
    staat: Staat | None,
    concept: Concept | None,
    *,
    opdracht: str,
    config: CheckConfig,
) -> tuple[Verloop, Uitkomst] | None:
    """Run ``werkvorm`` through the flow engine; None when the user stopped for later.

    The names to refuse in answers are the configuration's (``--naam`` and ``namen:``).
    """
    from verhaal.flow import Verloop

    verloop = Verloop(
        werkvorm,
        vrager,
        staat=staat,
        namen=config.namen,
        concept=concept,
        hervat_opdracht=opdracht,
        config=config,
    )
    uitkomst = verloop.voer_uit()
    return (verloop, uitkomst) if uitkomst.klaar else None
