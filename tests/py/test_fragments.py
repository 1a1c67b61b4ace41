"""@st.fragment in the browser (the worker's Bridge): an interaction inside a
fragment, its run_every timer and st.rerun(scope="fragment") rerun only the
fragment; the rest of the page stays as the last full run drew it (spec §6.6).
AppTest reruns the whole app, as 1.67's does.

Apps marked "streamlit/docs" are copied from Streamlit's documentation
(python/api-examples-source, Apache-2.0)."""

import json
from pathlib import Path

import pytest

from tablit.bridge import Bridge

# streamlit/docs: execution.fragment.py (shared with tests/e2e/fragments.test.mjs)
DOCS_FRAGMENT = (Path(__file__).parents[1] / "e2e" / "apps" / "fragments" / "app.py").read_text()

# streamlit/docs: execution.fragment-rerun.py
DOCS_RERUN = """
import streamlit as st

if "clicks" not in st.session_state:
    st.session_state.clicks = 0


@st.fragment
def count_to_five():
    if st.button("Plus one!"):
        st.session_state.clicks += 1
        if st.session_state.clicks % 5 == 0:
            st.rerun()
    return


count_to_five()
st.header(f"Multiples of five clicks: {st.session_state.clicks // 5}")
"""


class Page:
    """The worker's side of a tab: renders in, clicks out (patches off: whole trees)."""

    def __init__(self, tmp_path: Path, source: str) -> None:
        (tmp_path / "app.py").write_text(source)
        self.bridge = Bridge(str(tmp_path / "app.py"))
        self.render = self._last(self.bridge.start())

    @staticmethod
    def _last(out: str) -> dict:
        renders = [m for m in json.loads(out) if m["type"] == "render"]
        return renders[-1] if renders else None

    def nodes(self):
        stack = list(self.render["tree"].values())
        while stack:
            n = stack.pop(0)
            yield n
            stack[:0] = n.get("children") or []

    def texts(self) -> list[str]:
        return [n["props"]["body"] for n in self.nodes() if n["kind"] in ("markdown", "header", "title", "subheader")
                and isinstance(n["props"].get("body"), str)]

    def widget(self, label: str) -> dict:
        return next(n for n in self.nodes() if n["props"].get("label") == label)

    def send(self, **msg) -> dict | None:
        r = self._last(self.bridge.handle(json.dumps([{"type": "update", "changes": [], "trigger": None, **msg}])))
        if r is not None:
            self.render = r
        return r

    def click(self, label: str) -> dict | None:
        return self.send(trigger=self.widget(label)["id"])


def test_a_click_inside_a_fragment_reruns_only_the_fragment(tmp_path):
    page = Page(tmp_path, DOCS_FRAGMENT)
    assert page.texts() == ["Fragment says it ran 1 times.", "Full app says it ran 1 times.",
                            "Full app sees that fragment ran 1 times."]
    page.click("Rerun fragment")
    page.click("Rerun fragment")
    assert page.texts() == ["Fragment says it ran 3 times.", "Full app says it ran 1 times.",
                            "Full app sees that fragment ran 1 times."]
    page.click("Rerun full app")
    assert page.texts() == ["Fragment says it ran 4 times.", "Full app says it ran 2 times.",
                            "Full app sees that fragment ran 4 times."]


def test_the_fragment_draws_in_a_container_of_its_own(tmp_path):
    page = Page(tmp_path, DOCS_FRAGMENT)
    first = page.render["tree"]["main"]["children"][0]
    assert first["kind"] == "container"
    assert [c["props"].get("label") or c["props"].get("body") for c in first["children"]] == [
        "Rerun fragment", "Fragment says it ran 1 times."]


def test_st_rerun_in_a_fragment_run_reruns_the_app(tmp_path):
    page = Page(tmp_path, DOCS_RERUN)
    for _ in range(4):
        page.click("Plus one!")
    assert page.texts() == ["Multiples of five clicks: 0"]  # the header is outside: not rerun
    page.click("Plus one!")  # the fifth: st.rerun() (scope "app")
    assert page.texts() == ["Multiples of five clicks: 1"]


