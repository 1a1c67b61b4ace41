#!/usr/bin/env node
// tablit: serve, preview and build Streamlit apps that run in the browser tab.

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

import { App, DIST, ROOT, packageSettings, startServer } from '../web/serve/server.js';
import { buildStatic } from '../web/serve/build_static.js';
import { vendorReport } from '../web/serve/vendor.js';
import { npmPyodideVersion, readDistribution } from '../web/tools/pyodide_dist.js';

const PYODIDE_VERSION = (() => {
  try {
    return npmPyodideVersion();
  } catch {
    try {
      return readDistribution(path.join(DIST, 'pyodide')).version; // the wheel: no node_modules, dist/ built
    } catch {
      return '(not installed)';
    }
  }
})();
import { secretsNotice } from '../web/serve/files.js';

const HELP = `tablit: Streamlit apps running entirely in the browser tab (Pyodide in a Web Worker)

Usage:
  tablit serve APP.py [--port N]      serve one app on http://127.0.0.1:N/ and rerun it on save
  tablit gallery [DIR] [--port N]     serve every example in DIR (default: examples/),
                                      each at /<name>/, with an index at /
  tablit build APP.py --out DIR       write a static folder (index.html, app files, runtime)
                                      deployable to any static host
  tablit --help                       this text

Options:
  --port N    port to listen on (default 8501, or the next free one; 0 = any free port)
  --out DIR   output folder of \`tablit build\`: a new or empty folder, or an earlier build
  --force     let \`tablit build\` write into a non-empty folder that is not an earlier build
  --include-secrets
              ship .streamlit/secrets.toml to the page (serve, build) so st.secrets has it.
              Whatever is shipped is PUBLIC: anyone who opens the app can read it.
  --pyodide DIR        (serve, gallery, build) use the Pyodide distribution in DIR (e.g. a
                       0.27.x one) instead of the bundled Pyodide ${PYODIDE_VERSION}
  --package-base URL|DIR  (serve, gallery, build) take Pyodide's packages (numpy, pandas, ...)
                       from there first; build vendors them from a local DIR
  --offline            (serve, gallery, build) fetch no package from the network: only the
                       package base and vendored files; a missing one is an error naming it
  --package-index URL  (serve, gallery, build) the package index (a PEP 503/691 simple index
                       URL) micropip installs the requirements that Pyodide does not build
                       from, instead of PyPI
  --isolated           (serve, gallery) send COOP/COEP headers: the page is cross-origin
                       isolated, so Stop interrupts a script in place (no worker restart)

Pyodide's packages (numpy, pandas, pyarrow, ...) are loaded from what the app
imports and its requirements.txt.  They come from the package base, else the files
vendored beside the runtime (\`tablit build\` vendors exactly what the app needs),
else Pyodide's official distribution of the same version (checked against the
lock file's sha256).

The server listens on 127.0.0.1 only.  The URL path picks the app's page; the
query string is the app's st.query_params.`;

function fail(message) {
  console.error(`tablit: ${message}`);
  console.error('Run `tablit --help` for usage.');
  process.exit(2);
}

function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--offline') args.offline = true;
    else if (a === '--isolated') args.isolated = true;
    else if (a === '--force') args.force = true;
    else if (a === '--include-secrets') args.secrets = true;
    else if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2);
      if (!['port', 'out', 'pyodide', 'package-base', 'package-index'].includes(k)) fail(`unknown option ${a}`);
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      args[k] = v;
    } else args._.push(a);
  }
  return args;
}

/** Build dist/ if it is missing (a fresh clone running `npx tablit serve`). */
function ensureDist() {
  if (fs.existsSync(path.join(DIST, 'tablit.js'))) return;
  const build = path.join(ROOT, 'web', 'build.js');
  if (!fs.existsSync(build)) fail(`${DIST} is missing and there is no web/build.js to make it`);
  console.log('tablit: dist/ is not built yet; running web/build.js ...');
  const r = spawnSync(process.execPath, [build], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail('the build failed');
}

function appFileArg(arg, command) {
  if (!arg) fail(`${command} needs the app's script, e.g. \`tablit ${command} app.py\``);
  const file = path.resolve(arg);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`no such file: ${arg}`);
  return file;
}

