// The Material Symbols names that 1.67 accepts beyond the SVG package's
// (auto_awesome, access_time, ...): older names the icon font keeps as
// ligatures of the same glyph as a current name, and a few with a glyph of
// their own that no SVG has (drawn here from the font's outlines).  Read from
// the font of @material-symbols/font-400: its GSUB ligatures, cmap and glyf,
// decoded from WOFF2 (Node's brotli, the WOFF2 glyf transform).

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { brotliDecompressSync } from "node:zlib";

const KNOWN_TAGS = ["cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep",
  "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS",
  "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc", "bsln",
  "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar", "hsty", "just", "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf",
  "Silf", "Glat", "Gloc", "Feat", "Sill"];

/**
 * The tables of a WOFF2 font (glyf/loca left in their transformed form).
 * @param {Buffer} buf
 * @returns {Record<string, Buffer>}
 */
export function woff2Tables(buf) {
  if (buf.toString("latin1", 0, 4) !== "wOF2") throw new Error("not a WOFF2 font");
  const count = buf.readUInt16BE(12);
  let at = 48;
  const base128 = () => {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const x = buf[at++];
      v = v * 128 + (x & 0x7f);
      if (!(x & 0x80)) return v;
    }
    throw new Error("bad UIntBase128 in the WOFF2 directory");
  };
  const dir = [];
  for (let i = 0; i < count; i++) {
    const flags = buf[at++];
    const tag = (flags & 0x3f) === 63 ? buf.toString("latin1", at, (at += 4)) : KNOWN_TAGS[flags & 0x3f];
    const version = flags >> 6;
    const orig = base128();
    const transformed = tag === "glyf" || tag === "loca" ? version !== 3 : version !== 0;
    dir.push({ tag: tag.trim(), length: transformed ? base128() : orig });
  }
  const data = brotliDecompressSync(buf.subarray(at, at + buf.readUInt32BE(20)));
  /** @type {Record<string, Buffer>} */
  const out = {};
  let off = 0;
  for (const t of dir) {
    out[t.tag] = data.subarray(off, off + t.length);
    off += t.length;
  }
  return out;
}

/** glyph id -> the lowest character mapped to it (cmap formats 4 and 12). */
function glyphChars(c) {
  const rev = new Map();
  const put = (g, ch) => { if (g && (!rev.has(g) || ch < rev.get(g))) rev.set(g, ch); };
  for (let i = 0, n = c.readUInt16BE(2); i < n; i++) {
    const off = c.readUInt32BE(4 + i * 8 + 4);
    const fmt = c.readUInt16BE(off);
    if (fmt === 4) {
      const seg2 = c.readUInt16BE(off + 6);
      const ends = off + 14, starts = ends + seg2 + 2, deltas = starts + seg2, ranges = deltas + seg2;
      for (let s = 0; s < seg2 / 2; s++) {
        const end = c.readUInt16BE(ends + s * 2), start = c.readUInt16BE(starts + s * 2);
        const delta = c.readInt16BE(deltas + s * 2), ro = c.readUInt16BE(ranges + s * 2);
        for (let ch = start; ch <= end && ch !== 0xffff; ch++) {
          if (ro === 0) put((ch + delta) & 0xffff, ch);
          else {
            const g = c.readUInt16BE(ranges + s * 2 + ro + (ch - start) * 2);
            if (g) put((g + delta) & 0xffff, ch);
          }
        }
      }
    } else if (fmt === 12) {
      for (let k = 0, n2 = c.readUInt32BE(off + 12); k < n2; k++) {
        const b = off + 16 + k * 12, s0 = c.readUInt32BE(b), e0 = c.readUInt32BE(b + 4), g0 = c.readUInt32BE(b + 8);
        for (let ch = s0; ch <= e0; ch++) put(g0 + ch - s0, ch);
      }
    }
  }
  return rev;
}

function coverage(g, off) {
  const out = [];
  const n = g.readUInt16BE(off + 2);
  if (g.readUInt16BE(off) === 1) for (let i = 0; i < n; i++) out.push(g.readUInt16BE(off + 4 + i * 2));
  else {
    for (let i = 0; i < n; i++) {
      const b = off + 4 + i * 6;
      for (let x = g.readUInt16BE(b); x <= g.readUInt16BE(b + 2); x++) out.push(x);
    }
  }
  return out;
}

