"""The few exceptions archcite raises.  Data problems are never exceptions: they are
:class:`archcite.Diagnostic` values.  Exceptions are for misuse of the API, bad
configuration and unrecoverable I/O::

    ArchciteError
    ├── UsageError          wrong arguments (unknown style or profile, bad pinpoint type …)
    ├── ConfigurationError  an invalid configuration file or option value
    └── InputError          a file or stream that cannot be read at all
"""

from __future__ import annotations


class ArchciteError(Exception):
    """Base class of every exception archcite raises on purpose."""


class UsageError(ArchciteError, ValueError):
    """The API or the command line was called with arguments that cannot work."""


class ConfigurationError(ArchciteError):
    """A configuration file or option has a value archcite cannot use."""


class InputError(ArchciteError, OSError):
    """A file or stream could not be read at all (not: it contained bad data)."""
