"""Layout blocks, tables, small elements, caching and multipage apps.

Tests that go through AppTest compare with real Streamlit 1.67 too:

    cd tests/py && TABLIT_REFERENCE=1 /work/venv-st/bin/python -m pytest -q test_layout_pages_cache.py

Tests marked ``tablit_only`` look at tablit's render tree or session directly
(node props, the navigation menu) and are skipped against Streamlit.
"""

import os
import sys
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="inspects tablit internals")
HEAD = "import streamlit as st\nss = st.session_state\n"


def app(src: str) -> AppTest:
    return AppTest.from_string(HEAD + textwrap.dedent(src))


def md(at) -> list:
    return [m.value for m in at.markdown]


def texts(at) -> list:
    return [t.value for t in at.text]


def write_files(root, files: dict) -> None:
    for rel, src in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEAD + textwrap.dedent(src), encoding="utf-8")


def session_for(path, **kw):
    """A tablit AppSession (for checks on the render message)."""
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "py"))
    from tablit.runtime.session import AppSession

    return AppSession(str(path), **kw)


def nodes(tree: dict):
    yield tree
    for child in tree.get("children") or []:
        yield from nodes(child)


# ==================================================================== layout
def test_columns_weights_and_page_order():
    at = app("""
        c1, c2 = st.columns([1, 3])
        c2.write("b")
        with c1:
            st.write("a")
    """).run()
    assert md(at) == ["a", "b"]
    assert [c.weight for c in at.columns] == [0.25, 0.75]


@pytest.mark.parametrize("spec, message", [
    ("0", "The `spec` argument to `st.columns` must be either a positive integer (number of "
          "columns) or a list of positive numbers (width ratios of the columns). See "
          "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
          "for more information."),
    ("[1, -1]", None),
    ("[]", None),
    ('"ab"', "Invalid `spec` type. Expected one of: int, sequence of numbers. Provided type: str."),
])
def test_columns_spec_errors(spec, message):
    at = app(f"""
        try:
            st.columns({spec})
        except Exception as e:
            st.write(type(e).__name__)
            st.text(str(e))
    """).run()
    if message is None:
        assert md(at) == ["StreamlitInvalidColumnSpecError"]
    else:
        assert texts(at) == [message]


def test_block_in_form_belongs_to_form():
    at = app("""
        with st.form("f"):
            (c,) = st.columns(1)
            c.text_input("T")
            with st.expander("E"):
                st.checkbox("C")
            st.form_submit_button()
    """).run()
    assert at.text_input[0].form_id == "f"
    assert at.checkbox[0].form_id == "f"


def test_empty_placeholder_replaces_and_clears():
    at = app("""
        ph = st.empty()
        ph.write("one")
        ph.write("two")
        box = st.empty()
        with box.container():
            st.write("a")
            st.write("b")
        gone = st.empty()
        gone.write("x")
        gone.empty()
        st.write("end")
    """).run()
    assert md(at) == ["two", "a", "b", "end"]


def test_tabs_and_expander():
    at = app("""
        t1, t2 = st.tabs(["A", "B"])
        t2.write("b")
        t1.write("a")
        with st.expander("More", expanded=True):
            st.write("inside")
    """).run()
    assert [t.label for t in at.tabs] == ["A", "B"]
    assert md(at) == ["a", "b", "inside"]
    assert at.expander[0].label == "More"
    assert md(at.tabs[1]) == ["b"]


def test_tabs_need_labels():
    at = app("""
        try:
            st.tabs([])
        except Exception as e:
            st.text(str(e))
    """).run()
    assert texts(at) == ["The `tabs` parameter is required. Provide at least one tab label."]


def test_keyed_expander_takes_part_in_duplicate_key_check():
    at = app("""
        with st.expander("E", key="k"):
            st.write("x")
        st.text_input("T", key="k")
    """).run()
    assert [e.value for e in at.exception] == [
        "There are multiple elements with the same `key='k'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create."]


