"""Issue 13, layout: where a chat_input goes, and header anchors, as Streamlit 1.67.

Run against Streamlit 1.67 too (``TABLIT_REFERENCE=1``): a top-level
``st.chat_input`` (or one written into a top-level ``st.empty()``) is moved
into the bottom block; inside a container, column, tab, the sidebar or
``st.bottom`` it stays where it was called.
"""

from apptest import AppTest

_BOTTOM = 3  # the root blocks: main, sidebar, event, bottom


def _keys(block) -> list:
    """Keys of the chat inputs in a block, in order, at any depth."""
    found = []

    def walk(node):
        if type(node).__name__ == "ChatInput":
            found.append(node.key)
        for child in (getattr(node, "children", None) or {}).values():
            walk(child)

    walk(block)
    return found


def _roots(at) -> dict:
    tree = at._tree.children
    return {"main": _keys(tree[0]), "sidebar": _keys(tree[1]),
            "bottom": _keys(tree[_BOTTOM]) if _BOTTOM in tree else []}


def test_top_level_chat_input_goes_to_the_bottom_block():
    at = AppTest.from_string("""
import streamlit as st
with st.chat_message("user"):
    st.write("hello")
st.chat_input("Say something", key="top")
st.write("after")
""").run()
    assert not at.exception
    assert _roots(at) == {"main": [], "sidebar": [], "bottom": ["top"]}
    # the messages stay in main, in order, above the pinned input
    assert [m.value for m in at.markdown] == ["hello", "after"]


def test_nested_chat_inputs_stay_inline_and_empty_placeholder_is_pinned():
    at = AppTest.from_string("""
import streamlit as st
st.chat_input("a", key="a")
with st.container():
    st.chat_input("b", key="b")
col, = st.columns(1)
col.chat_input("c", key="c")
tab, = st.tabs(["T"])
tab.chat_input("d", key="d")
with st.expander("E"):
    st.chat_input("e", key="e")
ph = st.empty()
ph.chat_input("f", key="f")
with st.container():
    st.empty().chat_input("g", key="g")
st.sidebar.chat_input("h", key="h")
st.bottom.chat_input("i", key="i")
@st.fragment
def frag():
    st.chat_input("j", key="j")
frag()
""").run()
    assert not at.exception
    assert _roots(at) == {"main": ["b", "c", "d", "e", "g", "j"], "sidebar": ["h"],
                          "bottom": ["a", "f", "i"]}


def test_pinned_chat_input_submits_and_keeps_its_id_and_value():
    at = AppTest.from_string("""
import streamlit as st
if "log" not in st.session_state:
    st.session_state.log = []
for m in st.session_state.log:
    st.chat_message("user").write(m)
if prompt := st.chat_input("Say something", key="box"):
    st.session_state.log.append(prompt)
    st.chat_message("user").write(prompt)
""").run()
    at.chat_input(key="box").set_value("first").run()
    at.chat_input(key="box").set_value("second").run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["first", "second"]
    assert _roots(at)["bottom"] == ["box"]
    at.run()  # a trigger: the text is returned by one run only
    assert [m.value for m in at.markdown] == ["first", "second"]
    assert at.chat_input(key="box").value is None


def test_heading_anchor_and_divider_arguments_are_checked_as_1_67():
    at = AppTest.from_string("""
import streamlit as st
for call in (lambda: st.header("A", anchor=True), lambda: st.header("B", anchor=3),
             lambda: st.subheader("C", divider="pink"), lambda: st.header("D", divider=1)):
    try:
        call()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
st.header("E", anchor=False, divider=True)
st.subheader("F", anchor="custom-id", divider="gray")
st.title("G", anchor=None)
""").run()
    colours = "True, 'red', 'orange', 'yellow', 'blue', 'green', 'violet', 'gray', 'grey', 'rainbow'"
    assert [t.value for t in at.text] == [
        "StreamlitValueError: Invalid `anchor` value. Supported values: None, False, any string.",
        "StreamlitInvalidParameterTypeError: Invalid `anchor` type. Expected one of: str, None, False. "
        "Provided type: int.",
        f"StreamlitValueError: Invalid `divider` value. Supported values: {colours}.",
        f"StreamlitValueError: Invalid `divider` value. Supported values: {colours}.",
    ]
    assert [h.value for h in at.header] == ["E"]
    assert [h.value for h in at.subheader] == ["F"]
    assert [h.value for h in at.title] == ["G"]


def test_status_update_leaves_the_open_state_to_the_page_as_1_67():
    """1.67 re-sends the box without ``expanded`` when update() is not given it
    (the page keeps what it shows; a fresh page shows it closed)."""
    at = AppTest.from_string("""
import streamlit as st
with st.status("Done", expanded=True):
    st.write("x")
s = st.status("Relabelled", expanded=True)
s.update(label="Relabelled 2")
t = st.status("Opened")
t.update(expanded=True)
""").run()
    assert not at.exception
    assert [s.label for s in at.status] == ["Done", "Relabelled 2", "Opened"]
    if hasattr(at.status[0], "proto"):  # Streamlit 1.67: the field is unset
        assert [s.proto.HasField("expanded") for s in at.status] == [False, False, True]
    else:
        assert [s.props["expanded"] for s in at.status] == [None, None, True]
