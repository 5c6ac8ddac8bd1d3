"""Declarative tables: which model field goes to which CSL-JSON variable or BibTeX field.

Export (:mod:`archcite.export`) and import (:mod:`archcite.readers.csljson`,
:mod:`archcite.readers.bibtex`) read the same tables, so a field mapped one way is read back
the other way, and a field with no target is reported rather than dropped.
"""
