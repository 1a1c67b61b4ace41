// tablit's lazily loaded Python families (web/tools/families.js,
// py/tablit/runtime/families.py, web/runtime/families.js), with the archives
// `npm run build` wrote: an app that draws no chart runs without the charts'
// Python; the first chart command fetches it (synchronously) and draws; an
// app whose source names a chart gets the family with the core, while
// Pyodide boots; `import streamlit.testing.v1` loads its family too.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";
import { createRuntime } from "../../web/runtime/core.js";
import { mentionedFamilies } from "../../web/runtime/families.js";
import { ROOT, collectDown, nodeFetchBytes, nodes, pyodideDir } from "./helpers.mjs";

const DIST = join(ROOT, "dist");
const CORE = join(DIST, "tablit.tar.gz");

/** Boot a runtime from dist/tablit.tar.gz; every fetched URL is logged. */
function boot() {
  const down = [];
  const fetched = [];
  const runtime = createRuntime({
    indexURL: pyodideDir(),
    loadPyodide,
    tablitZipURL: CORE,
    fetchBytes: nodeFetchBytes({ log: fetched }),
    onDown: collectDown(down),
    pyodideOptions: { stdout: () => {}, stderr: () => {} },
  });
  return { runtime, down, fetched, lastRender: () => down.findLast((m) => m.type === "render") };
}

/** The entries of a .tar.gz (ustar), name -> text. */
function tarFiles(file) {
  const tar = gunzipSync(readFileSync(file));
  const out = new Map();
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0;) {
    const size = parseInt(tar.subarray(at + 124, at + 136).toString("utf8").replace(/\0.*$/s, "").trim() || "0", 8);
    out.set(tar.subarray(at, at + 100).toString("utf8").replace(/\0.*$/s, ""), tar.subarray(at + 512, at + 512 + size).toString("utf8"));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}
const tarNames = (/** @type {string} */ file) => [...tarFiles(file).keys()];

/** Node has no WebAssembly stack switching: aio (runtime/aio.py) comes with the core for every app here,
 *  as in a browser without JSPI (its own test below); the others are what the tests look at. */
const NO_JSPI = typeof (/** @type {any} */ (WebAssembly).Suspending) !== "function";
const familiesOf = (/** @type {any} */ s) => {
  const f = s.runtime.families;
  return { withCore: f.withCore.filter((n) => n !== "aio"), onDemand: f.onDemand.filter((n) => n !== "aio") };
};

/**
 * Start `app` (its commands' names built at run time, so nothing is fetched while Pyodide boots),
 * then rerun it with st.session_state.go set; the nodes of that run.
 * @param {ReturnType<typeof boot>} s @param {string} app
 */
async function bootThenGo(s, app) {
  const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": app } });
  assert.equal(ok, true, JSON.stringify(s.down.filter((m) => m.type === "fatal")));
  assert.deepEqual(familiesOf(s), { withCore: [], onDemand: [] });
  await s.runtime.writeFiles({ "app.py": "import streamlit as st\nst.session_state.go = True\n" + app }, { rerun: true });
  await s.runtime.idle();
  return nodes(s.lastRender());
}

test("the build puts each family in its own archive and a stub in the core", { skip: !existsSync(CORE) && "run npm run build first" }, () => {
  const core = tarNames(CORE);
  const manifest = JSON.parse(tarFiles(CORE).get("tablit/_families.json") ?? "null");
  assert.ok(manifest?.charts, "tablit/_families.json names the charts family");
  assert.ok(core.includes("tablit/_families.json"));
  assert.ok(core.includes("tablit/elements/charts/__init__.py"), "the stub stands in for the charts package");
  assert.ok(!core.some((n) => n.startsWith("tablit/elements/charts/") && !n.endsWith("__init__.py")), "no chart module in the core");
  for (const [name, spec] of Object.entries(manifest)) {
    const files = tarNames(join(DIST, spec.archive));
    assert.ok(files.length > 0, name);
    for (const top of spec.tops) assert.ok(files.some((f) => f.replace(/(\/__init__)?\.py$/, "").replaceAll("/", ".") === top), `${name} holds its real ${top}`);
  }
  assert.deepEqual(mentionedFamilies(manifest, ["import streamlit as st\nst.button('x')\n"]).filter((f) => f === "charts"), []);
  assert.deepEqual(mentionedFamilies(manifest, ["st.line_chart (df)"]).filter((f) => f === "charts"), ["charts"]);
  assert.deepEqual(mentionedFamilies(manifest, ["import plotly.express as px"]).filter((f) => f === "charts"), ["charts"]);
});

