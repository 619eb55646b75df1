"""The demo school: a secondary school with a term of register history.

`build_demo(session, pupils=600)` builds "Larkspur Academy (demo)" (URN 999999) with
Years 7-11 in forms, families whose children share their contacts (2 or 3 each, in
priority order), the real 2026-27 England calendar, register marks from the first day
of term to yesterday, and four staff logins. A fixed seed makes it the same every time,
except the staff passwords, which are new on each build.

Parents' numbers are Ofcom's drama range, +447700900000 to +447700900998, which can
never reach a real phone; the last one, +447700900999, is the DSL's. So at most 999
contacts fit: about 600 pupils.

Building again replaces the previous demo school. If it was used (its marks have
audit entries, which can never be deleted), it is renamed "... (retired)" instead and
its parents' numbers freed, so the new demo answers them.
"""
from __future__ import annotations

import itertools
import random
import secrets
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Table, delete, exists, insert, or_, select, update
from sqlalchemy.orm import Session

from models import Base, ClosureDay, CodeChange, Contact, Pupil, PupilContact, School, SessionMark
from models import StaffUser, Term, staff_school, utcnow
from models.calendar import HalfTerm, SchoolCalendar
from rollcall.demo_history import assign_profiles, pupil_marks
from rollcall.demo_names import FOSTER_SURNAMES, HERITAGES, PREFERRED_NAMES, Heritage

DEMO_URN = "999999"
DEMO_NAME = "Larkspur Academy (demo)"
DEMO_SEED = 20261125
DEMO_EMAIL_DOMAIN = "larkspur.example"
LONDON = ZoneInfo("Europe/London")

DRAMA_NUMBERS = tuple(f"+447700900{n:03d}" for n in range(1000))
DSL_PHONE = DRAMA_NUMBERS[-1]
PARENT_NUMBERS = DRAMA_NUMBERS[:-1]

# The 2026-27 England calendar: half terms with their five INSET days inside them,
# leaving the 190 school days a year the law asks for.
HALF_TERMS_2026_27 = (
    HalfTerm("Autumn 1", "Autumn", date(2026, 9, 1), date(2026, 10, 23)),
    HalfTerm("Autumn 2", "Autumn", date(2026, 11, 2), date(2026, 12, 18)),
    HalfTerm("Spring 1", "Spring", date(2027, 1, 4), date(2027, 2, 12)),
    HalfTerm("Spring 2", "Spring", date(2027, 2, 22), date(2027, 3, 25)),
    HalfTerm("Summer 1", "Summer", date(2027, 4, 12), date(2027, 5, 28)),
    HalfTerm("Summer 2", "Summer", date(2027, 6, 7), date(2027, 7, 21)),
)
INSET_DAYS_2026_27 = (
    date(2026, 9, 1), date(2026, 9, 2), date(2026, 11, 27), date(2027, 1, 4), date(2027, 7, 21),
)

YEAR_GROUPS = (7, 8, 9, 10, 11)
FORM_SIZE = 30
STAFF = (  # role, name, email user, phone
    ("attendance_officer", "Joanne Pearce", "attendance", None),
    ("dsl", "Marcus Adeyemi", "dsl", DSL_PHONE),
    ("head", "Dr Helen Whitfield", "head", None),
    ("admin", "Sam Carter", "admin", None),
)
# (weight, carers as (relationship, sex)): who a family's contacts are, first to call first.
FAMILY_SHAPES = (
    (50, (("Mother", "f"), ("Father", "m"))),
    (28, (("Mother", "f"), ("Father", "m"), ("Grandmother", "f"))),
    (10, (("Mother", "f"), ("Grandmother", "f"))),
    (5, (("Mother", "f"), ("Stepfather", "m"))),
    (4, (("Father", "m"), ("Grandmother", "f"))),
    (3, (("Mother", "f"), ("Aunt", "f"))),
)
WITH_PARENTAL_RESPONSIBILITY = frozenset({"Mother", "Father"})


@dataclass
class PlannedPupil:
    first: str
    last: str
    preferred: str | None
    year: int
    date_of_birth: date
    on_roll_from: date
    form: str = ""
    mis_id: str = ""
    upn: str = ""
    profile: str = "good"
    send_status: str = "none"
    has_social_worker: bool = False
    looked_after: bool = False
    medical_evidence_required: bool = False
    id: int | None = None

    @property
    def name(self) -> str:
        return f"{self.preferred or self.first} {self.last}"

    def columns(self, school_id: int) -> dict:
        return dict(
            school_id=school_id, mis_id=self.mis_id, upn=self.upn, legal_first_name=self.first,
            legal_last_name=self.last, preferred_name=self.preferred, year_group=self.year,
            form=self.form, date_of_birth=self.date_of_birth, on_roll_from=self.on_roll_from,
            has_social_worker=self.has_social_worker, looked_after=self.looked_after,
            send_status=self.send_status, medical_evidence_required=self.medical_evidence_required,
        )


@dataclass
class PlannedContact:
    name: str
    relationship: str
    language: str
    email: str | None
    phone: str = ""
    id: int | None = None

    def columns(self, school_id: int) -> dict:
        return dict(
            school_id=school_id, name=self.name, phone_e164=self.phone, email=self.email,
            language=self.language,
        )


@dataclass
class Family:
    heritage: Heritage
    children: list[PlannedPupil]
    carers: list[PlannedContact]


@dataclass(frozen=True)
class StaffLogin:
    role: str
    name: str
    email: str
    password: str
    phone: str | None


@dataclass(frozen=True)
class DemoParent:
    name: str
    phone: str
    language: str
    children: tuple[str, ...]  # "Aisha Khan (Year 7, 7B)"


@dataclass
class DemoSummary:
    school_id: int
    name: str
    urn: str
    pupils: int
    contacts: int
    marks: int
    history: tuple[date, date] | None  # first and last day with marks
    staff: list[StaffLogin] = field(default_factory=list)
    parents: list[DemoParent] = field(default_factory=list)
    retired: str | None = None  # the previous demo's new name, when it had to be kept


def build_demo(
    session: Session, pupils: int = 600, *, today: date | None = None, seed: int = DEMO_SEED
) -> DemoSummary:
    """Build (or rebuild) the demo school in `session`; the caller commits."""
    today = today or datetime.now(LONDON).date()
    rng = random.Random(seed)
    retired = _clear_previous_demo(session)
    school = _new_school(session)
    families = plan_families(rng, pupils)
    _insert_people(session, school, families)
    history_days = _history_days(today)
    marks = _insert_history(session, rng, families, history_days)
    staff = _upsert_staff(session, school)
    return DemoSummary(
        school_id=school.id, name=school.name, urn=school.urn,
        pupils=sum(len(f.children) for f in families),
        contacts=sum(len(f.carers) for f in families), marks=marks,
        history=(history_days[0], history_days[-1]) if history_days else None,
        staff=staff, parents=_sample_parents(families), retired=retired,
    )


# --- The school and its calendar ------------------------------------------------------

def _new_school(session: Session) -> School:
    school = School(
        name=DEMO_NAME, urn=DEMO_URN, office_phone="0113 496 0000",
        office_email=f"office@{DEMO_EMAIL_DOMAIN}", sms_number="+441134960001",
    )
    school.terms = [
        Term(name=h.name, term=h.term, start_date=h.start, end_date=h.end) for h in HALF_TERMS_2026_27
    ]
    school.closures = [
        ClosureDay(date=d, kind="inset", description="INSET day") for d in INSET_DAYS_2026_27
    ]
    session.add(school)
    session.flush()
    return school


def demo_calendar() -> SchoolCalendar:
    return SchoolCalendar(HALF_TERMS_2026_27, INSET_DAYS_2026_27)


def _history_days(today: date) -> list[date]:
    """School days from the first day of the year's first term up to yesterday."""
    return list(demo_calendar().school_days(HALF_TERMS_2026_27[0].start, today - timedelta(days=1)))


# --- Families: pupils and their contacts ---------------------------------------------

def plan_families(rng: random.Random, pupil_count: int) -> list[Family]:
    """Families for `pupil_count` pupils, with forms, ids, flags and attendance profiles."""
    slots = [YEAR_GROUPS[i % len(YEAR_GROUPS)] for i in range(pupil_count)]
    rng.shuffle(slots)
    families = []
    while slots:
        size = min(len(slots), rng.choices((1, 2, 3), (68, 26, 6))[0])
        heritage = rng.choices(HERITAGES, [h.weight for h in HERITAGES])[0]
        surname = rng.choice(heritage.surnames)
        children = _plan_children(rng, heritage, surname, _sibling_years(slots, size))
        families.append(Family(heritage, children, _plan_carers(rng, heritage, surname)))
    _place_in_care(rng, families)
    _fit_phone_numbers(families)
    pupils = [child for family in families for child in family.children]
    _number_pupils(pupils)
    _assign_forms(rng, pupils)
    _assign_needs(rng, pupils)
    return families


def _sibling_years(slots: list[int], size: int) -> list[int]:
    """Take `size` year groups from the pool; siblings are in different years where possible."""
    years = [slots.pop()]
    while len(years) < size:
        index = next((i for i, y in enumerate(slots) if y not in years), len(slots) - 1)
        years.append(slots.pop(index))
    return years


def _plan_children(
    rng: random.Random, heritage: Heritage, surname: str, years: list[int]
) -> list[PlannedPupil]:
    children: list[PlannedPupil] = []
    for year in years:
        names = heritage.boys if rng.random() < 0.5 else heritage.girls
        first = rng.choice([n for n in names if n not in {c.first for c in children}] or names)
        preferred = PREFERRED_NAMES.get(first) if rng.random() < 0.6 else None
        # Year 7 in 2026-27 was born between September 2014 and August 2015.
        born_from = date(2026 - year - 5, 9, 1)
        joined = date(2026 - (year - 7), 9, 1)
        children.append(PlannedPupil(
            first=first, last=surname, preferred=preferred, year=year,
            date_of_birth=born_from + timedelta(days=rng.randrange(365)), on_roll_from=joined,
        ))
    return children


def _plan_carers(rng: random.Random, heritage: Heritage, surname: str) -> list[PlannedContact]:
    shapes, weights = zip(*((shape, weight) for weight, shape in FAMILY_SHAPES))
    carers = []
    for relationship, sex in rng.choices(shapes, weights)[0]:
        first = rng.choice(heritage.women if sex == "f" else heritage.men)
        keeps_name = relationship == "Father" or (relationship == "Mother" and rng.random() < 0.8)
        last = surname if keeps_name else rng.choice(heritage.surnames)
        carers.append(_contact(rng, first, last, relationship, _language(rng, heritage)))
    return carers


def _contact(rng: random.Random, first: str, last: str, relationship: str, language: str) -> PlannedContact:
    email = None
    if rng.random() < 0.6:
        local = _ascii(f"{first}.{last}").lower().replace("'", "").replace(" ", "")
        email = f"{local}{rng.randint(1, 99)}@example.com"
    return PlannedContact(f"{first} {last}", relationship, language, email)


def _language(rng: random.Random, heritage: Heritage) -> str:
    codes, weights = zip(*heritage.languages)
    return rng.choices(codes, weights)[0]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _place_in_care(rng: random.Random, families: list[Family]) -> None:
    """A few only children live with foster carers: looked after, with a social worker."""
    only_children = [f for f in families if len(f.children) == 1]
    british = HERITAGES[0]
    for family in rng.sample(only_children, min(len(only_children), max(1, round(len(families) / 120)))):
        surname = rng.choice(FOSTER_SURNAMES)
        family.carers = [
            _contact(rng, rng.choice(british.women), surname, "Foster Carer", "en"),
            _contact(rng, rng.choice(british.men), surname, "Foster Carer", "en"),
        ]
        child = family.children[0]
        child.looked_after = child.has_social_worker = True


def _fit_phone_numbers(families: list[Family]) -> None:
    """Give each contact a drama number; drop third contacts if the numbers run short."""
    total = sum(len(f.carers) for f in families)
    for family in reversed(families):
        if total <= len(PARENT_NUMBERS):
            break
        total -= len(family.carers[2:])
        del family.carers[2:]
    if total > len(PARENT_NUMBERS):
        raise ValueError(
            f"the demo has {len(PARENT_NUMBERS)} parents' numbers, too few for "
            f"{sum(len(f.children) for f in families)} pupils: build at most about 600"
        )
    contacts = (c for f in families for c in f.carers)
    for contact, number in zip(contacts, PARENT_NUMBERS):
        contact.phone = number


def _number_pupils(pupils: list[PlannedPupil]) -> None:
    for n, pupil in enumerate(pupils, start=1):
        pupil.mis_id = f"{1000 + n:06d}"
        # LA 999 and school 4999 are made up; a UPN is issued in the year a child starts school.
        pupil.upn = upn(f"9994999{(2026 - pupil.year) % 100:02d}{n % 1000:03d}")


def upn(last_twelve: str) -> str:
    """A UPN: the DfE check letter, then LA (3), school (4), year issued (2), serial (3)."""
    letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
    total = sum(int(ch) * weight for ch, weight in zip(last_twelve, range(2, 14)))
    return letters[total % 23] + last_twelve


