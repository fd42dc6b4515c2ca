"""Checking a batch: per file read, parse, configure, check, suppress; in order, maybe parallel.

A batch starts in this process; once the files checked so far show that the rest will take
longer than ``POOL_LOONT_VANAF_S``, the rest moves to a pool of processes that hands results
back in command-line order, so the output is identical whatever the parallelism.
Deciding on measured time rather than on a file count keeps small or fast batches free of
the pool's start-up cost however heavy the rules become. The files checked here first have
loaded the rule tables, and the forked workers inherit them.

Memory stays flat: each worker returns only what the report needs (positions, messages,
for text output the part of each finding's line that is shown), never the story text,
and the caller writes every result out before asking for the next. Nothing is copied per
finding beyond that bounded part, so a report costs time and memory linear in the story,
however long its lines.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import TYPE_CHECKING

from verhaal.checker import CheckConfig, check_document, lees_document
from verhaal.checker.bevinding import Bevinding, Ernst
from verhaal.checker.config import RegelInstelling
from verhaal.checker.document import BestandsSoort
from verhaal.errors import VerhaalFout
from verhaal.instellingen import Instellingen
from verhaal.linter.cache import Cache, Item, naar_item, uit_item
from verhaal.linter.cache import sleutel as cache_sleutel
from verhaal.linter.invoer import Bron, LeesFout, lees
from verhaal.linter.onderdrukking import Opmerking, pas_toe
from verhaal.snelpickle import pickle_als_argumenten
from verhaal.verhaaltekst import voorkant_fout

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from verhaal.checker.document import Document

POOL_LOONT_VANAF_S = 0.4
"""Estimated remaining single-process time from which a pool of workers takes over.