@tablit_only
def test_layout_node_props(tmp_path):
    (tmp_path / "app.py").write_text(HEAD + textwrap.dedent("""
        st.columns(2, gap="large", vertical_alignment="center")
        st.container(height=100, key="c")
        st.popover("Pop", icon="🔥")
        st.sidebar.write("side")
    """))
    tree = session_for(tmp_path / "app.py").start()["tree"]
    main = tree["main"]["children"]
    assert main[0]["kind"] == "columns"
    assert main[0]["props"] == {"gap": "large", "vertical_alignment": "center", "border": False,
                                "width": "stretch", "wrap": True}
    assert [c["props"] for c in main[0]["children"]] == [
        {"weight": 0.5, "border": False, "vertical_alignment": "center"}] * 2
    assert {k: main[1]["props"][k] for k in ("border", "height", "key", "horizontal")} == {
        "border": True, "height": 100, "key": "c", "horizontal": False}
    assert main[2]["kind"] == "popover" and main[2]["props"]["label"] == "Pop"
    assert tree["sidebar"]["children"][0]["props"]["body"] == "side"


# ===================================================================== tables
def test_data_editor_returns_data_and_reads_empty_edits():
    at = app("""
        r = st.data_editor({"a": [1, 2]}, key="de")
        st.write(repr(r))
        st.write(repr(dict(ss.de)))
    """).run()
    assert md(at) == ["{'a': [1, 2]}",
                      "{'edited_rows': {}, 'added_rows': [], 'deleted_rows': []}"]


@tablit_only
@pytest.mark.parametrize("data, columns, rows", [
    ('{"a": [1, 2], "b": ["x", None]}', ["a", "b"], [["1", "x"], ["2", "\u00a0"]]),
    ('{"a": 1, "b": 2}', ["", "value"], [["a", "1"], ["b", "2"]]),
    ("[[1, 2], [3, 4]]", ["0", "1"], [["1", "2"], ["3", "4"]]),
    ('[{"x": 1}, {"y": True}]', ["x", "y"], [["1.0000", "\u00a0"], ["\u00a0", "true"]]),  # (1.67: x is float64)
    ("[1, 2]", ["value"], [["1"], ["2"]]),
    ("None", [], []),
])
def test_table_conversion(tmp_path, data, columns, rows):
    (tmp_path / "app.py").write_text(HEAD + f"st.table({data})\n")
    main = session_for(tmp_path / "app.py").start()["tree"]["main"]["children"]
    assert [n["kind"] for n in main] == ["table"]
    assert {k: main[0]["props"][k] for k in ("columns", "rows")} == {"columns": columns, "rows": rows}


# ============================================================= misc elements
def test_metric_progress_toast_latex():
    at = app("""
        st.metric("Temp", 70, -1.5)
        bar = st.progress(0)
        bar.progress(0.5)
        st.toast("hi")
        st.latex("e=mc^2")
        for bad in (101, "x"):
            try:
                st.progress(bad)
            except Exception as e:
                st.text(str(e))
        try:
            st.set_page_config(layout="x")
        except Exception as e:
            st.text(str(e))
    """).run()
    assert at.metric[0].value == "70"
    assert at.metric[0].body == "70"  # (1.67: the proto field, as some apps' tests read it)
    assert at.metric[0].delta == "-1.5"
    assert at.toast[0].value == "hi"
    assert at.latex[0].value == "$$\ne=mc^2\n$$"
    assert texts(at) == [
        "The `value` parameter, set to 101, is outside the required range [0, 100].",
        "Invalid `value` type. Expected one of: int, float. Provided type: str.",
        "Invalid `layout` value. Supported values: 'centered', 'wide'.",
    ]


@tablit_only
def test_progress_updates_in_place_and_page_config(tmp_path):
    (tmp_path / "app.py").write_text(HEAD + textwrap.dedent("""
        st.set_page_config(page_title="T")
        st.set_page_config(layout="wide")
        bar = st.progress(10, text="go")
        bar.progress(0.75)
        with st.echo():
            x = 2
        st.image([[0, 255]])
    """))
    session = session_for(tmp_path / "app.py")
    main = session.start()["tree"]["main"]["children"]
    assert main[0] == {"id": "main:0", "kind": "progress", "props": {"value": 75, "text": None}}
    assert main[1]["children"][0]["props"]["body"] == "x = 2"  # st.code drops one trailing newline, as Streamlit does
    assert main[2]["props"]["images"][0]["src"].startswith("data:image/png;base64,")
    assert session.page_config == {"title": "T", "layout": "wide"}


