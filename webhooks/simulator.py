"""The simulator: try Rollcall without any account (demo mode only).

Pick a parent of the demo school and text the bot as them. The message takes the
same path as a real one (stored, then the conversation) on the `console` channel;
the page shows the replies as a phone would, and what is queued in the outbox for
that parent. The blueprint is not registered at all in production.
"""
from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from wtforms import HiddenField, TextAreaField
from wtforms.validators import DataRequired, Length

from bot.conversation import handle_inbound
from models import Contact, Message, Outbox, PupilContact, School
from models.school import local_zone
from rollcall.demo import DEMO_URN
from webhooks.extensions import current_config, get_session
from webhooks.inbound import Inbound, receive, reply_in_response

bp = Blueprint("simulator", __name__, url_prefix="/simulator")

THREAD_LENGTH = 40  # messages the phone shows
OUTBOX_LENGTH = 20
MAX_BODY = 1600  # what one long SMS can carry (10 segments)
SIMULATOR_NUMBER = "simulator"  # the "To" when the demo school has no sms_number


class TextForm(FlaskForm):
    contact_id = HiddenField(validators=[DataRequired()])
    body = TextAreaField("Message", validators=[DataRequired(), Length(max=MAX_BODY)])


@bp.get("")
def page():
    session = get_session()
    school = _demo_school(session)
    contact = _chosen_contact(session, school, request.args.get("contact"))
    form = TextForm(contact_id=contact.id if contact else "")
    return _render(session, school, contact, form)


@bp.post("/send")
def send():
    session = get_session()
    school = _demo_school(session)
    form = TextForm()
    contact = _chosen_contact(session, school, form.contact_id.data)
    if contact is None:
        abort(404, "no such demo parent")
    if not form.validate_on_submit():
        return _render(session, school, contact, form), 400
    receive(
        session,
        Inbound(channel="console", sender=contact.phone_e164,
                recipient=school.sms_number or SIMULATOR_NUMBER, body=form.body.data,
                school_id=school.id),
        handler=handle_inbound, deliver=reply_in_response,
        rate_limit=current_config().rate_limit_per_minute,
    )
    return redirect(url_for("simulator.page", contact=contact.id))


def _render(session: Session, school: School | None, contact: Contact | None, form: TextForm):
    return render_template(
        "simulator.html", school=school, contacts=_demo_contacts(session, school),
        relationships=_relationships, contact=contact, form=form,
        thread=_thread(session, contact) if contact else [],
        outbox=_outbox(session, contact) if contact else [],
        zone=local_zone(school),
    )


def _demo_school(session: Session) -> School | None:
    """The school `rollcall demo` built; failing that, the database's first school."""
    return session.scalars(
        select(School).order_by((School.urn == DEMO_URN).desc(), School.id).limit(1)
    ).first()


def _demo_contacts(session: Session, school: School | None) -> list[Contact]:
    if school is None:
        return []
    return list(session.scalars(
        select(Contact)
        .where(Contact.school_id == school.id, Contact.phone_e164.is_not(None))
        .options(selectinload(Contact.pupil_links).selectinload(PupilContact.pupil))
        .order_by(Contact.name, Contact.id)
    ))


def _relationships(contact: Contact) -> str:
    """What the contact is to each of their pupils, "Mother of Amy, Ben; Grandmother of
    Zoe": the relationship is the link's, so one contact may have several."""
    names_by_relationship: dict[str, list[str]] = {}
    for link in sorted(contact.pupil_links, key=lambda link: link.pupil_id):
        names = names_by_relationship.setdefault(link.relationship or "contact", [])
        names.append(link.pupil.first_name)
    described = [f"{relationship} of {', '.join(names)}"
                 for relationship, names in names_by_relationship.items()]
    return "; ".join(described) or "contact of no pupils"


def _chosen_contact(session: Session, school: School | None, raw_id: str | None) -> Contact | None:
    if school is None or not (raw_id or "").isdigit():
        return None
    contact = session.get(Contact, int(raw_id))
    if contact is None or contact.school_id != school.id or not contact.phone_e164:
        return None
    return contact


def _thread(session: Session, contact: Contact) -> list[Message]:
    """The simulator conversation with this parent: their texts and the replies."""
    texts = list(session.scalars(
        select(Message)
        .where(Message.channel == "console", Message.direction == "in",
               Message.sender == contact.phone_e164)
        .order_by(Message.id.desc()).limit(THREAD_LENGTH)
    ))
    replies = session.scalars(
        select(Message).where(Message.in_reply_to_id.in_([m.id for m in texts]))
    )
    return sorted([*texts, *replies], key=lambda m: m.id)[-THREAD_LENGTH:]


def _outbox(session: Session, contact: Contact) -> list[Outbox]:
    return list(session.scalars(
        select(Outbox).where(Outbox.contact_id == contact.id)
        .order_by(Outbox.id.desc()).limit(OUTBOX_LENGTH)
    ))
