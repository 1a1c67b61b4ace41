"""Issue 9 part B: runtime, run context, st.user/login, st.connection, st.context, imports.

Run against Streamlit 1.67 too (TABLIT_REFERENCE=1) where the behaviour is
the same; tablit's own texts for what a tab cannot do are skipped there.
"""

import json
import os
import textwrap

import pytest
from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="tablit's own behaviour in a browser tab")


def run(src, **kw):
    return AppTest.from_string(textwrap.dedent(src), default_timeout=10).run(**kw)


def test_runtime_exists_and_script_run_ctx_inside_a_run():
    at = run("""
        import streamlit as st
        from streamlit import runtime
        from streamlit.runtime.scriptrunner import get_script_run_ctx, add_script_run_ctx
        import threading
        ctx = get_script_run_ctx()
        st.text(f"exists={runtime.exists()} ctx={ctx is not None}")
        st.session_state.setdefault("sid", ctx.session_id)
        st.text(f"same={st.session_state.sid == ctx.session_id} str={isinstance(ctx.session_id, str)}")
        t = threading.Thread(target=lambda: None)
        st.text(f"thread={add_script_run_ctx(t) is t}")
    """)
    assert not at.exception
    assert at.text[0].value == "exists=True ctx=True"
    assert at.text[2].value == "thread=True"
    at.run()
    assert at.text[1].value == "same=True str=True"


def test_outside_a_run_there_is_no_context():
    import importlib

    from tablit.runtime.scriptrunner import get_script_run_ctx
    from tablit import runtime

    assert get_script_run_ctx(suppress_warning=True) is None
    assert runtime.exists() is False
    with pytest.raises(RuntimeError):
        runtime.get_instance()
    assert importlib.import_module("tablit.runtime.scriptrunner_utils.script_run_context")


def test_components_v1_is_an_attribute_and_imports_work():
    at = run("""
        import streamlit as st
        import streamlit.errors, streamlit.delta_generator, streamlit.column_config
        from streamlit.runtime.uploaded_file_manager import UploadedFile
        from streamlit.logger import get_logger
        from streamlit.runtime.state import SessionStateProxy
        from streamlit.typing import UploadedFile as U2
        st.text(f"{callable(st.components.v1.html)} {U2 is UploadedFile} "
                f"{isinstance(st.session_state, SessionStateProxy)} "
                f"{issubclass(st.errors.StreamlitAPIException, st.errors.Error)}")
        get_logger(__name__).info("logged")
        st.text(type(st.sidebar).__name__ == streamlit.delta_generator.DeltaGenerator.__name__)
    """)
    assert not at.exception
    assert at.text[0].value == "True True True True"


def test_the_legacy_components_module_imports():
    """Streamlit's e2e app st_components_v1_import_legacy_file: 1.67 keeps
    ``streamlit.components.v1.components`` with ``declare_component`` and ``CustomComponent``."""
    at = run("""
        import streamlit as st
        from streamlit.components.v1 import components
        st.text(f"{callable(components.declare_component)} {isinstance(components.CustomComponent, type)}")
    """)
    assert not at.exception
    assert at.text[0].value == "True True"


@pytest.mark.skipif(REFERENCE, reason="Streamlit's AppTest gives its test user; its server, "
                    "like tablit's tab, gives {'is_logged_in': False}")
def test_user_is_never_logged_in(tmp_path):
    from tablit.bridge import Bridge

    # the tab (no AppTest user): signed out
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.text(repr(st.user.to_dict()))\n")
    out = json.loads(Bridge(str(script)).start())
    texts = [n["props"]["body"] for m in out if m["type"] == "render"
             for n in m["tree"]["main"]["children"]]
    assert texts == ["{'is_logged_in': False}"]
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.text(f"{st.user.is_logged_in} {st.user['is_logged_in']} {st.user.to_dict()} {len(st.user.tokens)}")
        try:
            st.user.email
        except AttributeError as e:
            st.text(str(e))
        try:
            st.user["name"] = "x"
        except Exception as e:
            st.text(f"{type(e).__name__}: {e}")
    """), default_timeout=10)
    at.user = {"is_logged_in": False}  # what the tab has
    at.run()
    assert not at.exception
    assert at.text[0].value == "False False {'is_logged_in': False} 0"
    assert at.text[1].value == 'st.user has no attribute "email".'
    assert at.text[2].value == "StreamlitAPIException: st.user cannot be modified"


def test_apptest_user_is_what_st_user_reads():
    # 1.67's AppTest: {"email": "test@example.com"} unless the test sets .user (e2e sweep,
    # values pass: st_write.py's st.write(st.user))
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.text(repr(st.user.to_dict()))
        st.text(repr(st.user.get("name")))
    """), default_timeout=10).run()
    assert [t.value for t in at.text] == ["{'email': 'test@example.com'}", "None"]
    at.user = {"is_logged_in": True, "email": "a@b.c", "name": "Ada"}
    at.run()
    assert [t.value for t in at.text] == ["{'is_logged_in': True, 'email': 'a@b.c', 'name': 'Ada'}", "'Ada'"]


