// st.image in `npm run bench` (section "image"): a 1000x1000 RGB numpy array
// through the old pure-Python PNG encoder ("before") and today's path
// (Pillow; and numpy + zlib when Pillow is missing).  bench/image.py measures
// it under CPython; see there for why.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** @param {boolean} quick */
export function imageBench(quick) {
  const out = execFileSync(process.env.PYTHON || 'python3', [path.join(HERE, 'image.py'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8', timeout: 600_000 });
  return JSON.parse(out.trim().split('\n').pop());
}

/** Table rows for the results. */
export function imageRows(I) {
  const ms = (x) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
  return [
    ['st.image, 1000x1000 RGB numpy array (median, CPython): before -> after', `${ms(I.before.median_ms)} -> ${ms(I.after.median_ms)}`, 'pure-Python PNG (before)', `${I.speedup}x faster`, '', ''],
    ['  the same without Pillow (numpy + zlib PNG)', ms(I.after_no_pil.median_ms), '', `${I.speedup_no_pil}x faster`, '', ''],
  ];
}
