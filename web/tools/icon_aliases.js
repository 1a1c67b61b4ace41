// The Material Symbols names that 1.67 accepts beyond the SVG package's
// (auto_awesome, access_time, ...): older names the icon font keeps as
// ligatures of the same glyph as a current name, and a few with a glyph of
// their own that no SVG has.  Read from the font of @material-symbols/font-400
// (its GSUB ligatures and cmap, decoded from WOFF2 with Node's brotli).

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

/** The font's ligatures: [name, glyph id] for every Material name it draws. */
function fontLigatures() {
  const require = createRequire(import.meta.url);
  const font = join(dirname(require.resolve("@material-symbols/font-400/package.json")), "material-symbols-rounded.woff2");
  return ligatureNames(woff2Tables(readFileSync(font))).filter(([name]) => /^[a-z0-9_]+$/.test(name));
}

/**
 * The font's names beside the SVG package's `names`: `aliases` (alias ->
 * current name) draw the same glyph as a current name; `textOnly` are names
 * the font draws with a glyph of their own that no SVG has (valid for 1.67,
 * shown by the page as their name).
 * @param {Iterable<string>} names  the SVG package's names
 * @returns {{aliases: Record<string, string>, textOnly: string[]}}
 */
export function fontNames(names) {
  const current = new Set(names);
  const ligs = fontLigatures();
  const byGlyph = new Map();
  for (const [name, glyph] of ligs) if (current.has(name)) byGlyph.set(glyph, name);
  /** @type {Record<string, string>} */
  const aliases = {};
  const textOnly = new Set();
  for (const [name, glyph] of ligs) {
    if (current.has(name)) continue;
    if (byGlyph.has(glyph)) aliases[name] = byGlyph.get(glyph);
    else textOnly.add(name);
  }
  return {
    aliases: Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : 1))),
    textOnly: [...textOnly].sort(),
  };
}
