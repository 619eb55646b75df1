"""`rollcall serve`: the app under gunicorn, as in production.

The app is built once, before gunicorn forks its workers (what `--preload` does on
the command line), so the NLU pipeline is loaded once and shared, and a bad
configuration stops start-up with its message instead of killing workers one by one.
"""
from __future__ import annotations

import os

from flask import Flask
from gunicorn.app.base import BaseApplication

from rollcall.config import Config


# Measured on 2 cores (bench/webhook_load.py): cores + 1 processes of 4 threads each
# beat 2 x cores + 1 single-threaded ones. The work is CPU (the conversation, the ORM)
# and waiting on the database in turns; threads cover the waits, processes the CPU,
# and gthread keeps client connections alive where the sync worker closes each one.
DEFAULT_THREADS = 4


def default_workers() -> int:
    return (os.cpu_count() or 1) + 1


class _PreloadedApplication(BaseApplication):
    def __init__(self, app: Flask, options: dict) -> None:
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self.application


def serve(config: Config, *, host: str, port: int, workers: int,
          threads: int = DEFAULT_THREADS) -> None:
    from webhooks import create_app

    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        # Threads need gthread; one thread per worker is the plain sync worker.
        "worker_class": "gthread" if threads > 1 else "sync",
        "preload_app": True,
        "errorlog": "-",
        "proc_name": "rollcall-web",
    }
    _PreloadedApplication(create_app(config), options).run()
