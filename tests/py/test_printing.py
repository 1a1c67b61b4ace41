"""What apps print (issue 15, items 3 and 6 of issue 7): st.write's dispatch and its
joining of text, magic, Markdown dedenting, st.json, st.help and st.write_stream.

Every test also runs against Streamlit 1.67 (``TABLIT_REFERENCE=1`` with its
venv's python): the expected element trees below are what 1.67 produces.
"""

import json
import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"


def run(src, **kw):
    return AppTest.from_string(textwrap.dedent(src), default_timeout=20, **kw).run()


def shape(at):
    """The main area as [(type, value)], blocks as (type, [children])."""
    def walk(block):
        out = []
        for c in block.children.values():
            t = {"flex_container": "container", "tab_container": "tabs"}.get(c.type, c.type)
            if hasattr(c, "children") and t not in ("help_info",):
                out.append((t, walk(c)))
            elif t in ("dataframe", "arrow_data_frame"):
                out.append(("dataframe", None))
            elif t == "help_info":
                out.append((t, c.name))
            else:
                out.append((t, c.value))
        return out
    return walk(at.main)


# ----------------------------------------------------------- st.write joining
def test_write_joins_text_and_strips_like_markdown():
    at = run('''
        import streamlit as st
        st.write("frag", "")
        st.write("a", "  ", "b")
        st.write("   indented\\n   text")
        st.write("x", 1, "y")
        st.write(None)
        st.write(1.5, True)
        st.write("a`b", "c``d")
        st.write("multi\\nline", KeyboardInterrupt("k"))
        st.write("x", "```")
    ''')
    assert shape(at) == [
        ("markdown", "frag"), ("markdown", "a    b"), ("markdown", "indented\ntext"),
        ("markdown", "x `1` y"), ("markdown", "`None`"), ("markdown", "`1.5` `True`"),
        ("markdown", "a`b c``d"), ("markdown", "multi\nline `k`"), ("markdown", "x ```"),
    ]


def test_write_object_with_newlines_is_a_fenced_block():
    at = run('''
        import streamlit as st
        class Two:
            def __str__(self):
                return "one\\n``two``"
        st.write(Two())
    ''')
    assert at.markdown.values == ["```\none\n``two``\n```"]


# ---------------------------------------------------------- st.write dispatch
def test_write_dataframes_are_dataframes_and_split_the_text():
    pytest.importorskip("pandas")
    at = run('''
        import streamlit as st
        import numpy as np
        import pandas as pd
        df = pd.DataFrame({"a": [1, 2]})
        st.write(df)
        st.write("before", df, "after")
        st.write(pd.Series([1, 2]))
        st.write(np.array([[1, 2], [3, 4]]))
        st.write({"col": pd.Series([1])})
        st.write(df.style)
        st.write(pd.Index([1, 2]))
    ''')
    assert shape(at) == [
        ("dataframe", None), ("markdown", "before"), ("dataframe", None), ("markdown", "after"),
        ("dataframe", None), ("dataframe", None), ("dataframe", None), ("dataframe", None),
        ("dataframe", None),
    ]


def test_write_json_like_values_are_json():
    at = run('''
        import collections
        import streamlit as st
        P = collections.namedtuple("P", "x y")
        st.write({"a": 1})
        st.write([1, 2])
        st.write(P(1, 2))
        st.write(map(str, [1]), range(3))
        st.write(collections.OrderedDict(a=1), collections.ChainMap({"b": 2}))
        st.write(st.session_state, st.query_params)
        st.write({"a": [1, 2]})
    ''')
    assert shape(at) == [
        ("json", '{"a": 1}'), ("json", "[1, 2]"), ("json", '{"x": 1, "y": 2}'),
        ("json", '["1"]'), ("markdown", "`range(0, 3)`"), ("json", '{"a": 1}'),
        ("json", '{"b": 2}'), ("json", "{}"), ("json", "{}"), ("json", '{"a": [1, 2]}'),
    ]


def test_write_exceptions_stringio_and_help_types():
    at = run('''
        import io
        import json
        import streamlit as st
        def greet(name):
            """Say hello."""
        class Dog:
            """A dog."""
        st.write(ValueError("boom"))
        st.write(io.StringIO("# from io"))
        st.write(greet)
        st.write(Dog)
        st.write(json)
        st.write(Dog())
    ''')
    assert shape(at) == [
        ("exception", "boom"), ("markdown", "# from io"), ("help_info", "greet"),
        ("help_info", "Dog"), ("help_info", "json"), ("help_info", "Dog()"),
    ]


