"""Read YAML into plain Python data while remembering the line of every key and item.

PyYAML's safe loader forgets positions once it has built dicts and lists, so a schema
error could only say *what* is wrong, not *where*. Here the node tree is composed first
and converted by hand: every mapping key and sequence item records its 1-based line under
its key path (``("fasen", 2, "vragen", 0, "soort")``). :class:`Plek` walks that map and
builds the Dutch error ``bestand:regel: sleutelpad: bericht`` used everywhere.

``yaml`` is imported inside the functions: it costs ~40 ms and ``verhaal --help`` or
``verhaal controleer`` must not pay for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.errors import InvoerFout, SchemaFout

if TYPE_CHECKING:
    import yaml

Sleutel = str | int
SleutelPad = tuple[Sleutel, ...]


@dataclass(frozen=True)
class YamlBron:
    """Parsed YAML data plus the line of every key path (root is line 1)."""

    bron: str
    data: Any
    regels: Mapping[SleutelPad, int]

    @property
    def plek(self) -> Plek:
        """The root position, to start validating from."""
        return Plek(self.bron, (), self.regels)


@dataclass(frozen=True)
class Plek:
    """A position in a YAML file: file name, key path and the file's line map."""

    bron: str
    pad: SleutelPad
    regels: Mapping[SleutelPad, int]

    def __truediv__(self, sleutel: Sleutel) -> Plek:
        return Plek(self.bron, (*self.pad, sleutel), self.regels)

    @property
    def regel(self) -> int:
        """The line of this path, or of its nearest ancestor that has one."""
        pad = self.pad
        while pad:
            if pad in self.regels:
                return self.regels[pad]
            pad = pad[:-1]
        return self.regels.get((), 1)

    @property
    def padtekst(self) -> str:
        """The key path as a user reads it: ``fasen[2].vragen[0].soort``."""
        delen: list[str] = []
        for sleutel in self.pad:
            if isinstance(sleutel, int):
                delen.append(f"[{sleutel}]")
            else:
                delen.append(f".{sleutel}" if delen else sleutel)
        return "".join(delen)

    def fout(self, bericht: str) -> SchemaFout:
        """A :class:`SchemaFout` that names file, line and key path."""
        pad = self.padtekst
        plaats = f"{self.bron}:{self.regel}"
        return SchemaFout(f"{plaats}: {pad}: {bericht}" if pad else f"{plaats}: {bericht}")


def lees_yaml_tekst(tekst: str, bron: str) -> YamlBron:
    """Parse ``tekst`` (one YAML document) and record the line of every key and item.

    Syntax errors and duplicate keys become a :class:`SchemaFout` naming ``bron`` and the
    line. An empty document gives ``data=None``.
    """
    import yaml

    regels: dict[SleutelPad, int] = {(): 1}
    loader = yaml.SafeLoader(tekst)
    try:
        knoop = loader.get_single_node()
        if knoop is None:
            return YamlBron(bron, None, regels)
        regels[()] = knoop.start_mark.line + 1
        data = _omzetten(loader, knoop, (), regels, bron)
    except yaml.MarkedYAMLError as fout:
        raise _syntaxfout(fout, bron) from None
    except yaml.YAMLError as fout:
        raise SchemaFout(f"{bron}: dit is geen geldige YAML: {syntax_uitleg(fout)}.") from None
    finally:
        loader.dispose()
    return YamlBron(bron, data, regels)


def lees_yaml_bestand(pad: Path, bron: str | None = None) -> YamlBron:
    """Read and parse a YAML file; unreadable files are an :class:`InvoerFout`."""
    naam = bron if bron is not None else str(pad)
    try:
        tekst = Path(pad).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvoerFout(f"{naam}: dit bestand bestaat niet.") from None
    except IsADirectoryError:
        raise InvoerFout(f"{naam}: dit is een map, geen YAML-bestand.") from None
    except UnicodeDecodeError:
        raise InvoerFout(f"{naam}: dit bestand is geen UTF-8-tekst.") from None
    except OSError as fout:
        raise InvoerFout(f"{naam}: kan dit bestand niet lezen ({fout.strerror}).") from None
    return lees_yaml_tekst(tekst, naam)


