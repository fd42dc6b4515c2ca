"""The single atomic-write helper: every file verhaal writes goes through here.

A file is written to a temporary file in its folder first and then put in place in one
step, so a reader never sees half a file. Replacing uses a rename; creating a *new* file
uses a hard link from the temporary file, which fails when the name exists: two runs that
save under the same name at once can never both win, so no story is silently lost.
:func:`schrijf_samen` puts several files in place as one (a story and its notes: both or
neither), and :func:`controleer_schrijfbaar` tells before any work whether a folder will
take the files at all.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Sequence
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


_REDENEN = {
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "je schijfruimte is op",
    errno.EISDIR: "dat is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENOENT: "de map bestaat niet",
    errno.ENAMETOOLONG: "de naam is te lang",
}


def reden(fout: OSError) -> str:
    """Why a file operation failed, in Dutch (the system's own text is English)."""
    return _REDENEN.get(fout.errno or 0, f"systeemfout {fout.errno}" if fout.errno else "onbekend")


class BestaatAl(InvoerFout):
    """The file to create exists (perhaps made by another run in the meantime)."""

    def __init__(self, pad: Path) -> None:
        super().__init__(f"{pad} bestaat al; kies een andere naam of gebruik --overschrijf.")
        self.pad = pad


def schrijf_atomisch(pad: Path, tekst: str, *, overschrijf: bool = True) -> None:
    """Write ``tekst`` (UTF-8) to ``pad`` via a temporary file and a rename.

    A reader never sees a half-written file, and a crash leaves either the old file
    or the new one. With ``overschrijf=False`` the file is created exclusively: when it
    exists, also when another run made it a moment ago, :class:`BestaatAl` is raised.
    """
    schrijf_samen([(Path(pad), tekst)], overschrijf=overschrijf)


def schrijf_samen(bestanden: Sequence[tuple[Path, str]], *, overschrijf: bool = True) -> None:
    """Write several files (UTF-8) as one: all of them, or none when any cannot be made.

    Every file is first written in full to a temporary file next to it (this is where a
    full disk or a read-only folder shows up, before anything is in place); then each is
    put in place. Without ``overschrijf`` a file is created exclusively, and when one
    exists already (:class:`BestaatAl`) the files this call created are removed again.
    """
    klaar: list[tuple[Path, str]] = []
    geplaatst: list[Path] = []
    try:
        for pad, tekst in bestanden:
            klaar.append((Path(pad), _tijdelijk(Path(pad), tekst.encode("utf-8"))))
        for pad, tijdelijk in klaar:
            _plaats(tijdelijk, pad, overschrijf=overschrijf)
            geplaatst.append(pad)
    except BaseException:
        if not overschrijf:
            for pad in geplaatst:
                with contextlib.suppress(OSError):
                    os.unlink(pad)
        raise
    finally:
        for _, tijdelijk in klaar:
            with contextlib.suppress(OSError):
                os.unlink(tijdelijk)


def _tijdelijk(pad: Path, data: bytes, modus: int | None = None) -> str:
    """A temporary file next to ``pad`` holding ``data``, synced to disk; its path."""
    map_ = pad.parent if str(pad.parent) else Path(".")
    try:
        map_.mkdir(parents=True, exist_ok=True)
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
    except OSError as fout:
        raise InvoerFout(f"Kan niet schrijven in {map_}: {reden(fout)}.") from fout
    try:
        # mkstemp creates 0600; give the file the mode a plain open() would (or keep the
        # mode of the file it replaces), so a shared story folder stays shared.
        os.chmod(tijdelijk, _modus_voor(pad) if modus is None else modus)
        with os.fdopen(fd, "wb") as bestand:
            bestand.write(data)
            bestand.flush()
            os.fsync(bestand.fileno())
    except OSError as fout:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise InvoerFout(f"Kan {pad} niet schrijven: {reden(fout)}.") from fout
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise
    return tijdelijk


def _plaats(tijdelijk: str, pad: Path, *, overschrijf: bool) -> None:
    """Put a finished temporary file in place: replace ``pad``, or create it exclusively."""
    try:
        if overschrijf:
            os.replace(tijdelijk, pad)
            return
        if pad.is_dir():
            raise InvoerFout(f"{pad} is een map; geef een bestandsnaam (bijvoorbeeld verhaal.md).")
        try:
            # A hard link never replaces: it fails when the name exists (made meanwhile).
            os.link(tijdelijk, pad)
        except FileExistsError:
            raise BestaatAl(pad) from None
        except OSError as fout:
            if fout.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                raise
            _maak_exclusief(tijdelijk, pad)  # a file system without hard links
    except OSError as fout:
        raise InvoerFout(f"Kan {pad} niet schrijven: {reden(fout)}.") from fout


def _maak_exclusief(tijdelijk: str, pad: Path) -> None:
    """Create ``pad`` with ``O_EXCL`` and copy the temporary file into it (for file systems
    without hard links: still never replaces a file that appeared meanwhile)."""
    try:
        fd = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, os.stat(tijdelijk).st_mode & 0o777)
    except FileExistsError:
        raise BestaatAl(pad) from None
    try:
        with os.fdopen(fd, "wb") as doel, open(tijdelijk, "rb") as bron:
            shutil.copyfileobj(bron, doel)
            doel.flush()
            os.fsync(doel.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(pad)
        raise


def controleer_schrijfbaar(map_: Path) -> None:
    """Raise :class:`InvoerFout` (in Dutch) unless files can be created in ``map_``.

    A folder that does not exist yet counts when its nearest existing parent takes new
    folders. An existing folder is tested by making (and removing) a small temporary file
    in it, which also catches read-only mounts and access lists that permission bits miss.
    """
    map_ = Path(map_) if str(map_) else Path(".")
    bestaand = map_
    while not bestaand.exists():
        if bestaand.parent == bestaand:
            break
        bestaand = bestaand.parent
    if bestaand.exists() and not bestaand.is_dir():
        raise InvoerFout(f"Kan niet schrijven in {map_}: {bestaand} is een bestand, geen map.")
    if bestaand != map_:
        if not os.access(bestaand, os.W_OK | os.X_OK):
            raise InvoerFout(
                f"Kan de map {map_} niet maken: geen toestemming om te schrijven in {bestaand}."
            )
        return
    try:
        fd, tijdelijk = tempfile.mkstemp(prefix=".verhaal-proef.", suffix=".tmp", dir=map_)
    except OSError as fout:
        raise InvoerFout(
            f"Kan niet schrijven in {map_}: {reden(fout)}. Kies een andere map "
            "(met --uit) of ga naar een map waarin je mag schrijven."
        ) from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tijdelijk)


def schrijf_bytes_atomisch(pad: Path, data: bytes, *, modus: int | None = None) -> None:
    """Write ``data`` to ``pad`` atomically (see :func:`schrijf_atomisch`).

    ``modus`` gives the new file fixed permission bits (0600 for private files such as the
    cache); by default it gets those of the file it replaces, or 0666 minus the umask.
    """
    pad = Path(pad)
    tijdelijk = _tijdelijk(pad, data, modus)
    try:
        _plaats(tijdelijk, pad, overschrijf=True)
    finally:
        # Gone after a successful rename; left behind only when the rename failed.
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