def test_write_several_elements_into_a_placeholder_is_refused():
    at = run('''
        import streamlit as st
        slot = st.empty()
        try:
            slot.write("a", "b")
        except Exception as e:
            st.text(type(e).__name__)
        slot.write("just one")
    ''')
    assert at.text.values == ["StreamlitAPIException"]
    assert at.markdown.values == ["just one"]


def test_write_unsafe_html_repr_goes_to_st_html_before_the_buffered_text():
    at = run('''
        import streamlit as st
        class Card:
            def _repr_html_(self):
                return "<b>card</b>"
        st.write("first", Card(), unsafe_allow_html=True)
    ''')
    assert [t for t, _ in shape(at)] == ["html", "markdown"]
    assert at.markdown.values == ["first"]


def test_write_pillow_image_is_an_image():
    pytest.importorskip("PIL")
    at = run('''
        import streamlit as st
        from PIL import Image
        st.write(Image.new("RGB", (2, 2)))
    ''')
    assert [t for t, _ in shape(at)] == ["image"]


# --------------------------------------------------------------- write_stream
def test_write_stream_generators_and_return_values():
    at = run('''
        import streamlit as st
        def gen():
            yield "Hello "
            yield "world"
            yield {"a": 1}
            yield "tail"
        r = st.write_stream(gen)
        st.text(repr(r))
        st.text(repr(st.write_stream(iter(["a", "", "b"]))))
        async def agen():
            yield "async "
            yield "gen"
        st.text(repr(st.write_stream(agen())))
        st.text(repr(st.write_stream([])))
        st.write(r)
    ''')
    assert shape(at) == [
        ("markdown", "Hello world"), ("json", '{"a": 1}'), ("markdown", "tail"),
        ("text", "['Hello world', {'a': 1}, 'tail']"),
        ("markdown", "ab"), ("text", "'ab'"),
        ("markdown", "async gen"), ("text", "'async gen'"),
        ("text", "''"),
        ("markdown", "Hello world"), ("json", '{"a": 1}'), ("markdown", "tail"),
    ]


def test_write_stream_openai_chunks_and_write_of_a_generator():
    at = run('''
        import sys, types
        import streamlit as st
        # Objects shaped like openai's, under openai's module names.
        mod = types.ModuleType("openai.types.chat")
        class ChatCompletionChunk:
            def __init__(self, text):
                delta = types.SimpleNamespace(content=text)
                self.choices = [types.SimpleNamespace(delta=delta)] if text is not None else []
        ChatCompletionChunk.__module__ = "openai.types.chat"
        chunks = [ChatCompletionChunk(None), ChatCompletionChunk("Hi"), ChatCompletionChunk(" there")]
        st.text(st.write_stream(iter(chunks)))
        st.write("n:", (x for x in ["g1", "g2"]))
    ''')
    assert shape(at) == [("markdown", "Hi there"), ("text", "Hi there"),
                         ("markdown", "n:"), ("markdown", "g1g2")]


def test_write_stream_refuses_strings():
    at = run('''
        import streamlit as st
        st.write_stream("text")
    ''')
    assert "Invalid `stream` type" in at.exception[0].value


