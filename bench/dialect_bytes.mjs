// Bytes of Streamlit's Markdown dialect in `npm run bench` (section "bytes"):
// what a page downloads the first time it shows a Material icon (the
// icon_files chunk, then one SVG per icon name) or an emoji shortcode (the
// emoji_table chunk), and the list of valid icon names Python checks icon=
// against (dist/families/icons.tar.gz: fetched only by an app that names a
// Material icon).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** @param {string} dist */
export function dialectBytes(dist) {
  const chunk = (prefix) => {
    const f = fs.readdirSync(path.join(dist, 'chunks')).find((n) => n.startsWith(prefix) && n.endsWith('.js'));
    return f ? gz(fs.readFileSync(path.join(dist, 'chunks', f))) : 0;
  };
  const dir = path.join(dist, 'icons');
  const sizes = fs.readdirSync(dir).filter((f) => f.endsWith('.svg')).map((f) => gz(fs.readFileSync(path.join(dir, f)))).sort((a, b) => a - b);
  const raw = fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
  const family = path.join(dist, 'families', 'icons.tar.gz');
  return {
    icon_chunk_gzip: chunk('icon_files-'),
    icon_files: sizes.length,
    icon_median_gzip: sizes[Math.floor(sizes.length / 2)] ?? 0,
    icons_dir_raw: raw,
    emoji_chunk_gzip: chunk('emoji_table-'),
    names_gzip: fs.existsSync(family) ? fs.statSync(family).size : 0,
  };
}

/** The one report row. */
export function dialectRow(d) {
  const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
  return [`  on first use: Material icons ${kb(d.icon_chunk_gzip)} chunk + ${d.icon_median_gzip} B per icon (median gzip; ${d.icon_files} SVGs, ${(d.icons_dir_raw / 1e6).toFixed(1)} MB in dist/icons); emoji shortcodes ${kb(d.emoji_chunk_gzip)}; icon names for Python's icon= check ${kb(d.names_gzip)} (families/icons.tar.gz)`, '', '', '', '', ''];
}
