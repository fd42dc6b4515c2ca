"""The batch linter behind ``verhaal controleer``: files in, reports out."""
