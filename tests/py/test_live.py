"""Runs streamed to the page while they run (runtime/live.py), with a fake clock."""

import json
import time

import pytest

SLOW_PROGRESS = """
import time
import streamlit as st
st.title("Working")
bar = st.progress(0, text="Starting")
for i in range(1, 6):
    time.sleep(1)
    bar.progress(i * 20, text=f"Step {i}")
st.write("Done")
"""


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def wait(self, secs):
        self.now += secs


@pytest.fixture
def live(tmp_path, monkeypatch):
    """A bridge whose runs stream into a list, time.sleep advancing a fake clock."""
    from tablit.bridge import Bridge
    from tablit.runtime import live as live_mod

    clock = FakeClock()
    monkeypatch.setattr(time, "sleep", time.sleep)  # restored after the test
    live_mod.install_sleep(clock.wait, clock)
    posted = []

    def make(source, patches=True):
        (tmp_path / "app.py").write_text(source)
        b = Bridge(str(tmp_path / "app.py"), patches=patches)
        b.set_stream(lambda js: posted.extend(json.loads(js)))
        b.session.streamer.clock = clock
        return b

    return make, posted, clock


def leaf_props(tree, kind):
    out = []
    stack = [tree["main"]]
    while stack:
        n = stack.pop()
        if n["kind"] == kind:
            out.append(n["props"])
        stack.extend(reversed(n.get("children") or []))
    return out


def test_a_slow_loop_streams_every_step_and_ends_exact(live):
    make, posted, _ = live
    b = make(SLOW_PROGRESS, patches=False)
    final = json.loads(b.start())[-1]
    assert all(m["type"] == "render" and m["running"] is True for m in posted)
    assert final["type"] == "render" and "running" not in final
    values = [leaf_props(m["tree"], "progress")[0]["value"] for m in posted]
    # each step reaches the page before the next sleep; the last one with "Done" at the end
    assert values == [0, 20, 40, 60, 80, 100]
    assert [m["stale"] for m in posted] == [[]] * 6
    assert leaf_props(final["tree"], "progress")[0] == {"value": 100, "text": "Step 5"}
    assert leaf_props(final["tree"], "markdown")[-1]["body"] == "Done"


def test_mid_run_messages_replay_to_the_final_tree(live):
    """Patches chain: applying every mid-run message, then the final one, gives the final tree."""
    from tablit.protocol import TreeDiff  # noqa: F401 - the same diff the worker uses

    make, posted, _ = live
    b = make(SLOW_PROGRESS)
    b.start()
    posted.clear()
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}])))
    # the second run: the previous run's elements not yet reached are stale
    assert posted, "the rerun streamed"
    assert posted[0]["type"] == "patch"
    assert posted[0]["running"] is True and posted[0]["stale"] == ["main:2"]  # "Done" of the last run
    assert out[-1]["type"] == "patch" and "running" not in out[-1]


def test_a_fast_run_sends_nothing_mid_run(tmp_path):
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text("import streamlit as st\nfor i in range(50):\n    st.write(i)\n")
    posted = []
    b = Bridge(str(tmp_path / "app.py"), patches=True)
    b.set_stream(lambda js: posted.extend(json.loads(js)))
    clock = FakeClock()
    b.session.streamer.clock = clock
    b.start()
    assert posted == []  # the run took less than a frame of its clock


def test_rate_is_bounded_in_a_tight_loop(tmp_path):
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(
        "import streamlit as st\nph = st.empty()\nfor i in range(1000):\n    ph.write(i)\n")
    posted = []
    b = Bridge(str(tmp_path / "app.py"), patches=True)
    b.set_stream(lambda js: posted.extend(json.loads(js)))
    clock = FakeClock()
    b.session.streamer.clock = clock
    # each write advances the clock by 1 ms: 1000 writes = 1 s = at most 1000/16 frames
    orig = b.session.streamer.changed

    def changed():
        clock.now += 0.001
        orig()

    b.session.streamer.changed = changed
    b.start()
    assert 20 < len(posted) <= 1000 / 16 + 1


