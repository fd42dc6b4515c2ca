"""``verhaal bundel`` in a real browser: headless chromium prints the booklet to PDF.

The page count must be cover + contents + one page per (short) story, and every story must
start on its own page with its title. Skipped, with the reason, only when no chromium or
no pdfinfo/pdftotext (poppler-utils) is found; ``.ci/run`` installs both.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verhaal.cli import app

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
PDFINFO = shutil.which("pdfinfo")
PDFTOTEXT = shutil.which("pdftotext")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or PDFINFO is None or PDFTOTEXT is None,
    reason=(
        "geen chromium of geen pdfinfo/pdftotext gevonden; installeer ze met "
        "'apt-get install chromium poppler-utils' (.ci/run doet dat zelf)"
    ),
)

TITELS = ("De rode jas", "Het lege lokaal", "Een stille ochtend", "De natte fiets")


def _verhaal(titel: str, thema: str | None) -> str:
    kop = f"titel: {titel}\n" + (f"thema: {thema}\n" if thema else "")
    kop += "plotvraag: Zal het de leerling lukken om weer mee te doen?\n"
    alinea = (
        "Er was eens een leerling die elke ochtend bij het hek bleef staan. De regen tikte op "
        "de fietsenrekken en de gang rook naar natte jassen. Hij keek naar de deur en wachtte."
    )
    return f"---\n{kop}---\n\n# {titel}\n\n" + "\n\n".join([alinea] * 3) + "\n"


def _druk_af(html: Path, pdf: Path, profiel: Path) -> None:
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            f"--user-data-dir={profiel}",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def _paginas(pdf: Path) -> int:
    assert PDFINFO is not None
    info = subprocess.run(
        [PDFINFO, str(pdf)], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    gevonden = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert gevonden, info
    return int(gevonden.group(1))


def _pagina_tekst(pdf: Path, pagina: int) -> str:
    assert PDFTOTEXT is not None
    return subprocess.run(
        [PDFTOTEXT, "-f", str(pagina), "-l", str(pagina), "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout


def test_afgedrukt_elk_verhaal_op_een_eigen_pagina(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    verhalen = tmp_path / "verhalen"
    verhalen.mkdir()
    themas = ("samenwerking", "communicatie", None, "samenwerking")
    for nummer, (titel, thema) in enumerate(zip(TITELS, themas, strict=True)):
        (verhalen / f"v{nummer}.md").write_text(_verhaal(titel, thema), encoding="utf-8")
    resultaat = CliRunner().invoke(app, ["bundel", "verhalen", "--datum", "2026-11-23"])
    assert resultaat.exit_code == 0, resultaat.output
    pdf = tmp_path / "bundel.pdf"
    _druk_af(tmp_path / "bundel.html", pdf, tmp_path / "profiel")

    assert _paginas(pdf) == 1 + 1 + len(TITELS)  # cover + contents + one per story
    assert "Verhalen voor het teamoverleg" in _pagina_tekst(pdf, 1)
    inhoud = _pagina_tekst(pdf, 2)
    assert "Inhoud" in inhoud and all(titel in inhoud for titel in TITELS)
    # Booklet order: Communicatie, Samenwerking (two, by title), Overige.
    volgorde = ("Het lege lokaal", "De natte fiets", "De rode jas", "Een stille ochtend")
    for pagina, titel in enumerate(volgorde, start=3):
        tekst = _pagina_tekst(pdf, pagina)
        assert titel in tekst, (pagina, tekst)
        assert "Er was eens een leerling" in tekst  # the title never stands alone