# ---------------------------------------------------------------------- magic
def test_magic_in_compound_statements():
    at = run('''
        """module docstring"""
        import streamlit as st
        x = 5
        x
        if x:
            "in if"
        else:
            "in else"
        if not x:
            pass
        elif x:
            "in elif"
        for i in range(2):
            i
        else:
            "for else"
        n = 0
        while n < 1:
            n += 1
            "in while"
        with st.container():
            "in with"
        try:
            "in try"
            raise ValueError
        except ValueError:
            "in except"
        else:
            "not reached"
        finally:
            "in finally"
        with st.form("f"):
            "in form"
            st.form_submit_button()
        tab1, tab2 = st.tabs(["a", "b"])
        with tab2:
            "in tab"
        match x:
            case 5:
                "in case"
        def f():
            """function docstring"""
            "body of f"
            return 1
        f()
        async def g():
            "async docstring"
            "async body"
        class C:
            "class docstring"
            "class body"
            def m(self):
                "method docstring"
                "method body"
        C().m()
        a, b = 1, 2
        a, b
        st.empty()
        [1][0]
    ''')
    s = shape(at)
    assert s[:9] == [
        ("markdown", "`5`"), ("markdown", "in if"), ("markdown", "in elif"), ("markdown", "`0`"),
        ("markdown", "`1`"), ("markdown", "for else"), ("markdown", "in while"),
        ("container", [("markdown", "in with")]),
        ("markdown", "in try"),
    ]
    assert s[9:11] == [("markdown", "in except"), ("markdown", "in finally")]
    form = s[11]
    assert form[0] == "form" and form[1][0] == ("markdown", "in form")
    assert s[12][0] == "tabs"
    assert s[13:] == [("markdown", "in case"), ("markdown", "body of f"),
                      ("markdown", "method body"), ("markdown", "`1` `2`"), ("empty", None),
                      ("markdown", "`1`")]


def test_magic_root_docstring_option_and_last_expression(config_app):
    src = '''
        """root doc"""
        import streamlit as st
        def f():
            return "called"
        f()
    '''
    at = config_app(src, "[magic]\ndisplayRootDocString = true\ndisplayLastExprIfNoSemicolon = true\n").run()
    assert at.markdown.values == ["root doc", "called"]


def test_magic_last_expression_with_semicolon_is_not_shown(config_app):
    src = '''
        import streamlit as st
        def f():
            return "called"
        f();
    '''
    at = config_app(src, "[magic]\ndisplayLastExprIfNoSemicolon = true\n").run()
    assert at.markdown.values == []


def test_magic_disabled(config_app):
    at = config_app('import streamlit as st\n"hidden"\nst.write("shown")\n',
                    "[runner]\nmagicEnabled = false\n").run()
    assert at.markdown.values == ["shown"]


# ------------------------------------------------------------------- markdown
def test_markdown_bodies_are_dedented_and_stripped():
    at = run('''
        import streamlit as st
        st.markdown("""
            # Title
            body text
        """)
        st.caption("""
            caption
        """)
        st.info("""
            info body
        """)
        st.text("""
            text body
        """)
        st.header("""
            header
        """)
    ''')
    assert shape(at) == [("markdown", "# Title\nbody text"), ("caption", "caption"),
                         ("info", "info body"), ("text", "text body"), ("header", "header")]


# ----------------------------------------------------------------------- json
def test_json_string_body_is_sent_as_written_and_expanded_is_checked():
    at = run('''
        import streamlit as st
        st.json('{"a":   1}')
        st.json({"s": {1, 2}}, expanded=2)
        try:
            st.json({}, expanded="yes")
        except Exception as e:
            st.text(type(e).__name__)
    ''')
    assert at.json[0].value == '{"a":   1}'
    assert at.json[0].expanded is True
    assert at.json[1].expanded is True and (
        at.json[1].proto.max_expand_depth if REFERENCE else at.json[1].max_expand_depth) == 2
    assert json.loads(at.json[1].value) == {"s": [1, 2]}
    assert at.text.values == ["StreamlitInvalidParameterTypeError"]


def test_json_of_deeply_nested_data_is_sent_whole():
    at = run('''
        import streamlit as st
        deep = []
        for _ in range(450):
            deep = [deep]
        st.json(deep)
        st.write({"deep": deep})
    ''')
    assert not at.exception
    assert at.json[0].value.count("[") == 451
    assert at.json[1].value.count("[") == 451


# ----------------------------------------------------------------------- help
def test_help_names_and_values():
    at = run('''
        import streamlit as st
        def greet(name: str, n: int = 1) -> str:
            """Say hello.

            More text."""
        class Dog:
            """A typical dog."""
            def __init__(self, breed):
                self.breed = breed
            def bark(self):
                "Woof."
        fido = Dog("poodle")
        st.help(greet)
        st.help(fido)
        st.help(None)
        st.help(5)
        greet
        fido
    ''')
    helps = at.get("help_info")
    assert [h.name for h in helps] == ["greet", "fido", "", "", "greet", "fido"]
    assert [h.value for h in helps] == ["greet", "fido", "None", "5", "greet", "fido"]
    assert helps[0].doc_string == "Say hello.\n\nMore text."
    assert helps[1].doc_string == "A typical dog."