def test_a_runs_first_message_waits_as_long_as_a_message_costs(tmp_path):
    """A message holds the whole page, so each costs about what the last one did: a run's
    first one waits for that cost as the run's later ones do, and a run that would spend
    most of its time sending (a page of 10,000 widgets) sends its final render alone."""
    from tablit.bridge import Bridge
    from tablit.runtime.live import COST_SHARE

    (tmp_path / "app.py").write_text(
        "import streamlit as st\nph = st.empty()\nfor i in range(400):\n    ph.write(i)\n")
    clock = FakeClock()
    sent_at = []

    def post(js):
        sent_at.append(clock.now)
        clock.now += 0.05  # each message costs 50 ms to build and send

    b = Bridge(str(tmp_path / "app.py"), patches=True)
    b.set_stream(post)
    b.session.streamer.clock = clock
    orig = b.session.streamer.changed

    def changed():
        clock.now += 0.001  # each st call takes 1 ms
        orig()

    b.session.streamer.changed = changed
    b.start()
    first_run = list(sent_at)
    # the first run of a session knows no cost yet: its first message comes after a frame
    assert first_run and first_run[0] < 0.02
    assert all(b - a >= 0.05 / COST_SHARE for a, b in zip(first_run, first_run[1:]))
    sent_at.clear()
    began = clock.now
    b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}]))
    assert sent_at, "a 400 ms run still streams"
    assert sent_at[0] - began >= 0.05 / COST_SHARE


def test_sleep_checks_its_argument_like_cpython(live):
    with pytest.raises(ValueError):
        time.sleep(-1)
    with pytest.raises(TypeError):
        time.sleep("1")
    time.sleep(0)


STATEFUL = """
import datetime
import streamlit as st
st.session_state.setdefault("count", 0)
st.session_state.setdefault("when", datetime.date(2024, 1, 2))
st.session_state.setdefault("pair", (1, 2))
name = st.text_input("Name")
level = st.slider("Level", 0, 10, 3, key="level")
if st.button("Add"):
    st.session_state.count += 1
st.write(f"count={st.session_state.count} name={name} level={level}")
"""


def _texts(render):
    return [n["props"].get("body") for n in render["tree"]["main"]["children"] if n["kind"] == "markdown"]


def test_a_snapshot_restores_state_and_widgets_in_a_new_session(tmp_path):
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(STATEFUL)
    b = Bridge(str(tmp_path / "app.py"))
    b.send_snapshots()
    first = json.loads(b.start())
    snap = first[0]
    assert snap["type"] == "snapshot" and snap["state"] == {"count": 0}
    assert sorted(snap["lost"]) == ["pair", "when"]  # a date and a tuple do not survive JSON
    ids = {n["props"]["label"]: n["id"] for n in first[-1]["tree"]["main"]["children"] if "label" in n["props"]}
    out = json.loads(b.handle(json.dumps([
        {"type": "update", "changes": [{"id": ids["Name"], "value": "Ada"}, {"id": ids["Level"], "value": 7}], "trigger": None},
        {"type": "update", "changes": [], "trigger": ids["Add"]}])))
    snap = next(m for m in out if m["type"] == "snapshot")
    assert snap["state"] == {"count": 1}
    assert snap["widgets"][ids["Name"]] == "Ada" and snap["widgets"][ids["Level"]] == 7
    # nothing changed: no new snapshot
    again = json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}])))
    assert [m["type"] for m in again] == ["render"]

    fresh = Bridge(str(tmp_path / "app.py"))
    assert json.loads(fresh.restore(json.dumps(snap))) == ["pair", "when"]
    render = json.loads(fresh.start())[-1]
    assert _texts(render) == ["count=1 name=Ada level=7"]
    widgets = {n["props"]["label"]: n["props"] for n in render["tree"]["main"]["children"] if "label" in n["props"]}
    assert widgets["Name"]["value"] == "Ada" and widgets["Name"]["set"] is True
    assert widgets["Level"]["value"] == 7


def test_a_bad_snapshot_is_refused_whole(tmp_path):
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(STATEFUL)
    b = Bridge(str(tmp_path / "app.py"))
    with pytest.raises(ValueError):
        b.restore(json.dumps({"state": [], "widgets": {}}))
    with pytest.raises(ValueError):
        b.restore("[1, 2]")
    assert _texts(json.loads(b.start())[-1]) == ["count=0 name= level=3"]


def test_a_stored_snapshot_counts_only_when_the_app_enables_durable_sessions(tmp_path):
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(STATEFUL)
    snap = json.dumps({"state": {"count": 5}, "widgets": {}, "lost": []})
    off = Bridge(str(tmp_path / "app.py"))
    off.send_snapshots()
    assert off.restore(snap, True) == "[]"
    out = json.loads(off.start())
    assert _texts(out[-1]) == ["count=0 name= level=3"]
    assert out[0]["durable"] is False

    on = Bridge(str(tmp_path / "app.py"), config={"tablit.durableSession": True})
    on.send_snapshots()
    on.restore(snap, True)
    out = json.loads(on.start())
    assert _texts(out[-1]) == ["count=5 name= level=3"]
    assert out[0]["durable"] is True


