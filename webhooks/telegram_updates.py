"""A Telegram update -> a stored message -> the conversation -> replies in the outbox.

`handle_update` is the one way an update enters Rollcall, used by the webhook
(webhooks/telegram_routes.py) and by `rollcall telegram --polling` alike.

- Private chats only: in a group, a reply naming a child would reach everyone in it.
- /start asks the parent to share their number with Telegram's contact button.
- A shared contact links the chat to the contact with that number, but only when it
  is the sender's own card (anyone can forward someone else's).
- An inline button press (callback query) is a text message holding the option's
  number. The caller answers the query itself (the webhook in its response body,
  polling through the Bot API) so the button stops spinning.
- An edited message is stored but not processed: the conversation already acted
  on the original, so the parent is asked to send a new message.
- Other updates (channel posts, reactions, membership changes) carry nothing from
  a parent and are ignored.

The provider id is the update_id plus the chat and the message (or the callback
query's id): a retried update repeats all of them, while Telegram restarts update_ids
at random after a week without updates, which a school holiday easily is.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from sqlalchemy.orm import Session
from telegram import Message as TelegramMessage
from telegram import Bot, Update

from bot.conversation import handle_inbound
from bot.identity import find_contact, link_telegram_chat
from bot.outbox import enqueue
from bot.replies import Reply, Texts, number_linked, start_prompt, unknown_sender
from models import Message, utcnow
from webhooks.inbound import Inbound, receive

# What set_webhook and polling ask Telegram for; everything else is never sent to us.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
BOT_ADDRESS = "telegram-bot"  # the recipient of every inbound message



class UnreadableUpdate(ValueError):
    """The body is not a Telegram Update Rollcall can read."""


@dataclass(frozen=True)
class Outcome:
    """What became of an update: its stored message (None when ignored), and the
    callback query the caller should answer, if any."""

    message: Message | None
    callback_query_id: str | None = None


def handle_update(session: Session, update: Update, *, rate_limit: int) -> Outcome:
    inbound = inbound_from_update(update)
    if inbound is None:
        return Outcome(None)
    received = receive(
        session, inbound, handler=partial(_respond, update=update),
        deliver=queue_replies, rate_limit=rate_limit,
    )
    query = update.callback_query
    return Outcome(received.message, query.id if query else None)


def parse_update(data: object, bot: Bot | None) -> Update:
    """A webhook body as an Update, checked as far as Rollcall reads it."""
    if not isinstance(data, dict):
        raise UnreadableUpdate("the body must be a JSON object")
    try:
        update = Update.de_json(data, bot)
        inbound_from_update(update)
    except Exception as exc:  # PTB raises whatever a malformed field provokes
        raise UnreadableUpdate(f"not a Telegram Update: {exc.__class__.__name__}") from exc
    return update


def inbound_from_update(update: Update) -> Inbound | None:
    """The parent's message in `update`, or None for updates Rollcall ignores."""
    if update.callback_query is not None:
        return _from_callback_query(update)
    telegram_message = update.message or update.edited_message
    if telegram_message is None or telegram_message.chat.type != "private":
        return None
    chat_id = telegram_message.chat.id
    provider_id = f"{update.update_id}:{chat_id}:{telegram_message.message_id}"
    if update.edited_message is not None:
        edited_at = telegram_message.edit_date.timestamp() if telegram_message.edit_date else 0
        return _inbound(f"{provider_id}:e{int(edited_at)}", chat_id,
                        _text(telegram_message), kind="edited")
    if telegram_message.contact is not None:
        return _inbound(provider_id, chat_id, telegram_message.contact.phone_number,
                        kind="contact")
    return _inbound(provider_id, chat_id, _text(telegram_message))


def _from_callback_query(update: Update) -> Inbound | None:
    query = update.callback_query
    chat = query.message.chat if query.message is not None else None
    if chat is not None and chat.type != "private":
        return None
    # Without the message (too old to be sent), a private chat's id is the user's.
    chat_id = chat.id if chat is not None else query.from_user.id
    return _inbound(f"{update.update_id}:{chat_id}:q{query.id}", chat_id, query.data or "",
                    kind="button")


def _inbound(provider_id: str, chat_id: int, body: str, kind: str | None = None) -> Inbound:
    return Inbound(
        channel="telegram", provider="telegram", provider_id=provider_id[:64],
        sender=str(int(chat_id)), recipient=BOT_ADDRESS, body=str(body).replace("\x00", ""),
        kind=kind,
    )


def _text(telegram_message: TelegramMessage) -> str:
    return telegram_message.text or telegram_message.caption or ""


def _respond(session: Session, message: Message, *, update: Update) -> list[Reply]:
    if message.kind == "edited":
        _mark_processed(message)
        return [Reply(Texts().edited_message())]
    if message.kind == "contact":
        return _link_shared_contact(session, message, update.message)
    if message.body.strip().lower().startswith("/start"):
        return _start(session, message)
    return handle_inbound(session, message)


def _start(session: Session, message: Message) -> list[Reply]:
    contact = find_contact(session, "telegram", message.sender)
    _mark_processed(message, contact)
    if contact is not None:
        return [number_linked(contact.language)]
    return [start_prompt()]


def _link_shared_contact(
    session: Session, message: Message, telegram_message: TelegramMessage
) -> list[Reply]:
    shared = telegram_message.contact
    sender = telegram_message.from_user
    if sender is None or shared.user_id != sender.id:
        # Someone else's card proves nothing about who is writing: ask again.
        _mark_processed(message)
        return [start_prompt()]
    contact = link_telegram_chat(session, telegram_message.chat.id,
                                 _international(shared.phone_number))
    _mark_processed(message, contact)
    if contact is None:
        return [unknown_sender()]
    return [number_linked(contact.language)]


def _international(phone: str) -> str:
    """Telegram gives numbers in international form, often without the "+"."""
    digits = phone.strip()
    return digits if digits.startswith("+") else f"+{digits}"


def _mark_processed(message: Message, contact=None) -> None:
    message.status = "processed"
    message.processed_at = utcnow()
    if contact is not None:
        message.contact_id = contact.id
        message.school_id = contact.school_id


def queue_replies(session: Session, message: Message, replies) -> None:
    """Telegram replies go out through the outbox: the sender turns options into
    inline buttons and request_phone into the share-my-number button."""
    for index, reply in enumerate(replies):
        enqueue(
            session, key=f"reply:{message.id}:{index}", channel="telegram",
            recipient=message.sender, body=reply.text, kind="reply",
            school_id=message.school_id, contact_id=message.contact_id,
            payload={"options": list(reply.options), "request_phone": reply.request_phone},
        )