Measured here: a pool costs ~30 ms to start with light rules and ~100 ms of CPU once the
rule tables are loaded (forking a bigger process, copy-on-write), plus ~0.1 ms per file;
on two CPUs it saves about half of the remaining time. Break-even is thus ~0.2 s; 0.4 s
leaves a margin for a busy machine (see benchmarks/README.md)."""

MINSTE_REST = 8
"""Never start a pool for fewer remaining files than this."""

GC_DREMPEL = 20_000
"""New objects between two collections of the youngest generation while a batch runs
(Python's default is 700, forked workers inherit the setting): checking makes many
short-lived objects and hardly any reference cycles, so the default collects ~1 % of the
run's work for nothing, and memory stays flat either way."""


@dataclass(frozen=True)
class Opdracht:
    """Everything a worker needs besides the file: picklable and small.

    ``basis`` is the configuration of a story without a werkvorm (user settings plus
    command-line overrides). For a story whose front matter names a werkvorm,
    :func:`~verhaal.linter.werkvormregels.verhaal_config` layers the werkvorm's own rules,
    the user's rules, ``per_werkvorm`` and ``opdracht_regels`` (the command line wins).
    """

    basis: CheckConfig = field(default_factory=CheckConfig)
    instellingen: Instellingen = field(default_factory=Instellingen)
    namen: tuple[str, ...] = ()
    opdracht_regels: Mapping[str, RegelInstelling] = field(default_factory=dict)
    strikt: bool = False
    met_regeltekst: bool = False
    """Return the line of each finding (the text format shows it)."""
    json_tekst: bool = False
    """Workers hand back each file's object of the JSON report as text
    (:attr:`Uitslag.json_tekst`): the process that writes the report then neither rebuilds
    their findings nor encodes them, and the work is shared more evenly."""


VENSTER = 50
"""Code points of context shown on each side of a span in a long line."""
KORTE_REGEL = 2 * VENSTER + 20
"""A line up to this length is shown whole; a longer one only around the span."""
MAX_SPAN_GETOOND = 400
"""Most code points of a span shown in a long line (the rest is cut with "…")."""


def venster(lengte: int, begin: int, eind: int) -> tuple[int, int]:
    """The part ``[van, tot)`` of a line of ``lengte`` code points that the text report
    shows for a span ``[begin, eind)`` of it: the whole of a short line, else the span
    (cut at :data:`MAX_SPAN_GETOOND`) with :data:`VENSTER` code points on either side.
    Only this part is ever copied out of the story, so a report costs the same however
    long its lines are."""
    if lengte <= KORTE_REGEL:
        return 0, lengte
    van = max(0, begin - VENSTER)
    tot = min(lengte, max(eind, begin + 1) + VENSTER, begin + MAX_SPAN_GETOOND + VENSTER)
    return van, tot


@pickle_als_argumenten
@dataclass(frozen=True, slots=True)
class Gevonden:
    """A finding with its 1-based position (columns in code points, end exclusive).

    ``regeltekst`` is what the text report shows of the finding's line: the part
    ``[regeltekst_van, regeltekst_van + len(regeltekst))`` of it (see :func:`venster`;
    the whole line when it is short), and ``regel_lengte`` the length of the whole line
    (None: ``regeltekst`` is the whole line)."""

    bevinding: Bevinding
    regel: int
    kolom: int
    eind_regel: int
    eind_kolom: int
    regeltekst: str | None = None
    regeltekst_van: int = 0
    regel_lengte: int | None = None


@pickle_als_argumenten
@dataclass(frozen=True, slots=True)
class Notitie:
    """A linter note (see :class:`Opmerking`) with its position."""

    soort: str
    regel: int
    kolom: int
    eind_regel: int
    eind_kolom: int
    bericht: str


@pickle_als_argumenten
@dataclass(frozen=True, slots=True)
class Uitslag:
    """The outcome for one file: an error, or findings and notes."""

    pad: str
    fout: str | None = None
    gevonden: tuple[Gevonden, ...] = ()
    notities: tuple[Notitie, ...] = ()
    cache: tuple[bytes, Item | None] | None = None
    """With a cache: the story's key, and its new entry when it was checked (not found).
    None for a story that is not stored (see :func:`~verhaal.linter.cache.naar_item`)."""
    json_tekst: str | None = None
    """From a worker with :attr:`Opdracht.json_tekst`: the file's object of the JSON report
    (:func:`~verhaal.linter.rapport.bestand_json`); ``gevonden`` is then empty and
    ``regels`` holds the rule and severity of each finding."""
    regels: tuple[tuple[str, Ernst], ...] = ()


_opdracht = Opdracht()
_configs: dict[str, tuple[CheckConfig, str | None]] = {}
_cache: Cache | None = None
_met_cache = False


def _zet_opdracht(opdracht: Opdracht, cache: Cache | None = None, met_cache: bool = False) -> None:
    """Install the job in this process (and the cache to look in, or only the wish to
    return new entries: a worker that was not forked has no copy of the cache)."""
    global _opdracht, _cache, _met_cache
    _opdracht = opdracht
    _cache = cache
    _met_cache = met_cache or cache is not None
    _configs.clear()


def _start_werker(opdracht: Opdracht, met_cache: bool) -> None:
    """Pool initializer: the job, and Ctrl-C left to the parent (which ends the pool).
    A forked worker keeps the parent's cache (copy-on-write); a spawned one has none."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _zet_opdracht(opdracht, _cache, met_cache)


def controleer_bron(bron: Bron) -> Uitslag:
    """Check one source with the installed job; never raises for a bad file."""
    try:
        tekst = lees(bron, _opdracht.instellingen.max_bytes)
    except LeesFout as fout:
        return Uitslag(bron.pad, str(fout))
    sleutel = cache_sleutel(tekst, bron.soort) if _met_cache else b""
    if _cache is not None:
        item = _cache.zoek(sleutel)
        bewaard = uit_item(item, tekst) if item is not None else None
        if bewaard is not None:
            uitslag = _uitslag(bron.pad, tekst, *bewaard, _opdracht.met_regeltekst)
            return replace(uitslag, cache=(sleutel, None))
    uitkomst = _bevindingen(tekst, bron.soort)
    if isinstance(uitkomst, str):
        return Uitslag(bron.pad, uitkomst)
    uitslag = _uitslag(bron.pad, tekst, *uitkomst, _opdracht.met_regeltekst)
    item = naar_item(tekst, *uitkomst) if _met_cache else None
    if item is not None:
        uitslag = replace(uitslag, cache=(sleutel, item))
    return uitslag


def _controleer_in_pool(bron: Bron) -> Uitslag:
    """:func:`controleer_bron` in a worker: with :attr:`Opdracht.json_tekst` the findings
    travel as the file's JSON text (a string is pickled and unpickled at once, a finding
    is two objects rebuilt through their constructors)."""
    uitslag = controleer_bron(bron)
    if not _opdracht.json_tekst or uitslag.fout is not None:
        return uitslag
    from verhaal.linter.rapport import bestand_json

    return replace(
        uitslag,
        gevonden=(),
        json_tekst=bestand_json(uitslag),
        regels=tuple((g.bevinding.regel, g.bevinding.ernst) for g in uitslag.gevonden),
    )


def _bevindingen(tekst: str, soort: BestandsSoort) -> tuple[list[Bevinding], list[Opmerking]] | str:
    """The findings and linter notes of one story, or a Dutch message why it failed."""
    try:
        doc = lees_document(tekst, soort)
        config, werkvorm_notitie = _config_voor(doc)
        bevindingen = check_document(doc, config)
        opmerkingen: list[Opmerking] = []
        if soort == "md":
            bevindingen, opmerkingen = pas_toe(doc, bevindingen, _opdracht.strikt)
        if werkvorm_notitie is not None:
            span = doc.frontmatter["werkvorm"]
            opmerkingen.insert(0, Opmerking("werkvorm-onbekend", *span, werkvorm_notitie))
        # Broken YAML front matter: the story is still checked (losing a whole story's
        # findings over a colon in its title helps nobody), with a note that names the line.
        fout = voorkant_fout(tekst) if soort == "md" else None
        if fout is not None:
            opmerkingen.insert(0, Opmerking("voorkant-ongeldig", 0, tekst.find("\n"), fout))
    except VerhaalFout as fout:
        return fout.bericht
    except Exception as fout:  # a bug in one rule must not stop a team's whole batch
        return (
            f"Interne fout bij het controleren ({type(fout).__name__}: {fout}). "
            "Dit is een fout in verhaal, niet in het verhaal; meld het alstublieft."
        )
    return bevindingen, opmerkingen


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
    from verhaal.linter.werkvormregels import verhaal_config

    o = _opdracht
    return verhaal_config(
        o.instellingen, werkvorm_id, namen=o.namen, opdracht_regels=o.opdracht_regels
    )


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

    regelgrenzen: dict[int, tuple[int, int]] = {}

    def grenzen(regel: int) -> tuple[int, int]:
        """Start and end offset of a line, without its line break (once per line)."""
        if regel not in regelgrenzen:
            begin = begins[regel - 1]
            eind = begins[regel] - 1 if regel < len(begins) else len(tekst)
            while eind > begin and tekst[eind - 1] == "\r":
                eind -= 1
            regelgrenzen[regel] = (begin, eind)
        return regelgrenzen[regel]

    gevonden = []
    for b in bevindingen:
        regel, kolom = plek(b.start)
        eind_regel, eind_kolom = plek(b.eind)
        if not met_regeltekst:
            gevonden.append(Gevonden(b, regel, kolom, eind_regel, eind_kolom))
            continue
        begin, eind = grenzen(regel)
        lengte = eind - begin
        span_eind = eind_kolom - 1 if eind_regel == regel else lengte
        van, tot = venster(lengte, kolom - 1, span_eind)
        gevonden.append(
            Gevonden(
                b,
                regel,
                kolom,
                eind_regel,
                eind_kolom,
                tekst[begin + van : begin + tot],
                van,
                lengte,
            )
        )
    notities = [Notitie(o.soort, *plek(o.start), *plek(o.eind), o.bericht) for o in opmerkingen]
    return Uitslag(pad, None, tuple(gevonden), tuple(notities))


def blokgrootte(aantal: int, processen: int) -> int:
    """Files per block of :meth:`Uitvoering._parallel` when ``aantal`` files are left for
    ``processen`` processes: at most 32 (a pool's cost per block is then negligible), and
    small enough that every process gets four blocks or more of what is left. Blocks thus
    shrink towards the end of a run, so that no process is left with a long last block
    while the others have nothing to do."""
    return max(1, min(32, aantal // (processen * 4)))


def blokken(bronnen: Sequence[Bron], processen: int) -> list[Sequence[Bron]]:
    """``bronnen`` in consecutive blocks of :func:`blokgrootte` of what is left."""
    uit = []
    begin = 0
    while begin < len(bronnen):
        stuk = blokgrootte(len(bronnen) - begin, processen)
        uit.append(bronnen[begin : begin + stuk])
        begin += stuk
    return uit


POOL_WISSEL_S = 0.0005
"""The interpreter's switch interval while a pool runs (Python's default is 5 ms). Measured
on 1,000 generated stories (two CPUs, busy machine): a worker stood idle between its blocks
for 0.40 s in all with the default and 0.17 s with this, waiting for this process's threads
to read its results and hand it the next block."""

MAX_VOORUIT = 16
"""Blocks this process checks ahead of the one whose turn it is (their results wait here
to be written in order): bounds memory when the pool falls behind."""


def _controleer_blok(bronnen: Sequence[Bron]) -> list[Uitslag]:
    """A block of :meth:`Uitvoering._parallel` in a worker."""
    return [_controleer_in_pool(bron) for bron in bronnen]


def aantal_processen() -> int:
    """CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