test("a chart-free app runs without the charts' Python; the first chart loads it on demand", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  const s = boot();
  const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": "import streamlit as st\nst.button('Add')\n" } });
  assert.equal(ok, true, JSON.stringify(s.down.filter((m) => m.type === "fatal")));
  assert.deepEqual(familiesOf(s), { withCore: [], onDemand: [] });
  assert.ok(!s.fetched.some((u) => u.includes("/families/") && !u.includes("/families/aio.")), "no family archive was fetched");
  const py = (/** @type {string} */ code) => JSON.parse(s.runtime.pyodide.runPython(code));
  const before = py(`
import inspect, json, sys, streamlit as st
json.dumps({"loaded": sorted(m for m in sys.modules if m.startswith(("tablit.elements.charts.", "tablit.testing.v1"))),
            "sig": str(inspect.signature(st.line_chart)), "map": str(inspect.signature(st.map))})`);
  assert.deepEqual(before.loaded, []);
  assert.match(before.sig, /^\(data: 'Any' = None, \*, x: 'str \| None' = None, .*use_container_width: 'bool \| None' = None, alt: 'str \| None' = None\) -> 'Any'$/);

  await s.runtime.writeFiles({ "app.py": "import streamlit as st\nst.button('Add')\nst.line_chart({'a': [1, 3, 2]})\n" }, { rerun: true });
  await s.runtime.idle();
  const chart = nodes(s.lastRender()).find((n) => n.kind === "vega_lite_chart");
  assert.ok(chart, JSON.stringify(nodes(s.lastRender()).map((n) => n.kind)));
  assert.deepEqual(familiesOf(s).onDemand, ["charts"]);
  const after = py(`
import inspect, json, streamlit as st
from tablit.elements.charts import builtin
json.dumps({"sig": str(inspect.signature(builtin.line_chart)).replace("(self, ", "("), "same": st.line_chart.__func__ is builtin.line_chart,
            "map": str(inspect.signature(st.map))})`);
  assert.equal(after.sig, before.sig, "the stub has the real signature");
  assert.equal(after.map, before.map);
  assert.equal(after.same, true, "st.line_chart is the real command once loaded");

  // a module of a family imported by name loads that family
  const testing = py(`
import json
from streamlit.testing.v1 import AppTest
json.dumps(AppTest.__name__)`);
  assert.equal(testing, "AppTest");
  assert.deepEqual(familiesOf(s).onDemand, ["charts", "testing"]);
  // the command line is a family no app needs: there when imported
  assert.equal(py(`import json, tablit.cli
json.dumps(tablit.cli.main.__name__)`), "main");
  assert.deepEqual(familiesOf(s).onDemand, ["charts", "testing", "cli"]);
  s.runtime.destroy();
});

test("an app whose source draws a chart gets the family with the core, fetched while Pyodide boots", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  const s = boot();
  const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": "import streamlit as st\nst.bar_chart({'a': [1, 3, 2]})\n" } });
  assert.equal(ok, true, JSON.stringify(s.down.filter((m) => m.type === "fatal")));
  assert.deepEqual(familiesOf(s), { withCore: ["charts"], onDemand: [] });
  assert.ok(nodes(s.lastRender()).some((n) => n.kind === "vega_lite_chart"));
  s.runtime.destroy();
});

test("the Material icon names are a family: fetched only when an app checks an icon= name", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  assert.ok(!tarNames(CORE).includes("tablit/data/material_icons.txt"), "not in the core");
  const s = boot();
  // the name is built at run time: the source does not say "material", so nothing is fetched at boot
  const app = "import streamlit as st\nst.button('Plain')\nif st.session_state.get('go'):\n    st.info('x', icon=':mat' + 'erial/' + st.session_state.go + ':')\n";
  const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": app } });
  assert.equal(ok, true, JSON.stringify(s.down.filter((m) => m.type === "fatal")));
  assert.deepEqual(familiesOf(s), { withCore: [], onDemand: [] });
  await s.runtime.writeFiles({ "app.py": "import streamlit as st\nst.session_state.go = 'home'\n" + app }, { rerun: true });
  await s.runtime.idle();
  assert.equal(nodes(s.lastRender()).find((n) => n.kind === "alert")?.props.icon, ":material/home:");
  assert.deepEqual(familiesOf(s).onDemand, ["icons"]);
  await s.runtime.writeFiles({ "app.py": "import streamlit as st\nst.session_state.go = 'no_such_icon'\n" + app }, { rerun: true });
  await s.runtime.idle();
  const exc = nodes(s.lastRender()).find((n) => n.kind === "exception");
  assert.match(exc?.props.message ?? "", /is not a valid Material icon/);
  s.runtime.destroy();
});

