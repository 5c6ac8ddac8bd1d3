"""The registry of diagnostic codes that ``archcite validate`` reports, one entry per code.

Every code has a stable name, a default severity and a documentation page
(``docs/rules/<CODE>.md``, written from this registry by :func:`rule_page`; a test keeps
pages and registry in step).  ``REC3xx`` codes come from reading record files, ``VAL4xx``
from the lint rules in :mod:`archcite.validate.rules`.  Codes of other families (``REF1xx``,
``CIT2xx`` … from the parsers) are passed through as the parsers report them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from archcite.diagnostics import Severity

Scope = Literal["reader", "record", "collection"]


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One code: what it means, how bad it is by default, and an example that triggers it."""

    code: str
    name: str
    severity: Severity
    scope: Scope
    summary: str
    explanation: str
    example: str = ""
    fixable: bool = False
    default: bool = True  # selected unless the configuration says otherwise


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: tuple[RuleInfo, ...] = (
    RuleInfo("REC301", "unreadable-file", _E, "reader", "A file or directory cannot be read.",
             "The path does not exist or the operating system refused to read it. The other "
             "files of the collection are still checked."),
    RuleInfo("REC302", "not-utf8-text", _E, "reader", "A file is binary or not valid UTF-8.",
             "Record files are UTF-8 text. A file with NUL bytes is treated as binary; a file "
             "with bytes that are not UTF-8 is reported at the line and column of the first "
             "bad byte."),
    RuleInfo("REC303", "syntax-error", _E, "reader", "YAML, JSON or BibTeX syntax error.",
             "The file cannot be parsed from the reported position on. Records before the "
             "error are still read.", "id: a\ntitle: [unclosed\n"),
    RuleInfo("REC304", "duplicate-key", _E, "reader", "A key appears twice in one mapping.",
             "YAML would silently keep the last value; archcite refuses to guess and reports "
             "the second occurrence. Keys must also be text.", "id: a\nid: b\n"),
    RuleInfo("REC305", "alias-bomb", _E, "reader",
             "Aliases expand too far, refer to themselves, or nesting is too deep.",
             "Protects against the 'billion laughs' attack and runaway files: a document whose "
             "aliases would add more than 10,000 nodes, or that nests more than 64 levels, is "
             "dropped; the rest of the file and collection is read."),
    RuleInfo("REC306", "file-too-large", _E, "reader", "A file is larger than the size limit.",
             "Files over the limit (20 MB unless `max-file-size` says otherwise) are not read. "
             "Split large collections into several files."),
    RuleInfo("REC310", "not-a-record", _E, "reader", "A record is not a mapping.",
             "A file holds a mapping (one record), a list of mappings, or a mapping with a "
             "`records:` list.", "- just text\n"),
    RuleInfo("REC311", "missing-id", _E, "reader", "A record has no `id`.",
             "Every record carries an explicit, stable `id`; reports, duplicates checks and "
             "citation keys rely on it.", "title: A memo\n"),
    RuleInfo("REC312", "unknown-field", _E, "reader", "A field name is not part of the format.",
             "Usually a typo; the message suggests the closest field name.",
             "id: a\ntitel: A memo\n"),
    RuleInfo("REC313", "wrong-type", _E, "reader", "A value has the wrong shape.",
             "For example a list where text is expected.", "id: a\ntitle: [a, b]\n"),
    RuleInfo("REC314", "newer-schema", _E, "reader",
             "A record was written for a newer record schema.",
             "`schema_version` is larger than the version this archcite reads. Upgrade "
             "archcite; the record is skipped.", "schema_version: 99\nid: a\n"),
    RuleInfo("REC315", "invalid-value", _E, "reader", "A value is not allowed for its field.",
             "The record model refused the value (for example a `title_kind` other than "
             "`specific` or `descriptive`). The field is dropped and the rest checked.",
             "id: a\ntitle_kind: vague\n"),
    RuleInfo("REC316", "leaves-not-understood", _E, "reader",
             "Leaves written as text could not be read.",
             "Write leaf numbers and ranges such as `230-232`, `5-7ob.` or `3, 5-7`.",
             "id: a\nreference: {archive: RGANI, listy: 'see note'}\n"),
    RuleInfo("REC317", "reference-text-unreadable", _E, "reader",
             "A reference written as text could not be parsed.",
             "The reference parser failed on this text (an internal error; please report it "
             "with the text). The other fields are read; write the reference as a mapping "
             "(fonds, opis, delo, listy) meanwhile."),
    RuleInfo("REC318", "conflicting-shorthand", _E, "reader",
             "A value is given twice, by a shorthand and in full, with different values.",
             "For example `url` at the top level and a different `digital_source.url`.",
             "id: a\nurl: https://a.example/1\ndigital_source: {url: https://a.example/2}\n"),
    RuleInfo("REC319", "reader-failed", _E, "reader",
             "The CSL-JSON or BibTeX reader failed on a file.",
             "An internal error of the reader (please report it with the file). The file's "
             "records are skipped; the other files are read."),
    RuleInfo("VAL400", "rule-failed", _E, "record", "A lint rule failed on a record.",
             "An internal error inside one rule; the other rules still ran. Please report it "
             "with the record that triggered it."),
    RuleInfo("VAL401", "unknown-archive", _W, "record", "The archive is not in the registry.",
             "The archive name matches no registered archive or alias. The closest known "
             "archives are suggested. Unknown archives are kept by the name as written, but "
             "formatting cannot expand them.", "id: a\narchive: RGAMI\n"),
    RuleInfo("VAL402", "unit-order", _W, "record",
             "Units in a reference's raw text are out of order or repeated.",
             "Levels go fond → opis → (papka/korobka) → delo → list and none repeats. The "
             "digital archive's slip `Delo 5, Opis 28, Delo 410` is reported as a probable "
             "`Fond 5`; archcite suggests the reading but never applies it silently. This "
             "code judges the `raw` text kept beside a reference written as a mapping; a "
             "reference written as text is judged while it is parsed, and the parser's own "
             "codes (`REF103` slip, `REF104` order) are reported as they are.",
             "id: a\nreference:\n  archive: RGANI\n  fond: '5'\n  raw: RGANI, Delo 5, Opis 28, "
             "Delo 410\n"),
    RuleInfo("VAL403", "reversed-leaf-range", _E, "record", "A leaf range ends before it starts.",
             "`ll. 232–230` is almost certainly a typo.",
             "id: a\nreference: {archive: RGANI, listy: 232-230}\n"),
    RuleInfo("VAL404", "abbreviated-leaf-range", _W, "record",
             "A leaf range is abbreviated (`40–5`).",
             "Leaf numbers are identifiers and are written in full (`40–45`). The range is "
             "kept as given.", "id: a\nreference: {archive: RGANI, listy: 40-5}\n"),
    RuleInfo("VAL405", "mixed-script", _W, "record",
             "Latin and Cyrillic look-alike letters are mixed in one word or shelfmark.",
             "`98с` with a Cyrillic `с` beside Latin text, or `PГАНИ` with a Latin `P`, looks "
             "right but sorts, searches and transliterates wrongly.",
             "id: a\nreference: {archive: RGANI, opis: 98сs}\n"),
    RuleInfo("VAL406", "non-canonical-url", _W, "record",
             "A digital-archive URL is not in its canonical form or uses `http:`.",
             "The canonical digital-archive URL is "
             "`https://digitalarchive.wilsoncenter.org/document/<id>`. The fix rewrites it.",
             "id: a\nurl: http://digitalarchive.wilsoncenter.org/document/114146\n",
             fixable=True),
    RuleInfo("VAL407", "bad-date", _E, "record",
             "The date is not a valid EDTF date or is impossible.",
             "`date` holds an EDTF date (`1956-09-10`, `1958`, `1956-09~`). Dates such as "
             "`1956-02-30` or free text are reported.", "id: a\ndate: 1956-02-30\n"),
    RuleInfo("VAL408", "duplicate-id", _E, "collection", "Two records share one `id`.",
             "Ids must be unique across the whole collection (all files checked together).",
             "- id: a\n- id: a\n"),
    RuleInfo("VAL409", "title-conflict", _W, "collection",
             "The same archival reference appears under two different titles.",
             "Two records cite the same archive, units and leaves but give different titles: "
             "usually one document entered twice, or a wrong leaf range.",
             "- id: a\n  title: One\n  reference: {archive: RGANI, fond: '5', listy: '1'}\n"
             "- id: b\n  title: Two\n  reference: {archive: RGANI, fond: '5', listy: '1'}\n"),
    RuleInfo("VAL410", "key-collision", _E, "collection",
             "Two records would get the same citation key.",
             "BibTeX keys are made from ids and compared without regard to case, so `Memo-1` "
             "and `memo-1` collide, as do ids that differ only in characters keys cannot hold.",
             "- id: Memo-1\n- id: memo-1\n"),
    RuleInfo("VAL411", "export-drops", _I, "record",
             "An export format would drop some of the record's data.",
             "Runs the exporters (CSL-JSON and biblatex-chicago) and reports what they could "
             "not hold. Off by default because it is slow; select it with `--select VAL411`.",
             default=False),
    RuleInfo("VAL412", "not-normalised", _I, "record",
             "A reference or leaf range is not written in normal form.",
             "Hyphens in leaf ranges become en dashes and reference text is written in the "
             "abbreviated English form (`f. 5, op. 28, d. 410, ll. 230–232`). The fix is applied "
             "only when the normal form reads back as the same reference.",
             "id: a\nreference: {archive: RGANI, fond: '5', listy: 230-232}\n", fixable=True),
)

