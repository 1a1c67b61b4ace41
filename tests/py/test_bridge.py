"""The worker's entry: JSON in, JSON out; bad messages refused one by one."""

import json

import pytest

COUNTER = """
import streamlit as st
if "count" not in st.session_state:
    st.session_state.count = 0
def inc():
    st.session_state.count += 1
st.button("Increment", on_click=inc)
st.write("Count = ", st.session_state.count)
"""


@pytest.fixture
def bridge(tmp_path):
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(COUNTER)
    b = Bridge(str(tmp_path / "app.py"))
    first = json.loads(b.start())[-1]
    button = next(n["id"] for n in first["tree"]["main"]["children"] if n["kind"] == "button")
    return b, button


def bodies(render):
    return [n["props"].get("body") for n in render["tree"]["main"]["children"] if n["kind"] == "markdown"]


def test_a_bad_message_spoils_no_good_one_in_the_same_batch(bridge):
    b, button = bridge
    out = json.loads(b.handle(json.dumps([
        {"type": "update", "changes": [{"id": "nope", "value": 1}]},
        {"type": "update", "changes": [], "trigger": button},
        {"type": "dance"},
        "not json {",
    ])))
    refusals = [m for m in out if m["type"] == "refused"]
    assert [r["reason"].split(":")[0] for r in refusals] == [
        "unknown widget id 'nope'", "unknown message type 'dance'; expected one of update, navigate, clear_cache, context",
        "not JSON"]
    assert bodies(out[-1]) == ["Count =  `1`"]


def test_clicks_queued_together_coalesce_into_one_run(bridge):
    b, button = bridge
    click = {"type": "update", "changes": [], "trigger": button}
    out = json.loads(b.handle(json.dumps([click, click, click])))
    # Coalesced into one run; Streamlit keeps a fired trigger fired, so the
    # callback runs once per run, not per queued click.
    assert out[-1]["type"] == "render"
    assert bodies(out[-1]) == ["Count =  `1`"]


def test_bridge_refuses_a_non_list_payload_gracefully(bridge):
    b, _ = bridge
    out = json.loads(b.handle("{bad json"))
    assert out[0]["type"] == "refused" and out[0]["reason"].startswith("not JSON")


def test_navigation_resets_the_page_widgets_on_both_sides(tmp_path):
    """After a page change the page must show the values Python uses (set=True)."""
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(
        "import streamlit as st\nc = st.checkbox('c', key='c')\nst.write('checked', c)\n")
    b = Bridge(str(tmp_path / "app.py"))
    first = json.loads(b.start())[-1]
    box = first["tree"]["main"]["children"][0]
    assert box["props"]["set"] is True  # new to the page
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [{"id": box["id"], "value": True}]}])))
    assert out[-1]["tree"]["main"]["children"][0]["props"]["set"] is False  # the page shows it already
    out = json.loads(b.handle(json.dumps([{"type": "navigate", "page": "", "query": "x=1"}])))
    node = out[-1]["tree"]["main"]["children"][0]
    assert (node["props"]["value"], node["props"]["set"]) == (False, True)
    assert bodies(out[-1]) == ["checked `False`"]
    assert out[-1]["query"] == "x=1"


def test_an_update_of_a_batch_is_checked_again_after_a_run_before_it(tmp_path):
    # Each update is checked as it arrives; one that a run earlier in the same
    # batch took the widget of is refused then (the first is not checked twice).
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "if 'gone' not in st.session_state:\n"
        "    st.session_state.gone = False\n"
        "def hide():\n"
        "    st.session_state.gone = True\n"
        "st.button('Hide', on_click=hide)\n"
        "if not st.session_state.gone:\n"
        "    st.button('Other')\n"
        "st.write('gone', st.session_state.gone)\n")
    b = Bridge(str(tmp_path / "app.py"))
    first = json.loads(b.start())[-1]
    hide, other = [n["id"] for n in first["tree"]["main"]["children"] if n["kind"] == "button"]
    out = json.loads(b.handle(json.dumps([
        {"type": "update", "changes": [], "trigger": hide},
        {"type": "update", "changes": [], "trigger": other},
    ])))
    assert [m["type"] for m in out] == ["refused", "render"]
    assert out[0]["reason"].startswith(f"unknown trigger {other!r}")
    assert bodies(out[-1]) == ["gone `True`"]
    assert [n["kind"] for n in out[-1]["tree"]["main"]["children"]] == ["button", "markdown"]


@pytest.mark.parametrize("text", [
    '[{"type": "update", "changes": [], "trigger": null}]', ' [1] ', "[1", "", "nul", "\ufeff[1]",
    "[1] x", '"a"', "1e400", "[NaN]", b"[1]", "[" * 100_000])
def test_the_bridge_reads_json_as_json_loads_does(text):
    from tablit.bridge import _loads

    def outcome(f):
        try:
            return "value", f(text)
        except (ValueError, RecursionError, TypeError) as e:
            return type(e), str(e)

    assert repr(outcome(_loads)) == repr(outcome(json.loads))
