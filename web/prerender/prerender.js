// `tablit build` runs the app once at build time and writes its first render
// into index.html (web/serve/html.js), so the page draws the real app before
// any WebAssembly loads; page.js hands it to mount({firstRender}).
//
// The run happens in Pyodide under node, in a child process running this
// file (a node of its own with a time limit, so a hung or crashing app cannot
// take the build down, and its Pyodide's memory is given back), from the built site's own runtime folder, so it
// sees exactly the Pyodide, tablit and vendored packages the page will.  When
// it cannot be done (the app needs the browser, a package only the network
// has, it raises, it takes too long) the page keeps its loading screen and the
// build says why: never a broken page.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { applyPatch, parsePatch } from '../protocol.js';
import { createRuntime } from '../runtime/core.js';
import { firstRenderProblem } from './check.js';

/** This file: the parent spawns it as the child (so the wheel's CLI carries it through its imports). */
const SELF = fileURLToPath(import.meta.url);
const MARK = 'TABLIT_PRERENDER ';
/** How long the build waits for the app's first run (seconds; TABLIT_PRERENDER_TIMEOUT overrides). */
export const PRERENDER_TIMEOUT = 120;

/** Whether the build-time run is wanted: TABLIT_PRERENDER=0 turns it off (e.g. tests about other things). */
export function prerenderEnabled(env = process.env) {
  return !['0', 'false', 'no', 'off'].includes(String(env.TABLIT_PRERENDER ?? '').toLowerCase());
}

/**
 * Run the app once; resolves to {render, ms} or {reason} (never rejects).
 * @param {{runtimeDir: string, tablitPath: string, entrypoint: string, files: Object<string, any>,
 *   baseDir: string, config?: Object, timeoutMs?: number}} spec
 */
export async function prerenderApp({ runtimeDir, tablitPath, entrypoint, files, baseDir, config = {}, timeoutMs }) {
  const limit = timeoutMs ?? (Number(process.env.TABLIT_PRERENDER_TIMEOUT) || PRERENDER_TIMEOUT) * 1000;
  if (!fs.existsSync(path.join(runtimeDir, 'pyodide.mjs'))) return { reason: `no pyodide.mjs in ${runtimeDir}` };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-prerender-'));
  const specFile = path.join(tmp, 'spec.json');
  fs.writeFileSync(specFile, JSON.stringify({
    indexURL: runtimeDir.endsWith(path.sep) ? runtimeDir : runtimeDir + path.sep,
    tablitPath, entrypoint, files, config, baseURL: pathToFileURL(baseDir.endsWith(path.sep) ? baseDir : baseDir + path.sep).href,
  }));
  const t0 = performance.now();
  try {
    return await new Promise((resolve) => {
      const child = spawn(process.execPath, [SELF, specFile], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve({ reason: `the first run took more than ${Math.round(limit / 1000)} s` });
      }, limit);
      child.stdout.on('data', (d) => { out += d; });
      child.stderr.on('data', (d) => { err = (err + d).slice(-4000); });
      child.once('error', (e) => {
        clearTimeout(timer);
        resolve({ reason: `could not start node: ${e.message}` });
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const line = out.split('\n').findLast((l) => l.startsWith(MARK));
        if (!line) return resolve({ reason: `the build-time run ended (${signal || `exit ${code}`}) without an answer${err ? `: ${err.trim().split('\n').pop()}` : ''}` });
        let r;
        try {
          r = JSON.parse(line.slice(MARK.length));
        } catch (e) {
          return resolve({ reason: `the build-time run answered something unreadable (${e.message})` });
        }
        resolve(r.ok ? { render: r.render, ms: performance.now() - t0, timings: r.timings } : { reason: r.reason });
      });
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** file: URLs and paths from disk; anything else refused (the build-time run is offline). */
async function fetchBytes(url) {
  if (url.startsWith('file:')) return new Uint8Array(await fs.promises.readFile(fileURLToPath(url)));
  if (path.isAbsolute(url)) return new Uint8Array(await fs.promises.readFile(url)); // the runtime folder (its snapshot)
  throw new Error(`the build-time run fetches no network URL (${url})`);
}

/** The child: run the app once from the spec file; its answer for the parent. */
async function runOnce(specFile) {
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
  const indexURL = spec.indexURL.endsWith('/') ? spec.indexURL : `${spec.indexURL}/`;
  const { loadPyodide } = await import(pathToFileURL(`${indexURL}pyodide.mjs`).href);
  /** @type {any[]} */
  const messages = [];
  const runtime = createRuntime({
    indexURL,
    loadPyodide,
    tablitZip: new Uint8Array(fs.readFileSync(spec.tablitPath)),
    familiesBaseURL: pathToFileURL(spec.tablitPath).href, // dist/families/ beside it (web/runtime/families.js)
    fetchBytes,
    offline: true,
    onDown: (json) => {
      for (let m of JSON.parse(json)) {
        if (m?.type === 'patch') {
          // as mount() does: a patch is the next render, told as changes to the last one
          const { base: _b, ops: _o, ...rest } = parsePatch(m);
          m = { ...rest, type: 'render', tree: applyPatch(messages.findLast((x) => x.type === 'render').tree, m) };
        }
        messages.push(m);
      }
    },
    pyodideOptions: { stdout: () => {}, stderr: () => {} },
  });
  const ok = await runtime.start({
    entrypoint: spec.entrypoint,
    files: spec.files,
    config: spec.config ?? {},
    baseURL: spec.baseURL,
    packageIndexURLs: [],
    query: '',
    page: '',
    context: {},
  });
  const fatal = messages.find((m) => m?.type === 'fatal');
  if (!ok || fatal) return { ok: false, reason: fatal ? `${fatal.stage}: ${fatal.error}` : 'the run did not complete' };
  const render = messages.find((m) => m?.type === 'render' && !m.running);
  if (!render) return { ok: false, reason: 'the first run gave no render' };
  const problem = firstRenderProblem(render);
  if (problem) return { ok: false, reason: problem };
  return { ok: true, render, timings: runtime.timings };
}

// Run as the child process (`node prerender.js SPEC.json`): print the answer as the last line.
if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  runOnce(process.argv[2]).then(
    (r) => {
      process.stdout.write(`\n${MARK}${JSON.stringify(r)}\n`);
      process.exit(0);
    },
    (e) => {
      process.stdout.write(`\n${MARK}${JSON.stringify({ ok: false, reason: String(e?.message || e) })}\n`);
      process.exit(0);
    },
  );
}