@tablit_only
def test_unknown_st_name_names_tablit_and_streamlit():
    at = run("""
        import streamlit as st
        st.experimental_user_magic()
    """)
    assert "has no attribute 'experimental_user_magic'" in at.exception[0].value
    assert "tablit's browser runtime implements Streamlit" in at.exception[0].value


@pytest.mark.skipif(REFERENCE, reason="Streamlit needs SQLAlchemy, which the reference venv lacks")
def test_sqlite_connection_query_returns_a_dataframe(tmp_path):
    import sqlite3

    db = tmp_path / "data.db"
    with sqlite3.connect(db) as c:
        c.execute("create table pets (name text, age int)")
        c.executemany("insert into pets values (?, ?)", [("Rex", 3), ("Tom", 5)])
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(f"""
        import streamlit as st
        conn = st.connection("pets_db", type="sql", url="sqlite:///{db}")
        df = conn.query("select * from pets where age > :a order by name", params={{"a": 1}}, ttl=60)
        st.text(f"{{type(df).__name__}} {{list(df['name'])}} {{conn.driver}}")
        st.text(st.connection("pets_db", type="sql", url="sqlite:///{db}") is conn)
    """))
    at = AppTest.from_file(str(app), default_timeout=10).run()
    assert not at.exception, at.exception
    assert at.text[0].value == "DataFrame ['Rex', 'Tom'] pysqlite"
    assert at.text[1].value == "True"


@tablit_only
def test_sqlite_connection_from_secrets(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        '[connections.sql]\ndialect = "sqlite"\ndatabase = ":memory:"\n')
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent("""
        import streamlit as st
        conn = st.connection("sql")
        raw = conn.connect()
        raw.execute("create table t (x int)")
        raw.execute("insert into t values (7)")
        st.text(str(conn.query("select x from t")["x"].tolist()))
    """))
    at = AppTest.from_file(str(app), default_timeout=10).run()
    assert not at.exception, at.exception
    assert at.text[0].value == "[7]"


@tablit_only
@pytest.mark.parametrize("call, what", [
    ("st.connection('pg', type='sql', url='postgresql://u:p@db.example.com/x')", "a `postgresql` database"),
    ("st.connection('snowflake')", "Snowflake"),
])
def test_unreachable_backends_are_refused_clearly(call, what):
    at = run(f"import streamlit as st\n{call}\n")
    exc = at.exception[0]
    assert exc.props["type"] == "streamlit.errors.StreamlitAPIException"
    assert f"cannot reach {what} from tablit's browser runtime" in exc.value
    assert "sqlite:///data.db" in exc.value


@tablit_only
def test_declare_component_is_refused_with_a_reason():
    at = run("""
        import streamlit.components.v1 as components
        components.declare_component("my_comp", path="frontend")
    """)
    exc = at.exception[0]
    assert exc.props["type"] == "streamlit.errors.StreamlitAPIException"
    assert "tablit's browser runtime" in exc.value and "st.html" in exc.value


def test_context_without_a_browser():
    at = run("""
        import streamlit as st
        c = st.context
        st.text(f"{c.timezone} {c.timezone_offset} {c.locale} {c.theme.type}")
        st.text(f"{'url' in c} {'nope' in c} {c['locale']}")
    """)
    assert not at.exception
    assert at.text[0].value == "None None None None"
    assert at.text[1].value == "True False None"


@tablit_only
def test_context_reports_what_the_page_sent(tmp_path):
    import json

    from tablit.bridge import Bridge

    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "2_Stats.py").write_text("import streamlit as st\nst.text(st.context.url)\n")
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent("""
        import streamlit as st
        c = st.context
        st.text(f"{c.url} | {c.timezone} | {c.timezone_offset} | {c.locale} | {c.theme.type} | {c.is_embedded}")
        st.text(f"{c.cookies.to_dict()} | {c.headers['user-agent']} | {c.headers.get_all('ACCEPT-language')}")
        st.text(f"{c.ip_address} | {c['theme']['type']}")
    """))
    context = {"url": "https://apps.example.com/demo", "timezone": "Europe/Berlin",
               "timezone_offset": -60, "locale": "de-DE", "color_scheme": "dark",
               "is_embedded": False, "cookies": {"seen": "1"},
               "headers": [["User-Agent", "Chromium"], ["Accept-Language", "de-DE,en;q=0.9"]]}
    bridge = Bridge(str(app), context=context)
    texts = [n["props"]["body"] for n in json.loads(bridge.start())[-1]["tree"]["main"]["children"]]
    assert texts == [
        "https://apps.example.com/demo | Europe/Berlin | -60 | de-DE | dark | False",
        "{'seen': '1'} | Chromium | ['de-DE,en;q=0.9']",
        "None | dark",
    ]
    # a theme switch reported by the page: no run, the next run sees it
    assert json.loads(bridge.handle(json.dumps([{"type": "context", "context": {"color_scheme": "light"}}]))) == []
    out = json.loads(bridge.handle(json.dumps([{"type": "navigate", "page": "Stats", "query": ""}])))
    assert out[-1]["tree"]["main"]["children"][0]["props"]["body"] == "https://apps.example.com/demo/Stats"


