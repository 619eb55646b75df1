"""Rollcall tests. A package, so tests/bot and tests/webhooks never shadow bot/ and webhooks/."""
