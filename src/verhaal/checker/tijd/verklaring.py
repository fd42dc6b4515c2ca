"""The features of both tense models, declared once; training and checking derive from it.

A model's features are declared as named *values* and *groups*:

- the values are what the model knows about a position of a sentence: the word, the
  previous word, the tag two to the left, the clause position of a candidate. One function
  per model computes them, a tuple per position (:attr:`Verklaring.rijen`);
- a group (:class:`Groep`) names the values it reads and has one function that turns them
  (plus, for the tagger, the tags it has just chosen: *dynamic* values such as ``t1``)
  into feature strings.

Both paths come from that one declaration (:class:`Verklaring`):

- the reference path, for training and tests: the feature strings of every position
  (:meth:`Verklaring.kenmerken`, :meth:`Verklaring.dynamische_kenmerken`);
- the fast path, for the checker (:class:`Sommen`): the packed weight sum of a group is
  cached under the values it reads (and, for dynamic groups, per combination of the
  dynamic values), so a word costs one dict look-up per group, and strings are only built
  and hashed on a miss. Packed sums are plain integers, so adding them group by group gives
  exactly the sum of all the strings.

A new feature is one edit: a string in a group's function, or a new group (with a new value
if it needs a new kind of context).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

Rij = tuple[Any, ...]
"""The values of one position of interest, in the order of :attr:`Verklaring.namen`."""


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


@dataclass(slots=True)
class _Blik:
    """Static groups that read the same values at the same relative offsets, cached
    together: one entry per combination of values (the sum itself for one group, else a
    tuple of sums, one per group)."""

    offsets: tuple[int, ...]
    """Offsets read, relative to the base position, the lowest 0."""
    getters: tuple[Callable[[Rij], Any], ...]
    """Per offset: the key's values there, from a row (one bare, more as a tuple)."""
    groepen: list[tuple[Groep, int, tuple[tuple[int, int], ...]]]
    """Per group: the group, its lowest offset (its base) and where its inputs are
    (offset from its base, index in a row)."""
    vorm: tuple[tuple[int, tuple[str, ...]], ...]
    """What the key holds: per offset the names of its values (bliks with the same vorm
    have the same keys)."""


@dataclass(frozen=True, slots=True)
class Soort:
    """The dynamic groups that share the same dynamic values, cached together: one row of
    sums per combination of those values, under the values the groups read."""

    dynamisch: tuple[str, ...]
    blikken: tuple[_Blik, ...]
    stappen: Mapping[str, int]
    """Per dynamic value, the step of its index in a row."""
    grootte: int
    """Length of a row: the number of combinations of the dynamic values."""
    leden: tuple[tuple[Groep, tuple[tuple[int, int], ...]], ...]
    """Every group, with where its inputs are (offset, index in a row)."""


