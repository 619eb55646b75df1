"""Twilio's webhooks: inbound SMS and WhatsApp, and delivery status callbacks.

Every request must carry a valid X-Twilio-Signature, computed by Twilio with the
account's auth token over the public URL it called (PUBLIC_BASE_URL + path, so the
check holds behind a proxy or tunnel) and the posted fields. Without an auth token
(demo mode) nothing gets in this way; the simulator is the way in.
"""
from __future__ import annotations

from flask import Blueprint, Response, abort, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.conversation import handle_inbound
from bot.delivery import record_delivery_status
from webhooks.extensions import current_config, get_session
from webhooks.inbound import Inbound, receive, replies_to, reply_in_response

bp = Blueprint("twilio", __name__, url_prefix="/webhooks/twilio")

WHATSAPP_PREFIX = "whatsapp:"
MAX_ID_LENGTH = 64  # Message.provider_id, sender and recipient


@bp.before_request
def require_twilio_signature() -> None:
    token = current_config().twilio_auth_token
    signature = request.headers.get("X-Twilio-Signature", "")
    if not (token and signature and RequestValidator(token).validate(
        public_url(), request.form, signature
    )):
        abort(403)


def public_url() -> str:
    """The URL Twilio called, as the outside world spells it."""
    base = current_config().public_base_url or request.host_url.rstrip("/")
    query = request.query_string.decode("latin-1")
    return base + request.path + (f"?{query}" if query else "")


@bp.post("/sms")
def inbound_message() -> Response:
    session = get_session()
    received = receive(
        session, _inbound_from_form(), handler=handle_inbound,
        deliver=reply_in_response, rate_limit=current_config().rate_limit_per_minute,
    )
    return twiml(replies_to(session, received))


@bp.post("/status")
def delivery_status() -> tuple[str, int]:
    sid = _field("MessageSid")
    status = _field("MessageStatus")
    if not (sid and status):
        abort(400, "MessageSid and MessageStatus are required")
    session = get_session()
    record_delivery_status(session, sid, status, _field("ErrorCode") or None)
    session.commit()
    return "", 204


def twiml(bodies: list[str]) -> Response:
    response = MessagingResponse()
    for body in bodies:
        response.message(body)
    return Response(str(response), mimetype="text/xml")


def _inbound_from_form() -> Inbound:
    sid = _field("MessageSid") or _field("SmsSid")
    sender, recipient = _field("From"), _field("To")
    if not (sid and sender and recipient):
        abort(400, "MessageSid, From and To are required")
    channel = "whatsapp" if sender.lower().startswith(WHATSAPP_PREFIX) else "sms"
    sender_number, recipient_number = _address(sender), _address(recipient)
    return Inbound(
        channel=channel, provider="twilio", provider_id=sid,
        sender=sender_number, recipient=recipient_number, body=_field("Body", max_length=None),
        school_number=recipient_number,
    )


def _field(name: str, *, max_length: int | None = MAX_ID_LENGTH) -> str:
    """A posted field, fit to store: no NUL (PostgreSQL refuses it), ids bounded."""
    value = request.form.get(name, "").replace("\x00", "").strip()
    if max_length is not None and len(value) > max_length:
        abort(400, f"{name} is too long")
    return value


def _address(raw: str) -> str:
    """The number without WhatsApp's prefix; Twilio already gives E.164."""
    return raw[len(WHATSAPP_PREFIX):] if raw.lower().startswith(WHATSAPP_PREFIX) else raw

