// A local package index for browser tests of requirements that micropip
// installs from an index (altair, plotly, ...), with no internet: the wheels
// of tests/fixtures/pypi_wheels.sh served on 127.0.0.1 as a simple repository
// API, PEP 691 JSON (what micropip asks for first) or PEP 503 HTML, with CORS
// (the page is another origin).
//
//   GET /simple/                 the projects
//   GET /simple/<project>/       its files: {filename, url, hashes: {sha256}}
//   GET /files/<wheel>           the wheel

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { ROOT } from './helpers.mjs';

/** The wheels folder (downloaded with pip on first use; throws if it cannot be). */
export function pypiWheelsDir() {
  const script = path.join(ROOT, 'tests', 'fixtures', 'pypi_wheels.sh');
  const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop();
}

/** @param {string} name  PEP 503 normalized */
const normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Serve `dir`'s wheels as a simple index on 127.0.0.1.
 * Resolves to {url (the index URL, ".../simple"), requests (paths asked for), stop()}.
 * @param {string} dir
 */
export async function servePackageIndex(dir) {
  /** @type {Map<string, {filename: string, sha256: string, file: string}[]>} */
  const projects = new Map();
  for (const filename of fs.readdirSync(dir).filter((f) => f.endsWith('.whl')).sort()) {
    const file = path.join(dir, filename);
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const project = normalize(filename.split('-')[0]);
    projects.set(project, [...(projects.get(project) ?? []), { filename, sha256, file }]);
  }
  /** @type {string[]} */
  const requests = [];
  let base = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      return res.end();
    }
    const wantsJSON = (req.headers.accept ?? '').includes(JSON_TYPE);
    const send = (status, type, body) => {
      res.writeHead(status, { ...cors, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    };
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'simple' && parts.length === 1) {
      const names = [...projects.keys()];
      if (wantsJSON) return send(200, JSON_TYPE, JSON.stringify({ meta: { 'api-version': '1.0' }, projects: names.map((name) => ({ name })) }));
      return send(200, 'text/html', `<!DOCTYPE html><html><body>${names.map((n) => `<a href="/simple/${n}/">${n}</a>`).join('\n')}</body></html>`);
    }
    if (parts[0] === 'simple' && parts.length === 2) {
      const name = normalize(parts[1]);
      const files = projects.get(name);
      if (!files) return send(404, 'text/plain', `no project ${name}\n`);
      if (wantsJSON) {
        return send(200, JSON_TYPE, JSON.stringify({
          meta: { 'api-version': '1.0' }, name,
          files: files.map((f) => ({ filename: f.filename, url: `${base}/files/${f.filename}`, hashes: { sha256: f.sha256 } })),
        }));
      }
      const links = files.map((f) => `<a href="${escape(`${base}/files/${f.filename}#sha256=${f.sha256}`)}">${escape(f.filename)}</a>`);
      return send(200, 'text/html', `<!DOCTYPE html><html><body>\n${links.join('\n')}\n</body></html>`);
    }
    if (parts[0] === 'files' && parts.length === 2) {
      const entry = [...projects.values()].flat().find((f) => f.filename === decodeURIComponent(parts[1]));
      if (!entry) return send(404, 'text/plain', 'no such file\n');
      const data = fs.readFileSync(entry.file);
      res.writeHead(200, { ...cors, 'Content-Type': 'application/octet-stream', 'Content-Length': data.length });
      return res.end(data);
    }
    return send(404, 'text/plain', 'not found\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${/** @type {any} */ (server.address()).port}`;
  return {
    url: `${base}/simple`,
    requests,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve(undefined));
    }),
  };
}
