"""Werkvormen: the typed model, the YAML schema with line-exact errors, and the lookup.

Public API::

    laad_werkvorm("stapsgewijs")         # by id (a team's own folder first) or by path
    zoek_werkvorm("stapsgewijs")         # the same by id, None when unknown
    alle_werkvormen()                    # built-in + ./werkvormen, user files override
    lees_werkvorm(Path("x.yaml"))        # one file, validated
    werkvormen_map()                     # the built-in folder

The schema is documented in docs/werkvormen.md.
"""

from __future__ import annotations

from verhaal.werkvorm.laden import (
    alle_werkvormen,
    laad_werkvorm,
    lees_werkvorm,
    werkvorm_bestanden,
    werkvormen_map,
    zoek_werkvorm,
)
from verhaal.werkvorm.model import (
    SOORTEN,
    THEMAS,
    VERHAALSOORTEN,
    Fase,
    Keuze,
    Rol,
    Voorwaarde,
    Vraag,
    Werkvorm,
    Zinsstarter,
    ZinsstarterSet,
    is_ingevuld,
)

__all__ = [
    "SOORTEN",
    "THEMAS",
    "VERHAALSOORTEN",
    "Fase",
    "Keuze",
    "Rol",
    "Voorwaarde",
    "Vraag",
    "Werkvorm",
    "Zinsstarter",
    "ZinsstarterSet",
    "alle_werkvormen",
    "is_ingevuld",
    "laad_werkvorm",
    "lees_werkvorm",
    "werkvorm_bestanden",
    "werkvormen_map",
    "zoek_werkvorm",
]
