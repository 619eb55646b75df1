from sqlalchemy import func, select

from bot.outbox import enqueue
from models import Outbox


def test_queueing_the_same_key_twice_queues_one_message(db):
    first = enqueue(db, key="chase:1:2026-11-24:1", channel="sms", recipient="+447700900001",
                    body="Hello", kind="chase")
    again = enqueue(db, key="chase:1:2026-11-24:1", channel="sms", recipient="+447700900001",
                    body="Hello again", kind="chase")
    db.commit()
    assert first.id == again.id
    assert again.body == "Hello"
    assert db.scalar(select(func.count()).select_from(Outbox)) == 1
