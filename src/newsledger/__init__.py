"""newsledger: turn news reports into an auditable ledger of who reported what, when."""

__version__ = "0.1.0"
