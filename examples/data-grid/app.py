"""The data grid: a million-row table, selections and a data editor (no pandas needed)."""
import streamlit as st

st.title("Data grid")

N = 1_000_000
big = {"row": range(N), "square": [i * i % 1000 for i in range(N)]}
st.subheader("A million rows")
st.dataframe(big, height=300, key="big")

st.subheader("Selections")
people = {
    "name": ["Ada", "Grace", "Linus", "Guido", "Barbara"],
    "born": [1815, 1906, 1969, 1956, 1939],
    "active": [False, False, True, True, False],
}
event = st.dataframe(people, on_select="rerun", selection_mode=["multi-row", "multi-column"], key="people")
st.write("Selected rows:", ", ".join(str(r) for r in event.selection.rows) or "none")
st.write("Selected columns:", ", ".join(event.selection.columns) or "none")

st.subheader("Editor")
tasks = [
    {"task": "Write tests", "done": False, "hours": 3},
    {"task": "Fix bug", "done": True, "hours": 1},
]
edited = st.data_editor(
    tasks, num_rows="dynamic", key="tasks",
    column_config={"hours": st.column_config.NumberColumn("Hours", min_value=0, format="%d h")},
)
st.write("Tasks:", " | ".join(f"{t['task']}={t['hours']}" for t in edited))
st.write("Edit state:", str(dict(st.session_state.tasks)))

st.subheader("Buttons")
def on_action():
    st.session_state.log = f"{st.session_state.action.label} on row {st.session_state.action.row}"
st.dataframe(
    {"name": ["Ada", "Grace"], "action": ["Open", ["Edit", "Delete"]]}, hide_index=True,
    column_config={"action": st.column_config.ButtonColumn("Action", on_click=on_action, key="action")},
)
st.write("Last action:", st.session_state.get("log", "none"), "| this run:", str(st.session_state.action))

st.subheader("Tags")
tagged = st.data_editor(
    {"item": ["Pen", "Cup"], "tags": [["red", "new"], []], "sizes": [["S"], []]}, hide_index=True, key="tags",
    column_config={"tags": st.column_config.ListColumn("Tags"),
                   "sizes": st.column_config.MultiselectColumn("Sizes", options=["S", "M", "L"],
                                                               format_func=lambda s: f"size {s}")},
)
st.write("Tagged:", " | ".join(f"{i}={t}/{s}" for i, t, s in zip(tagged["item"], tagged["tags"], tagged["sizes"])))