# ==================================================================== caching
def test_cache_data_hits_return_copies():
    at = app("""
        ss.setdefault("calls", 0)
        @st.cache_data
        def f(x, _ignored=None):
            ss.calls += 1
            return [x]
        a = f(1, _ignored=object())
        a.append("mutated")
        b = f(1, _ignored="other")
        f(2)
        st.write(repr(b), ss.calls)
    """).run()
    assert md(at) == ["[1] `2`"]
    at.run()
    assert md(at) == ["[1] `2`"]


def test_cache_resource_shares_one_object_and_validate():
    at = app("""
        ss.setdefault("ids", [])
        @st.cache_resource
        def res():
            return object()
        ss.ids.append(id(res()))
        st.write(len(set(ss.ids)))
    """).run()
    at.run().run()
    assert md(at) == ["`1`"]


def test_cache_clear_and_max_entries():
    at = app("""
        ss.setdefault("calls", 0)
        @st.cache_data(max_entries=1, ttl="1h", show_spinner=False)
        def f(x):
            ss.calls += 1
            return x
        f(1); f(2); f(1)
        st.write("after max_entries", ss.calls)
        f.clear()
        f(1)
        st.cache_data.clear()
        f(1)
        st.write("after clear", ss.calls)
    """).run()
    assert md(at) == ["after max_entries `3`", "after clear `5`"]


def test_cached_elements_are_replayed_on_hits():
    at = app("""
        ss.setdefault("calls", 0)
        @st.cache_data
        def f():
            ss.calls += 1
            st.write("inside")
            c1, c2 = st.columns(2)
            c2.write("right")
            return 1
        st.write("top")
        f()
        st.write("calls", ss.calls)
    """).run()
    assert md(at) == ["top", "inside", "right", "calls `1`"]
    at.run()
    assert md(at) == ["top", "inside", "right", "calls `1`"]
    assert len(at.columns) == 2
    assert md(at.columns[1]) == ["right"]


def test_unhashable_argument_and_unserializable_return():
    at = app("""
        import threading
        @st.cache_data
        def f(lock):
            return 1
        @st.cache_data
        def g():
            return threading.Lock()
        for call in (lambda: f(threading.Lock()), g):
            try:
                call()
            except Exception as e:
                st.write(type(e).__name__)
                st.text(str(e))
    """).run()
    assert md(at) == ["UnhashableParamError", "UnserializableReturnValueError"]
    assert texts(at) == [
        "Cannot hash argument 'lock' (of type `_thread.lock`) in 'f'.\n\nTo address this, you "
        "can tell Streamlit not to hash this argument by adding a\nleading underscore to the "
        "argument's name in the function signature:\n\n```\n@st.cache_data\ndef f(_lock, "
        "...):\n    ...\n```",
        "Cannot serialize the return value (of type `_thread.lock`)\nin `g()`. `st.cache_data` "
        "uses\n[pickle](https://docs.python.org/3/library/pickle.html) to serialize the\n"
        "function's return value and safely store it in the cache\nwithout mutating the "
        "original object. Please convert the return value to a\npickle-serializable type. If "
        "you want to cache unserializable objects such\nas database connections or Tensorflow "
        "sessions, use `st.cache_resource`\ninstead (see [our docs]"
        "(https://docs.streamlit.io/develop/concepts/architecture/caching) for differences).",
    ]


@tablit_only
def test_cache_ttl_expires_and_is_per_session(tmp_path):
    import time

    (tmp_path / "app.py").write_text(HEAD + textwrap.dedent("""
        ss.setdefault("calls", 0)
        @st.cache_data(ttl=0.05)
        def f():
            ss.calls += 1
            return 1
        f()
        st.write(ss.calls)
    """))
    first = session_for(tmp_path / "app.py")
    first.start()
    body = lambda s: s._render()["tree"]["main"]["children"][0]["props"]["body"]  # noqa: E731
    first.handle([{"type": "update", "changes": [], "trigger": None}])
    assert body(first) == "`1`"
    time.sleep(0.06)
    first.handle([{"type": "update", "changes": [], "trigger": None}])
    assert body(first) == "`2`"
    other = session_for(tmp_path / "app.py")
    other.start()
    assert body(other) == "`1`"  # a new tab has its own caches


