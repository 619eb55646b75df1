"""Queueing outbound messages. The idempotency key makes queueing twice a no-op."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Outbox, utcnow
from models.db import insert_for


def enqueue(
    session: Session,
    *,
    key: str,
    channel: str,
    recipient: str,
    body: str,
    kind: str,
    school_id: int | None = None,
    contact_id: int | None = None,
    staff_user_id: int | None = None,
    payload: dict[str, Any] | None = None,
    not_before: datetime | None = None,
) -> Outbox:
    """Queue a message once per `key`; return the queued row (new or existing)."""
    values = dict(
        idempotency_key=key, channel=channel, recipient=recipient, body=body, kind=kind,
        school_id=school_id, contact_id=contact_id, staff_user_id=staff_user_id,
        payload=payload or {}, status="pending", attempts=0,
        next_attempt_at=not_before or utcnow(), created_at=utcnow(),
    )
    insert = insert_for(session.get_bind().dialect.name)
    session.execute(
        insert(Outbox).values(**values).on_conflict_do_nothing(index_elements=["idempotency_key"])
    )
    return session.scalars(select(Outbox).where(Outbox.idempotency_key == key)).one()
