"""The checker configuration of a story: one function for every command that checks text.

``verhaal controleer``, ``verhaal bespreek`` and the flow (``verhaal schrijf``, ``verhaal
werkvorm doe``) all build their :class:`CheckConfig` with :func:`verhaal_config`, so a team's
``.verhaal.yaml`` counts the same everywhere: what the flow showed is what ``controleer``
reports later.

The werkvorm's own rules are loaded only when a story names a werkvorm, so the common case
never loads werkvorm YAML (nor ``yaml`` itself). The werkvorm loader lives in
:mod:`verhaal.werkvorm`; this module is the one seam between it and the checker settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from verhaal.checker.config import CheckConfig, RegelInstelling

if TYPE_CHECKING:
    from verhaal.instellingen import Instellingen


def verhaal_config(
    instellingen: Instellingen,
    werkvorm_id: str | None = None,
    *,
    namen: Sequence[str] = (),
    opdracht_regels: Mapping[str, RegelInstelling] | None = None,
    eigen_regels: Mapping[str, RegelInstelling] | None = None,
) -> tuple[CheckConfig, str | None]:
    """The configuration for a story, and a note when its werkvorm is unknown.

    Layers, each over the one before: the werkvorm's own rules (``eigen_regels`` when the
    caller has the werkvorm loaded already, else looked up by ``werkvorm_id``), the user's
    ``regels``, the user's ``per_werkvorm`` for this werkvorm, and last ``opdracht_regels``
    (the command line always wins). Severities and options stack; on/off changes only where
    a layer set it explicitly (see :attr:`Instellingen.aan_gezet`), so a severity in
    ``.verhaal.yaml`` does not switch back on a rule the werkvorm switched off, while an
    explicit ``aan: true`` does. The names are the configuration's ``namen`` plus ``namen``
    (``--naam``); they only live in memory.
    """
    notitie = None
    if eigen_regels is None:
        eigen_regels = {}
        if werkvorm_id:
            eigen_regels, notitie = werkvorm_regels(werkvorm_id, instellingen.werkvorm_mappen())
    config = CheckConfig(namen=instellingen.namen, regels=dict(eigen_regels))
    config = config.met_namen(tuple(namen))
    config = leg_over(config, instellingen.regels, instellingen.aan_gezet)
    if werkvorm_id:
        config = leg_over(
            config,
            instellingen.per_werkvorm.get(werkvorm_id, {}),
            instellingen.per_werkvorm_aan_gezet.get(werkvorm_id, frozenset()),
        )
    if opdracht_regels:
        config = leg_over(config, opdracht_regels, frozenset(opdracht_regels))
    return config, notitie


def leg_over(
    onder: CheckConfig, boven: Mapping[str, RegelInstelling], aan_gezet: frozenset[str]
) -> CheckConfig:
    """``boven`` over ``onder``, rule by rule: severity and options where ``boven`` gives
    them, on/off only for the rules in ``aan_gezet`` (where it was given explicitly)."""
    regels = dict(onder.regels)
    for regel_id, nieuw in boven.items():
        oud = regels.get(regel_id)
        if oud is None:
            regels[regel_id] = nieuw
            continue
        regels[regel_id] = RegelInstelling(
            aan=nieuw.aan if regel_id in aan_gezet else oud.aan,
            ernst=nieuw.ernst or oud.ernst,
            opties={**oud.opties, **nieuw.opties},
        )
    return CheckConfig(namen=onder.namen, regels=regels)


def is_werkvorm_id(waarde: str) -> bool:
    """Whether a story's front matter names a werkvorm by id, as it must: no folder
    separator and no ``.yaml`` (only the command line and the configuration name files)."""
    kaal = waarde.strip().lower()
    return not ("/" in kaal or "\\" in kaal or "\0" in kaal or kaal.endswith((".yaml", ".yml")))


def werkvorm_regels(
    werkvorm_id: str, mappen: tuple[Path, ...] | None = None
) -> tuple[Mapping[str, RegelInstelling], str | None]:
    """The werkvorm's own rule settings, and a note when the werkvorm is unknown.

    ``mappen`` are the user werkvorm folders (None: the loader's default, ``werkvormen/`` in
    the working folder); see :meth:`Instellingen.werkvorm_mappen`. A werkvorm file that
    exists but is broken raises its ``SchemaFout`` (the story is then reported as not
    checkable: its rules cannot be known), and so does a path instead of an id
    (:func:`is_werkvorm_id`): a shared story must not make verhaal read any file.
    """
    if not is_werkvorm_id(werkvorm_id):
        from verhaal.errors import InvoerFout
        from verhaal.yamlbron import toon_waarde

        raise InvoerFout(
            f"In de voorkant staat werkvorm: {toon_waarde(werkvorm_id)}. Noem daar een werkvorm "
            "alleen bij zijn id (zoals 'stapsgewijs'), niet met een pad naar een bestand: een "
            "gedeeld verhaal mag verhaal geen willekeurig bestand laten lezen."
        )
    try:
        from verhaal.werkvorm import zoek_werkvorm
    except ImportError:  # an install without the werkvorm package: plain rules
        return {}, None
    werkvorm = zoek_werkvorm(werkvorm_id, mappen)
    if werkvorm is None:
        return {}, (
            f"Onbekende werkvorm '{werkvorm_id}' in de voorkant; het verhaal is gecontroleerd "
            "met de gewone regels."
        )
    regels: Mapping[str, RegelInstelling] = werkvorm.regels
    return regels, None