# ====================================================================== pages
PAGES_APP = {
    "main.py": """
        st.write("main")
        if st.button("go"):
            st.switch_page("pages/2_b.py")
        try:
            st.switch_page("nope.py")
        except Exception as e:
            st.text(str(e))
    """,
    "pages/2_b.py": """
        st.write("b", dict(st.query_params))
    """,
    "pages/1_📈_Plotting.py": """
        st.write("plotting")
        if st.button("back"):
            st.switch_page("main.py", query_params={"x": "1"})
    """,
}


def test_pages_folder_switch_page_and_errors(tmp_path):
    write_files(tmp_path, PAGES_APP)
    at = AppTest.from_file(str(tmp_path / "main.py")).run()
    assert md(at) == ["main"]
    assert texts(at) == [
        f"Could not find page: `nope.py`. You must provide a file path relative to the "
        f"entrypoint file (from the directory `{tmp_path.name}`). Only the entrypoint file and "
        "files in the `pages/` directory are supported."]
    at.button[0].click().run()
    assert md(at)[0] == "b"
    at.switch_page("pages/1_📈_Plotting.py").run()
    assert md(at) == ["plotting"]
    at.button[0].click().run()
    assert md(at) == ["main"]
    assert dict(at.query_params) == {"x": "1"}


@tablit_only
def test_pages_folder_menu_and_url_paths(tmp_path):
    write_files(tmp_path, {**PAGES_APP, "pages/10 z page.py": "", "pages/a-b.py": ""})
    session = session_for(tmp_path / "main.py")
    msg = session.start()
    assert msg["page"] == ""
    assert msg["pages"] == [
        {"url_path": "", "title": "main", "icon": None, "section": ""},
        {"url_path": "Plotting", "title": "Plotting", "icon": "📈", "section": ""},
        {"url_path": "b", "title": "b", "icon": None, "section": ""},
        {"url_path": "z_page", "title": "z page", "icon": None, "section": ""},
        {"url_path": "a-b", "title": "a-b", "icon": None, "section": ""},
    ]
    msg = session.navigate("Plotting")
    assert msg["page"] == "Plotting"
    assert msg["tree"]["main"]["children"][0]["props"]["body"] == "plotting"
    msg = session.navigate("no_such_page")
    assert msg["page"] == ""
    assert msg["tree"]["main"]["children"][0]["props"]["body"] == "main"


NAV_APP = {
    "app.py": """
        def home():
            st.write("home")
            st.text_input("page text", key="pt")
        pg = st.navigation({
            "Main": [st.Page(home, icon="🏠"), st.Page("other.py", title="Other page")],
            "More": [st.Page("sub/third.py", url_path="third")],
        })
        st.sidebar.checkbox("frame", key="frame")
        try:
            st.switch_page("missing.py")
        except Exception as e:
            st.sidebar.text(str(e))
        pg.run()
    """,
    "other.py": """
        st.write("other", ss.get("frame"), ss.get("pt"))
        try:
            st.Page("other.py").run()
        except Exception as e:
            st.text(str(e))
    """,
    "sub/third.py": """
        st.write("third")
    """,
}


def test_navigation_sections_callables_and_shared_frame(tmp_path):
    write_files(tmp_path, NAV_APP)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert md(at) == ["home"]
    assert [t.value for t in at.sidebar.text] == [
        "Could not find page: `missing.py`. You must provide a `Page` object or file path "
        "relative to the entrypoint file. Only pages previously defined by `st.Page` and passed "
        "to `st.navigation` are allowed."]
    at.checkbox(key="frame").check().run()
    at.text_input(key="pt").input("P").run()
    at.switch_page("other.py").run()
    assert md(at)[0].startswith("other `True`")
    assert [t.value for t in at.main.text] == [(
        "This page cannot be called directly. Only the page returned from st.navigation can be "
        "called once.")]
    at.switch_page("sub/third.py").run()
    assert md(at) == ["third"]
    assert at.checkbox(key="frame").value is True


