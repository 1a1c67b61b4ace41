// The Python families that every app does not download: their modules leave
// dist/tablit.tar.gz for dist/families/NAME.tar.gz, and a stub with the real
// signatures takes the place of each family's top module in the core
// (web/tools/family_stubs.py).  The worker unpacks a family's archive with the
// core when the app's source mentions it (fetched while Pyodide boots), or
// the first time one of its commands is called (py/tablit/runtime/families.py).
//
// A family is worth it when most apps never use it and it is large (bench
// "bytes" lists each archive); a module that the core imports at module level
// cannot be one unless it is its top module (then the stub stands in for it).

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./pyodide_dist.js";
import { runPythonCached } from "./build_python.js";
import { stripPython, tarEntries } from "./pymin.js";
import { DOCSTRINGS_FILE, collectDocstrings } from "./docstrings.js";

/**
 * @typedef {Object} Family
 * @property {string[]} paths  its files: paths below py/ ("dir/" for a folder)
 * @property {string[]} [tops]  the modules the rest of tablit imports at module level: each replaced
 *   by a stub of the commands it defines (a package's: of every module below it)
 * @property {Object<string, string[]>} [exports]  per top, functions that other modules import by name: stubbed too
 * @property {string[]} [mentions]  words (besides its commands' names) that, in the app's source,
 *   make the worker fetch the family while Pyodide boots
 * @property {boolean} [noStackSwitching]  every run needs it where WebAssembly has no stack switching
 *   (JSPI): there the worker fetches it while Pyodide boots, whatever the app says
 */

