"""Shared pytest set-up: tests/py on sys.path (for ``apptest``), and fixtures."""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import textwrap

import pytest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"


def _reparse_reference_config():
    # Only for the real Streamlit: it parses config.toml once per process, so
    # force it to re-read the files of the current working directory.
    if REFERENCE:
        from streamlit import config

        config.get_config_options(force_reparse=True)


@pytest.fixture
def config_app(tmp_path, monkeypatch):
    """app.py plus an optional .streamlit/config.toml in tmp_path (also the cwd), as an AppTest.

    The config file sits next to the script *and* in the working directory,
    so it is found either way (tablit reads it beside the app, Streamlit in
    the working directory).
    """
    from apptest import AppTest

    def make(src, config_toml=None):
        if config_toml is not None:
            (tmp_path / ".streamlit").mkdir(exist_ok=True)
            (tmp_path / ".streamlit" / "config.toml").write_text(textwrap.dedent(config_toml))
        script = tmp_path / "app.py"
        script.write_text(textwrap.dedent(src))
        monkeypatch.chdir(tmp_path)
        _reparse_reference_config()
        return AppTest.from_file(str(script), default_timeout=10)

    yield make
    monkeypatch.undo()
    _reparse_reference_config()
