"""Checking a batch: per file read, parse, configure, check, suppress; in order, maybe parallel.

A small batch runs in this process: starting worker processes costs more than it saves.
A large batch (``PARALLEL_VANAF`` files or more) runs over a pool of processes that hands
results back in command-line order (``imap``), so the output is identical whatever the
parallelism. The first file is checked here before the pool starts: that loads the rule
tables once, and forked workers share them.

Memory stays flat: each worker returns only what the report needs (positions, messages,
the line of each finding for text output), never the story text, and the caller writes
every result out before asking for the next.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from verhaal.checker import CheckConfig, check_document, lees_document
from verhaal.checker.bevinding import Bevinding
from verhaal.checker.config import RegelInstelling
from verhaal.errors import VerhaalFout
from verhaal.linter.invoer import Bron, LeesFout, lees
from verhaal.linter.onderdrukking import Opmerking, pas_toe

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from verhaal.checker.document import Document

PARALLEL_VANAF = 48
"""Batches of at least this many files use worker processes (measured: see benchmarks/)."""


@dataclass(frozen=True)
class Opdracht:
    """Everything a worker needs besides the file: picklable and small.

    ``basis`` is the configuration of a story without a werkvorm (user settings plus
    command-line overrides). For a story whose front matter names a werkvorm, the
    werkvorm's own rules come first, then the user's rules, then ``per_werkvorm``, then
    ``opdracht_regels`` (the command line always wins).
    """

    basis: CheckConfig = field(default_factory=CheckConfig)
    gebruiker: CheckConfig = field(default_factory=CheckConfig)
    per_werkvorm: Mapping[str, Mapping[str, RegelInstelling]] = field(default_factory=dict)
    opdracht_regels: Mapping[str, RegelInstelling] = field(default_factory=dict)
    werkvorm_mappen: tuple[Path, ...] | None = None
    strikt: bool = False
    met_regeltekst: bool = False
    """Return the line of each finding (the text format shows it)."""


@dataclass(frozen=True, slots=True)
class Gevonden:
    """A finding with its 1-based position (columns in code points, end exclusive)."""

    bevinding: Bevinding
    regel: int
    kolom: int
    eind_regel: int
    eind_kolom: int
    regeltekst: str | None = None


@dataclass(frozen=True, slots=True)
class Notitie:
    """A linter note (see :class:`Opmerking`) with its position."""

    soort: str
    regel: int
    kolom: int
    eind_regel: int
    eind_kolom: int
    bericht: str


@dataclass(frozen=True, slots=True)
class Uitslag:
    """The outcome for one file: an error, or findings and notes."""

    pad: str
    fout: str | None = None
    gevonden: tuple[Gevonden, ...] = ()
    notities: tuple[Notitie, ...] = ()


_opdracht = Opdracht()
_configs: dict[str, tuple[CheckConfig, str | None]] = {}


def _zet_opdracht(opdracht: Opdracht) -> None:
    """Install the job in this process."""
    global _opdracht
    _opdracht = opdracht
    _configs.clear()


def _start_werker(opdracht: Opdracht) -> None:
    """Pool initializer: the job, and Ctrl-C left to the parent (which ends the pool)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _zet_opdracht(opdracht)


def controleer_bron(bron: Bron) -> Uitslag:
    """Check one source with the installed job; never raises for a bad file."""
    try:
        tekst = lees(bron)
    except LeesFout as fout:
        return Uitslag(bron.pad, str(fout))
    try:
        doc = lees_document(tekst, bron.soort)
        config, werkvorm_notitie = _config_voor(doc)
        bevindingen = check_document(doc, config)
        opmerkingen: list[Opmerking] = []
        if bron.soort == "md":
            bevindingen, opmerkingen = pas_toe(doc, bevindingen, _opdracht.strikt)
        if werkvorm_notitie is not None:
            span = doc.frontmatter["werkvorm"]
            opmerkingen.insert(0, Opmerking("werkvorm-onbekend", *span, werkvorm_notitie))
    except VerhaalFout as fout:
        return Uitslag(bron.pad, fout.bericht)
    except Exception as fout:  # a bug in one rule must not stop a team's whole batch
        return Uitslag(
            bron.pad,
            f"Interne fout bij het controleren ({type(fout).__name__}: {fout}). "
            "Dit is een fout in verhaal, niet in het verhaal; meld het alstublieft.",
        )
    return _uitslag(bron.pad, tekst, bevindingen, opmerkingen, _opdracht.met_regeltekst)


