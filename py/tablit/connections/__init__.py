"""``streamlit.connections``: the connection classes apps and third-party packages use."""

from .base_connection import BaseConnection
from .sql_connection import SQLConnection

ExperimentalBaseConnection = BaseConnection

__all__ = ["BaseConnection", "ExperimentalBaseConnection", "SQLConnection"]
