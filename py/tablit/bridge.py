"""The worker's entry point: JSON strings in, JSON strings out.

The worker passes strings rather than JS objects so nothing is converted
between JS and Python on the rerun path but two strings.
"""

from __future__ import annotations

import json
from typing import Any

from .runtime.session import AppSession


class Bridge:
    """One session of one app, driven by the page's messages."""

    def __init__(self, entrypoint: str, *, query: str = "", page: str = "",
                 config: dict[str, Any] | None = None) -> None:
        self.session = AppSession(entrypoint, config=config, query=query, page=page)

    def start(self) -> str:
        """Run the app for the first time; a JSON list of down messages."""
        return json.dumps([self.session.start()], default=str)

    def handle(self, up_json: str) -> str:
        """Apply a JSON list of queued up messages; a JSON list of down messages."""
        try:
            messages = json.loads(up_json)
        except ValueError as e:
            return json.dumps([{"type": "refused", "reason": f"not JSON: {e}", "message": up_json}])
        if not isinstance(messages, list):
            messages = [messages]
        return json.dumps(self.session.handle(messages), default=str)

    def rerun(self) -> str:
        """Re-run after the app's files changed (run-on-save), keeping state."""
        return self.handle('[{"type": "update", "changes": [], "trigger": null}]')