/** --pyodide, --package-base, --offline as server/build options, checked. */
function packageArgs(args) {
  const out = { pyodideDir: args.pyodide ?? null, packageBase: args['package-base'] ?? null, offline: Boolean(args.offline),
    packageIndex: args['package-index'] ?? null };
  try {
    packageSettings(out);
  } catch (e) {
    fail(e.message);
  }
  return out;
}

async function listen(options, port) {
  const explicit = port !== undefined;
  let p = explicit ? Number(port) : 8501;
  if (!Number.isInteger(p) || p < 0 || p > 65535) fail(`bad port: ${port}`);
  for (let attempt = 0; ; attempt++) {
    try {
      return await startServer({ ...options, port: p });
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || explicit || attempt >= 20) fail(`cannot listen on 127.0.0.1:${p}: ${e.message}`);
      p++;
    }
  }
}

function onExit(close) {
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const [command, arg] = args._;
  if (args.help || !command || command === 'help') {
    console.log(HELP);
    return;
  }
  if (command === 'serve') {
    const file = appFileArg(arg, 'serve');
    ensureDist();
    const app = new App('', path.dirname(file), path.basename(file), { secrets: !!args.secrets });
    const notice = secretsNotice(app.dir, app);
    if (notice) console.warn(`tablit: ${notice}`);
    const { url, close } = await listen({ apps: [app], ...packageArgs(args), isolated: !!args.isolated }, args.port);
    console.log(`tablit: serving ${path.relative(process.cwd(), file) || file} (run-on-save is on)`);
    console.log(`  ${url}`);
    onExit(close);
  } else if (command === 'gallery') {
    const dir = path.resolve(arg || path.join(ROOT, 'examples'));
    if (!fs.existsSync(dir)) fail(`no such folder: ${dir}`);
    const apps = fs.readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && /^[\w.-]+$/.test(e.name) && fs.existsSync(path.join(dir, e.name, 'app.py')))
      .map((e) => new App(e.name, path.join(dir, e.name), 'app.py'))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (apps.length === 0) fail(`no examples (folders with an app.py) in ${dir}`);
    ensureDist();
    const byName = new Map(apps.map((a) => [a.name, a]));
    const watchDirs = [{ dir, appFor: (file) => byName.get(file.split(/[\\/]/)[0]) }];
    const { url, close } = await listen({ apps, gallery: true, title: 'tablit gallery', watchDirs, ...packageArgs(args), isolated: !!args.isolated }, args.port);
    console.log(`tablit: gallery of ${apps.length} examples from ${path.relative(process.cwd(), dir) || dir}`);
    console.log(`  ${url}`);
    onExit(close);
  } else if (command === 'build') {
    const file = appFileArg(arg, 'build');
    if (!args.out) fail('build needs --out DIR');
    ensureDist();
    try {
      const r = await buildStatic({ appFile: file, out: args.out, force: !!args.force, secrets: !!args.secrets, ...packageArgs(args), log: (s) => console.log(`tablit: ${s}`) });
      const notice = secretsNotice(path.dirname(file), { secrets: !!args.secrets });
      if (notice) console.warn(`tablit: ${notice}`);
      console.log(`tablit: wrote ${r.out} (${r.files} app files in app.json, ${r.copied} copied)`);
      for (const line of vendorReport({ ...r.vendored, offline: Boolean(args.offline) })) console.log(`tablit: ${line}`);
      console.log(`  serve it with any static server, e.g. python3 -m http.server -d ${path.relative(process.cwd(), r.out) || '.'}`);
    } catch (e) {
      fail(e.message);
    }
  } else {
    fail(`unknown command ${command}`);
  }
}

main();
