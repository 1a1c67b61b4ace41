// Patch messages: Python's TreeDiff (in Pyodide) against web/protocol.js's
// parsePatch()/applyPatch(): every patch rebuilds exactly its render's tree,
// and what a patch leaves alone stays the previous tree's objects.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ProtocolError, applyPatch, parsePatch } from "../../web/protocol.js";
import { bootSession } from "./helpers.mjs";

/** @type {Awaited<ReturnType<typeof bootSession>>} */
let s;

before(async () => {
  s = await bootSession();
});

after(() => s?.runtime.destroy());

// Random trees and small edits of them, each sent through TreeDiff: a JSON
// list of [render, message] pairs.
const SEQUENCES_PY = `
import copy, json, random
from tablit.protocol import TreeDiff

rng = random.Random(11)

def node(id, kind, children=None, **props):
    n = {"id": id, "kind": kind, "props": props}
    if children is not None:
        n["children"] = children
    return n

def tree(depth=0, prefix="main"):
    out = []
    for i in range(rng.randint(0, 5 if depth else 12)):
        nid = f"{prefix}:{i}" if rng.random() < 0.8 else f"$$ID-{rng.randint(0, 40)}-{depth}"
        if depth < 2 and rng.random() < 0.3:
            out.append(node(nid, rng.choice(["container", "column"]), tree(depth + 1, nid), border=rng.choice([True, 1, None])))
        else:
            out.append(node(nid, rng.choice(["markdown", "checkbox"]), value=rng.choice([True, 1, 0, "v", None, [1, 2]])))
    return out

def ids(ns):
    for n in ns:
        yield n["id"]
        yield from ids(n.get("children") or [])

def render(run, main):
    return {"type": "render", "run": run, "tree": {"main": node("main", "block", main), "sidebar": node("sidebar", "block", [])},
            "page": "", "pages": [], "query": "", "banner": None, "clear_forms": [], "page_config": {}}

out = []
for _ in range(30):
    diff = TreeDiff()
    run = 0
    for _ in range(6):
        main = tree()
        if len(list(ids(main))) != len(set(ids(main))):
            continue
        for edit in range(3):
            run += 1
            r = render(run, copy.deepcopy(main))
            out.append([json.loads(json.dumps(r)), json.loads(json.dumps(diff.message(r)))])
            if main:
                target = main[rng.randrange(len(main))]
                target["props"]["edit"] = run
json.dumps(out)
`;

describe("patch messages", () => {
  test("rebuild every render of Python's TreeDiff", () => {
    const pairs = JSON.parse(s.runtime.pyodide === null ? "[]" : s.runtime.pyodide.runPython(SEQUENCES_PY));
    assert.ok(pairs.length > 100);
    let shown = null;
    let patches = 0;
    for (const [render, msg] of pairs) {
      let got = msg;
      if (msg.type === "patch") {
        patches++;
        const patch = parsePatch(msg);
        assert.equal(patch.base, shown.run);
        const { base: _b, ops: _o, ...rest } = patch;
        got = { ...rest, type: "render", tree: applyPatch(shown.tree, patch) };
      }
      assert.deepEqual(got, render);
      shown = got;
    }
    assert.ok(patches > pairs.length / 3, `${patches} patches`);
  });

  test("keep what they leave alone", () => {
    const leaf = (id, body) => ({ id, kind: "markdown", props: { body } });
    const col = { id: "c", kind: "column", props: {}, children: [leaf("c1", "x"), leaf("c2", "y")] };
    const tree = { main: { id: "main", kind: "block", props: {}, children: [leaf("a", "1"), col, leaf("b", "2")] } };
    const out = applyPatch(tree, parsePatch({ type: "patch", run: 2, base: 1, ops: [["c2", { body: "z" }, null]] }));
    assert.notEqual(out.main, tree.main);
    assert.equal(out.main.children[0], tree.main.children[0]);
    assert.equal(out.main.children[2], tree.main.children[2]);
    assert.equal(out.main.children[1].children[0], col.children[0]);
    assert.deepEqual(out.main.children[1].children[1], leaf("c2", "z"));
    assert.equal(tree.main.children[1].children[1].props.body, "y", "the previous tree is not changed");
    const moved = applyPatch(tree, parsePatch({ type: "patch", run: 3, base: 2, ops: [["main", null, ["b", leaf("n", "new"), "c"]]] }));
    assert.deepEqual(moved.main.children.map((c) => c.id), ["b", "n", "c"]);
    assert.equal(moved.main.children[2], col);
  });

  test("refuse what does not fit", () => {
    const tree = { main: { id: "main", kind: "block", props: {}, children: [] } };
    const bad = (ops) => () => applyPatch(tree, parsePatch({ type: "patch", run: 2, base: 1, ops }));
    assert.throws(bad([["nope", { a: 1 }, null]]), ProtocolError);
    assert.throws(bad([["main", null, ["gone"]]]), ProtocolError);
    assert.throws(bad([["main", "x", null]]), ProtocolError);
    assert.throws(bad([["main", null, [{ id: 1 }]]]), ProtocolError);
    assert.throws(() => parsePatch({ type: "patch", run: 2, ops: [] }), ProtocolError);
  });
});
