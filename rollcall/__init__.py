"""Wiring: configuration and the `rollcall` command line."""
