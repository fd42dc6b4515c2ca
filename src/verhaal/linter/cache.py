"""Remembered findings: a story whose text and settings did not change is not checked again.

Like ruff's and ESLint's caches, this is what makes a second run over a team's folder fast:
only new and edited stories are parsed and checked. An entry is keyed by a hash of the
story's text (not its path: a renamed or copied story still hits) and lives in a file per
*fingerprint*: verhaal's version, the modification times of its code, tables and built-in
and team werkvormen, and the whole job (rules, severities, options). Any change there
starts a fresh file, so a cached result always equals a fresh check.

Privacy: entries hold rule ids, offsets, severities and messages, never story text. The
span a finding points at (a name, an English word) is cut out of its message and
suggestion before writing and put back from the story on reading. A run with a pupil's
name (``--naam``, ``--namen`` or ``namen:`` in the configuration) uses no cache at all:
nothing derived from a name (not even the fingerprint's hash) reaches the disk. The
folder (``~/.cache/verhaal`` or ``$VERHAAL_CACHE_MAP``) is private to the user (0700,
files 0600); the subfolder the tool owns (``v1/``) carries a ``CACHEDIR.TAG`` so backup
tools skip it (never the folder itself: ``$VERHAAL_CACHE_MAP`` may be an existing folder
with other things in it).

Nothing read back is trusted: a cache file is opened only when it is a regular file (not
a link, pipe or device; opened non-blocking, so a pipe cannot hang the run), at most
:data:`MAX_BESTAND` bytes are read, and an entry of the wrong shape is a miss, even when
its checksum fits.

Format: per fingerprint one file ``v1/<fingerprint>.cache``: ``VHC2`` and a marshal'ed
dict from key (16 bytes) to entry (an 8-byte checksum and a marshal'ed tuple, both checked
only on a hit: marshal would decode a damaged byte into a wrong finding). A file or entry
that cannot be read is ignored; it is replaced on the next write.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from hashlib import blake2b
from pathlib import Path
from typing import TYPE_CHECKING

from verhaal.checker.bevinding import ERNSTEN, Bevinding
from verhaal.errors import VerhaalFout

if TYPE_CHECKING:
    from verhaal.linter.onderdrukking import Opmerking
    from verhaal.linter.uitvoeren import Opdracht

MAGIC = b"VHC2"
VERSIE_MAP = "v1"
MAX_ITEMS = 20_000
"""Entries kept per fingerprint: those used by the last run first, then the most recent."""
MAX_BESTAND = 64_000_000
"""Most bytes of one cache file read or written; a bigger file is ignored (and rewritten
within the bound by the next run)."""
OUD_NA_S = 30 * 24 * 3600
"""A fingerprint file not used for this long is removed (old versions, old settings)."""
PLEK = "\x00"
"""Stands for the finding's own span in a stored message (story text never holds NUL:
such files are refused as binary)."""

Item = bytes
"""One story's findings and notes, marshal'ed (see :func:`naar_item`)."""

CITEREN_RICHTLIJN = frozenset({"onderdrukking-onbekend"})
"""Notes that quote words of their directive (an unknown id, where a teacher may have put a
name); cutting out the note's span does not remove those, so such a story is not stored."""


def cache_map() -> Path:
    """The folder for the cache: ``$VERHAAL_CACHE_MAP``, else the platform's user cache."""
    eigen = os.environ.get("VERHAAL_CACHE_MAP")
    if eigen:
        return Path(eigen)
    if sys.platform == "win32":  # pragma: no cover - not tested here
        basis = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(basis) / "verhaal" / "Cache"
    if sys.platform == "darwin":  # pragma: no cover
        return Path.home() / "Library" / "Caches" / "verhaal"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "verhaal"


def sleutel(tekst: str, soort: str) -> bytes:
    """The key of a story: a hash of its text and how it is read (md or txt)."""
    h = blake2b(tekst.encode("utf-8", "surrogatepass"), digest_size=15)
    return h.digest() + soort[:1].encode()


