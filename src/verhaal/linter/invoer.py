"""What to check: command-line paths expanded to story files, and reading them safely.

Folders are walked recursively in sorted order (hidden folders and the drafts folder are
skipped); only ``.md``, ``.markdown`` and ``.txt`` files are taken from folders, while a
file named on the command line is always checked. Reading never trusts a file: size,
binary content, encoding, links and permissions each get a Dutch message, and a bad file
never stops the batch.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import BinaryIO

from verhaal.checker.document import BestandsSoort
from verhaal.instellingen import STANDAARD_MAX_KB, verborgen

STANDAARDINVOER = "-"
"""The path that means: read the story from standard input."""

EXTENSIES: dict[str, BestandsSoort] = {".md": "md", ".markdown": "md", ".txt": "txt"}
"""File types taken from folders, and how each is read."""

MAX_BYTES = STANDAARD_MAX_KB * 1000
"""The default size limit per file, in bytes. The one setting is ``max_kb`` in the
configuration (:data:`verhaal.instellingen.STANDAARD_MAX_KB`, documented there);
:attr:`Instellingen.max_bytes <verhaal.instellingen.Instellingen.max_bytes>` is what a run
uses. Bigger files are refused with a message instead of checked."""


@dataclass(frozen=True, slots=True)
class Bron:
    """One thing to check: its path as shown to the user, how to read it, and for
    standard input the bytes already read (workers cannot read the parent's stdin)."""

    pad: str
    soort: BestandsSoort = "md"
    data: bytes | None = None


class LeesFout(Exception):
    """A file that cannot be checked; the message is Dutch and meant for the user."""


def soort_van(pad: str) -> BestandsSoort:
    """``txt`` for .txt files (plain text rules), ``md`` for everything else."""
    return EXTENSIES.get(os.path.splitext(pad)[1].lower(), "md")


def uitgesloten(pad: str, patronen: Sequence[str]) -> bool:
    """Whether ``pad`` matches one of the ``--uitsluiten`` glob patterns.

    A pattern matches the file or folder name (``concept-*.md``, ``archief``), the path
    as shown (``verhalen/oud/*``), or any tail of it (``oud/*.md``).
    """
    if not patronen:
        return False
    schoon = pad.replace(os.sep, "/").rstrip("/")
    while schoon.startswith("./"):
        schoon = schoon[2:]
    naam = schoon.rsplit("/", 1)[-1]
    for patroon in patronen:
        p = patroon.replace(os.sep, "/").rstrip("/")
        while p.startswith("./"):
            p = p[2:]
        if fnmatchcase(naam, p) or fnmatchcase(schoon, p) or fnmatchcase(schoon, "*/" + p):
            return True
    return False


def verzamel(
    paden: Sequence[str], uitsluiten: Sequence[str] = (), stdin: bytes | None = None
) -> Iterator[Bron]:
    """Expand command-line paths into sources, in command-line order.

    Folders are walked in sorted order. Paths that do not exist are still yielded, so the
    reader reports them in their place in the output. ``stdin`` holds the bytes of
    standard input when ``-`` is among the paths.
    """
    for pad in paden:
        if pad == STANDAARDINVOER:
            yield Bron(pad, "md", stdin if stdin is not None else b"")
            continue
        if uitgesloten(pad, uitsluiten):
            continue
        if os.path.isdir(pad):
            gezien: set[tuple[int, int]] = set()
            yield from _loop(pad, uitsluiten, gezien)
        else:
            yield Bron(pad, soort_van(pad))


def _loop(map_: str, uitsluiten: Sequence[str], gezien: set[tuple[int, int]]) -> Iterator[Bron]:
    try:
        info = os.stat(map_)
        sleutel = (info.st_dev, info.st_ino)
        if sleutel in gezien:
            # A symbolic link back to a folder above: walked already, skip the loop.
            return
        gezien.add(sleutel)
        with os.scandir(map_) as items:
            inhoud = sorted(items, key=lambda item: item.name)
    except OSError:
        # Reported in its place: reading a folder as a file says it cannot be read.
        yield Bron(map_)
        return
    for item in inhoud:
        # Under '.', show 'a.md' rather than './a.md' (as ruff and grep do).
        pad = item.name if map_ == os.curdir else os.path.join(map_, item.name)
        try:
            is_map = item.is_dir()
        except OSError:
            is_map = False
        if is_map:
            if verborgen(item.name) or uitgesloten(pad, uitsluiten):
                continue
            yield from _loop(pad, uitsluiten, gezien)
            continue
        soort = EXTENSIES.get(os.path.splitext(item.name)[1].lower())
        if soort is None or item.name.startswith(".") or uitgesloten(pad, uitsluiten):
            continue
        yield Bron(pad, soort)


def lees(bron: Bron, max_bytes: int = MAX_BYTES) -> str:
    """The decoded text of ``bron`` (UTF-8; a BOM is dropped; line ends kept as they are).

    Raises :class:`LeesFout` with a Dutch explanation for anything that is not a
    readable story, or that is bigger than ``max_bytes``. Standard input is read up to one
    byte past the limit (see :func:`lees_stdin`), so its size beyond is not known.
    """
    if bron.data is not None:
        if len(bron.data) > max_bytes:
            raise LeesFout(_te_groot(max_bytes + 1, max_bytes, meer_dan=True))
        return decodeer(bron.data)
    data = _lees_bytes(bron.pad, max_bytes)
    if len(data) > max_bytes:
        raise LeesFout(_te_groot(len(data), max_bytes, meer_dan=True))
    return decodeer(data)


def lees_stdin(stroom: BinaryIO, max_bytes: int = MAX_BYTES) -> bytes:
    """Standard input, up to one byte past ``max_bytes`` (enough to tell it is too big;
    reading on could take for ever from an endless pipe)."""
    return stroom.read(max_bytes + 1)


def _lees_bytes(pad: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(pad)
    except FileNotFoundError:
        if os.path.islink(pad):
            raise LeesFout(
                "Dit is een snelkoppeling (symbolische link) naar iets dat niet (meer) bestaat."
            ) from None
        raise LeesFout("Dit bestand of deze map bestaat niet.") from None
    except OSError as fout:
        raise LeesFout(_os_bericht(fout)) from None
    if stat.S_ISDIR(info.st_mode):
        raise LeesFout("Dit is een map die niet gelezen kan worden.")
    if not stat.S_ISREG(info.st_mode):
        # Opening a pipe or device could block forever or never end.
        raise LeesFout("Dit is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat).")
    if info.st_size > max_bytes:
        raise LeesFout(_te_groot(info.st_size, max_bytes))
    try:
        # Non-blocking and checked again after opening: the file may have been replaced
        # by a pipe since the stat, and opening a pipe would wait for a writer.
        with open(pad, "rb", opener=_niet_blokkerend) as bestand:
            if not stat.S_ISREG(os.fstat(bestand.fileno()).st_mode):
                raise LeesFout(
                    "Dit is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat)."
                )
            # One byte more than allowed tells a file that grew after the stat.
            return bestand.read(max_bytes + 1)
    except OSError as fout:
        raise LeesFout(_os_bericht(fout)) from None


def _niet_blokkerend(pad: str, vlaggen: int) -> int:
    return os.open(pad, vlaggen | getattr(os, "O_NONBLOCK", 0))


def decodeer(data: bytes) -> str:
    """Decode story bytes, or raise :class:`LeesFout` saying why they are not a story."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LeesFout(
            "Dit bestand is opgeslagen als UTF-16. Sla het op als UTF-8 en controleer het opnieuw."
        )
    if b"\x00" in data:
        raise LeesFout(
            "Dit is geen tekstbestand: het bevat binaire gegevens (een afbeelding, pdf of "
            "Word-bestand?). Sla het verhaal op als .md of .txt."
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        tekst = data.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = data.count(b"\n", 0, fout.start) + 1
        kolom = fout.start - (data.rfind(b"\n", 0, fout.start) + 1) + 1
        raise LeesFout(
            f"Dit bestand is geen geldige UTF-8-tekst (onleesbaar teken op regel {regel}, "
            f"byte {kolom}). Sla het op als UTF-8 en controleer het opnieuw."
        ) from None
    if not tekst.strip():
        raise LeesFout("Het bestand is leeg: er staat nog geen verhaal in.")
    return tekst


def _grootte(aantal: int) -> str:
    """A byte count for people, rounded up (so a file just over the limit never reads as
    the limit itself): ``501 kB``, ``50,0 MB``."""
    if aantal < 10_000_000:
        return f"{-(-aantal // 1000)} kB"
    return f"{-(-aantal // 100_000) / 10:.1f} MB".replace(".", ",")


def _te_groot(grootte: int, max_bytes: int, *, meer_dan: bool = False) -> str:
    hoe_groot = f"meer dan {_grootte(max_bytes)}" if meer_dan else _grootte(grootte)
    return (
        f"Het bestand is te groot ({hoe_groot}). Een verhaal is hooguit een half A4; "
        f"verhaal controleert bestanden tot {_grootte(max_bytes)} (instelling max_kb in "
        ".verhaal.yaml)."
    )


def _os_bericht(fout: OSError) -> str:
    if fout.errno == errno.ELOOP:
        return "Deze snelkoppeling (symbolische link) verwijst in een kringetje naar zichzelf."
    if fout.errno in (errno.EACCES, errno.EPERM):
        return "Geen toestemming om dit bestand te lezen."
    if fout.errno == errno.EISDIR:
        return "Dit is een map, geen bestand."
    return f"Kan dit bestand niet lezen ({fout.strerror or fout})."