_BY_CODE = {rule.code: rule for rule in RULES}


def rule_info(code: str) -> RuleInfo | None:
    """The registry entry of ``code``, if archcite defines it."""
    return _BY_CODE.get(code)


def rule_page(rule: RuleInfo) -> str:
    """The Markdown documentation page of ``rule`` (``docs/rules/<CODE>.md``)."""
    lines = [
        f"# {rule.code} `{rule.name}`",
        "",
        f"{rule.summary}",
        "",
        f"- Default severity: **{rule.severity.value}**",
        f"- Checked: {dict(reader='while reading each file', record='per record', collection='across the whole collection')[rule.scope]}",  # noqa: E501
        f"- Selected by default: {'yes' if rule.default else 'no'}",
        f"- Safe fix (`--fix`): {'yes' if rule.fixable else 'no'}",
        "",
        "## What it means",
        "",
        rule.explanation,
    ]
    if rule.example:
        lines += ["", "## Example", "", "```yaml", rule.example.rstrip("\n"), "```"]
    lines += [
        "",
        "## Configure",
        "",
        "```toml",
        "[tool.archcite]",
        f'ignore = ["{rule.code}"]            # or select / extend-select',
        f'severity = {{ {rule.code} = "{rule.severity.value}" }}',
        "```",
        "",
    ]
    return "\n".join(lines)


def write_rule_pages(folder: str | Path) -> list[Path]:
    """Write every rule's page into ``folder`` (and remove pages of codes that are gone)."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for rule in RULES:
        page = target / f"{rule.code}.md"
        page.write_text(rule_page(rule), encoding="utf-8")
        written.append(page)
    for stale in target.glob("*.md"):
        if stale not in written and stale.stem[:3] in ("REC", "VAL"):
            stale.unlink()
    return written
