"""Cheap pickling for the small frozen dataclasses that workers send back per story."""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import TypeVar

K = TypeVar("K")


def pickle_als_argumenten(cls: type[K]) -> type[K]:
    """Pickle instances of ``cls`` (a frozen dataclass with slots, not subclassed) as the
    call ``cls(*field values)``.

    The default for a frozen dataclass with slots goes through Python-level
    ``__getstate__``/``__setstate__`` that look up the fields of every object; a pool
    worker returns a few dozen such objects per story (findings with their positions),
    and pickling and unpickling them cost ~0.15 ms a story (measured: ~6 % of checking
    it). Here the field values are read by one :func:`~operator.attrgetter` call and the
    object is rebuilt by its own constructor: 2.5 times faster, and an unpickled object
    is equal to the original.
    """
    namen = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if len(namen) < 2 or any(not f.init for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__}: needs two or more fields, all set by __init__")
    waarden = attrgetter(*namen)

    def __reduce__(self: K) -> tuple[type[K], tuple[object, ...]]:
        return cls, waarden(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls
