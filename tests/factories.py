"""Small builders for test data: a school with a real 2026-27 calendar, pupils, contacts."""
from __future__ import annotations

import itertools
from datetime import date

from sqlalchemy.orm import Session

from models import ClosureDay, Contact, Pupil, PupilContact, School, Term
from models.phone import normalise_phone

HALF_TERMS_2026_27 = (
    ("Autumn 1", "Autumn", date(2026, 9, 3), date(2026, 10, 23)),
    ("Autumn 2", "Autumn", date(2026, 11, 2), date(2026, 12, 18)),
    ("Spring 1", "Spring", date(2027, 1, 5), date(2027, 2, 12)),
    ("Spring 2", "Spring", date(2027, 2, 22), date(2027, 3, 26)),
    ("Summer 1", "Summer", date(2027, 4, 12), date(2027, 5, 28)),
    ("Summer 2", "Summer", date(2027, 6, 7), date(2027, 7, 21)),
)
# An INSET day inside a half term, so tests see one that is not a holiday edge.
INSET_DAY = date(2026, 11, 27)

_serial = itertools.count(1)


def make_school(db: Session, **settings) -> School:
    n = next(_serial)
    school = School(
        name=settings.pop("name", f"Test School {n}"),
        urn=settings.pop("urn", f"9{n:05d}"),
        office_phone=settings.pop("office_phone", "01632 960000"),
        **settings,
    )
    for name, term, start, end in HALF_TERMS_2026_27:
        school.terms.append(Term(name=name, term=term, start_date=start, end_date=end))
    school.closures.append(ClosureDay(date=INSET_DAY, kind="inset", description="INSET"))
    db.add(school)
    db.flush()
    return school


def make_pupil(db: Session, school: School, first: str, last: str = "Smith", **fields) -> Pupil:
    n = next(_serial)
    pupil = Pupil(
        school=school,
        mis_id=fields.pop("mis_id", f"P{n:06d}"),
        legal_first_name=first,
        legal_last_name=last,
        year_group=fields.pop("year_group", 7),
        form=fields.pop("form", "7A"),
        **fields,
    )
    db.add(pupil)
    db.flush()
    return pupil


def make_contact(
    db: Session, school: School, phone: str, *pupils: Pupil, relationship: str | None = "Mother",
    **fields,
) -> Contact:
    """A contact linked to `pupils` (last in each one's priority order) as `relationship`."""
    contact = Contact(
        school=school,
        name=fields.pop("name", "Parent"),
        phone_e164=normalise_phone(phone),
        **fields,
    )
    db.add(contact)
    db.flush()
    for pupil in pupils:
        priority = len(pupil.contact_links) + 1
        db.add(PupilContact(pupil=pupil, contact=contact, priority=priority,
                            relationship=relationship))
    db.flush()
    return contact