test("theme, st.components.v2, st.column_config and the rarer widgets and elements are families: fetched when used, with the core when named", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  const core = tarNames(CORE);
  for (const f of ["tablit/theme.py", "tablit/widgets/_button_group.py"]) assert.ok(!core.includes(f), `${f} is not in the core`);
  const s = boot();
  // names built at run time: the source mentions none of them, so nothing is fetched at boot
  const app = `import streamlit as st
st.button('Plain')
if st.session_state.get('go'):
    v = getattr(st, 'select' + '_slider')('Size', ['S', 'M', 'L'], value='M')
    st.write('Size:', v)
    getattr(st, 'pi' + 'lls')('Tags', ['a', 'b'], key='tags')
    cfg = getattr(st, 'column' + '_config').NumberColumn('Price', format='$%d')
    st.write('Column:', type(cfg).__name__, cfg['label'] if isinstance(cfg, dict) else cfg.label)
    getattr(st, 'bad' + 'ge')('Answer 42', color='green')
    st.write({'plain': 'dict'})  # (st.json, in the core)
    with getattr(st, 'chat' + '_message')('user'):
        st.write('Hello from the chat')
`;
  const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": app } });
  assert.equal(ok, true, JSON.stringify(s.down.filter((m) => m.type === "fatal")));
  assert.deepEqual(familiesOf(s), { withCore: [], onDemand: [] });
  assert.ok(!s.fetched.some((u) => u.includes("/families/") && !u.includes("/families/aio.")), "no family archive was fetched");
  await s.runtime.writeFiles({ "app.py": "import streamlit as st\nst.session_state.go = True\n" + app }, { rerun: true });
  await s.runtime.idle();
  const all = nodes(s.lastRender());
  assert.equal(all.filter((n) => n.kind === "exception").length, 0, JSON.stringify(all.filter((n) => n.kind === "exception")));
  const slider = all.find((n) => n.kind === "select_slider");
  assert.deepEqual(slider?.props.options, ["S", "M", "L"]);
  assert.ok(all.some((n) => n.kind === "pills"), JSON.stringify(all.map((n) => n.kind)));
  assert.ok(JSON.stringify(all).includes("Size:") && JSON.stringify(all).includes("Price"));
  assert.ok(JSON.stringify(all).includes("Answer 42"), JSON.stringify(all.map((n) => n.kind)));
  assert.ok(all.some((n) => n.kind === "json"));
  assert.ok(all.some((n) => n.kind === "chat_message") && JSON.stringify(all).includes("Hello from the chat"));
  assert.deepEqual(familiesOf(s).onDemand.sort(), ["dataframe", "elements_more", "widgets_more"]);
  s.runtime.destroy();

  // named in the source (and [theme] in .streamlit/config.toml): fetched with the core while Pyodide boots
  const t = boot();
  const named = `import streamlit as st
c = st.components.v2.component('hello', html='<b>hi</b>')
c(key='c1')
st.download_button('Get', 'data', file_name='a.txt')
`;
  const ok2 = await t.runtime.start({ entrypoint: "app.py", files: { "app.py": named, ".streamlit/config.toml": '[theme]\nprimaryColor = "#ff0000"\n' } });
  assert.equal(ok2, true, JSON.stringify(t.down.filter((m) => m.type === "fatal")));
  for (const f of ["components", "theme", "widgets_more"]) assert.ok(familiesOf(t).withCore.includes(f), `${f} with the core: ${familiesOf(t).withCore}`);
  assert.ok(!familiesOf(t).withCore.includes("dataframe"));
  assert.deepEqual(familiesOf(t).onDemand, []);
  const drawn = nodes(t.lastRender());
  assert.ok(drawn.some((n) => n.kind === "bidi_component"), JSON.stringify(drawn.map((n) => n.kind)));
  assert.ok(drawn.some((n) => n.kind === "download_button"));
  assert.match(JSON.stringify(t.lastRender().theme ?? {}), /#ff0000/i);
  t.runtime.destroy();
});