/** @type {Object<string, Family>} */
export const FAMILIES = {
  charts: {
    paths: ["tablit/elements/charts/"],
    tops: ["tablit/elements/charts/__init__.py"],
    mentions: ["altair", "plotly", "matplotlib", "pyplot", "pydeck", "graphviz", "vega", "echarts", "mermaid", "seaborn", "bokeh"],
  },
  dataframe: {
    paths: ["tablit/elements/dataframes.py", "tablit/elements/dataframe/", "tablit/column_config.py", "tablit/elements/table.py"],
    // (column_config first: dataframes imports from it when reloaded; st.table too: it reads the data as dataframe/frame.py does)
    tops: ["tablit/column_config.py", "tablit/elements/dataframes.py", "tablit/elements/table.py"],
    mentions: ["pandas", "DataFrame", "Series", "numpy", "polars", "pyarrow", "column_config", "table", "Styler"],
  },
  // (with streamlit.components.v1: html and iframe draw media.py's iframe node)
  media: {
    paths: ["tablit/elements/media.py", "tablit/components/v1.py"],
    tops: ["tablit/elements/media.py", "tablit/components/v1.py"],
    exports: { "tablit/elements/media.py": ["logo"], "tablit/components/v1.py": ["html", "iframe", "declare_component"] },
    mentions: ["components", "html"],
  },
  help: { paths: ["tablit/elements/help.py"], tops: ["tablit/elements/help.py"] },
  connections: {
    paths: ["tablit/connections/", "tablit/runtime/connection_factory.py"],
    tops: ["tablit/runtime/connection_factory.py"],
    exports: { "tablit/runtime/connection_factory.py": ["connection_factory"] },
    mentions: ["connection", "connections", "sqlite3"],
  },
  testing: { paths: ["tablit/testing/v1/"], mentions: ["testing", "AppTest"] },
  // the command line (`python -m tablit`, which runs node): never imported in a tab, there if an app asks
  cli: { paths: ["tablit/cli.py", "tablit/__main__.py"] },
  // streamlit.web.cli / .bootstrap: imported only by apps that can also start themselves (`python app.py`)
  web: { paths: ["tablit/web/"], mentions: ["streamlit.web"] },
  // the element ids of Plotly charts and autoplaying players (1.67's duplicate check for elements that are not widgets)
  element_ids: { paths: ["tablit/state/element_ids.py"], mentions: ["plotly_chart", "autoplay"] },
  image: {
    paths: ["tablit/elements/image.py"],
    tops: ["tablit/elements/image.py"],
    exports: { "tablit/elements/image.py": ["image_src"] },
    mentions: ["logo", "avatar", "PIL", "Image"],
  },
  dialog: {
    paths: ["tablit/elements/dialog.py"],
    tops: ["tablit/elements/dialog.py"],
    exports: { "tablit/elements/dialog.py": ["dialog"] },
    mentions: ["dialog"],
  },
  dates: {
    paths: ["tablit/widgets/_date_input.py", "tablit/widgets/_datetime_input.py", "tablit/widgets/_time_input.py"],
    tops: ["tablit/widgets/_date_input.py", "tablit/widgets/_datetime_input.py", "tablit/widgets/_time_input.py"],
  },
  uploads: {
    paths: ["tablit/widgets/_file_uploader.py", "tablit/widgets/_chat_input.py", "tablit/widgets/_camera_input.py"],
    tops: ["tablit/widgets/_file_uploader.py", "tablit/widgets/_chat_input.py", "tablit/widgets/_camera_input.py"],
    mentions: ["UploadedFile", "ChatInputValue"],
  },
  // multipage apps' commands (st.navigation, st.switch_page, st.page_link) and st.Page's checks; the session's pages
  // and the Page class stay in the core (py/tablit/runtime/pages.py)
  navigation: {
    paths: ["tablit/runtime/navigation.py"],
    tops: ["tablit/runtime/navigation.py"],
    exports: { "tablit/runtime/navigation.py": ["navigation", "switch_page", "init_page", "navigate", "page_for"] },
    mentions: ["navigation", "switch_page", "Page"],
  },
  // what st.cache_data / st.cache_resource wrap a function in (py/tablit/runtime/caching.py, the decorators, stays in
  // the core and imports it when it first decorates one)
  caching: { paths: ["tablit/runtime/cached_func.py"], mentions: ["cache_data", "cache_resource", "connection"] },
  // bind="query-params" (py/tablit/state/query_bind.py) and the shortcut= of buttons (widgets/_shortcut.py): imported
  // only by a widget that asks for them
  query_bind: { paths: ["tablit/state/query_bind.py"], mentions: ["query-params"] },
  shortcuts: { paths: ["tablit/widgets/_shortcut.py"], mentions: ["shortcut"] },
  // urllib.request's handler that fetches through the browser (py/tablit/runtime/browser_http.py imports it the
  // moment the app, or a library such as pandas, imports urllib.request)
  http: {
    paths: ["tablit/runtime/browser_http_urllib.py"],
    mentions: ["urllib", "urlopen", "requests", "pandas", "read_csv", "read_json", "PIL"],
  },
  // the Material icon names icon= is checked against (py/tablit/icons.py): data only, read
  // the first time an app uses a Material icon
  icons: { paths: ["tablit/data/material_icons.txt"], mentions: ["material"] },
  // [theme] of .streamlit/config.toml (imported by the session only when the config has one;
  // the worker scans config.toml with the app's sources, so such an app gets it while Pyodide boots)
  theme: { paths: ["tablit/theme.py"], mentions: ["theme"] },
  // st.components.v2 (v1 is small and stays in the core)
  components: {
    paths: ["tablit/components/v2.py"],
    tops: ["tablit/components/v2.py"],
    mentions: ["components", "component", "bidi"],
  },
  // the elements few apps use (st.grid, st.chat_message, st.badge/st.space, st.skeleton, st.metric, st.status,
  // st.balloons/snow, st.latex, st.html; not st.json: st.write draws dicts and lists with it)
  elements_more: {
    paths: ["tablit/elements/grid.py", "tablit/elements/chat.py", "tablit/elements/badge.py", "tablit/elements/skeleton.py",
      "tablit/elements/metric.py", "tablit/elements/status.py", "tablit/elements/effects.py", "tablit/elements/latex.py",
      "tablit/elements/html.py", "tablit/elements/echo.py"],
    tops: ["tablit/elements/grid.py", "tablit/elements/chat.py", "tablit/elements/badge.py", "tablit/elements/skeleton.py",
      "tablit/elements/metric.py", "tablit/elements/status.py", "tablit/elements/effects.py", "tablit/elements/latex.py",
      "tablit/elements/html.py", "tablit/elements/echo.py"],
    exports: { "tablit/elements/echo.py": ["echo"] },
    mentions: ["echo"], // (st.echo is not a command: named here)
  },
  // st.form and st.form_submit_button (the session's forms are the core's: a form's id, its widgets' deferred values)
  forms: { paths: ["tablit/elements/form.py"], tops: ["tablit/elements/form.py"] },
  // st.selectbox, st.multiselect (their page side is a lazily loaded chunk too: web/render/widgets/select.js) and st.radio
  choices: {
    paths: ["tablit/widgets/_selectbox.py", "tablit/widgets/_multiselect.py", "tablit/widgets/_radio.py"],
    tops: ["tablit/widgets/_selectbox.py", "tablit/widgets/_multiselect.py", "tablit/widgets/_radio.py"],
  },
  // st.number_input (web/render/widgets/number_input.js is lazily loaded too)
  number_input: { paths: ["tablit/widgets/_number_input.py"], tops: ["tablit/widgets/_number_input.py"] },
  // st.slider (numbers, dates and times; its name in the source fetches it while Pyodide boots)
  slider: { paths: ["tablit/widgets/_slider.py"], tops: ["tablit/widgets/_slider.py"] },
  // st.user, st.login/logout and st.context (py/tablit/__init__.py makes them on first use)
  // st.secrets (made on first use, py/tablit/__init__.py) and streamlit.runtime.secrets
  secrets: { paths: ["tablit/state/secrets.py", "tablit/runtime/secrets.py"], mentions: ["secrets"] },
  session_info: {
    paths: ["tablit/user_info.py", "tablit/runtime/context_info.py"],
    mentions: [".user", ".context", "login", "logout"], // (st.user; a plain "user" is often a chat role)
  },
  // an exception's 1.67 traceback rows (runtime/exceptions.py, which draws the box, stays in the core): imported
  // when a run first fails, or by st.exception
  exceptions: { paths: ["tablit/runtime/traceback_rows.py"], mentions: ["exception"] },
  // the docstrings of tablit's public objects, which the shipped Python has not (web/tools/docstrings.js):
  // read by st.help the first time it shows one of them
  docstrings: { paths: ["tablit/data/docstrings.json"] },
  // asyncio in a run (the SyncLoop of a browser without stack switching, top-level await): runtime/runner.py
  // imports it only for a run that needs it (runtime/blocking.py, in the core, says when)
  aio: { paths: ["tablit/runtime/aio.py"], mentions: ["asyncio", "await"], noStackSwitching: true },
  // the built-in app the worker reruns between a user's clicks (web/runtime/warmup.js): fetched by the first warm-up
  warmup: { paths: ["tablit/warmup.py"] },
  // st.text_area
  text_area: { paths: ["tablit/widgets/_text_area.py"], tops: ["tablit/widgets/_text_area.py"] },
  // the message of an AttributeError for an st.<name> 1.67 does not have (py/tablit/__init__.py imports it then)
  suggestions: { paths: ["tablit/command_suggestions.py"] },
  // the widgets few apps use: their commands' names in the source fetch them while Pyodide boots
  widgets_more: {
    paths: ["tablit/widgets/_select_slider.py", "tablit/widgets/_feedback.py", "tablit/widgets/_pagination.py",
      "tablit/widgets/_menu_button.py", "tablit/widgets/_color_picker.py", "tablit/widgets/_pills.py",
      "tablit/widgets/_segmented_control.py", "tablit/widgets/_button_group.py", "tablit/widgets/_download_button.py",
      "tablit/widgets/_link_button.py"],
    tops: ["tablit/widgets/_select_slider.py", "tablit/widgets/_feedback.py", "tablit/widgets/_pagination.py",
      "tablit/widgets/_menu_button.py", "tablit/widgets/_color_picker.py", "tablit/widgets/_pills.py",
      "tablit/widgets/_segmented_control.py", "tablit/widgets/_download_button.py", "tablit/widgets/_link_button.py"],
  },
};

