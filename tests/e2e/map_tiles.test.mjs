// Map tiles (st.map over raster tiles): with `[tablit] mapTiles` naming a tile
// server (here one on 127.0.0.1 made by the test), the tiles are requested and
// drawn, a tile that fails leaves the offline basemap showing there; a pydeck
// TileLayer of image URLs is drawn as tiles too; with no tile source configured
// no tile is ever requested.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';

import { BOOT_TIMEOUT, launchBrowser, shown, startTablit, until } from './helpers.mjs';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A solid-colour 256×256 RGB PNG. */
function png([r, g, b]) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(256, 0); ihdr.writeUInt32BE(256, 4); ihdr[8] = 8; ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: 256 }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: 256 }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const MAGENTA = png([255, 0, 255]);
const CYAN = png([0, 255, 255]);
const tileRequests = [];
let tiles, tilesUrl, dir, server, browser;

function writeConfig(withTiles) {
  const lines = withTiles
    ? ['[tablit]', `mapTiles = "${tilesUrl}/{z}/{x}/{y}.png"`, 'mapTilesAttribution = "Test tiles, 127.0.0.1"']
    : ['[runner]', 'magicEnabled = true'];
  fs.writeFileSync(path.join(dir, '.streamlit', 'config.toml'), lines.join('\n') + '\n');
}

function writeApp(withTileLayer) {
  const layer = `{"@@type": "TileLayer", "id": "own-tiles", "data": "${tilesUrl}/layer/{z}/{x}/{y}.png", "tileSize": 256}`;
  fs.writeFileSync(path.join(dir, 'app.py'), 'import streamlit as st\nst.title("Tiles")\n'
    + 'st.map({"lat": [40.0, -40.0], "lon": [-100.0, 100.0]}, zoom=1, alt="Tiled map")\n'
    + (withTileLayer ? `st.pydeck_chart({"initialViewState": {"latitude": 0, "longitude": 0, "zoom": 2}, "layers": [${layer}]}, height=300, alt="Own tiles")\n` : ''));
}

before(async () => {
  // the western half of the world is magenta; the eastern half's tiles fail (404)
  tiles = http.createServer((req, res) => {
    tileRequests.push(req.url);
    const m = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(req.url);
    const headers = { 'access-control-allow-origin': '*' };
    if (req.url.startsWith('/layer/')) {
      res.writeHead(200, { ...headers, 'content-type': 'image/png' }).end(CYAN);
    } else if (m && Number(m[2]) < 2 ** Number(m[1]) / 2) {
      res.writeHead(200, { ...headers, 'content-type': 'image/png' }).end(MAGENTA);
    } else {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((done) => tiles.listen(0, '127.0.0.1', done));
  tilesUrl = `http://127.0.0.1:${tiles.address().port}`;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-tiles-'));
  fs.mkdirSync(path.join(dir, '.streamlit'));
  writeApp(true);
  writeConfig(true);
  server = await startTablit(['serve', path.join(dir, 'app.py')]);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
  tiles?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The map's canvas, drawn, and its box. */
async function openMap(context) {
  const page = await context.newPage();
  await page.goto(server.url);
  const fig = page.getByRole('figure', { name: 'Tiled map' });
  await fig.waitFor({ timeout: BOOT_TIMEOUT });
  const canvas = fig.locator('canvas').first();
  await shown(canvas, 60_000);
  return { page, fig, canvas };
}

/** RGB at (x, y) of a PNG (decoded by the browser in a blank page). */
async function pixels(context, pngBuffer, points) {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(async ({ b64, pts }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return pts.map(([x, y]) => Array.from(g.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)));
    }, { b64: pngBuffer.toString('base64'), pts: points });
  } finally { await blank.close(); }
}

describe('map tiles', () => {
  test('configured tiles are requested and drawn; a failed tile shows the basemap', { timeout: 150_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const { page, fig, canvas } = await openMap(context);
    await shown(fig.getByText('Test tiles, 127.0.0.1'));
    await until(async () => tileRequests.some((u) => /^\/2\/1\/\d\.png$/.test(u)), 'a western tile is requested', 30_000);
    await shown(fig.getByText(/some map tiles failed to load/), 30_000);
    const box = await canvas.boundingBox();
    const [cx, cy] = [box.width / 2, box.height / 2];
    // (zoom 1: the world is 1024 px wide, zoom-2 tiles of 256 px, centred on 0°, 0°)
    await until(async () => {
      const [west] = await pixels(context, await canvas.screenshot(), [[cx - 100, cy - 60]]);
      return west[0] > 200 && west[1] < 60 && west[2] > 200;
    }, 'a magenta tile is drawn west of 0°', 30_000);
    const [west, east] = await pixels(context, await canvas.screenshot(), [[cx - 100, cy - 60], [cx + 100, cy - 60]]);
    assert.deepEqual(west.map((v) => Math.round(v / 16)), [16, 0, 16], `tile pixel ${west}`);
    // the failed tile: the basemap's background (#eef1f5), not blank, not magenta
    assert.ok(east.every((v, i) => Math.abs(v - [0xee, 0xf1, 0xf5][i]) < 12), `basemap pixel ${east}`);
    // a pydeck TileLayer of image URLs: requested and drawn as bitmaps
    const own = page.getByRole('figure', { name: 'Own tiles' }).locator('canvas').first();
    await own.scrollIntoViewIfNeeded();
    await until(async () => tileRequests.some((u) => u.startsWith('/layer/')), 'the TileLayer asks for its tiles', 30_000);
    const ownBox = await own.boundingBox();
    await until(async () => {
      const [c] = await pixels(context, await own.screenshot(), [[ownBox.width / 2 - 30, ownBox.height / 2 - 30]]);
      return c[0] < 60 && c[1] > 200 && c[2] > 200;
    }, 'a cyan tile is drawn', 30_000);
    await context.close();
  });

  test('with no tile source configured no tile is requested', { timeout: 150_000 }, async () => {
    writeConfig(false);
    writeApp(false);
    tileRequests.length = 0;
    const context = await browser.newContext();
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const { page, fig } = await openMap(context);
    await shown(fig.getByText('Offline basemap: graticule only'));
    await page.waitForTimeout(1500); // (deck.gl's first frames: a tile layer would have asked by now)
    assert.deepEqual(tileRequests, []);
    assert.deepEqual(requests.filter((u) => u.startsWith(tilesUrl)), []);
    await context.close();
  });
});
