"""``tablit.testing.v1``: AppTest, API-compatible with ``streamlit.testing.v1``.

A test written for Streamlit's AppTest runs unchanged with only the import
changed::

    from tablit.testing.v1 import AppTest
"""

from .app_test import AppTest
from .errors import AppTestError

__all__ = ["AppTest", "AppTestError"]