test("st.cache_data's wrapper and urllib's browser handler are families: an app that caches or fetches still works", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  const core = tarNames(CORE);
  for (const f of ["tablit/runtime/cached_func.py", "tablit/runtime/browser_http_urllib.py"]) assert.ok(!core.includes(f), `${f} is not in the core`);
  assert.match(tarFiles(CORE).get("tablit/widgets/_link_button.py") ?? "", /__tablit_family__ = 'widgets_more'/, "st.link_button's stub");
  assert.ok(core.includes("tablit/runtime/caching.py"), "the decorators stay in the core");
  // the decorator is reached by a name built at run time: fetched when it first decorates
  const s = boot();
  const app = `import streamlit as st
calls = st.session_state.setdefault('calls', [])
deco = getattr(st, 'cache' + '_data')(ttl='1h')
@deco
def double(x):
    calls.append(x)
    st.write('computed', x)
    return 2 * x
st.write('double', double(21), 'calls', len(calls))
getattr(st, 'link' + '_button')('Docs', 'https://example.com')
`;
  const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": app } });
  assert.equal(ok, true, JSON.stringify(s.down.filter((m) => m.type === "fatal")));
  const text = () => JSON.stringify(nodes(s.lastRender()));
  assert.ok(text().includes("computed") && text().includes("42"), text());
  assert.deepEqual(familiesOf(s).onDemand.sort(), ["caching", "widgets_more"]);
  await s.runtime.writeFiles({ "app.py": app + "\n" }, { rerun: true });
  await s.runtime.idle();
  assert.equal(nodes(s.lastRender()).filter((n) => n.kind === "exception").length, 0, text());
  assert.ok(text().includes("computed"), "a hit replays what the call wrote");
  assert.ok(nodes(s.lastRender()).some((n) => n.kind === "link_button"));
  s.runtime.destroy();

  // named in the source: with the core, while Pyodide boots
  const t = boot();
  const named = "import streamlit as st\n@st.cache_resource\ndef r():\n    return object()\nst.write('same', r() is r())\n";
  const ok2 = await t.runtime.start({ entrypoint: "app.py", files: { "app.py": named } });
  assert.equal(ok2, true, JSON.stringify(t.down.filter((m) => m.type === "fatal")));
  assert.ok(familiesOf(t).withCore.includes("caching"), String(familiesOf(t).withCore));
  assert.deepEqual(familiesOf(t).onDemand, []);
  assert.ok(JSON.stringify(nodes(t.lastRender())).includes("true"));
  t.runtime.destroy();
});

test("st.navigation, st.switch_page and st.page_link are a family: a single-page app never fetches it, a multipage app works", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  assert.match(tarFiles(CORE).get("tablit/runtime/navigation.py") ?? "", /__tablit_family__ = 'navigation'/, "a stub in the core");
  // named in the source: with the core
  const s = boot();
  const app = `import streamlit as st
def home():
    st.write('at home')
    st.page_link(st.Page(other), label='Go on')
def other():
    st.write('the other page')
pg = st.navigation([st.Page(home, default=True), st.Page(other, title='Other')])
pg.run()
`;
  const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": app } });
  assert.equal(ok, true, JSON.stringify(s.down.filter((m) => m.type === "fatal")));
  assert.ok(familiesOf(s).withCore.includes("navigation"), String(familiesOf(s).withCore));
  assert.deepEqual(familiesOf(s).onDemand, []);
  const first = s.lastRender();
  assert.ok(JSON.stringify(nodes(first)).includes("at home"));
  assert.deepEqual(first.pages.map((p) => p.title), ["home", "Other"]);
  assert.equal(nodes(first).find((n) => n.kind === "page_link")?.props.url_path, "other");
  s.runtime.destroy();

  // a pages/ folder app that reaches st.switch_page by a built name: fetched when called
  const t = boot();
  const main = "import streamlit as st\nst.write('main page')\nif st.session_state.get('go'):\n    getattr(st, 'switch' + '_page')('pages/two.py')\n";
  const ok2 = await t.runtime.start({ entrypoint: "app.py", files: { "app.py": main, "pages/two.py": "import streamlit as st\nst.write('page two')\n" } });
  assert.equal(ok2, true, JSON.stringify(t.down.filter((m) => m.type === "fatal")));
  assert.deepEqual(familiesOf(t), { withCore: [], onDemand: [] });
  assert.deepEqual(t.lastRender().pages.map((p) => p.title), ["app", "two"]);
  await t.runtime.writeFiles({ "app.py": "import streamlit as st\nst.session_state.go = True\n" + main }, { rerun: true });
  await t.runtime.idle();
  assert.ok(JSON.stringify(nodes(t.lastRender())).includes("page two"), JSON.stringify(nodes(t.lastRender())));
  assert.equal(t.lastRender().page, "two");
  assert.deepEqual(familiesOf(t).onDemand, ["navigation"]);
  t.runtime.destroy();
});