class Verklaring:
    """The values and groups of one model, and the reference path that turns them into
    strings.

    ``waarden`` gives, for a sentence context, one tuple of values per position of
    interest, in the order of ``namen``; groups name the values they read. ``afgeleid``
    names values that follow from another value of the same position (the lexicon flags
    of a word follow from the word): a cache key that holds the source leaves them out.
    """

    def __init__(
        self,
        namen: Sequence[str],
        waarden: Callable[[Any], Sequence[Rij]],
        groepen: Sequence[Groep],
        dynamisch: Mapping[str, Sequence[str]] | None = None,
        afgeleid: Mapping[str, str] | None = None,
    ) -> None:
        """``dynamisch`` gives, per dynamic value, the names it ranges over (the fast path
        is given its index in that sequence)."""
        self.namen = tuple(namen)
        self.waarden = waarden
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
        self.blikken = self._blikken(self.statisch)
        soorten: dict[tuple[str, ...], list[Groep]] = {}
        for g in self.groepen:
            if g.dynamisch:
                soorten.setdefault(g.dynamisch, []).append(g)
        self.soorten = tuple(self._soort(d, gs) for d, gs in soorten.items())
        self.som_van_blikken = self._optellen()

    def _plaatsen(self, groep: Groep) -> tuple[tuple[int, int], ...]:
        """Where the group's inputs are: (offset, index in a row)."""
        return tuple((o, self.namen.index(k)) for k, o in groep.plaatsen)

    def _blikken(self, groepen: Iterable[Groep]) -> tuple[_Blik, ...]:
        """The groups by the values they read (same names at the same relative offsets;
        derived values left out where their source is read)."""
        per: dict[tuple[tuple[int, tuple[str, ...]], ...], list[Groep]] = {}
        for g in groepen:
            laagste = min(o for _, o in g.plaatsen)
            vorm: dict[int, set[str]] = {}
            for k, o in g.plaatsen:
                vorm.setdefault(o - laagste, set()).add(k)
            for ks in vorm.values():
                ks -= {k for k in set(ks) if self.afgeleid.get(k) in ks}
            sleutel = tuple(sorted((o, tuple(sorted(ks))) for o, ks in vorm.items()))
            per.setdefault(sleutel, []).append(g)
        uit = []
        for vorm_, gs in per.items():
            offsets = tuple(o for o, _ in vorm_)
            getters = tuple(itemgetter(*(self.namen.index(k) for k in ks)) for _, ks in vorm_)
            leden = []
            for g in gs:
                laagste = min(o for _, o in g.plaatsen)
                leden.append((g, laagste, tuple((o - laagste, i) for o, i in self._plaatsen(g))))
            uit.append(_Blik(offsets, getters, leden, vorm_))
        return tuple(uit)

    def _soort(self, dynamisch: tuple[str, ...], groepen: Sequence[Groep]) -> Soort:
        stappen: dict[str, int] = {}
        grootte = 1
        for d in reversed(dynamisch):
            stappen[d] = grootte
            grootte *= len(self.bereik[d])
        blikken = self._blikken(groepen)
        leden = tuple((g, self._plaatsen(g)) for blik in blikken for g, _, _ in blik.groepen)
        return Soort(dynamisch, blikken, stappen, grootte, leden)

    def som_code(self, p: str) -> str:
        """Python code for the sum of the static groups at position ``p`` (an index into
        the entries ``E0``, ``E1``, ... of the blikken, per base position), e.g.
        ``E0[p][0] + E0[p - 1][1] + E1[p]``: derived from the blikken, for code that is
        compiled once (see :meth:`_optellen`)."""
        termen = []
        for b, blik in enumerate(self.blikken):
            for j, (_, laagste, _) in enumerate(blik.groepen):
                teken = "+" if laagste > 0 else "-"
                plek = f"E{b}[{p} {teken} {abs(laagste)}]" if laagste else f"E{b}[{p}]"
                termen.append(plek if len(blik.groepen) == 1 else f"{plek}[{j}]")
        return " + ".join(termen) or "0"

    def dyn_code(self, q: str, p: str) -> str:
        """Python code for the sum of the dynamic groups at position ``q`` of the rows
        ``R0``, ``R1``, ... (one per soort, see :meth:`Sommen.rijen`), ``p`` the same
        position in the entries and rows with stand-ins: each row read at the index of the
        current dynamic values (variables of the same names), filled by ``vul`` when
        empty."""
        termen = []
        for k, soort in enumerate(self.soorten):
            index = " + ".join(
                d if soort.stappen[d] == 1 else f"{d} * {soort.stappen[d]}" for d in soort.dynamisch
            )
            termen.append(f"(R{k}[{q}][{index}] or vul({k}, R{k}[{q}], {index}, opgevuld, {p}))")
        return " + ".join(termen) or "0"

    def _optellen(self) -> Callable[..., list[int]]:
        """A function that adds up the static groups' sums per position, from the entries
        of every blik and the range of positions: one list comprehension over
        :meth:`som_code`."""
        namen = "".join(f"E{b}, " for b in range(len(self.blikken)))
        code = f"lambda {namen}begin, eind: [{self.som_code('p')} for p in range(begin, eind)]"
        return eval(code, {"__builtins__": {"range": range}})  # type: ignore[no-any-return]

    def opgevuld(self, rijen: Sequence[Rij]) -> list[Rij]:
        """The rows with :attr:`rand` stand-ins on either side (``<s>``, ``</s>``)."""
        if not self.rand:
            return list(rijen)
        voor = ("<s>",) * len(self.namen)
        na = ("</s>",) * len(self.namen)
        return [voor] * self.rand + list(rijen) + [na] * self.rand

    def invoer(self, opgevuld: Sequence[Rij], groep: Groep, i: int) -> tuple[Any, ...]:
        """Reference path: the values group ``groep`` reads at position ``i``."""
        r = self.rand
        return tuple(opgevuld[r + i + o][self.namen.index(k)] for k, o in groep.plaatsen)

    def kenmerken(self, rijen: Sequence[Rij]) -> list[list[str]]:
        """Reference path: the strings of the static groups of every position."""
        opgevuld = self.opgevuld(rijen)
        return [
            [k for g in self.statisch for k in g.kenmerken(*self.invoer(opgevuld, g, i))]
            for i in range(len(rijen))
        ]

    def dynamische_kenmerken(
        self, opgevuld: Sequence[Rij], i: int, dynamisch: Mapping[str, str]
    ) -> list[str]:
        """Reference path: the strings of the dynamic groups of position ``i`` (of the rows
        :meth:`opgevuld`), for the dynamic values ``dynamisch`` (by name)."""
        uit: list[str] = []
        for g in self.groepen:
            if g.dynamisch:
                uit += g.kenmerken(
                    *self.invoer(opgevuld, g, i), *(dynamisch[d] for d in g.dynamisch)
                )
        return uit


