"""Reading an export file into rows of raw cells keyed by field, with line numbers.

Files are read whole (a 100,000-row register is a few megabytes) because an import
is checked completely before anything is written. Text is UTF-8 (with or without
Excel's byte-order mark) or, failing that, Windows-1252, which older SIMS exports use.
"""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Union

from models.mis.columns import FileKind, match_headers
from models.mis.problems import ImportRejected, RowProblem

Source = Union[str, os.PathLike, IO[str]]


@dataclass(frozen=True)
class Row:
    """One record of the file: its raw cells by field, and where it was."""

    line: int
    cells: dict[str, str]
    unit: str = "line"

    def problem(self, reason: str) -> RowProblem:
        return RowProblem(self.line, reason, self.unit)


@dataclass
class Table:
    rows: list[Row]
    # The fields the file has a column for (a blank cell differs from no column).
    fields: frozenset[str]
    problems: list[RowProblem] = field(default_factory=list)


def read_table(source: Source, kind: FileKind) -> Table:
    """Read a CSV, or a JSON list of records when the file is JSON."""
    text = _read_text(source)
    if _looks_like_json(source, text):
        return _read_json(text, kind)
    return _read_csv(text, kind)


def _read_text(source: Source) -> str:
    if hasattr(source, "read"):
        return source.read()
    data = Path(source).read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRejected([RowProblem(1, "the file is not text (save it as CSV UTF-8)")])


def _looks_like_json(source: Source, text: str) -> bool:
    name = getattr(source, "name", source)
    if isinstance(name, (str, os.PathLike)) and str(name).lower().endswith(".json"):
        return True
    return text.lstrip()[:1] in ("[", "{")


def _read_csv(text: str, kind: FileKind) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next((r for r in reader if any(c.strip() for c in r)), None)
    if header is None:
        raise ImportRejected([RowProblem(1, "the file is empty")])
    columns = match_headers(header, kind)
    table = Table([], frozenset(columns))
    try:
        for cells in reader:
            _add_csv_row(table, reader.line_num, cells, header, columns)
    except csv.Error as exc:  # an unterminated quote or a huge field: nothing after it is trustworthy
        table.problems.append(RowProblem(reader.line_num, f"cannot read the rest of the file: {exc}"))
    return table


def _add_csv_row(
    table: Table, line: int, cells: list[str], header: list[str], columns: dict[str, int]
) -> None:
    if not "".join(cells).strip():
        return
    # Spreadsheets leave empty cells past the last column; anything else is a garbled row.
    if len(cells) > len(header) and not "".join(cells[len(header):]).strip():
        cells = cells[: len(header)]
    if len(cells) != len(header):
        table.problems.append(RowProblem(
            line, f"has {len(cells)} cells but the header has {len(header)} (a stray comma or line break?)"
        ))
        return
    table.rows.append(Row(line, {f: cells[i].strip() for f, i in columns.items()}))


def _read_json(text: str, kind: FileKind) -> Table:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected([RowProblem(exc.lineno, f"not valid JSON: {exc.msg}")]) from None
    records = data.get("marks") if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise ImportRejected([RowProblem(1, 'JSON must be a list of records or {"marks": [...]}')])
    keys = list(dict.fromkeys(k for r in records if isinstance(r, dict) for k in r))
    columns = match_headers(keys, kind)
    key_of = {field: keys[index] for field, index in columns.items()}
    table = Table([], frozenset(columns))
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            table.problems.append(RowProblem(number, "is not a JSON object", "record"))
            continue
        table.rows.append(Row(number, {f: _cell(record.get(k)) for f, k in key_of.items()}, "record"))
    return table


def _cell(value: Any) -> str:
    return "" if value is None else str(value).strip()