@tablit_only
def test_bad_context_messages_are_refused(tmp_path):
    import json

    from tablit.bridge import Bridge
    from tablit.protocol import ProtocolError, check_context

    for bad in ({"color_scheme": "blue"}, {"timezone_offset": "60"}, {"cookies": {"a": 1}},
                {"headers": [["only-name"]]}, {"password": "x"}, []):
        with pytest.raises(ProtocolError):
            check_context(bad)
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\n")
    bridge = Bridge(str(app))
    bridge.start()
    out = json.loads(bridge.handle(json.dumps([{"type": "context", "context": {"locale": 5}}])))
    assert out[0]["type"] == "refused" and "context 'locale' must be a str" in out[0]["reason"]


@pytest.mark.parametrize("code, message", [
    ("st.title('T', text_alignment='middle')",
     "Invalid `text_alignment` value. Supported values: 'left', 'center', 'right', 'justify'."),
    ("st.markdown('m', wrap='no')", "Invalid `wrap` value. Supported values: True, False."),
    ("st.markdown('<b>m</b>', unsafe_allow_html=True, wrap=False)",
     "`wrap=False` and `unsafe_allow_html=True` cannot be used together. One-line markdown cannot "
     "ellipsize raw HTML. Pass `wrap=True` to render HTML, or omit `unsafe_allow_html` to truncate."),
    ("st.info('i', width='content')",
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
    ("st.header('h', icon=5)", "Invalid `icon` type. Expected one of: str, None. Provided type: int."),
])
def test_text_element_options_are_checked_as_1_67(code, message):
    at = run(f"import streamlit as st\n{code}\n")
    assert [e.value for e in at.exception] == [message]


def test_text_element_options_reach_the_page():
    at = run("""
        import streamlit as st
        st.title("Hello", icon="🎈", text_alignment="center", wrap=False)
        st.markdown("## Part", anchors=False, text_alignment="justify", width=300)
        st.caption("small", text_alignment="right")
        st.text("fixed", wrap=False)
        st.error("Body", title="Something *failed*", icon="🚨")
    """)
    assert not at.exception
    if REFERENCE:
        assert at.error[0].proto.title == "Something *failed*"
        return
    t = at.title[0].props
    assert (t["icon"], t["text_alignment"], t["wrap"]) == ("🎈", "center", False)
    m = at.markdown[0].props
    assert (m["anchors"], m["text_alignment"], m["width"]) == (False, "justify", 300)
    assert at.caption[0].props["text_alignment"] == "right"
    assert at.text[0].props["wrap"] is False
    assert (at.error[0].props["title"], at.error[0].props["icon"]) == ("Something *failed*", "🚨")


@tablit_only
def test_sqlalchemy_objects_without_sqlalchemy_are_refused_clearly():
    pytest.importorskip("sqlite3")
    try:
        import sqlalchemy  # noqa: F401
        pytest.skip("SQLAlchemy is installed here")
    except ImportError:
        pass
    at = run("""
        import streamlit as st
        conn = st.connection("mem", type="sql", url="sqlite://")
        st.text(conn.query("select 1 as one")["one"].tolist())
        conn.session
    """)
    assert at.text[0].value == "[1]"
    assert "`engine` and `session` are SQLAlchemy objects, and SQLAlchemy is not installed" in at.exception[0].value


@tablit_only
def test_a_third_party_connection_class_gets_its_secrets_and_is_cached(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        '[connections.notes]\ntype = "mynotes.NotesConnection"\nprefix = "note: "\n')
    (tmp_path / "mynotes.py").write_text(textwrap.dedent("""
        from streamlit.connections import BaseConnection
        made = []
        class NotesConnection(BaseConnection[list]):
            def _connect(self, **kwargs):
                made.append(1)
                return [self._secrets["prefix"] + "hello"]
            def first(self):
                return self._instance[0]
    """))
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent("""
        import streamlit as st
        import mynotes
        conn = st.connection("notes")
        st.text(f"{conn.first()} {len(mynotes.made)}")
    """))
    at = AppTest.from_file(str(app), default_timeout=10).run()
    assert not at.exception, at.exception
    assert at.text[0].value == "note: hello 1"
    at.run()
    assert at.text[0].value == "note: hello 1", "made once, then cached"


def test_an_old_style_rerun_exception_reruns():
    at = run("""
        import streamlit as st
        from streamlit.runtime.scriptrunner import RerunData, RerunException
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        if st.session_state.n < 3:
            raise RerunException(RerunData())
        st.text(f"runs={st.session_state.n}")
    """)
    assert not at.exception
    assert at.text[0].value == "runs=3"


@tablit_only
def test_repeated_headers_keep_every_value():
    from tablit.runtime.context_info import StreamlitHeaders

    h = StreamlitHeaders([("accept", "a"), ("Accept", "b")])
    assert (h["ACCEPT"], h.get_all("accept"), len(h), h.to_dict()) == ("a", ["a", "b"], 1, {"Accept": "a"})
