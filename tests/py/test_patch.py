"""Patch messages (protocol.TreeDiff): applied to the previous tree, every
patch gives exactly the tree of the render message it stands for."""

import copy
import json
import random
import textwrap

import pytest

from tablit.bridge import Bridge
from tablit.protocol import TreeDiff


def apply_patch(tree, patch):
    """A reference implementation of web/protocol.js applyPatch()."""
    index = {}

    def walk(n):
        index[n["id"]] = n
        for c in n.get("children") or []:
            walk(c)

    for root in tree.values():
        walk(root)
    ops = {op[0]: op for op in patch["ops"]}
    used = set()

    def build(node):
        op = ops.get(node["id"])
        out = {"id": node["id"], "kind": node["kind"], "props": node["props"]}
        children = node.get("children")
        if op is not None:
            used.add(node["id"])
            if op[1] is not None:
                out["props"] = op[1]
            if op[2] is not None:
                out["children"] = [build(index[c]) if isinstance(c, str) else c for c in op[2]]
                return out
        if children is not None:
            out["children"] = [build(c) for c in children]
        return out

    new = {name: build(root) for name, root in tree.items()}
    assert used == set(ops), "every op names a node of the tree"
    return new


def roundtrip(renders):
    """Send renders through a TreeDiff and JSON; rebuild each on the other side."""
    diff = TreeDiff()
    shown = None
    kinds = []
    for render in renders:
        msg = json.loads(json.dumps(diff.message(copy.deepcopy(render))))
        kinds.append(msg["type"])
        if msg["type"] == "patch":
            assert msg["base"] == shown["run"]
            rest = {k: v for k, v in msg.items() if k not in ("type", "base", "ops")}
            msg = {**rest, "type": "render", "tree": apply_patch(shown["tree"], msg)}
        assert msg == json.loads(json.dumps(render))
        shown = msg
    return kinds


def node(id, kind="markdown", children=None, **props):
    n = {"id": id, "kind": kind, "props": props}
    if children is not None:
        n["children"] = children
    return n


def render(run, main, sidebar=()):
    return {"type": "render", "run": run, "tree": {"main": node("main", "block", list(main)),
                                                  "sidebar": node("sidebar", "block", list(sidebar))},
            "page": "", "pages": [], "query": "", "banner": None, "clear_forms": [], "page_config": {}}


def items(n, changed=None, value="x"):
    return [node(f"main:{i}", body=(value if i == changed else f"line {i}")) for i in range(n)]


def test_one_changed_prop_is_one_op():
    diff = TreeDiff()
    diff.message(render(1, items(50)))
    patch = diff.message(render(2, items(50, changed=7)))
    assert patch["type"] == "patch" and patch["base"] == 1 and patch["run"] == 2
    assert patch["ops"] == [["main:7", {"body": "x"}, None]]
    assert roundtrip([render(1, items(50)), render(2, items(50, changed=7)), render(3, items(50))]) == [
        "render", "patch", "patch"]


def test_true_and_one_differ():
    a = render(1, [node("a", "json", body="{}", expanded=True)] + items(10))
    b = render(2, [node("a", "json", body="{}", expanded=1)] + items(10))
    diff = TreeDiff()
    diff.message(a)
    assert diff.message(b)["ops"] == [["a", {"body": "{}", "expanded": 1}, None]]


def test_structure_changes():
    base = items(20)
    inserted = base[:5] + [node("new", "button", label="B")] + base[5:]
    nested = [node("main:0", "columns", [node("main:0.0", "column", items(3)), node("main:0.1", "column", [])])] + base[1:]
    moved = [nested[0]] + base[1:][::-1]
    kind_changed = [node("main:3", "text", body="t")] + base[:3] + base[4:]
    sequence = [render(i + 1, t) for i, t in enumerate([base, inserted, base, nested, moved, kind_changed, base, []])]
    kinds = roundtrip(sequence)
    assert kinds[0] == "render" and "patch" in kinds


