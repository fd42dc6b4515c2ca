"""Typed errors: each carries a Dutch message and the exit code the CLI uses.

The CLI layer is the only place that turns these into output and an exit status;
everything below it raises them and never prints or exits.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_BEVINDINGEN = 1
EXIT_GEBRUIK = 2
EXIT_ONDERBROKEN = 130


class VerhaalFout(Exception):
    """Base class for errors meant for the user (never shown as a traceback)."""

    exit_code: int = EXIT_GEBRUIK

    def __init__(self, bericht: str) -> None:
        super().__init__(bericht)
        self.bericht = bericht

    def __str__(self) -> str:
        return self.bericht


class InvoerFout(VerhaalFout):
    """Wrong usage or unusable input: a missing file, bad YAML, an unknown option value."""

    exit_code = EXIT_GEBRUIK


class SchemaFout(InvoerFout):
    """A werkvorm or configuration file does not follow its schema.

    The message already names the file, the line and the key path.
    """


class YamlGrensFout(SchemaFout):
    """A YAML file passes one of the reader's limits (its size, its nesting, its references):
    no typo that quoting a value would mend, so messages give no such tip."""


class ConfigFout(InvoerFout):
    """A configuration file or option has an unknown key or a wrong type."""


class GeenTerminal(InvoerFout):
    """An interactive command was started without a terminal and without answers."""


class Onderbroken(VerhaalFout):
    """The user pressed Ctrl-C; the work so far has been saved."""

    exit_code = EXIT_ONDERBROKEN