def _stempel(pad: str, uit: list[str]) -> None:
    """Add the path, size and modification time of a file (nothing if it is gone)."""
    with contextlib.suppress(OSError):
        info = os.stat(pad)
        uit.append(f"{pad}\0{info.st_size}\0{info.st_mtime_ns}")


def _stempels(mappen: Iterable[Path]) -> list[str]:
    """Path, size and modification time of every file under ``mappen`` (recursive)."""
    uit: list[str] = []
    for map_ in mappen:
        for wortel, submappen, bestanden in os.walk(map_):
            submappen[:] = sorted(m for m in submappen if m != "__pycache__")
            for naam in sorted(bestanden):
                _stempel(os.path.join(wortel, naam), uit)
    return uit


def _yaml_stempels(mappen: Iterable[Path]) -> list[str]:
    """Absolute path, size and modification time of the top-level YAML files of each user
    werkvorm folder: all the loader reads there (not the stories a team may keep beside)."""
    uit: list[str] = []
    for map_ in mappen:
        wortel = os.path.abspath(map_)
        try:
            namen = sorted(os.listdir(wortel))
        except OSError:
            continue
        for naam in namen:
            if naam.endswith(".yaml"):
                _stempel(os.path.join(wortel, naam), uit)
    return uit


def _vast(waarde: object) -> object:
    """``waarde`` as plain tuples with every set sorted: a frozenset's repr follows the
    string hash, which differs per process, so it would give every run its own fingerprint."""
    if is_dataclass(waarde) and not isinstance(waarde, type):
        velden = ((veld.name, _vast(getattr(waarde, veld.name))) for veld in fields(waarde))
        return (type(waarde).__name__, *velden)
    if isinstance(waarde, Mapping):
        return ("{}", *((_vast(k), _vast(v)) for k, v in waarde.items()))
    if isinstance(waarde, (set, frozenset)):
        return ("set", *sorted(repr(_vast(v)) for v in waarde))
    if isinstance(waarde, (list, tuple)):
        return (type(waarde).__name__, *(_vast(v) for v in waarde))
    return waarde


def vingerafdruk(opdracht: Opdracht) -> str:
    """What a cached result depends on besides the story: version (also Python's: the rules
    lean on ``unicodedata`` and ``re``), code, tables, werkvormen and the job (without the
    line texts, which are rebuilt from the story)."""
    import verhaal
    from verhaal.werkvorm.laden import EIGEN_MAP, werkvormen_map

    werkvorm_mappen = opdracht.instellingen.werkvorm_mappen() or (
        (EIGEN_MAP,) if EIGEN_MAP.is_dir() else ()
    )
    opdracht = replace(opdracht, met_regeltekst=False, json_tekst=False)
    h = blake2b(digest_size=16)
    h.update(repr((MAGIC, verhaal.__version__, sys.version, _vast(opdracht))).encode())
    stempels = _stempels([Path(verhaal.__file__).parent, werkvormen_map()])
    for stempel in stempels + _yaml_stempels(werkvorm_mappen):
        h.update(stempel.encode("utf-8", "surrogatepass") + b"\n")
    return h.hexdigest()


def _zonder_span(tekst: str, span: str) -> str:
    return tekst.replace(span, PLEK) if span else tekst


def _met_span(tekst: str, span: str) -> str:
    return tekst.replace(PLEK, span) if PLEK in tekst else tekst


