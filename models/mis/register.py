"""Importing register marks from the MIS: date, session (AM/PM), MIS id, code.

The file is a CSV or JSON (a list of records, or {"marks": [...]}) with those fields,
under any header COLUMN_ALIASES knows. What each mark does:

- A mark Rollcall does not have yet is inserted as confirmed, source "mis", with no
  audit entry: the MIS is the record of it. These go in bulk.
- A mark Rollcall has with the same code, confirmed, is left alone.
- An MIS "N" (no reason yet) never overwrites a reason Rollcall holds that the MIS
  has not heard yet: any mark not from the MIS whose code is not N (a parent's
  provisional reason, or one an officer confirmed that is still to be exported; a
  parent's mark since withdrawn holds no reason and is replaced).
- Any other MIS code is the official register and wins: the mark is changed through
  models.marks.set_mark, confirmed, source "mis", actor MIS, so the change is audited.
- "-" is SIMS's "no mark yet": such rows are counted and skipped. A blank code is a bad row.

All or nothing: every row is checked first (date, session, a known MIS id, a current
DfE code; withdrawn H, J and Y are refused with their replacements named). If any row
is bad, ImportRejected lists every bad row with its line number and nothing is written.
Two rows for one pupil's session are refused unless they agree.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.marks import MIS, set_mark
from models.mis.cells import CellError, parse_code, parse_date, parse_session
from models.mis.columns import FileKind, describe
from models.mis.problems import ImportRejected, RowProblem
from models.mis.reading import Row, Source, Table, read_table
from models.people import Pupil
from models.register import SessionMark
from models.school import School

REGISTER = FileKind(
    "register",
    fields=("date", "session", "mis_id", "code"),
    required=(("date",), ("session",), ("mis_id",), ("code",)),
)
NO_MARK_YET = "-"
INSERT_CHUNK = 5_000
MIS_REASON = "MIS register import"
# Statuses of a mark that carries a reason (a "withdrawn" parent's mark counts for nothing).
HELD = ("provisional", "confirmed")

# Called with (marks written so far, marks to write) while writing.
Progress = Callable[[int, int], None]
MarkKey = tuple[int, date, str]


class MarkRow(NamedTuple):
    line: int
    pupil_id: int
    day: date
    session: str
    code: str

    @property
    def key(self) -> MarkKey:
        return (self.pupil_id, self.day, self.session)


class CurrentMark(NamedTuple):  # a tuple: a big register loads one per mark
    code: str
    status: str
    source: str


@dataclass
class RegisterResult:
    rows: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    kept_rollcall_reason: int = 0
    not_marked_yet: int = 0

    def __str__(self) -> str:
        return (
            f"{self.rows} rows: {self.added} marks added, {self.changed} changed, "
            f"{self.unchanged} unchanged, {self.kept_rollcall_reason} N kept Rollcall's reason, "
            f"{self.not_marked_yet} not marked yet"
        )


def import_register(
    session: Session, school: School, source: Source, *, on_progress: Progress | None = None
) -> RegisterResult:
    """Import register marks (a path or text stream) into `school`, all or nothing.

    Raises ImportRejected, having written nothing, when any row is bad. The caller commits.
    """
    table = read_table(source, REGISTER)
    pupil_ids = dict(session.execute(
        select(Pupil.mis_id, Pupil.id).where(Pupil.school_id == school.id)
    ).all())
    marks, not_marked_yet, problems = check_register(table, pupil_ids)
    if problems:
        raise ImportRejected(problems)
    result = RegisterResult(rows=len(table.rows), not_marked_yet=not_marked_yet)
    _write(session, marks, _current_marks(session, school, marks), result, on_progress)
    return result


def check_register(
    table: Table, pupil_ids: dict[str, int]
) -> tuple[list[MarkRow], int, list[RowProblem]]:
    """The file's marks, how many rows had no mark yet, and the bad rows."""
    marks: dict[MarkKey, MarkRow] = {}
    problems = list(table.problems)
    not_marked_yet = 0
    for raw in table.rows:
        if raw.cells["code"] == NO_MARK_YET:
            not_marked_yet += 1
            continue
        mark = _check_row(raw, pupil_ids, problems)
        if mark is None:
            continue
        first = marks.setdefault(mark.key, mark)
        if first.code != mark.code:
            problems.append(raw.problem(
                f"a second mark for {raw.cells['mis_id']} on {mark.day} {mark.session} "
                f"({mark.code}; {first.code} on {raw.unit} {first.line})"
            ))
    return list(marks.values()), not_marked_yet, problems


