"""st.secrets: read from .streamlit/secrets.toml beside the app, or set through AppTest."""

import os

import pytest
from apptest import AppTest

# Streamlit reads secrets.toml from the working directory; tablit also looks
# beside the app (the worker's working directory is the app folder).
tablit_only = pytest.mark.skipif(os.environ.get("TABLIT_REFERENCE") == "1",
                                 reason="secrets beside the app is tablit's lookup")

APP = "import streamlit as st\nst.write(st.secrets.api_key, st.secrets['db']['user'], st.secrets.db.user)\n"


@tablit_only
def test_secrets_from_file(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('api_key = "abc"\n[db]\nuser = "u"\n')
    (tmp_path / "app.py").write_text(APP)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.markdown[0].value == "abc u u"


def test_secrets_set_by_the_test(tmp_path):
    (tmp_path / "app.py").write_text(APP)
    at = AppTest.from_file(str(tmp_path / "app.py"))
    at.secrets["api_key"] = "zz"
    at.secrets["db"] = {"user": "q"}
    at.run()
    assert at.markdown[0].value == "zz q q"


def test_missing_secret_is_a_key_error(tmp_path):
    (tmp_path / "app.py").write_text(
        "import streamlit as st\ntry:\n    st.secrets.nope\nexcept AttributeError as e:\n    st.text(str(e))\n")
    at = AppTest.from_file(str(tmp_path / "app.py"))
    at.secrets["other"] = 1
    at.run()
    assert at.text[0].value.startswith('st.secrets has no attribute "nope".')
