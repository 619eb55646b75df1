"""Tests of the transport-neutral conversation in bot/."""