def test_help_of_streamlit_itself_names_it_streamlit():
    # the app imported tablit as streamlit: st.help(st) and st.help() show it by that name, as 1.67
    at = run('''
        import streamlit as st
        st.help(st)
        st.help()
    ''')
    helps = at.get("help_info")
    assert [h.name for h in helps] == ["st", ""]
    assert [h.value for h in helps] == ["streamlit", "streamlit"]
    if not REFERENCE:
        names = [m["name"] for m in helps[0].props["members"]]
        assert "annotations" not in names  # (tablit's own `from __future__ import annotations`)
        assert {"session_state", "sidebar", "button", "write"} <= set(names)


@pytest.mark.skipif(REFERENCE, reason="the node's props are tablit's")
def test_help_members():
    at = run('''
        import streamlit as st
        class Dog:
            """A typical dog."""
            legs = 4
            def __init__(self, breed):
                self.breed = breed
            def bark(self):
                """Woof.

                Loudly."""
            @property
            def size(self):
                """How big."""
        st.help(Dog("poodle"))
    ''')
    h = at.get("help_info")[0]
    assert h.props["type"] == "Dog"
    assert h.props["members"] == [
        {"name": "breed", "type": "str", "value": "'poodle'", "doc_string": ""},
        {"name": "legs", "type": "int", "value": "4", "doc_string": ""},
        {"name": "size", "type": "property", "value": "", "doc_string": "How big."},
        {"name": "bark", "type": "method", "value": "", "doc_string": "Woof."},
    ]


# ----------------------------------------------------------------------- code
def test_code_keeps_indentation_and_names_plain_text():
    at = run('''
        import streamlit as st
        st.code("\\n    indented\\n\\n", language=None)
        st.code("x = 1", line_numbers=True, wrap_lines=True)
    ''')
    assert at.code[0].value == "    indented\n"
    assert at.code[0].language == "plaintext"
    assert at.code[1].language == "python"
    if not REFERENCE:
        assert at.code[1].props["line_numbers"] and at.code[1].props["wrap_lines"]


# ---------------------------------------------------------------------- image
def _image_srcs(at):
    """Per st.image element: [(src, caption)] (Streamlit serves media files, tablit data URLs)."""
    out = []
    for e in at.main.children.values():
        if e.type not in ("image", "imgs"):
            continue
        if hasattr(e, "proto"):
            out.append([(i.url, i.caption or None) for i in e.proto.imgs])
        else:
            out.append([(i["src"], i["caption"]) for i in e.props["images"]])
    return out


def test_image_inputs_captions_and_errors_as_1_67():
    pytest.importorskip("numpy")
    pytest.importorskip("PIL")
    at = run('''
        import io
        import numpy as np
        import streamlit as st
        from PIL import Image
        st.image(np.zeros((10, 20, 3), dtype=np.uint8), caption="rgb")
        st.image([np.zeros((5, 5, 3), dtype=np.uint8)] * 2, caption=["a", "b"])
        st.image(np.zeros((2, 4, 4, 3), dtype=np.uint8))
        st.image('<svg width="10" height="10"><rect width="10" height="10"/></svg>')
        st.image("https://example.com/x.png")
        buf = io.BytesIO()
        Image.new("RGB", (4, 4)).save(buf, format="PNG")
        st.image(buf.getvalue())
        st.image(io.BytesIO(buf.getvalue()), output_format="PNG")
        st.image(np.full((2, 2), 300), clamp=True)
        for bad in (lambda: st.image(np.full((2, 2), 300)),
                    lambda: st.image(np.full((2, 2), 1.5)),
                    lambda: st.image(np.zeros((2, 2, 2))),
                    lambda: st.image(np.zeros((2, 2)), channels="BGR"),
                    lambda: st.image([np.zeros((2, 2))] * 2, caption=["x"])):
            try:
                bad()
            except Exception as e:
                st.text(str(e))
    ''')
    srcs = _image_srcs(at)
    assert [len(s) for s in srcs] == [1, 2, 2, 1, 1, 1, 1, 1]
    assert srcs[0][0][1] == "rgb" and [c for _, c in srcs[1]] == ["a", "b"]
    assert srcs[3][0][0].startswith("data:image/svg+xml;base64,")
    assert srcs[4][0][0] == "https://example.com/x.png"
    assert at.text.values == [
        "Data is outside [0, 255] and clamp is not set.",
        "Data is outside [0.0, 1.0] and clamp is not set.",
        "Channel can only be 1, 3, or 4 got 2. Shape is (2, 2, 2)",
        'When using `channels="BGR"`, the input image should have exactly 3 color channels',
        "Cannot pair 1 captions with 2 images.",
    ]