def _assign_forms(rng: random.Random, pupils: list[PlannedPupil]) -> None:
    by_year: dict[int, list[PlannedPupil]] = defaultdict(list)
    for pupil in pupils:
        by_year[pupil.year].append(pupil)
    for year, members in by_year.items():
        forms = [f"{year}{letter}" for letter in "ABCDEFGH"[: max(1, round(len(members) / FORM_SIZE))]]
        rng.shuffle(members)
        for pupil, form in zip(members, itertools.cycle(forms)):
            pupil.form = form


def _assign_needs(rng: random.Random, pupils: list[PlannedPupil]) -> None:
    """Attendance profiles, SEN, social workers and medical-evidence flags."""
    for pupil, profile in zip(pupils, assign_profiles(rng, len(pupils))):
        pupil.profile = profile
    order = rng.sample(pupils, len(pupils))

    def count(share: float) -> int:
        return max(1, round(len(pupils) * share))

    for pupil in order[: count(0.025)]:
        pupil.send_status = "ehcp"
    for pupil in order[count(0.025): count(0.025) + count(0.12)]:
        pupil.send_status = "sen_support"
    severe = [p for p in order if p.profile == "severe"]
    for pupil in severe[:1] + order[-count(0.015):]:
        pupil.has_social_worker = True
    persistent = [p for p in order if p.profile == "persistent"]
    for pupil in persistent[: count(0.02)]:
        pupil.medical_evidence_required = True
    for pupil in order[len(order) // 2: len(order) // 2 + count(0.005)]:
        pupil.on_roll_from = date(2026, 10, 5)  # joined mid-term


def _insert_people(session: Session, school: School, families: list[Family]) -> None:
    pupils = [c for f in families for c in f.children]
    contacts = [c for f in families for c in f.carers]
    _insert_returning_ids(session, Pupil, [p.columns(school.id) for p in pupils], pupils)
    _insert_returning_ids(session, Contact, [c.columns(school.id) for c in contacts], contacts)
    links = [
        {"pupil_id": child.id, "contact_id": carer.id, "priority": priority,
         "parental_responsibility": carer.relationship in WITH_PARENTAL_RESPONSIBILITY,
         "relationship": carer.relationship}
        for family in families for child in family.children
        for priority, carer in enumerate(family.carers, start=1)
    ]
    if links:
        session.execute(insert(PupilContact), links)


def _insert_returning_ids(session: Session, model: type, rows: list[dict], plans: Sequence) -> None:
    if not rows:
        return
    ids = session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), rows).all()
    for plan, new_id in zip(plans, ids):
        plan.id = new_id


# --- Register history -----------------------------------------------------------------

def _insert_history(
    session: Session, rng: random.Random, families: list[Family], days: list[date]
) -> int:
    pupils = [c for f in families for c in f.children]
    trips = _trip_days(rng, pupils, days)
    now = utcnow()
    rows = [
        {"pupil_id": pupil.id, "date": day, "session": session_name, "code": code,
         "status": "confirmed", "source": "mis", "updated_at": now}
        for pupil in pupils
        for (day, session_name), code in pupil_marks(
            rng, pupil.profile, [d for d in days if d >= pupil.on_roll_from],
            trip_days=trips.get(pupil.form, frozenset()),
        ).items()
    ]
    # Core's executemany on the table: the ORM's bulk path costs half as much again here.
    for start in range(0, len(rows), 10_000):
        session.execute(insert(SessionMark.__table__), rows[start:start + 10_000])
    return len(rows)


def _trip_days(
    rng: random.Random, pupils: list[PlannedPupil], days: list[date]
) -> dict[str, frozenset[date]]:
    """One form in each year went on an educational visit (V) one day this term."""
    if len(days) < 10:
        return {}
    forms = sorted({(p.year, p.form) for p in pupils})
    trips = {}
    for year in YEAR_GROUPS:
        year_forms = [form for y, form in forms if y == year]
        if year_forms:
            trips[rng.choice(year_forms)] = frozenset({rng.choice(days[3:-3])})
    return trips


# --- Staff ----------------------------------------------------------------------------

def _upsert_staff(session: Session, school: School) -> list[StaffLogin]:
    logins = []
    for role, name, user, phone in STAFF:
        email = f"{user}@{DEMO_EMAIL_DOMAIN}"
        password = secrets.token_urlsafe(9)
        staff = session.scalar(select(StaffUser).where(StaffUser.email == email))
        if staff is None:
            staff = StaffUser(email=email)
            session.add(staff)
        staff.name, staff.role, staff.phone_e164, staff.active = name, role, phone, True
        staff.set_password(password)
        staff.schools = [school]
        logins.append(StaffLogin(role, name, email, password, phone))
    session.flush()
    return logins


