"""Errors raised by AppTest itself (never by the app under test)."""

from __future__ import annotations


class AppTestError(Exception):
    """A test action AppTest cannot perform.

    Examples: updating a disabled widget, an update the app refused, or
    ``set_value`` on an element that has no value to set.  App errors are
    never raised: they appear as ``at.exception`` elements, as in Streamlit.
    """