@pytest.mark.skipif(REFERENCE, reason="tablit's data URLs")
def test_image_formats_sizes_and_svg():
    np = pytest.importorskip("numpy")
    Image = pytest.importorskip("PIL.Image")
    import base64
    import io

    from tablit.elements.image import image_src

    def decode(src):
        head, data = src.split(",", 1)
        return head, Image.open(io.BytesIO(base64.b64decode(data)))

    head, img = decode(image_src(np.zeros((10, 20, 3), dtype=np.uint8)))
    assert head == "data:image/jpeg;base64" and img.size == (20, 10)
    head, img = decode(image_src(np.zeros((10, 20, 4), dtype=np.uint8)))
    assert head == "data:image/png;base64" and img.mode == "RGBA"
    head, img = decode(image_src(np.zeros((10, 20, 3), dtype=np.uint8), output_format="PNG"))
    assert head == "data:image/png;base64"
    head, img = decode(image_src(np.zeros((300, 3000, 3), dtype=np.uint8)))
    assert img.size == (1460, 146), "wider than the page: scaled down as Streamlit does"
    head, img = decode(image_src(np.zeros((300, 3000, 3), dtype=np.uint8), width=300))
    assert img.size == (300, 30)
    bgr = np.zeros((1, 1, 3), dtype=np.uint8)
    bgr[0, 0] = [255, 0, 0]  # blue in BGR
    head, img = decode(image_src(bgr, channels="BGR", output_format="PNG"))
    assert img.getpixel((0, 0)) == (0, 0, 255)
    head, img = decode(image_src(np.full((1, 1), 0.5), output_format="PNG"))
    assert img.getpixel((0, 0)) == 127
    svg = image_src('<svg width="4" height="4"></svg>')
    assert base64.b64decode(svg.split(",", 1)[1]).startswith(b'<svg xmlns="http://www.w3.org/2000/svg" ')


@pytest.mark.skipif(REFERENCE, reason="tablit's encoders")
def test_image_without_pillow_numpy_and_pixel_rows(monkeypatch):
    np = pytest.importorskip("numpy")
    import base64
    import zlib

    from tablit.elements import image as image_mod

    monkeypatch.setattr(image_mod, "_pil", lambda: None)
    array = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
    src = image_mod.image_src(array)
    png = base64.b64decode(src.split(",", 1)[1])
    assert src.startswith("data:image/png;base64,") and png[12:16] == b"IHDR"
    idat = png[png.index(b"IDAT") + 4:png.index(b"IEND") - 8]
    raw = zlib.decompress(idat)
    assert raw == b"\x00" + array[0].tobytes() + b"\x00" + array[1].tobytes()
    rows = image_mod.image_src([[0, 255], [255, 0]])
    assert rows.startswith("data:image/png;base64,")
    assert image_mod.image_src(array.tolist()) == src, "pixel rows and the array give the same PNG"


def test_write_charts_go_to_the_chart_commands():
    pytest.importorskip("altair")
    pytest.importorskip("plotly")
    pytest.importorskip("matplotlib")
    at = run('''
        import altair as alt
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import pandas as pd
        import plotly.graph_objects as go
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        st.write("chart:", alt.Chart(df).mark_line().encode(x="a", y="b"), "after")
        st.write(go.Figure(data=[go.Bar(y=[1, 2])]))
        fig, ax = plt.subplots()
        ax.plot([1, 2])
        st.write(fig)
    ''')
    assert [t for t, _ in shape(at)] == ["markdown", "vega_lite_chart", "markdown", "plotly_chart", "image"]


