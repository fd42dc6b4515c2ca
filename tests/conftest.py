"""Shared test setup: no test touches the user's real cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _eigen_cache_map(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own, empty cache folder (``verhaal controleer`` caches findings)."""
    map_ = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("VERHAAL_CACHE_MAP", str(map_))
    return map_