def _omzetten(
    loader: yaml.SafeLoader,
    knoop: yaml.Node,
    pad: SleutelPad,
    regels: dict[SleutelPad, int],
    bron: str,
) -> Any:
    import yaml

    if isinstance(knoop, yaml.MappingNode):
        resultaat: dict[Any, Any] = {}
        for sleutel_knoop, waarde_knoop in knoop.value:
            sleutel = loader.construct_object(sleutel_knoop, deep=True)
            regel = sleutel_knoop.start_mark.line + 1
            if not isinstance(sleutel, str | int) or isinstance(sleutel, bool):
                raise SchemaFout(f"{bron}:{regel}: een sleutel moet tekst zijn, niet {sleutel!r}.")
            if sleutel in resultaat:
                eerder = regels.get((*pad, sleutel), "?")
                raise Plek(bron, (*pad, sleutel), {(*pad, sleutel): regel}).fout(
                    f"deze sleutel staat er twee keer (ook op regel {eerder})."
                )
            kind_pad = (*pad, sleutel)
            regels[kind_pad] = regel
            resultaat[sleutel] = _omzetten(loader, waarde_knoop, kind_pad, regels, bron)
        return resultaat
    if isinstance(knoop, yaml.SequenceNode):
        lijst: list[Any] = []
        for index, kind in enumerate(knoop.value):
            kind_pad = (*pad, index)
            regels[kind_pad] = kind.start_mark.line + 1
            lijst.append(_omzetten(loader, kind, kind_pad, regels, bron))
        return lijst
    return loader.construct_object(knoop, deep=True)


def _syntaxfout(fout: Any, bron: str) -> SchemaFout:
    """Turn PyYAML's English syntax error into a Dutch one with the line number."""
    mark = fout.problem_mark or fout.context_mark
    regel = f":{mark.line + 1}" if mark is not None else ""
    return SchemaFout(f"{bron}{regel}: dit is geen geldige YAML: {syntax_uitleg(fout)}.")


def syntax_uitleg(fout: Any) -> str:
    """What is wrong, in Dutch, for a PyYAML error (never PyYAML's English text): used for
    werkvormen, answer files and the configuration alike."""
    probleem = (getattr(fout, "problem", None) or "").strip()
    uitleg = _VERTALINGEN.get(probleem)
    if uitleg is None:
        uitleg = next(
            (nl for engels, nl in _VERTALINGEN.items() if probleem.startswith(engels)),
            "de opbouw klopt hier niet (kijk naar inspringing, dubbele punten en aanhalingstekens)",
        )
    if probleem.startswith(("expected ',' or '}'", "expected ',' or ']'")):
        uitleg = (
            "tussen { } of [ ] klopt iets niet; zet een tekst met een vraagteken, komma "
            "of dubbele punt tussen aanhalingstekens"
        )
    if "\t" in str(fout) or "tab" in probleem:
        uitleg = "gebruik spaties om in te springen, geen tabs"
    return uitleg


_VERTALINGEN = {
    "mapping values are not allowed here": (
        "hier mag geen dubbele punt staan (zet tekst met een dubbele punt tussen aanhalingstekens)"
    ),
    "could not find expected ':'": "er ontbreekt een dubbele punt na de sleutel",
    "found character '\\t' that cannot start any token": (
        "gebruik spaties om in te springen, geen tabs"
    ),
    "did not find expected key": "de inspringing klopt niet (of er ontbreekt een sleutel)",
    "did not find expected '-' indicator": "de inspringing van de lijst klopt niet",
    "found unexpected end of stream": "het bestand houdt midden in een waarde op",
    "did not find expected node content": "hier verwachtte ik een waarde",
    "expected the node content, but found '<stream end>'": (
        "het bestand houdt midden in een waarde op"
    ),
    "expected the node content": "hier verwachtte ik een waarde",
    "expected <document start>, but found '<block mapping start>'": (
        "de inspringing klopt niet (een regel springt verder in dan de vorige)"
    ),
    "found undefined alias": "een verwijzing (*naam) naar iets dat niet bestaat",
    "found unknown escape character": "onbekende escape met een backslash in een tekst",
    "but found another document": "een bestand bevat maar een document (haal '---' weg)",
}