class Uitvoering:
    """Check ``bronnen`` in order; use as a context manager, then iterate.

    ``processen``: None decides while running (see :meth:`_automatisch`); 1 forces this
    process; more forces a pool of that many workers from the second file on (tests use
    it to compare both paths).
    """

    def __init__(
        self,
        bronnen: Sequence[Bron],
        opdracht: Opdracht,
        processen: int | None = None,
        cache: Cache | None = None,
    ) -> None:
        self.bronnen = bronnen
        self.opdracht = opdracht
        self.processen = processen
        self.cache = cache
        self._pool: ProcessPoolExecutor | None = None
        self._gc = gc.get_threshold()
        self._wissel = sys.getswitchinterval()

    def __enter__(self) -> Uitvoering:
        self._gc = gc.get_threshold()
        self._wissel = sys.getswitchinterval()
        gc.set_threshold(GC_DREMPEL, *self._gc[1:])
        _zet_opdracht(self.opdracht, self.cache)
        return self

    def __iter__(self) -> Iterator[Uitslag]:
        cache = self.cache
        for uitslag in self._uitslagen():
            if cache is not None and uitslag.cache is not None:
                cache.gebruik(*uitslag.cache)
            yield uitslag

    def _uitslagen(self) -> Iterator[Uitslag]:
        if self.processen is None:
            yield from self._automatisch()
            return
        if self.processen <= 1 or len(self.bronnen) < 3:
            for bron in self.bronnen:
                yield controleer_bron(bron)
            return
        # The first file warms the rule tables here; forked workers inherit them.
        yield controleer_bron(self.bronnen[0])
        yield from self._parallel(self.bronnen[1:], self.processen)

    def _automatisch(self) -> Iterator[Uitslag]:
        """Start in this process; move the rest to a pool once it clearly pays.

        After each file the remaining time is estimated from the checking time of the files
        so far (not the first: it loads the rule tables; not the cache hits: those cost about
        what a pool adds per file). When that estimate exceeds ``POOL_LOONT_VANAF_S`` and
        enough files remain, the rest goes to a pool. A pool costs up to ~100 ms to start
        plus ~0.1 ms per file (measured, see benchmarks/README.md), so small batches, fast
        rules and a warm cache never pay for it, whatever the speed of the rules.
        """
        n = len(self.bronnen)
        cpus = aantal_processen()
        werk = 0.0
        for index, bron in enumerate(self.bronnen):
            begin = time.perf_counter()
            uitslag = controleer_bron(bron)
            if index and (uitslag.cache is None or uitslag.cache[1] is not None):
                werk += time.perf_counter() - begin
            yield uitslag
            rest = n - index - 1
            if index == 0 or cpus < 2 or rest < MINSTE_REST:
                continue
            if werk / index * rest >= POOL_LOONT_VANAF_S:
                yield from self._parallel(self.bronnen[index + 1 :], cpus)
                return

    def _parallel(self, bronnen: Sequence[Bron], processen: int) -> Iterator[Uitslag]:
        """Check ``bronnen`` with ``processen`` processes: this one and ``processen - 1``
        workers, sharing the work as they go. The files go in blocks (:func:`blokken`); the
        pool always has two blocks per worker queued, and whenever the block whose turn it
        is to be written is still in the pool, this process checks the next block not yet
        given out itself (its results wait here until their turn). So every process works
        until the last block, whatever else this one does (start-up, unpickling, writing
        the report) and however busy the machine: a fixed share per process left one of
        them waiting for the other at the end of a run.

        ``ProcessPoolExecutor`` rather than ``multiprocessing.Pool``: a worker that dies
        (killed, out of memory) raises ``BrokenProcessPool`` instead of leaving the run
        waiting forever for its result.
        """
        import multiprocessing  # 3-4 ms of import: only for parallel runs
        from concurrent.futures import Future, ProcessPoolExecutor

        methoden = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methoden else None)
        werkers = max(1, processen - 1)
        delen = blokken(bronnen, max(2, processen))
        # The pool's threads here (handing blocks out, reading results) wait for the GIL
        # while this process checks; a shorter switch interval lets them in sooner, so a
        # worker does not sit waiting for its result to be read (see POOL_WISSEL_S).
        sys.setswitchinterval(POOL_WISSEL_S)
        pool = self._pool = ProcessPoolExecutor(
            werkers,
            mp_context=context,
            initializer=_start_werker,
            initargs=(self.opdracht, self.cache is not None),
        )
        in_pool: dict[int, Future[list[Uitslag]]] = {}
        hier: dict[int, list[Uitslag]] = {}  # blocks checked here, waiting for their turn
        volgende = 0  # the first block not yet given out

        def geef_uit() -> None:
            # Two blocks per worker not yet done (done ones wait here for their turn).
            nonlocal volgende
            bezig = sum(not t.done() for t in in_pool.values())
            while bezig < 2 * werkers and volgende < len(delen):
                in_pool[volgende] = pool.submit(_controleer_blok, delen[volgende])
                volgende += 1
                bezig += 1

        geef_uit()
        for beurt in range(len(delen)):
            while beurt not in hier:
                toekomst = in_pool.get(beurt)  # (None: not given out yet, so it is next)
                if toekomst is not None and (
                    toekomst.done() or volgende == len(delen) or len(hier) >= MAX_VOORUIT
                ):
                    hier[beurt] = toekomst.result()
                    del in_pool[beurt]
                    geef_uit()
                else:  # the pool is still busy with this block: check the next one here
                    eigen = volgende
                    volgende += 1
                    uitslagen = []
                    for bron in delen[eigen]:
                        uitslagen.append(controleer_bron(bron))
                        geef_uit()  # (keep the workers supplied meanwhile)
                    hier[eigen] = uitslagen
            yield from hier.pop(beurt)

    def __exit__(
        self,
        soort: type[BaseException] | None,
        fout: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        gc.set_threshold(*self._gc)
        sys.setswitchinterval(self._wissel)
        if self.cache is not None and soort is None:
            self.cache.bewaar()
        if self._pool is not None:
            # On an error or Ctrl-C, drop the files not yet started instead of checking them.
            self._pool.shutdown(wait=True, cancel_futures=soort is not None)
            self._pool = None
