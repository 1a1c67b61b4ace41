// What every bench script starts with: the bench apps served on 127.0.0.1 and
// a headless Chromium with the house flags (never a downloaded browser).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { App, startServer } from '../web/serve/server.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

export const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The apps the bench measures, by URL prefix. */
export function benchApps() {
  return [
    new App('counter', path.join(ROOT, 'examples', 'counter-callbacks'), 'app.py'),
    new App('inputs', path.join(HERE, 'apps', 'inputs'), 'app.py'),
    new App('scale', path.join(HERE, 'apps', 'scale'), 'app.py'),
    new App('grid', path.join(HERE, 'apps', 'grid'), 'app.py'),
    new App('charts-bench', path.join(HERE, 'apps', 'charts'), 'app.py'),
    new App('bench', path.join(HERE, 'pages'), 'floor.html'),
  ];
}

/** Serve the bench apps (and the gallery) on a free loopback port. */
export function serveBench() {
  return startServer({ apps: benchApps(), gallery: true, quiet: true, port: 0 });
}

/** A fresh headless Chromium from /usr/bin/chromium (or $CHROMIUM). */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: BROWSER_ARGS });
}