# ------------------------------------------------------------------ shortcuts
def test_button_shortcuts_are_normalised_into_the_id_and_checked():
    at = run('''
        import streamlit as st
        st.button("A", shortcut="Ctrl+K")
        for dup in ("ctrl+k", "Control + K", "Mod+K"):
            try:
                st.button("A", shortcut=dup)
            except Exception as e:
                st.text(type(e).__name__)
        st.button("A", shortcut="Cmd+K")
        with st.form("f"):
            st.form_submit_button("Go", shortcut="Enter")
        st.download_button("Get", b"x", shortcut="Shift+D")
        for bad in ("C", "Ctrl+R", "Ctrl", "A+B", "", ".", 5):
            try:
                st.button("B", key=str(bad), shortcut=bad)
            except Exception as e:
                st.text(str(e))
    ''')
    assert at.text.values == ["StreamlitDuplicateElementId"] * 3 + [
        "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers.",
        "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers.",
        "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'.",
        "The `shortcut` may only specify a single non-modifier key.",
        "The `shortcut` must contain at least one key or modifier.",
        "shortcut must include a single character or one of the supported keys (e.g. Enter, Space, Tab, Escape).",
        "Invalid `shortcut` type. Expected one of: str. Provided type: int.",
    ]
    if not REFERENCE:
        assert [b.props["shortcut"] for b in at.button] == ["ctrl+k", "cmd+k", "enter"]
        assert at.get("download_button")[0].props["shortcut"] == "shift+d"


# -------------------------------------------------------------------- asyncio
ASYNC_APP = '''
    import asyncio
    import streamlit as st

    async def work(n):
        await asyncio.sleep(0.01)
        return n * 2

    async def main():
        return await asyncio.gather(work(1), work(2))

    st.text(f"run: {asyncio.run(main())}")
    loop = asyncio.new_event_loop()
    st.text(f"until: {loop.run_until_complete(work(5))}")
    loop.close()

    async def words():
        for w in ["a", "b"]:
            await asyncio.sleep(0)
            yield w
    st.write_stream(words)
'''


def test_asyncio_in_a_script():
    at = run(ASYNC_APP)
    assert not at.exception
    assert at.text.values == ["run: [2, 4]", "until: 10"]
    assert at.markdown.values == ["ab"]


@pytest.fixture
def no_stack_switching(monkeypatch):
    """A browser without JSPI, simulated: Pyodide's loop could not block, tablit's SyncLoop runs."""
    from tablit.runtime import aio, blocking

    monkeypatch.setattr(blocking, "IN_BROWSER", True)
    monkeypatch.setattr(blocking, "can_block", lambda: False)
    return aio


@pytest.mark.skipif(REFERENCE, reason="the browser's event loop, simulated")
def test_asyncio_without_stack_switching_runs_on_the_sync_loop(no_stack_switching):
    import asyncio

    at = run(ASYNC_APP + """
    st.text(type(asyncio.get_event_loop()).__name__)
    """)
    assert not at.exception
    assert at.text.values == ["run: [2, 4]", "until: 10", "SyncLoop"]
    assert at.markdown.values == ["ab"]
    assert asyncio.run is not no_stack_switching._sync_run, "asyncio is given back after the run"


@pytest.fixture(params=["cpython", "browser"])
def awaiting_app(request, monkeypatch):
    """The head of an app that awaits at top level, run under CPython or in a browser without
    stack switching (simulated)."""
    if request.param == "browser":
        from tablit.runtime import blocking

        monkeypatch.setattr(blocking, "IN_BROWSER", True)
        monkeypatch.setattr(blocking, "can_block", lambda: False)
    return """
        import asyncio
        import streamlit as st
        async def work(n):
            await asyncio.sleep(0.01)
            return n * 2
"""


@pytest.mark.skipif(REFERENCE, reason="top-level await is a tablit extension")
def test_top_level_await(awaiting_app):
    at = run(awaiting_app + """
        st.text(f"top: {await work(21)}")
        results = await asyncio.gather(work(1), work(2))
        results
        if results:
            "magic still works"
    """)
    assert not at.exception
    assert at.text.values == ["top: 42"]
    assert at.json[0].value == "[2, 4]"
    assert at.markdown.values == ["magic still works"]


