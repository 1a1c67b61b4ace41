"""``streamlit.logger.get_logger``: a logger that prints, as Streamlit's does.

Streamlit gives each named logger its own stderr handler at the global level
(``logger.level``, default "info") and stops propagation; apps that call
``get_logger(__name__).info(...)`` expect to see their lines.  In the tab,
stderr is the browser console.
"""

from __future__ import annotations

import logging
import sys

_loggers: dict[str, logging.Logger] = {}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def get_logger(name: str) -> logging.Logger:
    if name in _loggers:
        return _loggers[name]
    logger = logging.getLogger("streamlit") if name == "root" else logging.getLogger(name)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    _loggers[name] = logger
    return logger