LONG_JOB = """
import time
import streamlit as st
st.session_state.setdefault("finished", 0)
st.checkbox("Unrelated")
for i in range(5):
    st.write(f"step {i}")
    time.sleep(1)
st.session_state.finished += 1
st.write(f"finished={st.session_state.finished}")
"""


def test_fast_reruns_end_a_run_at_its_next_st_call(live):
    """runner.fastReruns: a rerun asked for during a run ends it at the next st call
    (Streamlit's yield point); the unreached rest of the page stays; state is kept."""
    make, posted, clock = live
    b = make(LONG_JOB, patches=False)
    out = json.loads(b.start())[-1]
    assert _texts(out)[-1] == "finished=1"
    asked = {"at": 2.5}
    b.set_rerun_check(lambda: clock.now >= asked["at"])
    clock.now = 0
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}])))[-1]
    # steps 0-2 drawn (the request came during the third sleep), then the run ended at "step 3"
    texts = _texts(out)
    assert texts[:3] == ["step 0", "step 1", "step 2"]
    assert texts[-1] == "finished=1", "the previous run's rest stays (not reached)"
    assert b.session.state.lookup("finished") == 1


def test_fast_reruns_off_lets_the_run_finish(live, tmp_path):
    make, posted, clock = live
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[runner]\nfastReruns = false\n")
    b = make(LONG_JOB, patches=False)
    b.start()
    b.set_rerun_check(lambda: True)
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}])))[-1]
    assert _texts(out)[-1] == "finished=2"


def _kinds(render):
    out = []
    stack = [render["tree"]["main"]]
    while stack:
        n = stack.pop()
        out.append((n["kind"], n["props"]))
        stack.extend(reversed(n.get("children") or []))
    return out


def test_spinner_and_status_stream_while_the_block_runs(live):
    make, posted, _ = live
    b = make("""
import time
import streamlit as st
with st.spinner("Crunching", show_time=True):
    time.sleep(1)
s = st.status("Job")
time.sleep(1)
s.update(label="Job done", state="complete")
time.sleep(1)
st.write("end")
""", patches=False)
    final = json.loads(b.start())[-1]
    spinners = [[p for k, p in _kinds(m) if k == "spinner"] for m in posted]
    assert spinners[0] == [{"text": "Crunching", "show_time": True, "width": "content"}]
    assert all(k != "spinner" for k, _ in _kinds(final)), "cleared when the block ends"
    # a transient, as 1.67's: it took no place, so nothing (no empty slot) stays where it was
    assert [n["kind"] for n in final["tree"]["main"]["children"]] == ["expander", "markdown"]
    assert final["tree"]["main"]["children"][0]["id"] == "main:0"
    states = [[(p["label"], p["state"]) for k, p in _kinds(m) if k == "expander"] for m in posted]
    assert [("Job", "running")] in states and [("Job done", "complete")] in states
    assert states.index([("Job", "running")]) < states.index([("Job done", "complete")])


def test_snapshots_apart_come_after_the_answer_and_only_when_changed(tmp_path):
    """send_snapshots(apart=True) (the worker's way): answers carry no snapshot;
    snapshot() gives it after each run that changed the session, once."""
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(STATEFUL)
    b = Bridge(str(tmp_path / "app.py"))
    b.send_snapshots(True, True)
    first = json.loads(b.start())
    assert [m["type"] for m in first] == ["render"]
    snap = json.loads(b.snapshot())
    assert [m["type"] for m in snap] == ["snapshot"] and snap[0]["state"] == {"count": 0}
    assert b.snapshot() == "", "nothing changed since the last snapshot"
    ids = {n["props"]["label"]: n["id"] for n in first[-1]["tree"]["main"]["children"] if "label" in n["props"]}
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": ids["Add"]}])))
    assert "snapshot" not in [m["type"] for m in out]
    assert json.loads(b.snapshot())[0]["state"] == {"count": 1}
    json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}])))
    assert b.snapshot() == ""
    plain = Bridge(str(tmp_path / "app.py"))
    plain.send_snapshots()
    plain.start()
    assert plain.snapshot() == "", "snapshots in the answers: snapshot() gives nothing"


def test_a_stop_pressed_before_the_run_began_ends_it_at_its_first_st_call(live, tmp_path):
    """A Stop the page pressed after sending an interaction, while the run before it ended,
    stops that interaction's run (check() == 2) even with runner.fastReruns off; the
    interaction's callbacks and the code before the first st call ran, as in Streamlit."""
    make, posted, clock = live
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[runner]\nfastReruns = false\n")
    b = make(LONG_JOB, patches=False)
    b.start()
    b.set_rerun_check(lambda: 2)
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}])))[-1]
    assert _texts(out)[-1] == "finished=1", "the run ended before its end"
    b.set_rerun_check(lambda: 0)
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}])))[-1]
    assert _texts(out)[-1] == "finished=2"


