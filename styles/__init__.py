"""archcite's own CSL styles, shipped as package data (``archcite.styles``).

``archcite-chicago-notes.csl`` renders archival documents in the form of archcite's native
``chicago`` profile, for Zotero, pandoc and any CSL processor; archcite finds it by the name
``archcite-chicago-notes`` (see :mod:`archcite.format.csl`).
"""
