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


def test_no_secrets_file_at_all_says_so(tmp_path):
    """The docs' secrets example run without its secrets.toml: 1.67 raises "No secrets found" (a
    FileNotFoundError naming where it looked), not that one key is missing; ``get`` and ``in`` raise
    it too, attribute access is an AttributeError."""
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "try:\n    st.secrets.nope\nexcept AttributeError as e:\n    st.text('attr')\n"
        "try:\n    st.secrets.get('k', 'd')\nexcept FileNotFoundError as e:\n    st.text('get')\n"
        "st.write(st.secrets['db_username'])\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert [t.value for t in at.text] == ["attr", "get"]
    assert at.exception[0].value.startswith(
        "No secrets found. Valid paths for a secrets.toml file or secret directories are: ")
    assert "secrets.toml" in at.exception[0].value


@tablit_only
def test_root_level_secrets_are_environment_variables(tmp_path):
    """The docs' example: ``os.environ["db_username"] == st.secrets["db_username"]`` (str, int and
    float at the top level; not bool, not tables)."""
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        'tl_user = "u"\ntl_port = 5432\ntl_flag = true\n[tl_db]\nx = "y"\n')
    (tmp_path / "app.py").write_text(
        "import os\nimport streamlit as st\n"
        "st.text(str([os.environ.get(k) for k in ('tl_user', 'tl_port', 'tl_flag', 'tl_db')]))\n"
        "st.text(str(os.environ['tl_user'] == st.secrets['tl_user']))\n")
    try:
        at = AppTest.from_file(str(tmp_path / "app.py")).run()
        # (the second line reads st.secrets, which loads the file; the first ran before it)
        at.run()
        assert [t.value for t in at.text] == ["['u', '5432', None, None]", "True"]
    finally:
        for k in ("tl_user", "tl_port"):
            os.environ.pop(k, None)


@tablit_only
def test_secrets_files_merge_the_working_directorys_then_the_apps(tmp_path, monkeypatch):
    """As Streamlit merges its secrets.toml files (each later one's keys win): the working
    directory's, then the one beside the app."""
    app_dir, cwd = tmp_path / "app", tmp_path / "cwd"
    for d, text in ((app_dir, 'shared = "app"\nonly_app = 1\n'), (cwd, 'shared = "cwd"\nonly_cwd = 2\n')):
        (d / ".streamlit").mkdir(parents=True)
        (d / ".streamlit" / "secrets.toml").write_text(text)
    (app_dir / "app.py").write_text(
        "import streamlit as st\nst.text(str(sorted(st.secrets.to_dict().items())))\n")
    monkeypatch.chdir(cwd)
    at = AppTest.from_file(str(app_dir / "app.py")).run()
    assert at.text[0].value == "[('only_app', 1), ('only_cwd', 2), ('shared', 'app')]"