/** @param {string} path @param {Family} fam */
const inFamily = (path, fam) => fam.paths.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p));

/** @param {string} path  e.g. tablit/elements/charts/__init__.py -> tablit.elements.charts */
export function moduleName(path) {
  return path.replace(/\.py$/, "").replaceAll("/", ".").replace(/\.__init__$/, "");
}

/**
 * Run web/tools/family_stubs.py on the families' sources (web/tools/build_python.js).
 * @param {Object<string, {tops: string[], exports: Object<string, string[]>, sources: Object<string, string>}>} request
 * @returns {Promise<Object<string, Object<string, string>>>} family -> top -> stub source
 */
async function makeStubs(request) {
  const code = readFileSync(join(ROOT, "web", "tools", "family_stubs.py"), "utf8");
  return JSON.parse(await runPythonCached("family-stubs", `${code}\nstubs(INPUT)\n`, JSON.stringify(request)));
}

/**
 * Split the package's files into the core (stubs and tablit/_families.json in
 * place of the families) and one list per family.
 * @param {{name: string, data: Uint8Array|string}[]} entries  py/tablit's files, named tablit/...
 * @param {Object<string, Family>} [families]
 * @returns {Promise<{core: {name: string, data: Uint8Array|string}[], families: Object<string, {name: string, data: Uint8Array|string}[]>, manifest: Object}>}
 */
