"""How fast the demo builds and a big register imports. Prints figures; asserts nothing.

    python bench/bench_data.py                      # a throwaway SQLite file
    python bench/bench_data.py --database postgresql://postgres@127.0.0.1:5432/rollcall_bench

The PostgreSQL database must exist and is emptied of the demo school. Steps: build the
600-pupil demo; drop its register history; import a register of --rows marks for its
pupils (all new: bulk insert); import it again (all unchanged); import 1,000 changed
codes (each audited through set_mark).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import Pupil, School, SessionMark  # noqa: E402
from models.db import make_engine, make_session_factory, session_scope, upgrade  # noqa: E402
from models.mis import import_register  # noqa: E402
from rollcall.demo import DEMO_URN, HALF_TERMS_2026_27, build_demo, demo_calendar  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--rows", type=int, default=100_000, help="register rows to import")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database or f"sqlite:///{folder}/bench.db"
        upgrade(url)
        engine = make_engine(url)
        factory = make_session_factory(engine)
        print(f"database: {engine.url.render_as_string(hide_password=True)}")
        bench_demo(factory)
        bench_register(factory, Path(folder), args.rows)
        engine.dispose()


def timed(label: str, action, rows: int | None = None):
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    rate = f"  ({rows / seconds:,.0f} rows/s)" if rows else ""
    print(f"{label:<44} {seconds:6.2f} s{rate}")
    return result


def bench_demo(factory) -> None:
    def build():
        with session_scope(factory) as session:
            return build_demo(session)
    summary = timed("build demo (600 pupils)", build)
    print(f"  {summary.pupils} pupils, {summary.contacts} contacts, {summary.marks:,} marks")
    timed("rebuild demo (replaces the first)", build)


def bench_register(factory, folder: Path, rows: int) -> None:
    with session_scope(factory) as session:
        school = session.scalar(select(School).where(School.urn == DEMO_URN))
        pupil_ids = select(Pupil.id).where(Pupil.school_id == school.id)
        session.execute(delete(SessionMark).where(SessionMark.pupil_id.in_(pupil_ids)))
        mis_ids = session.scalars(select(Pupil.mis_id).where(Pupil.school_id == school.id)).all()
    days = list(demo_calendar().school_days(HALF_TERMS_2026_27[0].start, HALF_TERMS_2026_27[-1].end))
    marks = [(day, s, mis_id) for day in days for s in ("AM", "PM") for mis_id in mis_ids][:rows]
    rng = random.Random(1)
    present = [(d, s, m, "/" if s == "AM" else "\\") for d, s, m in marks]
    register = write_register(folder / "register.csv", present)
    changes = write_register(folder / "changes.csv", [(d, s, m, "I") for d, s, m in rng.sample(marks, 1_000)])
    print(f"register file: {len(marks):,} rows, {register.stat().st_size / 1e6:.1f} MB")

    def run(path: Path):
        with session_scope(factory) as session:
            school = session.scalar(select(School).where(School.urn == DEMO_URN))
            return import_register(session, school, path)
    print(" ", timed(f"import {len(marks):,} new marks", lambda: run(register), len(marks)))
    print(" ", timed(f"import the same {len(marks):,} again", lambda: run(register), len(marks)))
    print(" ", timed("import 1,000 changed codes (audited)", lambda: run(changes), 1_000))


def write_register(path: Path, rows) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(("Date", "Session", "Adno", "Mark"))
        writer.writerows((day.strftime("%d/%m/%Y"), s, mis_id, code) for day, s, mis_id, code in rows)
    return path


if __name__ == "__main__":
    main()