def _config_voor(doc: Document) -> tuple[CheckConfig, str | None]:
    """The configuration for ``doc``: per werkvorm when its front matter names one."""
    span = doc.frontmatter.get("werkvorm")
    if span is None:
        return _opdracht.basis, None
    werkvorm_id = doc.tekst[span[0] : span[1]].strip()
    if werkvorm_id not in _configs:
        _configs[werkvorm_id] = _bouw_werkvorm_config(werkvorm_id)
    return _configs[werkvorm_id]


def _bouw_werkvorm_config(werkvorm_id: str) -> tuple[CheckConfig, str | None]:
    from verhaal.linter.werkvormregels import werkvorm_regels

    eigen, notitie = werkvorm_regels(werkvorm_id, _opdracht.werkvorm_mappen)
    config = CheckConfig(regels=dict(eigen)).samengevoegd(_opdracht.gebruiker)
    config = config.samengevoegd(
        CheckConfig(regels=dict(_opdracht.per_werkvorm.get(werkvorm_id, {})))
    )
    config = config.samengevoegd(CheckConfig(regels=dict(_opdracht.opdracht_regels)))
    return config, notitie


def _uitslag(
    pad: str,
    tekst: str,
    bevindingen: Sequence[Bevinding],
    opmerkingen: Sequence[Opmerking],
    met_regeltekst: bool,
) -> Uitslag:
    if not bevindingen and not opmerkingen:
        return Uitslag(pad)
    begins = [0]
    i = tekst.find("\n")
    while i != -1:
        begins.append(i + 1)
        i = tekst.find("\n", i + 1)

    def plek(offset: int) -> tuple[int, int]:
        index = bisect_right(begins, offset) - 1
        return index + 1, offset - begins[index] + 1

    def regeltekst(regel: int) -> str:
        begin = begins[regel - 1]
        eind = begins[regel] - 1 if regel < len(begins) else len(tekst)
        return tekst[begin:eind].rstrip("\r")

    gevonden = []
    for b in bevindingen:
        regel, kolom = plek(b.start)
        eind_regel, eind_kolom = plek(b.eind)
        gevonden.append(
            Gevonden(
                b,
                regel,
                kolom,
                eind_regel,
                eind_kolom,
                regeltekst(regel) if met_regeltekst else None,
            )
        )
    notities = [Notitie(o.soort, *plek(o.start), *plek(o.eind), o.bericht) for o in opmerkingen]
    return Uitslag(pad, None, tuple(gevonden), tuple(notities))


def aantal_processen() -> int:
    """CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


class Uitvoering:
    """Check ``bronnen`` in order; use as a context manager, then iterate.

    ``processen``: None decides by batch size; 1 forces this process; more forces a
    pool of that many workers (tests use it to compare both paths).
    """

    def __init__(
        self, bronnen: Sequence[Bron], opdracht: Opdracht, processen: int | None = None
    ) -> None:
        self.bronnen = bronnen
        self.opdracht = opdracht
        if processen is None:
            processen = aantal_processen() if len(bronnen) >= PARALLEL_VANAF else 1
        self.processen = max(1, min(processen, len(bronnen) - 1))
        self._pool: Pool | None = None
        self._eerste: Uitslag | None = None

    def __enter__(self) -> Uitvoering:
        _zet_opdracht(self.opdracht)
        if self.processen > 1:
            # Warm the caches here first; then fork, so every worker inherits them.
            self._eerste = controleer_bron(self.bronnen[0])
            import multiprocessing  # 3-4 ms of import: only for parallel runs

            methoden = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methoden else None)
            self._pool = context.Pool(
                self.processen, initializer=_start_werker, initargs=(self.opdracht,)
            )
        return self

    def __iter__(self) -> Iterator[Uitslag]:
        if self._pool is None:
            for bron in self.bronnen:
                yield controleer_bron(bron)
            return
        assert self._eerste is not None
        yield self._eerste
        rest = self.bronnen[1:]
        stuk = max(1, min(32, len(rest) // (self.processen * 8)))
        yield from self._pool.imap(controleer_bron, rest, chunksize=stuk)

    def __exit__(
        self,
        soort: type[BaseException] | None,
        fout: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            if soort is None:
                self._pool.close()
            else:
                self._pool.terminate()
            self._pool.join()
            self._pool = None