def _sleutels(
    blik: _Blik, opgevuld: Sequence[Rij], gemaakt: dict[Any, list[Any]] | None = None
) -> list[Any]:
    """The key of ``blik`` at every base position of ``opgevuld`` (as far as its span
    allows): the values it reads at each offset (one value bare, more as a tuple), and for
    more than one offset a tuple of those. ``gemaakt`` keeps them per :attr:`_Blik.vorm`
    for other bliks of the same rows."""
    if gemaakt is not None:
        uit = gemaakt.get(blik.vorm)
        if uit is None:
            uit = gemaakt[blik.vorm] = _sleutels(blik, opgevuld)
        return uit
    if len(blik.offsets) == 1:
        return list(map(blik.getters[0], opgevuld))
    lengte = len(opgevuld) - blik.offsets[-1]
    return list(
        zip(
            *(
                map(getter, opgevuld[o : o + lengte])
                for o, getter in zip(blik.offsets, blik.getters, strict=True)
            ),
            strict=True,
        )
    )


class Sommen:
    """Fast path: packed sums of a :class:`Verklaring`'s groups, cached under the values
    they read.

    ``som`` turns feature strings into a packed sum (the model's own, so the weights are the
    shipped ones). The caches hold at most about ``maximum`` entries together; when full
    they are all emptied (checked once per :meth:`statisch`), so memory stays bounded.
    """

    def __init__(
        self, verklaring: Verklaring, som: Callable[[Sequence[str]], int], maximum: int
    ) -> None:
        self.verklaring = verklaring
        self.som = som
        self.maximum = maximum
        self._blikken: list[dict[Any, Any]] = [{} for _ in verklaring.blikken]
        self._soorten: list[dict[Any, list[int | None]]] = [{} for _ in verklaring.soorten]

    def leeg(self) -> None:
        """Forget every cached sum."""
        for cache in (*self._blikken, *self._soorten):
            cache.clear()

    def grootte(self) -> int:
        """Entries in all caches together."""
        return sum(map(len, self._blikken)) + sum(map(len, self._soorten))

    def statisch(self, opgevuld: Sequence[Rij]) -> list[int]:
        """Per position the packed sum of all static groups (``opgevuld``: the rows as
        :meth:`Verklaring.opgevuld` gives them, possibly several sentences one after the
        other; the sums of the stand-ins between them are meaningless)."""
        v = self.verklaring
        return v.som_van_blikken(*self.ingangen(opgevuld), v.rand, len(opgevuld) - v.rand)

    def ingangen(
        self, opgevuld: Sequence[Rij], gemaakt: dict[Any, list[Any]] | None = None
    ) -> list[list[Any]]:
        """Per blik, per base position of ``opgevuld``, its entry (``E0``, ``E1``, ... of
        :meth:`Verklaring.som_code`). ``gemaakt``: keys already made for these rows (see
        :func:`_sleutels`)."""
        if self.grootte() > self.maximum:
            self.leeg()
        v = self.verklaring
        som = self.som
        alle = []
        for blik, cache in zip(v.blikken, self._blikken, strict=True):
            sleutels = _sleutels(blik, opgevuld, gemaakt)
            sommen = list(map(cache.get, sleutels))
            if None in sommen:
                enkel = len(blik.groepen) == 1  # then the entry is the sum itself
                for j, x in enumerate(sommen):
                    if x is None:
                        k = sleutels[j]
                        x = cache.get(k)
                        if x is None:
                            x = tuple(
                                som(g.kenmerken(*(opgevuld[j + o][i] for o, i in plaatsen)))
                                for g, _, plaatsen in blik.groepen
                            )
                            x = cache[k] = x[0] if enkel else x
                        sommen[j] = x
            alle.append(sommen)
        return alle

    def rijen(
        self, opgevuld: Sequence[Rij], gemaakt: dict[Any, list[Any]] | None = None
    ) -> list[list[list[int | None]]]:
        """Per :class:`Soort` of dynamic groups, per position (of ``opgevuld`` less the
        stand-ins at its ends), its row of cached sums (filled lazily by :meth:`vul`); a
        row is shared by every position with the same values. ``gemaakt``: as for
        :meth:`ingangen`."""
        v = self.verklaring
        rand = v.rand
        n = len(opgevuld) - 2 * rand
        uit = []
        for soort, cache in zip(v.soorten, self._soorten, strict=True):
            delen = []
            for blik in soort.blikken:
                sleutels = _sleutels(blik, opgevuld, gemaakt)
                for _, laagste, _ in blik.groepen:
                    delen.append(sleutels[rand + laagste : rand + laagste + n])
            sleutels = delen[0] if len(delen) == 1 else list(zip(*delen, strict=True))
            rij = list(map(cache.get, sleutels))
            if None in rij:
                for j, r in enumerate(rij):
                    if r is None:
                        k = sleutels[j]
                        r = cache.get(k)
                        if r is None:
                            r = cache[k] = [None] * soort.grootte
                        rij[j] = r
            uit.append(rij)
        return uit  # type: ignore[return-value]

    def vul(
        self, s: int, rij: list[int | None], index: int, opgevuld: Sequence[Rij], q: int
    ) -> int:
        """Compute and keep the sum of soort ``s`` at ``index`` of ``rij``, the row of the
        position at ``q`` in ``opgevuld``."""
        soort = self.verklaring.soorten[s]
        namen = []
        rest = index
        for d in soort.dynamisch:
            stap = soort.stappen[d]
            namen.append(self.verklaring.bereik[d][rest // stap])
            rest %= stap
        totaal = 0
        for g, plaatsen in soort.leden:
            totaal += self.som(g.kenmerken(*(opgevuld[q + o][i] for o, i in plaatsen), *namen))
        rij[index] = totaal
        return totaal
