"""Werkvormen: the typed model, the YAML schema with line-exact errors, and the lookup.

Public API::

    vind_werkvormen(config)              # THE lookup for commands: configured folders too
    laad_werkvorm("stapsgewijs")         # by id (a team's own folder first) or by path
    zoek_werkvorm("stapsgewijs")         # the same by id, None when unknown
    alle_werkvormen()                    # built-in + ./werkvormen, user files override
    verzamel_werkvormen()                # the same, broken files set apart
    lees_werkvorm(Path("x.yaml"))        # one file, validated
    werkvormen_map()                     # the built-in folder

The schema is documented in docs/werkvormen.md.
"""

from __future__ import annotations

from verhaal.werkvorm.catalogus import Catalogus, KapotBestand, Verzameling, vind_werkvormen
from verhaal.werkvorm.laden import (
    alle_werkvormen,
    laad_werkvorm,
    lees_werkvorm,
    verzamel_werkvormen,
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
    "Catalogus",
    "Fase",
    "KapotBestand",
    "Keuze",
    "Rol",
    "Verzameling",
    "Voorwaarde",
    "Vraag",
    "Werkvorm",
    "Zinsstarter",
    "ZinsstarterSet",
    "alle_werkvormen",
    "is_ingevuld",
    "laad_werkvorm",
    "lees_werkvorm",
    "verzamel_werkvormen",
    "vind_werkvormen",
    "werkvorm_bestanden",
    "werkvormen_map",
    "zoek_werkvorm",
]