def test_streamed_frames_carry_the_config_theme(live):
    """A run streamed while it runs is drawn in the config's [theme] from its first frame,
    not in the stock theme until the run ends (streamlit/docs' theming apps)."""
    make, posted, _ = live
    b = make("import time\nimport streamlit as st\nst.title('Themed')\ntime.sleep(1)\nst.write('done')\n",
             patches=False)
    b.session.config.options["theme.primaryColor"] = "#1e90ff"
    b.session._theme = None  # (the session checks [theme] once: as if read from config.toml)
    final = json.loads(b.start())[-1]
    assert posted and all(m.get("running") for m in posted)
    assert all(m.get("theme") == final["theme"] for m in posted), "every frame has the final theme"
    assert final["theme"]


def test_a_component_streamed_mid_run_is_sent_whole(live):
    """A run that streams sends a node as soon as it is placed: a components.v2 mount went
    out with ``events: null`` (its trigger's id was set after the node was placed), the page
    refused the props, and its script never ran after the page switch that streamed it (the
    e2e test's markdown_links and cleanup_function pages under load)."""
    make, posted, _ = live
    b = make(
        "import time\n"
        "import streamlit as st\n"
        "time.sleep(1)\n"
        "links = st.components.v2.component('links', js='export default function(c) {}')\n"
        "links(on_clicked_change=lambda: None)\n"
        "time.sleep(1)\n"
        "st.markdown('after the component')\n",
        patches=False,
    )
    final = json.loads(b.start())[-1]
    mid = [p for m in posted for p in leaf_props(m["tree"], "bidi_component")]
    assert mid, "the component was sent mid-run"
    (events,) = {p["events"] for p in leaf_props(final["tree"], "bidi_component")}
    assert isinstance(events, str) and events
    assert [p["events"] for p in mid] == [events] * len(mid)


FINISHED_WIDGETS = """\
import time
import streamlit as st
second = st.session_state.setdefault("runs", 0) > 0
st.session_state.runs += 1
if "span" not in st.session_state:
    st.session_state.span = ("b", "c")  # a range set through st.session_state
st.select_slider("span", options=["a", "b", "c", "d"], key="span")
time.sleep(0.05)
st.selectbox("pick", ["x", "y"] if second else ["p", "q"], key="pick")  # options the page held changed
time.sleep(0.05)
st.data_editor([{"a": 1}, {"a": 2}], key="ed")
time.sleep(0.05)
st.session_state.chat = "draft"  # pre-fills the box
st.chat_input("say", key="chat")
time.sleep(0.05)
st.menu_button("menu", options=["one", "two"], key="menu")
time.sleep(0.05)
st.markdown("end")
"""


def nodes_by_id(tree):
    out = {}
    stack = [tree[r] for r in tree]
    while stack:
        n = stack.pop()
        out[n["id"]] = n
        stack.extend(n.get("children") or [])
    return out


@pytest.mark.parametrize("run", [1, 2])
def test_a_widget_streamed_mid_run_is_sent_finished(live, run):
    """A run that streams sends a node the moment it is placed; widgets whose props depend
    on their value or id (a select slider's range set through st.session_state, options the
    page held that changed, a data editor drawn by the grid, a pre-filled chat input) were
    finished after that, so the page showed them unfinished until the next message: a data
    editor of the unknown kind "data_editor", a single-handle slider for a range."""
    make, posted, _ = live
    b = make(FINISHED_WIDGETS, patches=False)
    final = json.loads(b.start())[-1]
    if run == 2:
        posted.clear()
        final = json.loads(b.handle(json.dumps([{"type": "update", "changes": [], "trigger": None}])))[-1]
    want = nodes_by_id(final["tree"])
    kinds = {n["kind"] for n in want.values()}
    assert {"select_slider", "selectbox", "dataframe", "chat_input", "menu_button"} <= kinds
    assert "data_editor" not in kinds
    slider = next(n for n in want.values() if n["kind"] == "select_slider")
    assert slider["props"]["range"] is True
    chat = next(n for n in want.values() if n["kind"] == "chat_input")
    assert chat["props"]["prefill"] == "draft"
    assert len(posted) >= 5, "each widget went out mid-run"
    for message in posted:
        for nid, node in nodes_by_id(message["tree"]).items():
            if nid in message.get("stale", []) or node.get("children") is not None or nid not in want:
                continue
            # ("set", whether the page must take the value, is the final render's: it alone
            # updates the session's model of the page)
            assert (node["kind"], {**node["props"], "set": None}) == (want[nid]["kind"], {**want[nid]["props"], "set": None}), node["kind"]
