"""Allow ``python -m verhaal``."""

from verhaal.cli import main

main()