test("bind=, shortcut=, st.metric and st.echo are families: an app whose source does not name them fetches each on first use", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  const core = tarNames(CORE);
  for (const f of ["tablit/state/query_bind.py", "tablit/widgets/_shortcut.py"]) assert.ok(!core.includes(f), `${f} is not in the core`);
  const s = boot();
  const app = `import streamlit as st
st.button('Plain')
if st.session_state.get('go'):
    st.button('Go', **{'short' + 'cut': 'g'})
    st.text_input('Name', value='x', key='name', bind='query' + '-params')
    getattr(st, 'met' + 'ric')('Temperature', 21, 1)
    with getattr(st, 'ec' + 'ho')():
        st.write('echoed')
`;
  const all = await bootThenGo(s, app);
  assert.equal(all.filter((n) => n.kind === "exception").length, 0, JSON.stringify(all.filter((n) => n.kind === "exception")));
  assert.equal(all.find((n) => n.kind === "button" && n.props.label === "Go")?.props.shortcut, "g");
  assert.equal(all.find((n) => n.kind === "metric")?.props.direction, "up");
  assert.ok(all.some((n) => n.kind === "code" && String(n.props.body ?? n.props.code ?? JSON.stringify(n.props)).includes("st.write('echoed')")), "st.echo's code, from its family");
  assert.ok(all.some((n) => n.kind === "text_input"));
  assert.deepEqual(familiesOf(s).onDemand.sort(), ["elements_more", "query_bind", "shortcuts"]);
  s.runtime.destroy();
});

test("st.slider, st.user / st.context and an exception's box are families: a failing run still shows its traceback", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  const core = tarNames(CORE);
  for (const f of ["tablit/user_info.py", "tablit/runtime/context_info.py", "tablit/runtime/traceback_rows.py"]) assert.ok(!core.includes(f), `${f} is not in the core`);
  assert.match(tarFiles(CORE).get("tablit/widgets/_slider.py") ?? "", /__tablit_family__ = 'slider'/, "st.slider's stub");
  // every name built at run time: nothing is fetched at boot; each family the first time it is needed
  const s = boot();
  const app = `import streamlit as st
st.button('Plain')
if st.session_state.get('go'):
    v = getattr(st, 'sli' + 'der')('Level', 0, 10, 4)
    st.write('Level:', v)
    st.write('Signed in:', getattr(st, 'us' + 'er').is_logged_in)
    st.write('Locale:', getattr(st, 'con' + 'text').locale)
    def inner():
        raise ValueError('boom from the app')
    inner()
`;
  const all = await bootThenGo(s, app);
  const text = JSON.stringify(all);
  assert.equal(all.find((n) => n.kind === "slider")?.props.value, 4, text);
  assert.ok(text.includes("Level:") && text.includes("Signed in:") && text.includes("Locale:"), text);
  const exc = all.find((n) => n.kind === "exception");
  assert.equal(exc?.props.type, "ValueError");
  assert.equal(exc?.props.message, "boom from the app");
  assert.ok(exc.props.traceback.some((row) => row.includes("in inner")), JSON.stringify(exc.props.traceback));
  assert.deepEqual(familiesOf(s).onDemand.sort(), ["exceptions", "session_info", "slider"]);
  s.runtime.destroy();

  // st.user and st.slider named in the source: fetched with the core while Pyodide boots
  assert.deepEqual(mentionedFamilies({ session_info: { mentions: [".user", ".context", "login", "logout"] }, slider: { commands: ["slider"] } },
    ["import streamlit as st\nif st.user.is_logged_in: st.slider('x')\nwith st.chat_message('user'): pass"]).sort(), ["session_info", "slider"]);
  assert.deepEqual(mentionedFamilies({ session_info: { mentions: [".user", ".context", "login", "logout"] } }, ["st.chat_message('user')"]), []);
});

