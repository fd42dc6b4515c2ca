"""verhaal: schrijfcoach en verhaalcontrole voor 'held in eigen verhaal'."""

__version__ = "0.1.0"