def test_rerun_scope_fragment_and_a_widget_outside_keeps_its_value(tmp_path):
    page = Page(tmp_path, """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.setdefault("frag", 0)
st.session_state.runs += 1
name = st.text_input("Name")

@st.fragment
def part():
    st.session_state.frag += 1
    if st.button("Again") and st.session_state.frag < 5:
        st.rerun(scope="fragment")
    st.write(f"frag={st.session_state.frag}")

part()
st.write(f"runs={st.session_state.runs} name={name}")
""")
    page.send(changes=[{"id": page.widget("Name")["id"], "value": "Ada"}])
    assert page.texts() == ["frag=2", "runs=2 name=Ada"]
    page.click("Again")  # the fragment runs, asks for itself again: frag 3 then 4
    assert page.texts() == ["frag=4", "runs=2 name=Ada"]
    assert page.widget("Name")["props"]["value"] == "Ada"


def test_run_every_timer_ticks_rerun_the_fragment_and_a_gone_one_is_ignored(tmp_path):
    page = Page(tmp_path, """
import streamlit as st
st.session_state.setdefault("ticks", 0)
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
show = st.checkbox("Show clock", value=True)

@st.fragment(run_every="2s")
def clock():
    st.session_state.ticks += 1
    st.write(f"ticks={st.session_state.ticks}")

if show:
    clock()
st.write(f"runs={st.session_state.runs}")
""")
    timers = page.render["fragments"]
    assert list(timers.values()) == [2.0]
    fid = next(iter(timers))
    page.send(fragment=fid)
    page.send(fragment=fid)
    assert page.texts() == ["ticks=3", "runs=1"]
    page.send(changes=[{"id": page.widget("Show clock")["id"], "value": False}])
    assert page.texts() == ["runs=2"] and "fragments" not in page.render
    assert page.send(fragment=fid) is None  # the page's timer fired once more: nothing runs
    assert page.texts() == ["runs=2"]


def test_an_exception_in_a_fragment_run_shows_in_the_fragment(tmp_path):
    page = Page(tmp_path, """
import streamlit as st
st.title("Top")

@st.fragment
def part():
    if st.button("Break"):
        raise ValueError("broken inside")
    st.write("fine")

part()
st.write("after")
""")
    page.click("Break")
    box = page.render["tree"]["main"]["children"][1]
    assert box["kind"] == "container"
    assert [c["kind"] for c in box["children"]] == ["button", "exception"]
    assert page.texts()[-1] == "after"


@pytest.mark.parametrize("scope_run_every", [0, None])
def test_run_every_none_or_zero_sets_no_timer(tmp_path, scope_run_every):
    page = Page(tmp_path, f"""
import streamlit as st
@st.fragment(run_every={scope_run_every!r})
def f():
    st.write("x")
f()
""")
    assert "fragments" not in page.render


def test_a_bad_run_every_string_is_refused_with_1_67s_message(tmp_path):
    page = Page(tmp_path, """
import streamlit as st
@st.fragment(run_every="soon")
def f():
    st.write("x")
f()
""")
    exc = next(n for n in page.nodes() if n["kind"] == "exception")
    assert "Time string doesn't look right" in json.dumps(exc["props"])


def test_apptest_reruns_the_whole_app_as_1_67s_does(tmp_path):
    from tablit.testing.v1 import AppTest

    (tmp_path / "app.py").write_text(DOCS_FRAGMENT)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    at.button[0].click().run()
    assert [m.value for m in at.markdown] == ["Fragment says it ran 2 times.", "Full app says it ran 2 times.",
                                             "Full app sees that fragment ran 2 times."]


def test_the_up_message_names_a_fragment_as_a_string_or_null():
    from tablit.protocol import ProtocolError, Update, coalesce, parse_up

    assert parse_up({"type": "update", "fragment": "f1"}).fragment == "f1"
    assert parse_up({"type": "update"}).fragment is None
    with pytest.raises(ProtocolError, match="'fragment' must be a fragment id or null"):
        parse_up({"type": "update", "fragment": 3})
    # a timer's tick folded into any other update is no fragment run of its own
    assert coalesce([Update([], None, "f1"), Update([], None, "f1")])[0].fragment == "f1"
    assert coalesce([Update([], None, "f1"), Update([], None, None)])[0].fragment is None