test("st.help of tablit's own objects shows their docstrings, which the shipped Python has not: a family read on first use", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  const core = tarFiles(CORE);
  assert.ok(!core.has("tablit/data/docstrings.json"));
  const s = boot();
  const app = `import streamlit as st
st.button('Plain')
if st.session_state.get('go'):
    show = getattr(st, 'he' + 'lp')
    show(st.video)
    show(st.session_state)
    show(getattr(st, 'column' + '_config').NumberColumn)
`;
  const all = await bootThenGo(s, app);
  const helps = all.filter((n) => n.kind === "help");
  assert.equal(helps.length, 3, JSON.stringify(all.map((n) => n.kind)));
  assert.match(helps[0].props.doc_string, /video player/i);
  for (const h of helps) assert.ok(h.props.doc_string.length > 10, JSON.stringify(h.props));
  assert.ok(familiesOf(s).onDemand.includes("docstrings"), JSON.stringify(familiesOf(s)));
  s.runtime.destroy();
});

test("asyncio's SyncLoop (aio) is a family: with the core where WebAssembly has no stack switching, never fetched where it has and no run awaits", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  const manifest = JSON.parse(tarFiles(CORE).get("tablit/_families.json") ?? "null");
  assert.equal(manifest.aio?.noStackSwitching, true);
  const plain = ["import streamlit as st\nst.button('x')\n"];
  assert.ok(mentionedFamilies(manifest, plain, false).includes("aio"), "without JSPI every run needs it: fetched while Pyodide boots");
  assert.ok(!mentionedFamilies(manifest, plain, true).includes("aio"), "with JSPI an app that never awaits does not");
  assert.ok(mentionedFamilies(manifest, ["import asyncio\nasyncio.run(main())"], true).includes("aio"));
  assert.ok(!tarNames(CORE).includes("tablit/runtime/aio.py") && tarNames(CORE).includes("tablit/runtime/blocking.py"));
  // here (Node: no JSPI) apps run with it: asyncio.run on the SyncLoop, and top-level await
  const s = boot();
  const head = "import asyncio\nimport streamlit as st\nasync def two():\n    await asyncio.sleep(0)\n    return 2\n";
  assert.equal(await s.runtime.start({ entrypoint: "app.py", files: { "app.py": head + "st.write(f\"run: {asyncio.run(two())}\")\n" } }), true);
  const bodies = () => nodes(s.lastRender()).filter((n) => n.kind === "markdown").map((n) => n.props.body);
  assert.deepEqual(bodies(), ["run: 2"], JSON.stringify(nodes(s.lastRender())).slice(0, 800));
  await s.runtime.writeFiles({ "app.py": head + "st.write(f\"top: {await two()}\")\n" }, { rerun: true });
  await s.runtime.idle();
  assert.deepEqual(bodies(), ["top: 2"], JSON.stringify(nodes(s.lastRender())).slice(0, 800));
  if (NO_JSPI) assert.ok(s.runtime.families.withCore.includes("aio"), JSON.stringify(s.runtime.families));
  s.runtime.destroy?.();
});

test("an app's secrets.toml is read before its first run (its top-level values are environment variables); without one, reading a secret says none was shipped", { skip: !existsSync(CORE) && "run npm run build first" }, async () => {
  // the source never names st.secrets: the family is fetched because the file is there
  const s = boot();
  const app = "import os\nimport streamlit as st\nst.write('env:', os.environ.get('api_key'))\n";
  const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": app, ".streamlit/secrets.toml": 'api_key = "abc"\n' } });
  assert.equal(ok, true, JSON.stringify(s.down.filter((m) => m.type === "fatal")));
  assert.ok(JSON.stringify(nodes(s.lastRender())).includes("env: abc"), JSON.stringify(nodes(s.lastRender())));
  assert.deepEqual(familiesOf(s).onDemand, ["secrets"]);
  s.runtime.destroy();

  const t = boot();
  const ok2 = await t.runtime.start({ entrypoint: "app.py", files: { "app.py": "import streamlit as st\nst.write(st.secrets['api_key'])\n" } });
  assert.equal(ok2, true);
  const exc = nodes(t.lastRender()).find((n) => n.kind === "exception");
  assert.match(exc?.props.message ?? "", /^No secrets found\. Valid paths for a secrets\.toml file or secret directories are: .*secrets\.toml/);
  assert.match(exc.props.message, /--include-secrets/);
  t.runtime.destroy();
});