def naar_item(
    tekst: str, bevindingen: Sequence[Bevinding], opmerkingen: Sequence[Opmerking]
) -> Item | None:
    """The storable form of one story's outcome: no story text, only positions and
    messages with their own span cut out. None when a note quotes its directive (see
    :data:`CITEREN_RICHTLIJN`): that story is checked again next time."""
    if any(o.soort in CITEREN_RICHTLIJN for o in opmerkingen):
        return None
    data = marshal.dumps(
        (
            tuple(
                (
                    b.regel,
                    b.ernst,
                    b.start,
                    b.eind,
                    _zonder_span(b.bericht, b.tekst),
                    None if b.suggestie is None else _zonder_span(b.suggestie, b.tekst),
                )
                for b in bevindingen
            ),
            tuple(
                (o.soort, o.start, o.eind, _zonder_span(o.bericht, tekst[o.start : o.eind]))
                for o in opmerkingen
            ),
        )
    )
    return _som(data) + data


def _som(data: bytes) -> bytes:
    return blake2b(data, digest_size=8).digest()


def uit_item(item: Item, tekst: str) -> tuple[list[Bevinding], list[Opmerking]] | None:
    """Findings and notes back from an entry and the story; None when the entry does not fit
    (then the story is simply checked again)."""
    from verhaal.linter.onderdrukking import Opmerking

    try:
        if not isinstance(item, bytes) or item[:8] != _som(item[8:]):
            return None
        ruwe_bevindingen, ruwe_opmerkingen = marshal.loads(item[8:])
        bevindingen = []
        for regel, ernst, start, eind, bericht, suggestie in ruwe_bevindingen:
            if not (
                isinstance(regel, str)
                and ernst in ERNSTEN
                and _is_span(start, eind, len(tekst))
                and isinstance(bericht, str)
                and (suggestie is None or isinstance(suggestie, str))
            ):
                return None
            span = tekst[start:eind]
            bevindingen.append(
                Bevinding(
                    regel,
                    ernst,
                    start,
                    eind,
                    span,
                    _met_span(bericht, span),
                    None if suggestie is None else _met_span(suggestie, span),
                )
            )
        opmerkingen = []
        for soort, start, eind, bericht in ruwe_opmerkingen:
            if not (
                isinstance(soort, str)
                and _is_span(start, eind, len(tekst))
                and isinstance(bericht, str)
            ):
                return None
            opmerkingen.append(Opmerking(soort, start, eind, _met_span(bericht, tekst[start:eind])))
    except (ValueError, TypeError, EOFError, KeyError, IndexError, AttributeError):
        return None
    return bevindingen, opmerkingen


def _is_span(start: object, eind: object, lengte: int) -> bool:
    return type(start) is int and type(eind) is int and 0 <= start <= eind <= lengte