def test_a_dialog_is_a_fragment_a_widget_inside_reruns_only_its_function(tmp_path):
    # streamlit/docs execution.dialog.py (shared with tests/e2e/fragments.test.mjs), counting its runs
    page = Page(tmp_path, (Path(__file__).parents[1] / "e2e" / "apps" / "fragments" / "dialog.py").read_text() + """
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"runs={st.session_state.runs}")
""")
    page.click("A")
    assert "Why is A your favorite?" in page.texts() and "runs=2" in page.texts()
    page.send(changes=[{"id": page.widget("Because...")["id"], "value": "it is first"}])
    assert "Why is A your favorite?" in page.texts() and "runs=2" in page.texts()  # the dialog alone ran
    page.click("Submit")  # st.rerun(): the whole app, and the dialog closes
    assert page.texts() == ["You voted for A because it is first", "runs=3"]



def test_a_dialog_opened_in_a_fragment_run_draws_its_body_and_its_widgets_rerun_it(tmp_path):
    # as 1.67: the dialog (the event root's, not a block in the fragment's outside containers)
    # shows its function's output; its widgets rerun it alone; st.rerun() in it closes it
    page = Page(tmp_path, (Path(__file__).parents[1] / "e2e" / "apps" / "fragments" / "dialog_in_fragment.py").read_text())
    page.click("Open")  # a fragment run
    (dialog,) = page.render["tree"]["event"]["children"]
    assert dialog["kind"] == "dialog" and dialog["props"]["title"] == "Rename"
    assert not any(n["kind"] == "exception" for n in page.nodes())
    assert page.texts() == ["Toolbar", "runs=1 saved=None", "Pick a new name", "count=0 name="]
    page.send(changes=[{"id": page.widget("New name")["id"], "value": "bob"}])
    page.click("Count")
    assert page.texts() == ["Toolbar", "runs=1 saved=None", "Pick a new name", "count=1 name=bob"]
    page.click("Save")  # st.rerun(): the whole app, and the dialog closes
    assert not any(n["kind"] == "dialog" for n in page.nodes())
    assert page.texts() == ["Toolbar", "runs=2 saved=bob"]
    page.click("Open")  # opened again
    assert [n["props"]["title"] for n in page.nodes() if n["kind"] == "dialog"] == ["Rename"]
    assert "count=1 name=" in page.texts()

# --- a fragment's writes to containers made outside it (1.67's outside-container blocks)

# shared with tests/e2e/fragments.test.mjs
OUTSIDE = (Path(__file__).parents[1] / "e2e" / "apps" / "fragments" / "outside.py").read_text()


def _shape(node: dict) -> list:
    """A block's children as [kind or text, ...], with nested blocks as lists."""
    out = []
    for c in node.get("children") or []:
        if c.get("children") is not None:
            out.append([c["kind"], _shape(c)])
        else:
            out.append(c["props"].get("body") or c["props"].get("label"))
    return out


def test_a_fragment_run_redraws_its_writes_outside_instead_of_adding_to_them(tmp_path):
    # What 1.67 shows in the browser (checked with `streamlit run` and Playwright): each
    # run of the fragment replaces what its previous run wrote in the outside container,
    # the st.empty and the sidebar; the script's own writes there stay where they are.
    page = Page(tmp_path, OUTSIDE)

    def expect(n):
        odd = [f"c-odd-{n}"] if n % 2 else []
        tree = page.render["tree"]
        assert _shape(tree["main"]) == [
            ["container", ["c-first", ["transparent", [f"c-write-{n}", *odd, "outside input"]], "c-after"]],
            ["empty", [["transparent", [f"empty-{n}"]]]],
            ["container", ["again"]],
            "after"]
        assert _shape(tree["sidebar"]) == ["side0", ["transparent", [f"side-frag-{n}"]]]

    expect(1)
    page.click("again")
    expect(2)  # (the odd line of run 1 is gone: the block holds only this run's writes)
    page.click("again")
    expect(3)
    page.click("again")
    expect(4)
    page.send(trigger=None)  # a full run: the script draws everything again
    expect(5)


