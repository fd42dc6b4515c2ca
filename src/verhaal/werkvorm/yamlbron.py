"""Moved to :mod:`verhaal.yamlbron` (the one YAML reader of every command); this name only
re-exports it, so older imports keep working."""

from verhaal.yamlbron import (
    Plek,
    Sleutel,
    SleutelPad,
    YamlBron,
    lees_yaml_bestand,
    lees_yaml_tekst,
    padtekst,
    syntax_uitleg,
    toon_waarde,
)

__all__ = [
    "Plek",
    "Sleutel",
    "SleutelPad",
    "YamlBron",
    "lees_yaml_bestand",
    "lees_yaml_tekst",
    "padtekst",
    "syntax_uitleg",
    "toon_waarde",
]