/**
 * Every ligature of the font's GSUB as [text (lower case), glyph id].
 * @param {Record<string, Buffer>} t
 * @returns {[string, number][]}
 */
export function ligatureNames(t) {
  const g = t.GSUB, chars = glyphChars(t.cmap);
  const list = g.readUInt16BE(8);
  const out = [];
  for (let i = 0, n = g.readUInt16BE(list); i < n; i++) {
    const lk = list + g.readUInt16BE(list + 2 + i * 2);
    for (let j = 0, subs = g.readUInt16BE(lk + 4); j < subs; j++) {
      let st = lk + g.readUInt16BE(lk + 6 + j * 2);
      let type = g.readUInt16BE(lk);
      if (type === 7) { type = g.readUInt16BE(st + 2); st += g.readUInt32BE(st + 4); } // extension
      if (type !== 4) continue;
      const first = coverage(g, st + g.readUInt16BE(st + 2));
      for (let k = 0, sets = g.readUInt16BE(st + 4); k < sets; k++) {
        const ls = st + g.readUInt16BE(st + 6 + k * 2);
        for (let m = 0, cnt = g.readUInt16BE(ls); m < cnt; m++) {
          const lig = ls + g.readUInt16BE(ls + 2 + m * 2);
          const glyphs = [first[k]];
          for (let q = 1, comp = g.readUInt16BE(lig + 2); q < comp; q++) glyphs.push(g.readUInt16BE(lig + 4 + (q - 1) * 2));
          out.push([glyphs.map((x) => String.fromCodePoint(chars.get(x) ?? 0xfffd)).join("").toLowerCase(), g.readUInt16BE(lig)]);
        }
      }
    }
  }
  return out;
}

function read255(buf, pos) {
  const c = buf[pos.i++];
  if (c === 253) { const v = buf.readUInt16BE(pos.i); pos.i += 2; return v; }
  if (c === 255) return buf[pos.i++] + 253;
  if (c === 254) return buf[pos.i++] + 506;
  return c;
}

/**
 * Simple glyph outlines from a WOFF2 transformed glyf table (its streams read
 * in order; composites skipped): gid -> contours of [x, y, onCurve] for `wanted`.
 */
function decodeGlyf(g, wanted) {
  const numGlyphs = g.readUInt16BE(4);
  let off = 8;
  const sizes = []; for (let i = 0; i < 7; i++) { sizes.push(g.readUInt32BE(off)); off += 4; }
  const start = []; let s = off; for (const z of sizes) { start.push(s); s += z; }
  const [nContourS, nPointsS, flagS, glyphS, compositeS] = start;
  const nc = { i: nContourS }, np = { i: nPointsS }, fl = { i: flagS }, gs = { i: glyphS }, cs = { i: compositeS };
  const out = new Map();
  for (let gid = 0; gid < numGlyphs; gid++) {
    const nContours = g.readInt16BE(nc.i); nc.i += 2;
    if (nContours === 0) continue;
    if (nContours < 0) {
      let flags, instr = false;
      do {
        flags = g.readUInt16BE(cs.i); cs.i += 4;
        cs.i += (flags & 1) ? 4 : 2;
        if (flags & 8) cs.i += 2; else if (flags & 0x40) cs.i += 4; else if (flags & 0x80) cs.i += 8;
        if (flags & 0x100) instr = true;
      } while (flags & 0x20);
      if (instr) read255(g, gs); // instruction length (the bytes are in the instruction stream)
      continue;
    }
    const ends = []; let total = 0;
    for (let c = 0; c < nContours; c++) { total += read255(g, np); ends.push(total); }
    const pts = []; let x = 0, y = 0;
    for (let p = 0; p < total; p++) {
      let flag = g[fl.i++];
      const on = !(flag >> 7); flag &= 0x7f;
      const b = gs.i; let dx, dy, n;
      const sign = (f, v) => ((f & 1) ? v : -v);
      if (flag < 10) { dx = 0; dy = sign(flag, ((flag & 14) << 7) + g[b]); n = 1; }
      else if (flag < 20) { dx = sign(flag, (((flag - 10) & 14) << 7) + g[b]); dy = 0; n = 1; }
      else if (flag < 84) { const b0 = flag - 20, b1 = g[b]; dx = sign(flag, 1 + (b0 & 0x30) + (b1 >> 4)); dy = sign(flag >> 1, 1 + ((b0 & 0x0c) << 2) + (b1 & 0x0f)); n = 1; }
      else if (flag < 120) { const b0 = flag - 84; dx = sign(flag, 1 + (Math.floor(b0 / 12) << 8) + g[b]); dy = sign(flag >> 1, 1 + (((b0 % 12) >> 2) << 8) + g[b + 1]); n = 2; }
      else if (flag < 124) { const b2 = g[b + 1]; dx = sign(flag, (g[b] << 4) + (b2 >> 4)); dy = sign(flag >> 1, ((b2 & 0x0f) << 8) + g[b + 2]); n = 3; }
      else { dx = sign(flag, (g[b] << 8) + g[b + 1]); dy = sign(flag >> 1, (g[b + 2] << 8) + g[b + 3]); n = 4; }
      gs.i += n; x += dx; y += dy;
      pts.push([x, y, on]);
    }
    read255(g, gs); // instruction length
    if (wanted.has(gid)) {
      const contours = []; let st = 0;
      for (const e of ends) { contours.push(pts.slice(st, e)); st = e; }
      out.set(gid, contours);
    }
  }
  return out;
}