export async function splitFamilies(entries, families = FAMILIES) {
  // the docstrings' table (web/tools/docstrings.js) is made from the sources, for its family
  if (families.docstrings && !entries.some((e) => e.name === DOCSTRINGS_FILE)) entries = [...entries, { name: DOCSTRINGS_FILE, data: await collectDocstrings(entries) }];
  /** @type {Object<string, {name: string, data: Uint8Array|string}[]>} */
  const parts = {};
  const core = [];
  for (const e of entries) {
    const name = Object.keys(families).find((f) => inFamily(e.name, families[f]));
    if (name) (parts[name] ??= []).push(e);
    else core.push(e);
  }
  /** @type {Object<string, any>} */
  const request = {};
  for (const [name, fam] of Object.entries(families)) {
    if (!parts[name]?.length) throw new Error(`the Python family ${name} has no files (${fam.paths.join(", ")})`);
    const sources = Object.fromEntries(parts[name].filter((e) => e.name.endsWith(".py")).map((e) => [e.name, Buffer.from(e.data).toString("utf8")]));
    for (const top of fam.tops ?? []) if (!(top in sources)) throw new Error(`the Python family ${name}: its top module ${top} is not among its files`);
    request[name] = { tops: fam.tops ?? [], exports: fam.exports ?? {}, sources };
  }
  const stubs = await makeStubs(request);
  /** @type {Object<string, any>} */
  const manifest = {};
  for (const [name, fam] of Object.entries(families)) {
    const tops = Object.entries(stubs[name] ?? {});
    const commands = tops.flatMap(([, stub]) => [...stub.matchAll(/^@_stub\(.*command=True\)\ndef (\w+)\(/gm)].map((m) => m[1]));
    manifest[name] = {
      archive: `families/${name}.tar.gz`,
      modules: parts[name].filter((e) => e.name.endsWith(".py")).map((e) => moduleName(e.name)),
      tops: tops.map(([top]) => moduleName(top)),
      commands,
      mentions: fam.mentions ?? [],
      ...(fam.noStackSwitching ? { noStackSwitching: true } : {}),
    };
    for (const [top, stub] of tops) core.push({ name: top, data: stub });
  }
  core.push({ name: "tablit/_families.json", data: JSON.stringify(manifest) });
  return { core, families: parts, manifest };
}

/**
 * Write dist/tablit.tar.gz (the core, stubs in place of the families) and
 * dist/families/NAME.tar.gz: stripped together (web/tools/pymin.js), each
 * tarred and gzipped on its own.
 * @param {string} out  the dist folder
 * @param {{name: string, data: Uint8Array|string}[]} entries  py/tablit's files
 * @returns {Promise<Object<string, number>>} bytes of each archive, by its path below out
 */
export async function writePythonArchives(out, entries) {
  const split = await splitFamilies(entries);
  // stripped in one go (one Pyodide), a family's files under a name of their own: a top module's
  // real source and its stub share a path
  const named = Object.entries(split.families).flatMap(([f, files]) => files.map((e) => ({ name: `${f}:${e.name}`, data: e.data })));
  const all = (await stripPython([...split.core, ...named])).map((e) => ({ name: e.name.replace(/^[\w-]+:/, ""), data: e.data }));
  const core = all.slice(0, split.core.length);
  /** @type {Object<string, number>} */
  const sizes = {};
  const write = (/** @type {string} */ rel, /** @type {{name: string, data: Uint8Array|string}[]} */ files) => {
    const gz = gzipSync(tarEntries(files), { level: 9 });
    writeFileSync(join(out, rel), gz);
    sizes[rel] = gz.length;
  };
  rmSync(join(out, "families"), { recursive: true, force: true });
  mkdirSync(join(out, "families"), { recursive: true });
  write("tablit.tar.gz", core);
  let at = split.core.length;
  for (const [name, files] of Object.entries(split.families)) {
    write(split.manifest[name].archive, all.slice(at, at + files.length));
    at += files.length;
  }
  return sizes;
}
