"""The one YAML reader: safe, bounded, and remembering the line of every key and item.

Every YAML file verhaal reads goes through here: werkvormen, answers files, drafts, the
configuration (``.verhaal.yaml``), the medium tree, reviews and the front matter of a
story read back. Files come from a team's shared folder or from anywhere, so the reader
trusts nothing:

* safe loading only (PyYAML's ``SafeLoader``: no Python objects);
* a document of at most :data:`MAX_TEKENS` characters;
* at most :data:`MAX_DIEPTE` levels of nesting;
* at most :data:`MAX_VERWIJZINGEN` aliases (``*naam``), and the data they would expand
  to is *counted* while composing, never built: a "billion laughs" file is refused as
  soon as its expanded size passes :data:`MAX_ONDERDELEN` values or
  :data:`MAX_UITGEKLAPT` characters, in time linear in the file;
* a key given twice is an error, and keys are plain scalars.

PyYAML forgets positions once it has built dicts and lists, so the node tree is composed
first and converted by hand: every mapping key and sequence item records its 1-based line
under its key path (``("fasen", 2, "vragen", 0, "soort")``). :class:`Plek` walks that map
and builds the Dutch error ``bestand:regel: sleutelpad: bericht``. PyYAML's own (English)
messages never reach the user: they are translated, with line and column.

``yaml`` is imported inside the functions: it costs ~40 ms and ``verhaal --help`` or
``verhaal controleer`` must not pay for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verhaal.errors import InvoerFout, SchemaFout, YamlGrensFout

if TYPE_CHECKING:
    import yaml

Sleutel = str | int
SleutelPad = tuple[Sleutel, ...]

MAX_TEKENS = 1_000_000
"""Largest YAML document read (characters). A werkvorm is ~12 kB, a draft with a whole
story a few tens of kB; PyYAML's pure-Python parser needs ~2 s per MB."""
MAX_DIEPTE = 64
"""Deepest nesting of lists and mappings (a werkvorm needs 6)."""
MAX_VERWIJZINGEN = 200
"""Most aliases (``*naam``) in one document (the shipped files use none)."""
MAX_ONDERDELEN = 200_000
"""Most values (scalars, lists, mappings) the document stands for, aliases expanded."""
MAX_UITGEKLAPT = 2 * MAX_TEKENS
"""Most characters of scalar text the document stands for, aliases expanded."""
MAX_TOON = 60
"""Longest value or key quoted in a message; longer ones are described, never printed."""


def toon_waarde(waarde: object) -> str:
    """A value as an error message may show it: short scalars quoted, anything long or
    nested only described (a message never prints a whole pasted text or expanded list)."""
    if isinstance(waarde, str):
        if len(waarde) <= MAX_TOON and "\n" not in waarde:
            return repr(waarde)
        return f"een tekst van {len(waarde)} tekens"
    if waarde is None or isinstance(waarde, bool | int | float):
        tekst = repr(waarde)
        return tekst if len(tekst) <= MAX_TOON else f"een getal van {len(tekst)} cijfers"
    if isinstance(waarde, list | tuple):
        return "een lijst"
    if isinstance(waarde, Mapping):
        return "sleutels met waarden"
    return f"een waarde van het type {type(waarde).__name__}"


def _sleuteltekst(sleutel: Sleutel) -> str:
    tekst = str(sleutel)
    return tekst if len(tekst) <= MAX_TOON else tekst[:MAX_TOON] + "…"


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
        """The key path as a user reads it: ``fasen[2].vragen[0].soort`` (a very long key
        is cut short)."""
        return padtekst(self.pad)

    @property
    def kop(self) -> str:
        """``bestand:regel: sleutelpad`` (``bestand:regel`` at the root)."""
        pad = self.padtekst
        plaats = f"{self.bron}:{self.regel}"
        return f"{plaats}: {pad}" if pad else plaats

    def bericht(self, bericht: str) -> str:
        """``bestand:regel: sleutelpad: bericht`` (without the path at the root)."""
        return f"{self.kop}: {bericht}"

    def fout(self, bericht: str) -> SchemaFout:
        """A :class:`SchemaFout` that names file, line and key path."""
        return SchemaFout(self.bericht(bericht))


def padtekst(pad: SleutelPad) -> str:
    """A key path as a user reads it: ``fasen[2].vragen[0].soort``."""
    delen: list[str] = []
    for sleutel in pad:
        if isinstance(sleutel, int):
            delen.append(f"[{sleutel}]")
        else:
            tekst = _sleuteltekst(sleutel)
            delen.append(f".{tekst}" if delen else tekst)
    return "".join(delen)