/** TrueType quadratic contours -> SVG path data (y flipped: font units up, SVG down). */
function pathData(contours) {
  const f = (v) => String(Math.round(v * 100) / 100);
  let d = '';
  for (const c of contours) {
    if (!c.length) continue;
    const pts = c.map(([x, y, on]) => [x, -y, on]);
    // start at an on-curve point (or the midpoint of the first two off-curve points)
    let k = pts.findIndex((p) => p[2]);
    let startPt;
    if (k < 0) { startPt = [(pts[0][0] + pts[1 % pts.length][0]) / 2, (pts[0][1] + pts[1 % pts.length][1]) / 2]; k = 0; }
    else { startPt = pts[k]; k = k + 1; }
    d += `M${f(startPt[0])} ${f(startPt[1])}`;
    let ctrl = null;
    for (let i = 0; i < pts.length; i++) {
      const p = pts[(k + i) % pts.length];
      if (p[2]) {
        d += ctrl ? `Q${f(ctrl[0])} ${f(ctrl[1])} ${f(p[0])} ${f(p[1])}` : `L${f(p[0])} ${f(p[1])}`;
        ctrl = null;
      } else if (ctrl) {
        const mx = (ctrl[0] + p[0]) / 2, my = (ctrl[1] + p[1]) / 2;
        d += `Q${f(ctrl[0])} ${f(ctrl[1])} ${f(mx)} ${f(my)}`;
        ctrl = p;
      } else ctrl = p;
    }
    if (ctrl) d += `Q${f(ctrl[0])} ${f(ctrl[1])} ${f(startPt[0])} ${f(startPt[1])}`;
    d += 'Z';
  }
  return d;
}

/** The font's ligatures: [name, glyph id] for every Material name it draws. */
function fontTables() {
  const require = createRequire(import.meta.url);
  return woff2Tables(readFileSync(join(dirname(require.resolve("@material-symbols/font-400/package.json")), "material-symbols-rounded.woff2")));
}

/**
 * The font's names beside the SVG package's `names`: `aliases` (alias ->
 * current name) draw the same glyph as a current name; `drawn` are names the
 * font draws with a glyph of its own that no SVG has (auto_awesome, ...):
 * name -> that glyph's outline as SVG path data (viewBox 0 -960 960 960, as
 * the package's SVGs).
 * @param {Iterable<string>} names  the SVG package's names
 * @returns {{aliases: Record<string, string>, drawn: Record<string, string>}}
 */
export function fontNames(names) {
  const current = new Set(names);
  const t = fontTables();
  const ligs = ligatureNames(t).filter(([name]) => /^[a-z0-9_]+$/.test(name));
  const byGlyph = new Map();
  for (const [name, glyph] of ligs) if (current.has(name)) byGlyph.set(glyph, name);
  /** @type {Record<string, string>} */
  const aliases = {};
  const own = new Map();
  for (const [name, glyph] of ligs) {
    if (current.has(name)) continue;
    if (byGlyph.has(glyph)) aliases[name] = byGlyph.get(glyph);
    else own.set(name, glyph);
  }
  const outlines = decodeGlyf(t.glyf, new Set(own.values()));
  /** @type {Record<string, string>} */
  const drawn = {};
  for (const [name, glyph] of [...own].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const d = pathData(outlines.get(glyph) ?? []);
    if (d) drawn[name] = d;
  }
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { aliases: sorted(aliases), drawn };
}
