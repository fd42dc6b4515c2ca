"""The features of both tense models, declared once; training and checking derive from it.

A model's features are declared as named *values* and *groups*:

- the values are what the model knows about a position of a sentence: the word, its
  shape, the tag two to the left, the clause position of a candidate. One function per
  model computes them, a column per value (:attr:`Verklaring.kolommen`); a group reads a
  value at an offset (``w@-1``: the previous word);
- a group (:class:`Groep`) names the values it reads and has one function that turns them
  (plus, for the tagger, the tags it has just chosen: *dynamic* values such as ``t1``)
  into feature strings.

Both paths come from that one declaration (:class:`Verklaring`):

- the reference path, for training and tests: the feature strings of every position
  (:meth:`Verklaring.kenmerken`, :meth:`Verklaring.dynamische_kenmerken`);
- the fast path, for the checker (:class:`Sommen`): groups that read the same values are
  cached together, one entry per combination of values with the packed weight sum of each
  group (and, for dynamic groups, a row of sums per combination of the dynamic values,
  filled when first needed), so a word costs one dict look-up per kind of key and strings
  are only built and hashed on a miss. The sum of a word's groups is one expression
  generated from the declaration (:meth:`Verklaring.som_code`). Packed sums are plain
  integers, so adding them group by group gives exactly the sum of all the strings.

A new feature is one edit: a string in a group's function, or a new group (with a new value
if it needs a new kind of context).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Kolommen = Sequence[Sequence[Any]]
"""One column per value (in the order of :attr:`Verklaring.namen`), one item per position."""


@dataclass(frozen=True, slots=True)
class Groep:
    """Features that depend on the same few values (see the module docstring)."""

    naam: str
    invoer: tuple[str, ...]
    """The values (see :attr:`Verklaring.namen`) that go into :attr:`kenmerken`, in this
    order; ``naam@k`` is the value ``k`` positions further (``w@-1``: the previous word;
    past the ends every value is ``<s>`` or ``</s>``)."""
    kenmerken: Callable[..., Sequence[str]]
    """The feature strings for the values of :attr:`invoer`, then those of
    :attr:`dynamisch`."""
    dynamisch: tuple[str, ...] = ()
    """Names of dynamic values (chosen while tagging, e.g. the previous tag), passed after
    the other values."""
    plaatsen: tuple[tuple[str, int], ...] = field(init=False)
    """:attr:`invoer` as (name, offset)."""

    def __post_init__(self) -> None:
        plaatsen = []
        for k in self.invoer:
            naam, _, plek = k.partition("@")
            plaatsen.append((naam, int(plek or 0)))
        object.__setattr__(self, "plaatsen", tuple(plaatsen))


Vorm = tuple[tuple[int, tuple[str, ...]], ...]
"""What a cache key holds: per offset (the lowest 0) the names of the values read there."""


@dataclass(frozen=True, slots=True)
class Soort:
    """Dynamic groups with the same dynamic values that read the same values: one row of
    sums per combination of the dynamic values, kept in the entry of their key (see
    :class:`Sleutel`)."""

    dynamisch: tuple[str, ...]
    stappen: Mapping[str, int]
    """Per dynamic value, the step of its index in a row."""
    grootte: int
    """Length of a row: the number of combinations of the dynamic values."""
    leden: tuple[tuple[Groep, tuple[tuple[int, int], ...]], ...]
    """Every group, with where its inputs are (offset from the row's base, value number)."""


@dataclass(slots=True)
class Sleutel:
    """A kind of cache key (a :data:`Vorm`) and what is cached under it: an entry per
    combination of values, a list with the sum of each static group that reads these
    values, then a row for each soort of dynamic groups that does."""

    vorm: Vorm
    statisch: list[tuple[Groep, int, tuple[tuple[int, int], ...]]] = field(default_factory=list)
    """Per static group: the group, its base (lowest offset) and where its inputs are
    (offset from its base, value number)."""
    soorten: list[tuple[int, int]] = field(default_factory=list)
    """Per soort kept here: its number and its base."""
    kolomnummers: tuple[tuple[int, tuple[int, ...]], ...] = ()
    """:attr:`vorm` with the values as numbers (their columns, see :func:`_sleutels`)."""


def _vorm(plaatsen: Sequence[tuple[str, int]], afgeleid: Mapping[str, str]) -> tuple[Vorm, int]:
    """The key a group (or soort) needs for the values it reads, and its base: derived
    values are left out where their source is read at the same offset."""
    laagste = min(o for _, o in plaatsen)
    per: dict[int, set[str]] = {}
    for k, o in plaatsen:
        per.setdefault(o - laagste, set()).add(k)
    for ks in per.values():
        ks -= {k for k in set(ks) if afgeleid.get(k) in ks}
    return tuple(sorted((o, tuple(sorted(ks))) for o, ks in per.items())), laagste


class Verklaring:
    """The values and groups of one model, and the reference path that turns them into
    strings.

    ``kolommen`` gives, for a sentence context, a column per value of ``namen``, an item
    per position of interest; groups name the values they read. ``afgeleid`` names values
    that follow from another value of the same position (the lexicon flags of a word follow
    from the word): a cache key that holds the source leaves them out.
    """

    def __init__(
        self,
        namen: Sequence[str],
        kolommen: Callable[[Any], Kolommen],
        groepen: Sequence[Groep],
        dynamisch: Mapping[str, Sequence[str]] | None = None,
        afgeleid: Mapping[str, str] | None = None,
    ) -> None:
        """``dynamisch`` gives, per dynamic value, the names it ranges over (the fast path
        is given its index in that sequence)."""
        self.namen = tuple(namen)
        self.kolommen = kolommen
        self.groepen = tuple(groepen)
        self.bereik = dict(dynamisch or {})
        self.afgeleid = dict(afgeleid or {})
        if len(set(self.namen)) != len(self.namen):
            raise ValueError("dubbele waardenaam")
        groepnamen = [g.naam for g in self.groepen]
        if len(set(groepnamen)) != len(groepnamen):
            raise ValueError("dubbele groepnaam")
        for g in self.groepen:
            if not g.invoer:
                raise ValueError(f"groep {g.naam}: leest geen enkele waarde")
            for k, _ in g.plaatsen:
                if k not in self.namen:
                    raise ValueError(f"groep {g.naam}: onbekende waarde {k}")
            for d in g.dynamisch:
                if d not in self.bereik:
                    raise ValueError(f"groep {g.naam}: onbekende dynamische waarde {d}")
        self.rand = max((abs(o) for g in self.groepen for _, o in g.plaatsen), default=0)
        """Positions past either end that an offset can reach."""
        self.statisch = tuple(g for g in self.groepen if not g.dynamisch)
        sleutels: dict[Vorm, Sleutel] = {}
        for g in self.statisch:
            vorm, laagste = _vorm(g.plaatsen, self.afgeleid)
            plaatsen = tuple((o - laagste, self.namen.index(k)) for k, o in g.plaatsen)
            sleutels.setdefault(vorm, Sleutel(vorm)).statisch.append((g, laagste, plaatsen))
        # Dynamic groups that read the same values at the same offsets share a soort; a
        # soort's rows live in the entry of its key, so a word's rows are filled once per
        # word (or pair), not once per combination of neighbours.
        per_soort: dict[tuple[tuple[str, ...], Vorm, int], list[Groep]] = {}
        for g in self.groepen:
            if g.dynamisch:
                vorm, laagste = _vorm(g.plaatsen, self.afgeleid)
                per_soort.setdefault((g.dynamisch, vorm, laagste), []).append(g)
        soorten = []
        for nummer, ((waarden, vorm, laagste), leden) in enumerate(per_soort.items()):
            stappen: dict[str, int] = {}
            grootte = 1
            for d in reversed(waarden):
                stappen[d] = grootte
                grootte *= len(self.bereik[d])
            lid_plaatsen = tuple(
                (g, tuple((o - laagste, self.namen.index(k)) for k, o in g.plaatsen)) for g in leden
            )
            soorten.append(Soort(waarden, stappen, grootte, lid_plaatsen))
            sleutels.setdefault(vorm, Sleutel(vorm)).soorten.append((nummer, laagste))
        self.soorten = tuple(soorten)
        for sleutel in sleutels.values():
            sleutel.kolomnummers = tuple(
                (o, tuple(self.namen.index(k) for k in ks)) for o, ks in sleutel.vorm
            )
        self.sleutels = tuple(sleutels.values())
        # A static group whose entry also holds the row of a soort at the same base is
        # added into that row when it is filled (Sommen.vul): the sum of a position's
        # dynamic groups then holds it, and its static sum has a term fewer.
        ingevouwen: set[tuple[int, int]] = set()
        gevouwen: list[tuple[int, ...]] = [() for _ in soorten]
        for s, sleutel in enumerate(self.sleutels):
            for nummer, basis in sleutel.soorten:
                js = tuple(
                    j
                    for j, (_, b, _) in enumerate(sleutel.statisch)
                    if b == basis and (s, j) not in ingevouwen
                )
                ingevouwen.update((s, j) for j in js)
                gevouwen[nummer] = js
        self.gevouwen = tuple(gevouwen)
        """Per soort: the static groups of its entry (their index there) added into its rows."""
        self._ingevouwen = frozenset(ingevouwen)
        self._optellen = self._maak_optellen()

    # -- reference path --------------------------------------------------------------

    def opgevuld(self, kolommen: Kolommen) -> list[list[Any]]:
        """The columns with :attr:`rand` stand-ins on either end (``<s>``, ``</s>``)."""
        samen: list[list[Any]] = [[] for _ in kolommen]
        self.aanvullen(samen, kolommen)
        return samen

    def aanvullen(self, samen: Sequence[list[Any]], kolommen: Kolommen) -> int:
        """Append :meth:`opgevuld` of ``kolommen`` to the columns ``samen`` (several
        sentences one after the other, as :meth:`Sommen.ingangen` takes them); returns where
        the first position of ``kolommen`` is in ``samen``."""
        voor = ["<s>"] * self.rand
        na = ["</s>"] * self.rand
        begin = len(samen[0]) + self.rand if samen else 0
        for kolom, k in zip(samen, kolommen, strict=True):
            kolom += voor
            kolom += k
            kolom += na
        return begin

    def invoer(self, opgevuld: Kolommen, groep: Groep, i: int) -> tuple[Any, ...]:
        """The values group ``groep`` reads at position ``i`` (of :meth:`opgevuld`)."""
        r = self.rand
        return tuple(opgevuld[self.namen.index(k)][r + i + o] for k, o in groep.plaatsen)

    def kenmerken(self, kolommen: Kolommen) -> list[list[str]]:
        """Reference path: the strings of the static groups of every position."""
        opgevuld = self.opgevuld(kolommen)
        n = len(opgevuld[0]) - 2 * self.rand if opgevuld else 0
        return [
            [k for g in self.statisch for k in g.kenmerken(*self.invoer(opgevuld, g, i))]
            for i in range(n)
        ]

    def dynamische_kenmerken(
        self, opgevuld: Kolommen, i: int, dynamisch: Mapping[str, str]
    ) -> list[str]:
        """Reference path: the strings of the dynamic groups of position ``i`` (of the
        columns :meth:`opgevuld`), for the dynamic values ``dynamisch`` (by name)."""
        uit: list[str] = []
        for g in self.groepen:
            if g.dynamisch:
                uit += g.kenmerken(
                    *self.invoer(opgevuld, g, i), *(dynamisch[d] for d in g.dynamisch)
                )
        return uit

    # -- code for the fast path -------------------------------------------------------

    def _plek(self, s: int, p: str, basis: int) -> str:
        teken = "+" if basis > 0 else "-"
        return f"V{s}[{p} {teken} {abs(basis)}]" if basis else f"V{s}[{p}]"

    def som_code(self, p: str, naast_dyn: bool = False) -> str:
        """Python code for the sum of the static groups at position ``p`` (an index into the
        entry lists ``V0``, ``V1``, ... of :attr:`sleutels`, see :meth:`Sommen.ingangen`),
        e.g. ``V0[p][0] + V0[p - 1][1] + V1[p][0]``. With ``naast_dyn`` (code that adds
        :meth:`dyn_code`) without the groups that the rows hold (:attr:`gevouwen`)."""
        termen = [
            f"{self._plek(s, p, basis)}[{j}]"
            for s, sleutel in enumerate(self.sleutels)
            for j, (_, basis, _) in enumerate(sleutel.statisch)
            if not (naast_dyn and (s, j) in self._ingevouwen)
        ]
        return " + ".join(termen) or "0"

    def dyn_code(self, p: str) -> str:
        """Python code for the sum of the dynamic groups at position ``p`` (and of the static
        groups folded into their rows, see :attr:`gevouwen` and :meth:`som_code`): each
        soort's row (in the entry of its key) read at the index of the current dynamic
        values (variables of the same names), filled by ``vul(soort, entry, row number,
        index, base)`` when still empty."""
        termen = []
        for s, sleutel in enumerate(self.sleutels):
            for k, (nummer, basis) in enumerate(sleutel.soorten, len(sleutel.statisch)):
                soort = self.soorten[nummer]
                index = " + ".join(
                    d if soort.stappen[d] == 1 else f"{d} * {soort.stappen[d]}"
                    for d in soort.dynamisch
                )
                ingang = self._plek(s, p, basis)
                plek = f"{p} + {basis}" if basis else p
                termen.append(
                    f"({ingang}[{k}][{index}] or vul({nummer}, {ingang}, {k}, {index}, {plek}))"
                )
        return " + ".join(termen) or "0"

    def _maak_optellen(self) -> Callable[..., list[int]]:
        namen = "".join(f"V{s}, " for s in range(len(self.sleutels)))
        code = f"lambda {namen}begin, eind: [{self.som_code('p')} for p in range(begin, eind)]"
        return eval(code, {"__builtins__": {"range": range}})  # type: ignore[no-any-return]


def _sleutels(vorm: tuple[tuple[int, tuple[int, ...]], ...], kolommen: Kolommen) -> Sequence[Any]:
    """The key of a :data:`Vorm` (given as :attr:`Sleutel.kolomnummers`) at every base
    position of ``kolommen`` (as far as its span allows): per offset the value (one bare,
    more as a tuple), and for more than one offset a tuple of those."""
    lengte = len(kolommen[0]) - vorm[-1][0]
    delen: list[Sequence[Any]] = []
    for o, nummers in vorm:
        if o == 0 and lengte == len(kolommen[0]):
            stukken = [kolommen[i] for i in nummers]  # whole columns: no copies
        else:
            stukken = [kolommen[i][o : o + lengte] for i in nummers]
        delen.append(stukken[0] if len(stukken) == 1 else list(zip(*stukken, strict=True)))
    return delen[0] if len(delen) == 1 else list(zip(*delen, strict=True))


class Sommen:
    """Fast path: packed sums of a :class:`Verklaring`'s groups, cached per kind of key.

    ``som`` turns feature strings into a packed sum (the model's own, so the weights are the
    shipped ones). The caches hold at most about ``maximum`` entries together; when full
    they are all emptied (checked once per :meth:`ingangen`), so memory stays bounded.
    """

    def __init__(
        self, verklaring: Verklaring, som: Callable[[Sequence[str]], int], maximum: int
    ) -> None:
        self.verklaring = verklaring
        self.som = som
        self.maximum = maximum
        self._caches: list[dict[Any, list[Any]]] = [{} for _ in verklaring.sleutels]
        self._kolommen: Kolommen = ()

    def leeg(self) -> None:
        """Forget every cached sum."""
        for cache in self._caches:
            cache.clear()

    def grootte(self) -> int:
        """Entries in all caches together."""
        return sum(map(len, self._caches))

    def ingangen(self, kolommen: Kolommen) -> list[list[list[Any]]]:
        """Per kind of key (``V0``, ``V1``, ... of :meth:`Verklaring.som_code`), per base
        position of ``kolommen`` (the columns with stand-ins, as :meth:`Verklaring.opgevuld`
        gives them, possibly several sentences one after the other), its entry. The columns
        are kept for :meth:`vul`."""
        if self.grootte() > self.maximum:
            self.leeg()
        self._kolommen = kolommen
        v = self.verklaring
        som = self.som
        uit = []
        for sleutel, cache in zip(v.sleutels, self._caches, strict=True):
            sleutels = _sleutels(sleutel.kolomnummers, kolommen)
            ingangen = list(map(cache.get, sleutels))
            if not all(ingangen):  # an entry is a non-empty list, a miss None
                # Only the misses are visited (list.index finds the next one in C).
                j = -1
                zoek = ingangen.index
                try:
                    while True:
                        j = zoek(None, j + 1)
                        k = sleutels[j]
                        x = cache.get(k)
                        if x is None:
                            x = cache[k] = [
                                som(g.kenmerken(*[kolommen[i][j + o] for o, i in plaatsen]))
                                for g, _, plaatsen in sleutel.statisch
                            ] + [[None] * v.soorten[s].grootte for s, _ in sleutel.soorten]
                        ingangen[j] = x
                except ValueError:
                    pass  # no miss left
            uit.append(ingangen)
        return uit  # type: ignore[return-value]

    def statisch(self, kolommen: Kolommen) -> list[int]:
        """Per position the packed sum of all static groups (see :meth:`ingangen`; the sums
        at the stand-ins between sentences are meaningless)."""
        v = self.verklaring
        n = len(kolommen[0]) if kolommen else 0
        return v._optellen(*self.ingangen(kolommen), v.rand, n - v.rand)

    def vul(self, s: int, ingang: list[Any], k: int, index: int, p: int) -> int:
        """Compute and keep the sum of soort ``s`` at ``index`` of its row ``ingang[k]``
        (``ingang``: the entry at base position ``p`` of the columns last given to
        :meth:`ingangen`), plus the static sums folded into it
        (:attr:`Verklaring.gevouwen`)."""
        v = self.verklaring
        soort = v.soorten[s]
        rij = ingang[k]
        namen = []
        rest = index
        for d in soort.dynamisch:
            stap = soort.stappen[d]
            namen.append(v.bereik[d][rest // stap])
            rest %= stap
        kolommen = self._kolommen
        totaal = 0
        for j in v.gevouwen[s]:
            totaal += ingang[j]
        for g, plaatsen in soort.leden:
            totaal += self.som(g.kenmerken(*(kolommen[i][p + o] for o, i in plaatsen), *namen))
        rij[index] = totaal
        return totaal