@pytest.mark.skipif(REFERENCE, reason="top-level await is a tablit extension")
def test_asyncio_run_in_a_script_that_awaits_at_top_level(awaiting_app):
    """Such a script runs as a coroutine on a SyncLoop where there is no stack switching (a
    browser without JSPI, or a worker restored from a snapshot made without it): its
    asyncio.run runs in place inside that loop, as run_sync nests where there is JSPI."""
    at = run(awaiting_app + """
        st.text(f"asyncio.run: {asyncio.run(work(21))}")
        st.text(f"top: {await work(5)}")
        st.text(f"again: {asyncio.run(asyncio.sleep(0, 'slept'))}")
        st.text(f"gather: {await asyncio.gather(work(1), work(2))}")
    """)
    assert not at.exception
    assert at.text.values == ["asyncio.run: 42", "top: 10", "again: slept", "gather: [2, 4]"]


@pytest.mark.skipif(REFERENCE, reason="tablit's message")
def test_awaiting_the_browser_without_stack_switching_says_what_to_do(no_stack_switching):
    at = run('''
        import asyncio
        import streamlit as st
        other = asyncio.new_event_loop()   # stands for the browser's loop
        async def browser_call():
            return await other.create_future()   # a future of another loop: never ours to wait for
        asyncio.run(browser_call())
    ''')
    assert at.exception[0].props["type"] == "streamlit.runtime.aio.BrowserAwaitError"  # (uncaught: named with its module)
    assert "stack switching (JSPI)" in at.exception[0].value


@pytest.mark.skipif(REFERENCE, reason="tablit's message")
def test_a_future_nothing_can_settle_without_stack_switching_is_an_error_not_a_hang(no_stack_switching):
    """A coroutine waiting for what only the browser could settle (a Promise's future on this
    loop) while the loop has no timer left: the run says why instead of spinning forever;
    the script may catch it, also inside a script that awaits at top level."""
    at = run('''
        import asyncio
        import streamlit as st
        async def browser_call():
            await asyncio.sleep(0)
            return await asyncio.get_running_loop().create_future()   # settled by nobody
        try:
            asyncio.run(browser_call())
        except Exception as e:
            st.text(type(e).__name__)
            st.caption(str(e))
        async def never_set():
            await asyncio.Event().wait()
        try:
            asyncio.run(never_set())
        except Exception as e:
            st.text(type(e).__name__)
        st.text(f"after: {await asyncio.sleep(0, 'still running')}")
    ''')
    assert not at.exception
    assert at.text.values == ["BrowserAwaitError", "BrowserAwaitError", "after: still running"]
    # the message names both things it may be (from inside the wait they look the same)
    assert "browser Promise" in at.caption[0].value and "asyncio Event, Queue or Future" in at.caption[0].value


# ------------------------------------------------------------------ widget ids
def test_which_parameters_change_a_widgets_id_as_in_1_67():
    """94 (widget, parameter) pairs: whether changing only that parameter keeps the
    auto-generated id (StreamlitDuplicateElementId) or not, recorded from Streamlit 1.67."""
    here = os.path.dirname(os.path.abspath(__file__))
    at = AppTest.from_file(os.path.join(here, "apps", "widget_id_params.py"), default_timeout=30).run()
    assert not at.exception
    with open(os.path.join(here, "data", "widget_id_params_1_67.txt"), encoding="utf-8") as f:
        expected = f.read().strip().splitlines()
    assert at.text[-1].value.splitlines() == expected


def test_help_reads_tablits_own_docstrings_from_the_table_when_the_python_has_none(monkeypatch):
    """The browser's tablit is shipped without docstrings; st.help finds those of tablit's objects in
    data/docstrings.json (web/tools/docstrings.js): a command by its code's name (its __qualname__ is
    the mixin's), a class, an instance by its class; never for objects that are not tablit's."""
    import tablit as st
    from tablit.elements import help as h
    from tablit.state.proxy import SessionStateProxy

    video = st.video
    monkeypatch.setattr(h, "_docs", [{"command:video": "Plays a video.", "tablit.state.proxy:SessionStateProxy": "The state.",
                                      "tablit": "The package."}])
    for obj in (video.__func__, SessionStateProxy):
        monkeypatch.setattr(obj, "__doc__", None)
    monkeypatch.setattr(st, "__doc__", None)
    assert h.describe(video, "st.video")["doc_string"] == "Plays a video."
    assert h.describe(st.session_state, "st.session_state")["doc_string"] == "The state."
    assert h.describe(SessionStateProxy, None)["doc_string"] == "The state."
    assert h.describe(st, "st")["doc_string"] == "The package."
    assert h.describe(len, "len")["doc_string"] == (len.__doc__ or "").strip()