def test_a_widget_written_outside_belongs_to_the_fragment_and_keeps_its_value(tmp_path):
    page = Page(tmp_path, OUTSIDE)
    page.send(changes=[{"id": page.widget("outside input")["id"], "value": "hello"}])
    # the input's change reran only the fragment (n=2), as in 1.67
    assert "c-write-2" in page.texts() and page.texts().count("c-first") == 1
    page.click("again")
    assert page.widget("outside input")["props"]["value"] == "hello"
    assert [n["props"].get("label") for n in page.nodes()].count("outside input") == 1


def test_a_fragment_run_cannot_write_to_an_outside_container_it_left_alone_in_the_full_run(tmp_path):
    page = Page(tmp_path, """
import streamlit as st
c = st.container()
c.write("kept")

@st.fragment
def f():
    if st.button("write out"):
        c.write("late")

f()
""")
    page.click("write out")
    exc = next(n for n in page.nodes() if n["kind"] == "exception")
    assert "could not reserve a stable position" in json.dumps(exc["props"])
    assert "late" not in page.texts() and "kept" in page.texts()


def test_a_nested_fragment_writing_to_its_parents_container(tmp_path):
    page = Page(tmp_path, """
import streamlit as st
st.session_state.setdefault("p", 0)
st.session_state.setdefault("k", 0)

@st.fragment
def child(box):
    st.session_state.k += 1
    st.button("child")
    box.write(f"k={st.session_state.k}")

@st.fragment
def parent():
    st.session_state.p += 1
    st.button("parent")
    box = st.container()
    box.write(f"p={st.session_state.p}")
    child(box)

parent()
""")
    assert page.texts() == ["p=1", "k=1"]
    page.click("child")  # the child's block in the parent's box is redrawn
    page.click("child")
    assert page.texts() == ["p=1", "k=3"]
    page.click("parent")  # the parent makes the box again, the child runs in it
    assert page.texts() == ["p=2", "k=4"]
    page.click("child")
    assert page.texts() == ["p=2", "k=5"]


def test_apptest_shows_the_outside_block_as_1_67s_does(tmp_path):
    from tablit.testing.v1 import AppTest

    (tmp_path / "app.py").write_text(OUTSIDE)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    # 1.67's AppTest: the container's second child is a block holding the fragment's writes
    box = at.main.children[0]
    assert [type(c).__name__ for c in box.children.values()] == ["Markdown", "Block", "Markdown"]
    assert [m.value for m in box.children[1].markdown] == ["c-write-1", "c-odd-1"]
    assert [type(c).__name__ for c in at.sidebar.children.values()] == ["Markdown", "Block"]
    assert at.sidebar.children[1].markdown[0].value == "side-frag-1"


@pytest.mark.parametrize("fragment_run", [False, True])
def test_a_dialog_opened_inside_a_dialog_is_refused_in_full_and_fragment_runs(tmp_path, fragment_run):
    page = Page(tmp_path, f"""
import streamlit as st

@st.dialog("Inner")
def inner():
    st.write("inner body")

@st.dialog("Outer")
def outer():
    st.write("outer body")
    if {not fragment_run!r} or st.button("Open inner"):
        inner()

if st.button("Open"):
    outer()
""")
    page.click("Open")
    if fragment_run:
        assert "Dialogs may not be nested" not in json.dumps(page.render)
        page.click("Open inner")  # a fragment run of the outer dialog
    dialog = page.render["tree"]["event"]["children"][0]
    assert dialog["props"]["title"] == "Outer"
    exc = next(n for n in page.nodes() if n["kind"] == "exception")
    assert "Dialogs may not be nested inside other dialogs." in json.dumps(exc["props"])
    assert "inner body" not in page.texts() and "outer body" in page.texts()
    assert [n["props"]["title"] for n in page.nodes() if n["kind"] == "dialog"] == ["Outer"]


def test_a_fragment_writing_to_st_bottom_and_a_column_made_outside_redraws_them(tmp_path):
    page = Page(tmp_path, """
import streamlit as st
st.session_state.setdefault("n", 0)
left, right = st.columns(2)
left.write("left")

@st.fragment
def f():
    st.session_state.n += 1
    st.button("again")
    st.bottom.caption(f"bottom-{st.session_state.n}")
    with right:
        st.write(f"right-{st.session_state.n}")

f()
""")
    for n in (1, 2, 3):
        tree = page.render["tree"]
        assert _shape(tree["bottom"]) == [["transparent", [f"bottom-{n}"]]]
        assert _shape(tree["main"])[0] == ["columns", [["column", ["left"]],
                                                      ["column", [["transparent", [f"right-{n}"]]]]]]
        page.click("again")


