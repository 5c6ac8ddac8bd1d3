"""Formatting: archival citations to rich text (native Chicago profiles, or CSL styles).

``richtext`` holds the node types, ``options`` the profiles, ``chicago`` the note and
bibliography layouts, ``reference`` the shelfmark forms and pinpoints, ``api`` the public
``cite``/``bibliography`` functions.  ``csl`` is the CSL adapter ``api`` hands other styles to.
"""