def test_a_child_whose_kind_changed_under_the_same_ids_is_sent_whole():
    # the same child ids in the same order, one of another kind (its parent's child
    # kinds are remembered with its ids): the parent's op lists that child whole
    before = items(10)
    after = items(10)
    after[4] = node("main:4", "text", body="line 4")
    nested = [node("main:10", "container", [node("main:10.0", body="a"), node("main:10.1", body="b")])]
    nested_after = [node("main:10", "container", [node("main:10.0", body="a"), node("main:10.1", "code", body="b")])]
    diff = TreeDiff()
    diff.message(render(1, before + nested))
    patch = diff.message(render(2, after + nested_after))
    assert patch["type"] == "patch"
    ops = {op[0]: op for op in patch["ops"]}
    assert ops["main"][2][4] == node("main:4", "text", body="line 4")
    assert ops["main:10"][2] == ["main:10.0", node("main:10.1", "code", body="b")]
    assert roundtrip([render(1, before + nested), render(2, after + nested_after), render(3, before + nested)]) == [
        "render", "patch", "patch"]


def test_duplicate_ids_and_leaf_to_block_go_whole():
    diff = TreeDiff()
    diff.message(render(1, items(10)))
    assert diff.message(render(2, items(10) + [node("main:3", "text", body="dup")]))["type"] == "render"
    blocked = items(10)
    blocked[2] = node("main:2", "markdown", [node("x", body="y")], body="line 2")
    assert roundtrip([render(1, items(10)), render(2, blocked), render(3, items(10))])[1:] == ["render", "render"]


def test_random_sequences():
    rng = random.Random(7)

    def tree(depth=0, prefix="main"):
        out = []
        for i in range(rng.randint(0, 6 if depth else 12)):
            nid = f"{prefix}:{i}" if rng.random() < 0.8 else f"$$ID-{rng.randint(0, 30)}-{depth}-{i}"
            if depth < 2 and rng.random() < 0.25:
                out.append(node(nid, rng.choice(["container", "column", "expander"]), tree(depth + 1, nid),
                                label=rng.choice(["a", "b"])))
            else:
                out.append(node(nid, rng.choice(["markdown", "checkbox"]), value=rng.choice([True, 1, 0, False, "v", None, [1]])))
        return out

    for _ in range(40):
        seq = []
        for run in range(1, 8):
            main = tree()
            ids = []

            def collect(ns):
                for n in ns:
                    ids.append(n["id"])
                    collect(n.get("children") or [])

            collect(main)
            if len(ids) != len(set(ids)):
                continue
            seq.append(render(run, main))
            # and a small edit of it, the common case
            if main:
                edited = copy.deepcopy(main)
                edited[rng.randrange(len(edited))]["props"]["edited"] = run
                seq.append(render(run + 100, edited))
        roundtrip(seq)


def _app(tmp_path, src):
    path = tmp_path / "app.py"
    path.write_text(textwrap.dedent(src))
    return str(path)


def test_bridge_sends_patches_the_page_can_apply(tmp_path):
    script = _app(tmp_path, """
        import streamlit as st
        st.title("Boxes")
        probe = st.empty()
        n = sum(st.checkbox(f"Box {i}") for i in range(30))
        probe.markdown(f"checked = {n}")
        if n % 2:
            st.button("Odd")
        with st.sidebar:
            st.write("side", n)
    """)
    full, patched = Bridge(script), Bridge(script, patches=True)
    a, b = json.loads(full.start()), json.loads(patched.start())
    assert a == b and b[-1]["type"] == "render"
    shown = b[-1]
    boxes = [n["id"] for n in shown["tree"]["main"]["children"] if n["kind"] == "checkbox"]
    types = []
    for i in [0, 3, 3, 7, 0, 29]:
        value = not any(n["props"]["value"] for n in shown["tree"]["main"]["children"] if n["id"] == boxes[i])
        up = json.dumps([{"type": "update", "changes": [{"id": boxes[i], "value": value}], "trigger": None}])
        want = json.loads(full.handle(up))[-1]
        got = json.loads(patched.handle(up))[-1]
        types.append(got["type"])
        if got["type"] == "patch":
            assert got["base"] == shown["run"]
            rest = {k: v for k, v in got.items() if k not in ("type", "base", "ops")}
            got = {**rest, "type": "render", "tree": apply_patch(shown["tree"], got)}
        assert got == want
        shown = got
    assert types.count("patch") >= 4
    assert len(patched.handle(up)) < len(full.handle(up)) / 5


@pytest.mark.parametrize("patches", [False, True])
def test_bridge_without_runs_sends_no_patch(tmp_path, patches):
    bridge = Bridge(_app(tmp_path, "import streamlit as st\nst.write('hi')\n"), patches=patches)
    bridge.start()
    out = json.loads(bridge.handle('[{"type": "update", "changes": [{"id": "nope", "value": 1}], "trigger": null}]'))
    assert [m["type"] for m in out] == ["refused"]
