"""Narrow exception classes; the CLI turns them into messages at the edge."""


class NewsledgerError(Exception):
    """Base of every error newsledger raises on purpose."""


class InputError(NewsledgerError):
    """An input file or line could not be read as an article."""


class ModelNotFound(NewsledgerError):
    """The requested spaCy pipeline is not installed."""


class StoreError(NewsledgerError):
    """The store could not be opened, migrated or written."""


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped an ingest; ``stats`` says what it had stored (every batch written is whole).

    A KeyboardInterrupt still, so a caller that stops on Ctrl-C keeps doing so.
    """

    def __init__(self, stats: object) -> None:
        super().__init__("ingest interrupted")
        self.stats = stats