class Cache:
    """The entries of one fingerprint: read once, looked up per story, written back once."""

    def __init__(self, map_: Path, vingerafdruk: str) -> None:
        self.map = map_ / VERSIE_MAP
        self.pad = self.map / f"{vingerafdruk}.cache"
        self.items: dict[bytes, Item] = self._lees()
        self.gebruikt: dict[bytes, None] = {}
        """Keys this run looked up or computed, in order."""
        self.nieuw: dict[bytes, Item] = {}

    def _lees(self) -> dict[bytes, Item]:
        ruw = lees_begrensd(self.pad, MAX_BESTAND)
        if ruw is None or ruw[:4] != MAGIC:
            return {}
        try:
            items = marshal.loads(ruw[4:])
        except (ValueError, EOFError, TypeError):
            return {}
        if not isinstance(items, dict):
            return {}
        # Only well-formed pairs count; anything else is dropped (and not written back).
        return {
            s: item for s, item in items.items() if isinstance(s, bytes) and isinstance(item, bytes)
        }

    def zoek(self, sleutel: bytes) -> Item | None:
        """The entry for a story, if one was stored."""
        return self.items.get(sleutel)

    def gebruik(self, sleutel: bytes, nieuw: Item | None = None) -> None:
        """Record that this run used ``sleutel`` (and computed ``nieuw`` for it). Past
        :data:`MAX_ITEMS` nothing more is recorded, so memory stays bounded however many
        stories a run checks."""
        if len(self.gebruikt) >= MAX_ITEMS:
            return
        self.gebruikt[sleutel] = None
        if nieuw is not None:
            self.nieuw[sleutel] = nieuw

    def bewaar(self) -> None:
        """Write the file when this run computed something new (else only mark it used, so
        :meth:`_ruim_op` keeps it). Never fails the run: a cache that cannot be written only
        makes the next run slower."""
        if not self.nieuw:
            if self.gebruikt:
                with contextlib.suppress(OSError):
                    os.utime(self.pad)
            return
        alle = {**self.items, **self.nieuw}
        items = {s: alle[s] for s in self.gebruikt if s in alle}
        for s, item in reversed(alle.items()):  # newest first
            if len(items) >= MAX_ITEMS:
                break
            items.setdefault(s, item)
        # Stay within MAX_BESTAND (what a reader accepts): the first entries (used by this
        # run, then the newest) are kept.
        ruimte = MAX_BESTAND - 1_000
        binnen: dict[bytes, Item] = {}
        for s, item in items.items():
            ruimte -= len(s) + len(item) + 16
            if ruimte < 0:
                break
            binnen[s] = item
        with contextlib.suppress(OSError, ValueError, VerhaalFout):
            self._maak_map()
            # Oldest first: the next run reads the end of the file as the most recent.
            _schrijf(self.pad, MAGIC + marshal.dumps(dict(reversed(binnen.items()))))
            self._ruim_op()

    def _maak_map(self) -> None:
        """The cache folder and the subfolder this tool owns; ``CACHEDIR.TAG`` goes in the
        subfolder only, never in the folder given by ``$VERHAAL_CACHE_MAP`` (it may hold
        other things that backups must not skip)."""
        wortel = self.map.parent
        wortel.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.map.mkdir(exist_ok=True, mode=0o700)
        tag = self.map / "CACHEDIR.TAG"
        if not tag.exists():
            _schrijf(
                tag,
                b"Signature: 8a477f597d28d172789f06886806bc55\n"
                b"# Cache van verhaal (bevindingen per verhaal); mag weg.\n",
            )

    def _ruim_op(self) -> None:
        """Remove fingerprint files unused for :data:`OUD_NA_S`, and temporary files left by
        a run that was killed while writing (older than an hour: never a running write)."""
        nu = time.time()
        for patroon, leeftijd in (("*.cache", OUD_NA_S), (".*.tmp", 3600)):
            for pad in self.map.glob(patroon):
                with contextlib.suppress(OSError):
                    if pad.stat().st_mtime < nu - leeftijd:
                        pad.unlink()


def lees_begrensd(pad: Path, grens: int) -> bytes | None:
    """The bytes of ``pad`` when it is a regular file of at most ``grens`` bytes, else None.

    Not through a symbolic link (``O_NOFOLLOW``), and non-blocking: a pipe put in the
    place of a cache file would otherwise wait for a writer forever. The type is checked
    on the open file (``fstat``), so swapping the file after a check does not help, and
    never more than ``grens + 1`` bytes are read (a link to ``/dev/zero`` is no regular
    file anyway)."""
    vlaggen = (
        os.O_RDONLY
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_CLOEXEC", 0)
        | getattr(os, "O_BINARY", 0)
    )
    try:
        fd = os.open(pad, vlaggen)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > grens:
            return None
        delen: list[bytes] = []
        gelezen = 0
        while gelezen <= grens:
            deel = os.read(fd, min(1 << 20, grens + 1 - gelezen))
            if not deel:
                break
            delen.append(deel)
            gelezen += len(deel)
        if gelezen > grens:
            return None
        return b"".join(delen)
    except OSError:
        return None
    finally:
        os.close(fd)


def _schrijf(pad: Path, data: bytes) -> None:
    from verhaal.opslag import schrijf_bytes_atomisch

    schrijf_bytes_atomisch(pad, data, modus=0o600)
