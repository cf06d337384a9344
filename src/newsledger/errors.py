"""Narrow exception classes; the CLI turns them into messages at the edge."""


class NewsledgerError(Exception):
    """Base of every error newsledger raises on purpose."""


class InputError(NewsledgerError):
    """An input file or line could not be read as an article."""


class ModelNotFound(NewsledgerError):
    """The requested spaCy pipeline is not installed."""


class StoreError(NewsledgerError):
    """The store could not be opened, migrated or written."""