class _Grens(Exception):
    """A limit of this reader was passed (turned into a :class:`SchemaFout`)."""

    def __init__(self, regel: int, pad: SleutelPad, bericht: str) -> None:
        super().__init__(bericht)
        self.regel = regel
        self.pad = pad
        self.bericht = bericht


@cache
def _loader_klasse() -> type[yaml.SafeLoader]:
    """PyYAML's safe loader with the limits of this module in its composer (built once)."""
    import yaml

    class BegrensdeLoader(yaml.SafeLoader):
        """Counts depth, aliases and the expanded size of every node while composing."""

        def __init__(self, tekst: str) -> None:
            super().__init__(tekst)
            self.diepte = 0
            self.verwijzingen = 0
            # id(node) -> (values, characters) the node stands for, aliases expanded.
            self.grootte: dict[int, tuple[int, int]] = {}
            self.sleutelpad: list[Sleutel] = []

        def _grens(self, mark: Any, bericht: str) -> _Grens:
            regel = mark.line + 1 if mark is not None else 1
            pad = tuple(s for s in self.sleutelpad if s != "")
            return _Grens(regel, pad, bericht)

        def compose_node(self, parent: Any, index: Any) -> Any:
            if isinstance(index, yaml.ScalarNode):
                stap: Sleutel = index.value if isinstance(index.value, str) else ""
            elif isinstance(index, int):
                stap = index
            else:
                stap = ""
            self.sleutelpad.append(stap)
            try:
                return self._compose(parent, index)
            finally:
                self.sleutelpad.pop()

        def _compose(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                self.verwijzingen += 1
                if self.verwijzingen > MAX_VERWIJZINGEN:
                    raise self._grens(
                        event.start_mark,
                        f"te veel verwijzingen (*naam): hooguit {MAX_VERWIJZINGEN} per bestand.",
                    )
                doel = self.anchors.get(event.anchor)
                if doel is not None and id(doel) not in self.grootte:
                    raise self._grens(
                        event.start_mark,
                        f"de verwijzing *{_sleuteltekst(event.anchor)} verwijst naar de waarde "
                        "waar ze zelf in staat.",
                    )
                return super().compose_node(parent, index)
            event = self.peek_event()  # type: ignore[no-untyped-call]
            self.diepte += 1
            if self.diepte > MAX_DIEPTE:
                raise self._grens(
                    event.start_mark, f"te diep genest (meer dan {MAX_DIEPTE} niveaus)."
                )
            try:
                knoop = super().compose_node(parent, index)
            finally:
                self.diepte -= 1
            self._meet(knoop)
            return knoop

        def _meet(self, knoop: Any) -> None:
            grootte = self.grootte
            if isinstance(knoop, yaml.ScalarNode):
                grootte[id(knoop)] = (1, len(knoop.value))
                return
            if isinstance(knoop, yaml.MappingNode):
                kinderen = [k for paar in knoop.value for k in paar]
            else:
                kinderen = knoop.value
            onderdelen, tekens = 1, 0
            for kind in kinderen:
                o, t = grootte[id(kind)]
                onderdelen += o
                tekens += t
            if onderdelen > MAX_ONDERDELEN or tekens > MAX_UITGEKLAPT:
                raise self._grens(
                    knoop.start_mark,
                    "deze waarde wordt te groot (meer dan "
                    f"{MAX_ONDERDELEN if onderdelen > MAX_ONDERDELEN else MAX_UITGEKLAPT} "
                    f"{'onderdelen' if onderdelen > MAX_ONDERDELEN else 'tekens'}, "
                    "verwijzingen (*naam) meegeteld); verhaal leest haar niet.",
                )
            grootte[id(knoop)] = (onderdelen, tekens)

    return BegrensdeLoader


def lees_yaml_tekst(tekst: str, bron: str) -> YamlBron:
    """Parse ``tekst`` (one YAML document) and record the line of every key and item.

    Syntax errors, duplicate keys and passed limits become a :class:`SchemaFout` naming
    ``bron`` and the line (in Dutch). An empty document gives ``data=None``.
    """
    if len(tekst) > MAX_TEKENS:
        raise YamlGrensFout(
            f"{bron}: dit bestand is te groot om als YAML te lezen ({len(tekst)} tekens; "
            f"verhaal leest hooguit {MAX_TEKENS}). Is dit wel het goede bestand?"
        )
    import yaml

    regels: dict[SleutelPad, int] = {(): 1}
    loader: yaml.SafeLoader | None = None
    try:
        # The reader checks every character already here (a control character raises).
        loader = _loader_klasse()(tekst)
        knoop = loader.get_single_node()
        if knoop is None:
            return YamlBron(bron, None, regels)
        regels[()] = knoop.start_mark.line + 1
        data = _omzetten(loader, knoop, (), regels, bron)
    except _Grens as grens:
        plek = Plek(bron, grens.pad, {grens.pad: grens.regel})
        raise YamlGrensFout(plek.bericht(grens.bericht)) from None
    except yaml.MarkedYAMLError as fout:
        raise _syntaxfout(fout, bron) from None
    except yaml.reader.ReaderError as fout:
        regel = tekst.count("\n", 0, max(0, fout.position)) + 1
        teken = fout.character
        code = ord(teken) if isinstance(teken, str) and len(teken) == 1 else teken
        code_tekst = f"U+{code:04X}" if isinstance(code, int) else "onbekend"
        raise SchemaFout(
            f"{bron}:{regel}: dit is geen geldige YAML: er staat een teken in dat niet in "
            f"een YAML-bestand mag ({code_tekst})."
        ) from None
    except yaml.YAMLError as fout:
        raise SchemaFout(f"{bron}: dit is geen geldige YAML: {syntax_uitleg(fout)}.") from None
    except RecursionError:  # a guard only: the depth limit stops nesting long before
        raise YamlGrensFout(f"{bron}: dit bestand is te diep genest.") from None
    finally:
        if loader is not None:
            loader.dispose()
    return YamlBron(bron, data, regels)


def lees_yaml_bestand(pad: Path, bron: str | None = None) -> YamlBron:
    """Read and parse a YAML file; unreadable files are an :class:`InvoerFout`.

    Only a regular file is read (never a pipe or device: it could block forever or never
    end), and never more than :data:`MAX_TEKENS` characters' worth of bytes.
    """
    naam = bron if bron is not None else str(pad)
    return lees_yaml_tekst(lees_tekstbestand(Path(pad), naam, "YAML-bestand"), naam)


def lees_tekstbestand(pad: Path, naam: str, wat: str = "bestand") -> str:
    """The UTF-8 text of a small regular file (a BOM is dropped), with Dutch errors.

    The size is bounded by :data:`MAX_TEKENS` (in bytes, read no further), and pipes,
    devices and folders are refused before they are opened for reading.
    """
    import os
    import stat

    try:
        fd = os.open(pad, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InvoerFout(f"{naam}: dit bestand bestaat niet.") from None
    except IsADirectoryError:
        raise InvoerFout(f"{naam}: dit is een map, geen {wat}.") from None
    except OSError as fout:
        raise InvoerFout(f"{naam}: kan dit bestand niet lezen ({fout.strerror}).") from None
    with os.fdopen(fd, "rb") as bestand:
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise InvoerFout(f"{naam}: dit is een map, geen {wat}.")
            if not stat.S_ISREG(info.st_mode):
                raise InvoerFout(
                    f"{naam}: dit is geen gewoon bestand (maar bijvoorbeeld een pijp of "
                    "apparaat); verhaal leest het niet."
                )
            # UTF-8 takes at most 4 bytes per character; one byte more tells "too big".
            data = bestand.read(4 * MAX_TEKENS + 1)
        except IsADirectoryError:
            raise InvoerFout(f"{naam}: dit is een map, geen {wat}.") from None
        except OSError as fout:
            raise InvoerFout(f"{naam}: kan dit bestand niet lezen ({fout.strerror}).") from None
    if len(data) > 4 * MAX_TEKENS:
        raise InvoerFout(
            f"{naam}: dit bestand is te groot (meer dan {4 * MAX_TEKENS // 1_000_000} MB); "
            "is dit wel het goede bestand?"
        )
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = data.count(b"\n", 0, fout.start) + 1
        raise InvoerFout(f"{naam}:{regel}: dit bestand is geen UTF-8-tekst.") from None
    return tekst


def _omzetten(
    loader: yaml.SafeLoader,
    knoop: yaml.Node,
    pad: SleutelPad,
    regels: dict[SleutelPad, int],
    bron: str,
) -> Any:
    """Plain data from a composed node. Its cost is bounded: the composer has refused any
    document whose expanded size passes :data:`MAX_ONDERDELEN`."""
    import yaml

    if isinstance(knoop, yaml.MappingNode):
        resultaat: dict[Any, Any] = {}
        for sleutel_knoop, waarde_knoop in knoop.value:
            regel = sleutel_knoop.start_mark.line + 1
            if not isinstance(sleutel_knoop, yaml.ScalarNode):
                raise Plek(bron, pad, {pad: regel}).fout(
                    "een sleutel moet een tekst zijn, geen lijst of sleutels met waarden."
                )
            sleutel = loader.construct_object(sleutel_knoop, deep=True)
            if not isinstance(sleutel, str | int) or isinstance(sleutel, bool):
                raise Plek(bron, pad, {pad: regel}).fout(
                    f"een sleutel moet tekst zijn, niet {toon_waarde(sleutel)}."
                )
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
    """Turn PyYAML's English syntax error into a Dutch one with line and column."""
    mark = fout.problem_mark or fout.context_mark
    regel = f":{mark.line + 1}" if mark is not None else ""
    kolom = f" (kolom {mark.column + 1})" if mark is not None else ""
    return SchemaFout(f"{bron}{regel}: dit is geen geldige YAML{kolom}: {syntax_uitleg(fout)}.")


def syntax_uitleg(fout: Any) -> str:
    """What is wrong, in Dutch, for a PyYAML error (never PyYAML's English text)."""
    probleem = (getattr(fout, "problem", None) or "").strip()
    if "\t" in str(fout) or "tab" in probleem:
        return "gebruik spaties om in te springen, geen tabs"
    if probleem.startswith(("expected ',' or '}'", "expected ',' or ']'")):
        return (
            "tussen { } of [ ] klopt iets niet; zet een tekst met een vraagteken, komma "
            "of dubbele punt tussen aanhalingstekens"
        )
    if "<stream end>" in probleem:
        return "het bestand houdt op terwijl er nog iets open staat (een [ , { of aanhalingsteken)"
    if probleem in _VERTALINGEN:
        return _VERTALINGEN[probleem]
    for begin, uitleg in _BEGINNEN:
        if probleem.startswith(begin):
            return uitleg
    return "de opbouw klopt hier niet (controleer inspringing, dubbele punten en aanhalingstekens)"


_VERTALINGEN = {
    "mapping values are not allowed here": (
        "hier mag geen dubbele punt staan (zet tekst met een dubbele punt tussen aanhalingstekens)"
    ),
    "could not find expected ':'": "er ontbreekt een dubbele punt na de sleutel",
    "did not find expected key": "de inspringing klopt niet (of er ontbreekt een sleutel)",
    "did not find expected '-' indicator": "de inspringing van de lijst klopt niet",
    "found unexpected end of stream": "het bestand houdt midden in een waarde op",
    "did not find expected node content": "hier verwachtte ik een waarde",
    "expected the node content": "hier verwachtte ik een waarde",
    "expected <document start>, but found '<block mapping start>'": (
        "de inspringing klopt niet (een regel springt verder in dan de vorige)"
    ),
    "found unknown escape character": "onbekende escape met een backslash in een tekst",
    "but found another document": "een bestand bevat maar een document (haal '---' weg)",
    "found unexpected ':'": "hier mag geen dubbele punt staan",
    "second occurrence": "dezelfde naam voor een anker (&naam) staat er twee keer",
}

_BEGINNEN = (
    ("found undefined alias", "een verwijzing (*naam) naar iets dat niet bestaat"),
    ("found duplicate anchor", "dezelfde naam voor een anker (&naam) staat er twee keer"),
    ("found character", "hier staat een teken waarmee geen waarde mag beginnen"),
    ("expected alphabetic or numeric character", "een anker of verwijzing zonder naam"),
    ("expected a comment or a line break", "na deze waarde mag niets meer op de regel staan"),
    ("expected <document start>", "de opbouw van het bestand klopt niet"),
    ("expected <block end>", "de inspringing klopt niet"),
    ("expected a single document", "een bestand bevat maar een document (haal '---' weg)"),
    ("found unexpected end of stream", "het bestand houdt midden in een waarde op"),
    ("found a tab character", "gebruik spaties om in te springen, geen tabs"),
    ("could not determine a constructor", "een onbekend label (!...) voor een waarde"),
    ("found unhashable key", "een sleutel moet een tekst zijn"),
    ("expected a mapping node", "hier verwachtte ik sleutels met waarden"),
    ("expected ", "hier staat iets anders dan verwacht"),
    ("found ", "hier staat iets dat niet mag"),
)
