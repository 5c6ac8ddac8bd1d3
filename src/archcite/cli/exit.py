"""Exit codes of the ``archcite`` command (stable; CI scripts rely on them).

====  ==============================================================
0     success: nothing at or above ``--fail-on`` was found
1     findings at or above ``--fail-on`` (or, for ``--diff``, fixes to make)
2     usage, configuration or I/O error (bad option, unreadable path, missing feature)
3     internal error (a bug in archcite: please report it)
====  ==============================================================
"""

OK = 0
FINDINGS = 1
USAGE = 2
INTERNAL = 3