# --- a callback of a widget inside a fragment that writes elements (checked against 1.67
# under `streamlit run`: the fragment run's cursors start afresh, so its writes replace
# the page's first elements, and each one logs 1.67's warning)

# shared with tests/e2e/fragments.test.mjs
CALLBACK_WRITES = (Path(__file__).parents[1] / "e2e" / "apps" / "fragments" / "callback.py").read_text()


@pytest.fixture
def streamlit_log(caplog):
    """What Streamlit's own logger (get_logger("root"): no propagation) logs from now on."""
    import logging

    from tablit.logger import get_logger

    get_logger("root")
    logger = logging.getLogger("streamlit")
    logger.addHandler(caplog.handler)

    def lines() -> list[str]:
        out = [r.getMessage() for r in caplog.records]
        caplog.clear()
        return out

    yield lines
    logger.removeHandler(caplog.handler)


WARNING = "A fragment rerun was triggered with a callback that displays one or more elements."


def test_a_fragment_callbacks_writes_replace_the_top_of_the_page_as_1_67s_do(tmp_path, streamlit_log):
    page = Page(tmp_path, CALLBACK_WRITES)
    streamlit_log()
    for _ in range(2):  # a second run writes in the same places
        page.click("go")
        tree = page.render["tree"]
        assert _shape(tree["main"]) == ["from callback", "from callback 2", ["container", ["go", "in fragment"]],
                                        "omega"]
        assert _shape(tree["sidebar"]) == ["from callback, side", "side2"]
        # 1.67 logs a warning per element (its server log; here the console)
        assert [WARNING in line for line in streamlit_log()] == [True] * 3


def test_apptest_puts_a_fragment_callbacks_writes_first_and_warns_as_1_67s_does(tmp_path, streamlit_log):
    from tablit.testing.v1 import AppTest

    (tmp_path / "app.py").write_text(CALLBACK_WRITES)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    streamlit_log()
    at.button[0].click().run()
    assert [m.value for m in at.main.markdown] == ["from callback", "from callback 2", "alpha", "beta",
                                                  "in fragment", "omega"]
    assert [WARNING in line for line in streamlit_log()] == [True] * 3


def test_a_callback_of_a_widget_outside_fragments_does_not_warn(tmp_path, streamlit_log):
    page = Page(tmp_path, """
import streamlit as st
st.button("go", on_click=lambda: st.markdown("from callback"))
st.markdown("body")
""")
    streamlit_log()
    page.click("go")
    assert page.texts() == ["from callback", "body"]
    assert streamlit_log() == []


def test_a_toast_from_a_fragment_callback_takes_no_place_in_the_page(tmp_path):
    # 1.67 binds st.toast to its event container: the page's top stays (read from `streamlit run`)
    page = Page(tmp_path, """
import streamlit as st
st.markdown("alpha")

@st.dialog("Edit")
def edit():
    st.button("save", on_click=lambda: st.toast("Saved in the dialog"))

@st.fragment
def frag():
    st.button("go", on_click=lambda: st.toast("Saved!"))

frag()
if st.button("open"):
    edit()
st.markdown("omega")
""")
    page.click("go")
    tree = page.render["tree"]
    assert _shape(tree["main"]) == ["alpha", ["container", ["go"]], "open", "omega"]
    assert [n["props"]["body"] for n in tree["event"]["children"]] == ["Saved!"]
    page.click("open")
    page.click("save")  # the dialog's own run: its callback's toast leaves the dialog open
    tree = page.render["tree"]
    assert [n["kind"] for n in tree["event"]["children"]] == ["dialog", "toast"]
    assert tree["event"]["children"][1]["props"]["body"] == "Saved in the dialog"
    assert "save" in json.dumps(tree["event"]["children"][0])
    assert _shape(tree["main"]) == ["alpha", ["container", ["go"]], "open", "omega"]
