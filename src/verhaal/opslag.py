"""The single atomic-write helper: every file verhaal writes goes through here."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from verhaal.errors import InvoerFout


def _modus_voor(pad: Path) -> int:
    """The permission bits a new ``pad`` should get: those of the old file, else 0666-umask."""
    try:
        return os.stat(pad).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def schrijf_atomisch(pad: Path, tekst: str, *, overschrijf: bool = True) -> None:
    """Write ``tekst`` (UTF-8) to ``pad`` via a temporary file and a rename.

    A reader never sees a half-written file, and a crash leaves either the old file
    or the new one. With ``overschrijf=False`` an existing file raises ``InvoerFout``.
    """
    pad = Path(pad)
    if not overschrijf and pad.exists():
        raise InvoerFout(f"{pad} bestaat al; kies een andere naam of gebruik --overschrijf.")
    schrijf_bytes_atomisch(pad, tekst.encode("utf-8"))


def schrijf_bytes_atomisch(pad: Path, data: bytes, *, modus: int | None = None) -> None:
    """Write ``data`` to ``pad`` atomically (see :func:`schrijf_atomisch`).

    ``modus`` gives the new file fixed permission bits (0600 for private files such as the
    cache); by default it gets those of the file it replaces, or 0666 minus the umask.
    """
    pad = Path(pad)
    map_ = pad.parent if str(pad.parent) else Path(".")
    try:
        map_.mkdir(parents=True, exist_ok=True)
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
    except OSError as fout:
        raise InvoerFout(f"Kan niet schrijven in {map_}: {fout.strerror or fout}.") from fout
    try:
        # mkstemp creates 0600; give the file the mode a plain open() would (or keep the
        # mode of the file it replaces), so a shared story folder stays shared.
        os.chmod(tijdelijk, _modus_voor(pad) if modus is None else modus)
        with os.fdopen(fd, "wb") as bestand:
            bestand.write(data)
            bestand.flush()
            os.fsync(bestand.fileno())
        os.replace(tijdelijk, pad)
    except OSError as fout:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise InvoerFout(f"Kan {pad} niet schrijven: {fout.strerror or fout}.") from fout
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise
