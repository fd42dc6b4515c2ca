"""Command module ``werkvormen`` (placeholder: its owner replaces this)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    del app