def _check_row(raw: Row, pupil_ids: dict[str, int], problems: list[RowProblem]) -> MarkRow | None:
    found: list[RowProblem] = []
    values = {}
    for name, parse in (("date", parse_date), ("session", parse_session), ("code", parse_code)):
        text = raw.cells[name]
        try:
            if not text:
                raise CellError("missing")
            values[name] = parse(text)
        except CellError as exc:
            found.append(raw.problem(f"{describe(name)}: {exc}"))
    mis_id = raw.cells["mis_id"]
    pupil_id = pupil_ids.get(mis_id)
    if not mis_id:
        found.append(raw.problem("MIS id: missing"))
    elif pupil_id is None:
        found.append(raw.problem(f"unknown MIS id {mis_id!r} (not on the roster: import it first)"))
    problems += found
    if found:
        return None
    return MarkRow(raw.line, pupil_id, values["date"], values["session"], values["code"])


def _current_marks(
    session: Session, school: School, marks: list[MarkRow]
) -> dict[MarkKey, CurrentMark]:
    if not marks:
        return {}
    first, last = min(m.day for m in marks), max(m.day for m in marks)
    rows = session.execute(
        select(
            SessionMark.pupil_id, SessionMark.date, SessionMark.session,
            SessionMark.code, SessionMark.status, SessionMark.source,
        )
        .join(Pupil, Pupil.id == SessionMark.pupil_id)
        .where(Pupil.school_id == school.id, SessionMark.date.between(first, last))
    )
    return {(p, d, s): CurrentMark(c, st, src) for p, d, s, c, st, src in rows}


def decide(current: CurrentMark | None, code: str) -> str:
    """What an MIS code does to the mark Rollcall has: add, keep, unchanged or change."""
    if current is None:
        return "add"
    if code == "N" and current.source != "mis" and current.code != "N" and current.status in HELD:
        return "keep"
    if current.code == code and current.status == "confirmed":
        return "unchanged"
    return "change"


def _write(
    session: Session,
    marks: list[MarkRow],
    current: dict[MarkKey, CurrentMark],
    result: RegisterResult,
    on_progress: Progress | None,
) -> None:
    new: list[MarkRow] = []
    changes: list[MarkRow] = []
    for mark in marks:
        action = decide(current.get(mark.key), mark.code)
        if action == "add":
            new.append(mark)
        elif action == "change":
            changes.append(mark)
        elif action == "keep":
            result.kept_rollcall_reason += 1
        else:
            result.unchanged += 1
    report = on_progress or (lambda done, total: None)
    total = len(new) + len(changes)
    _insert_new(session, new, lambda done: report(done, total))
    for done, mark in enumerate(changes, start=len(new) + 1):
        set_mark(session, mark.pupil_id, mark.day, mark.session, mark.code,
                 status="confirmed", source="mis", actor=MIS, reason=MIS_REASON)
        if done % 100 == 0 or done == total:
            report(done, total)
    session.flush()
    result.added, result.changed = len(new), len(changes)


def _insert_new(session: Session, marks: list[MarkRow], report: Callable[[int], None]) -> None:
    now = utcnow()
    for start in range(0, len(marks), INSERT_CHUNK):
        chunk = marks[start:start + INSERT_CHUNK]
        # Core's executemany on the table: the ORM's bulk path costs half as much again.
        session.execute(insert(SessionMark.__table__), [
            {"pupil_id": m.pupil_id, "date": m.day, "session": m.session, "code": m.code,
             "status": "confirmed", "source": "mis", "updated_at": now}
            for m in chunk
        ])
        report(start + len(chunk))
