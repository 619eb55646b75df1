"""A fake Twilio and Telegram on 127.0.0.1, for tests that must cross real HTTP.

One threaded server answers Twilio's Messages endpoint
(POST /2010-04-01/Accounts/<sid>/Messages.json) and Telegram's sendMessage
(POST /bot<token>/sendMessage). Each recipient can be given a plan of replies
(errors, a hang) served in order; once the plan runs out every request succeeds.
The server keeps every request it received and whether it delivered it, so a
test can count how many times a message really went out.

    with FakeProviders() as fake:
        fake.plan("+447700900001", Reply.error(429), Reply.hang(), Reply.ok())
        channel = TwilioSMS(TwilioAccount(twilio_client(..., base_url=fake.url), ...))
"""
from __future__ import annotations

import itertools
import json
import re
import threading
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

TWILIO_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Messages\.json$")
TELEGRAM_PATH = re.compile(r"^/bot(?P<token>[^/]+)/sendMessage$")

TELEGRAM_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests: retry after {retry_after}",
}


@dataclass(frozen=True)
class Reply:
    """What the fake answers to one request."""

    status: int = 200
    code: int | None = None  # Twilio's error code
    retry_after: int | None = None  # Telegram's flood-control wait
    hangs: bool = False  # answer nothing until the client gives up

    @classmethod
    def ok(cls) -> Reply:
        return cls()

    @classmethod
    def error(cls, status: int, code: int | None = None, retry_after: int | None = None) -> Reply:
        return cls(status=status, code=code, retry_after=retry_after)

    @classmethod
    def hang(cls) -> Reply:
        return cls(hangs=True)


@dataclass
class Received:
    """One request the fake received, as the provider would have seen it."""

    provider: str  # twilio | telegram
    recipient: str  # Twilio's To, Telegram's chat_id
    params: dict[str, str]
    delivered: bool = False
    provider_id: str | None = None  # what the fake answered: a MessageSid, chat:message_id

    @property
    def body(self) -> str:
        return self.params.get("Body") or self.params.get("text") or ""


@dataclass
class _State:
    plans: dict[str, deque[Reply]] = field(default_factory=lambda: defaultdict(deque))
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    closing: threading.Event = field(default_factory=threading.Event)
    ids: itertools.count = field(default_factory=lambda: itertools.count(1))


class FakeProviders:
    """The fake server; use as a context manager or through the `fake_providers` fixture."""

    def __init__(self, hang_seconds: float = 5.0) -> None:
        self.hang_seconds = hang_seconds
        self._state = _State()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        # A short poll interval so close() does not wait half a second per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def telegram_base_url(self) -> str:
        """What `Bot(token, base_url=...)` takes: the token is appended to it."""
        return f"{self.url}/bot"

    def __enter__(self) -> FakeProviders:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self._state.closing.set()  # wakes hanging handlers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def plan(self, recipient: str | int, *replies: Reply) -> None:
        """Answer the next requests for `recipient` with `replies`, in order."""
        with self._state.lock:
            self._state.plans[str(recipient)].extend(replies)

    @property
    def received(self) -> list[Received]:
        with self._state.lock:
            return list(self._state.received)

    def delivered(self, **match: str) -> list[Received]:
        """Requests the fake accepted, optionally only those whose params match."""
        return [
            r for r in self.received
            if r.delivered and all(r.params.get(k) == v for k, v in match.items())
        ]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
                fake._handle(self)

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

        return Handler

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        params = _form_params(request.rfile.read(length).decode())
        if TWILIO_PATH.match(request.path):
            received = Received("twilio", params.get("To", ""), params)
        elif TELEGRAM_PATH.match(request.path):
            received = Received("telegram", params.get("chat_id", ""), params)
        else:
            _respond(request, 404, {"message": f"no fake for {request.path}"})
            return
        reply = self._next_reply(received)
        if reply.hangs:
            # Wait past the client's timeout, then drop the connection unanswered:
            # this request is not delivered.
            self._state.closing.wait(self.hang_seconds)
            request.close_connection = True
            return
        if reply.status >= 400:
            _respond(request, reply.status, _error_body(received.provider, reply))
            return
        with self._state.lock:
            number = next(self._state.ids)
            received.delivered = True
            received.provider_id = (
                f"SM{number:032x}" if received.provider == "twilio"
                else f"{received.recipient}:{number}"
            )
        _respond(request, 201 if received.provider == "twilio" else 200,
                 _success_body(received, number))

    def _next_reply(self, received: Received) -> Reply:
        with self._state.lock:
            self._state.received.append(received)
            plan = self._state.plans[received.recipient]
            return plan.popleft() if plan else Reply.ok()


def _form_params(text: str) -> dict[str, str]:
    return {key: values[-1] for key, values in parse_qs(text, keep_blank_values=True).items()}


def _respond(request: BaseHTTPRequestHandler, status: int, body: dict) -> None:
    data = json.dumps(body).encode()
    request.send_response(status)
    request.send_header("Content-Type", "application/json")
    request.send_header("Content-Length", str(len(data)))
    request.end_headers()
    request.wfile.write(data)


def _success_body(received: Received, number: int) -> dict:
    if received.provider == "twilio":
        return {
            "sid": received.provider_id, "status": "queued", "to": received.params.get("To"),
            "from": received.params.get("From"), "body": received.params.get("Body"),
            "messaging_service_sid": received.params.get("MessagingServiceSid"),
        }
    return {"ok": True, "result": {
        "message_id": number, "date": 1795600000, "text": received.params.get("text", ""),
        "chat": {"id": int(received.recipient), "type": "private"},
    }}


def _error_body(provider: str, reply: Reply) -> dict:
    if provider == "twilio":
        return {"code": reply.code or 20000 + reply.status, "status": reply.status,
                "message": f"fake Twilio error {reply.code or reply.status}"}
    description = TELEGRAM_DESCRIPTIONS.get(reply.status, f"fake Telegram error {reply.status}")
    body = {"ok": False, "error_code": reply.status,
            "description": description.format(retry_after=reply.retry_after)}
    if reply.retry_after:
        body["parameters"] = {"retry_after": reply.retry_after}
    return body


@pytest.fixture
def fake_providers():
    """A running fake Twilio + Telegram whose hangs outlast a client timeout of up to
    5 s (a hang ends early when the test finishes)."""
    with FakeProviders(hang_seconds=5.0) as fake:
        yield fake