@tablit_only
def test_navigation_menu_page_link_and_duplicates(tmp_path):
    write_files(tmp_path, {**NAV_APP, "links.py": """
        pg = st.navigation([st.Page("other.py"), st.Page("sub/third.py", url_path="third")])
        st.page_link("sub/third.py")
        st.page_link(st.Page("other.py"), label="O", icon="🏠")
        st.page_link("https://example.com", label="Ex")
        try:
            st.navigation([st.Page("other.py"), st.Page("other.py")])
        except Exception as e:
            st.text(str(e))
    """})
    session = session_for(tmp_path / "app.py")
    msg = session.start()
    assert msg["pages"] == [
        {"url_path": "", "title": "home", "icon": "🏠", "section": "Main"},
        {"url_path": "other", "title": "Other page", "icon": None, "section": "Main"},
        {"url_path": "third", "title": "third", "icon": None, "section": "More"},
    ]
    msg = session.navigate("third")
    assert msg["page"] == "third"
    assert [n["props"].get("body") for n in msg["tree"]["main"]["children"]] == ["third"]

    links = session_for(tmp_path / "links.py").start()["tree"]["main"]["children"]
    assert [n["kind"] for n in links[:3]] == ["page_link"] * 3
    assert [(n["props"]["url_path"], n["props"]["label"], n["props"]["external"]) for n in links[:3]] == [
        ("third", "third", False), ("", "O", False), ("https://example.com", "Ex", True)]
    assert links[3]["props"]["body"].startswith("Two pages resolve to the URL pathname `/other`: "
                                                "`other.py` (default page) and `other.py`.")


@tablit_only
def test_page_file_names():
    from tablit.runtime.pages import page_icon_and_name, page_sort_key

    assert page_icon_and_name("1_📈_Plotting.py") == ("📈", "Plotting")
    assert page_icon_and_name("2_🌍_Mapping_Demo.py") == ("🌍", "Mapping_Demo")
    assert page_icon_and_name("10 my page.py") == ("", "my_page")
    assert page_icon_and_name("123.py") == ("", "123")
    names = ["b.py", "10_a.py", "2_z.py", "a.py"]
    assert sorted(names, key=page_sort_key) == ["2_z.py", "10_a.py", "a.py", "b.py"]


@tablit_only
def test_page_link_current_width_and_icon_position(tmp_path):
    """As 1.67: a link to the page shown is marked current; in the sidebar a link stretches;
    icon_position travels; a bad icon_position is refused."""
    write_files(tmp_path, {"app.py": """
        st.page_link("app.py", label="Home", icon="🏠", icon_position="right")
        st.page_link("pages/one.py", label="One", width=200)
        st.sidebar.page_link("pages/one.py", label="Side")
        st.page_link("https://example.com", label="Ex", use_container_width=True)
        try:
            st.page_link("app.py", label="Bad", icon_position="top")
        except Exception as e:
            st.text(str(e))
    """, "pages/one.py": "st.write('one')\n"})
    msg = session_for(tmp_path / "app.py").start()
    main = msg["tree"]["main"]["children"]
    props = [n["props"] for n in main[:3]]
    assert [(p["label"], p["current"], p["width"], p["icon_position"]) for p in props] == [
        ("Home", True, "content", "right"), ("One", False, 200, "left"), ("Ex", False, "stretch", "left")]
    side = msg["tree"]["sidebar"]["children"][0]["props"]
    assert (side["label"], side["width"]) == ("Side", "stretch")
    assert "icon_position" in main[3]["props"]["body"]


def test_pages_folder_with_two_pages_of_one_url_path_is_refused(tmp_path):
    # 1.67 runs a pages/ folder through st.navigation, which refuses the pair before any page
    # runs (e2e sweep: multipage_apps/mpa_*.py, whose folder has 04_ and 05_page_with_duplicate_name.py)
    write_files(tmp_path, {
        "app.py": "st.header('Main Page')",
        "pages/02_page2.py": "st.header('Page 2')",
        "pages/04_same_name.py": "st.header('four')",
        "pages/05_same_name.py": "st.header('five')",
    })
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.header
    assert [e.value for e in at.exception] == [
        "Two pages resolve to the URL pathname `/same_name`: `pages/04_same_name.py` and "
        "`pages/05_same_name.py`. Each page passed to `st.navigation` needs a unique URL pathname, "
        "including pages in different sections, hidden pages, and external URL pages. Streamlit "
        "infers the pathname from the filename, callable name, or the title of an external URL "
        "page. Set a unique `url_path` in `st.Page` for one of these pages."]