# --- Sample parents to text as --------------------------------------------------------

def _sample_parents(families: list[Family]) -> list[DemoParent]:
    """A few first-to-call contacts to try the bot with: one with two children, one with
    one, one who would rather read another language, one whose child is often absent."""
    picks = [
        lambda f: len(f.children) == 2,
        lambda f: len(f.children) == 1 and f.carers[0].language == "en",
        lambda f: f.carers[0].language != "en",
        lambda f: any(c.profile in ("persistent", "severe") for c in f.children),
    ]
    chosen: list[Family] = []
    for wanted in picks:
        family = next((f for f in families if wanted(f) and f not in chosen), None)
        if family is not None:
            chosen.append(family)
    return [
        DemoParent(
            f.carers[0].name, f.carers[0].phone, f.carers[0].language,
            tuple(f"{c.name} (Year {c.year}, {c.form})" for c in f.children),
        )
        for f in chosen
    ]


# --- Replacing the previous demo ------------------------------------------------------

def _clear_previous_demo(session: Session) -> str | None:
    school = session.scalar(select(School).where(School.urn == DEMO_URN))
    if school is None:
        return None
    owned = rows_of_school(school.id)
    if session.scalar(select(exists().where(owned[CodeChange.__table__]))):
        return _retire(session, school)
    for table in reversed(Base.metadata.sorted_tables):
        if table in owned:
            session.execute(delete(table).where(owned[table]))
    session.expunge(school)
    return None


def rows_of_school(school_id: int) -> dict[Table, ColumnElement[bool]]:
    """For every table, the condition picking the rows that belong to one school: its
    own, and (through foreign keys) everything that hangs off them."""
    conditions: dict[Table, ColumnElement[bool]] = {}
    for table in Base.metadata.sorted_tables:
        clauses = []
        if table is School.__table__:
            clauses.append(table.c.id == school_id)
        elif "school_id" in table.c:
            clauses.append(table.c.school_id == school_id)
        for fk in table.foreign_keys:
            parent = fk.column.table
            if parent in conditions and parent is not table:
                clauses.append(fk.parent.in_(select(fk.column).where(conditions[parent])))
        if clauses:
            conditions[table] = or_(*clauses)
    return conditions


def _retire(session: Session, school: School) -> str:
    """Keep a used demo school (its audit trail cannot go) but take it out of the way."""
    school.urn = f"retired-{school.id}"
    school.name = f"{school.name} (retired)"
    school.sms_number = None
    session.execute(
        update(Contact).where(Contact.school_id == school.id)
        .values(phone_e164=None, telegram_chat_id=None)
    )
    session.execute(delete(staff_school).where(staff_school.c.school_id == school.id))
    session.flush()
    return school.name


# --- What `rollcall demo` prints ------------------------------------------------------

def describe(summary: DemoSummary, seconds: float | None = None) -> str:
    took = f" in {seconds:.1f} s" if seconds is not None else ""
    history = (
        f"register marks from {summary.history[0]:%-d %b} to {summary.history[1]:%-d %b %Y}"
        if summary.history else "no register history yet"
    )
    lines = [
        f"Built {summary.name} (URN {summary.urn}){took}:",
        f"  {summary.pupils} pupils, {summary.contacts} contacts, {summary.marks:,} {history}.",
    ]
    if summary.retired:
        lines.append(f"  The previous demo had audited changes, so it was kept as {summary.retired!r}.")
    lines += ["", "Staff logins (email / password; the officers' web app comes next):"]
    lines += [
        f"  {s.role.replace('_', ' '):<19} {s.email:<28} {s.password}"
        + (f"   phone {_local(s.phone)}" if s.phone else "")
        for s in summary.staff
    ]
    lines += ["", "Demo parents to text as:"]
    for parent in summary.parents:
        language = "" if parent.language == "en" else f", prefers '{parent.language}'"
        lines.append(f"  {_local(parent.phone)}  {parent.name}{language}: parent of "
                     + " and ".join(parent.children))
    lines += [
        "",
        "Next: run `ROLLCALL_MODE=demo rollcall serve`, then open",
        "http://127.0.0.1:8000/simulator and text the bot as one of these parents.",
    ]
    return "\n".join(lines)


def _local(e164: str) -> str:
    national = "0" + e164[3:]
    return f"{national[:5]} {national[5:]}"

