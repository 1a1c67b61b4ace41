// What keeps `tablit serve | gallery | build` from handing out more than the app:
// the one Content-Security-Policy of every page, the real-path check that stops
// symlinks leading out of a folder, and the marker that tells an earlier build
// folder (which `build --out` may replace) from any other folder (which it must not).

import fs from 'node:fs';
import path from 'node:path';

/**
 * The Content-Security-Policy of every page tablit serves or builds: the one
 * place it is defined (the server sends it as a header, `build` writes it as a
 * <meta>, so it holds only directives a <meta> may carry).
 *
 * - script-src: scripts only from this origin, none inline, no eval.  Pyodide
 *   needs 'wasm-unsafe-eval' (WebAssembly.compile of pyodide.asm.wasm and of
 *   packages' .so files) and NOT 'unsafe-eval': measured in Chromium 2026-12,
 *   booting Pyodide 314 in the worker, running every gallery example (tests/e2e/,
 *   whose helpers fail on any violation) and loading numpy + pandas on Pyodide
 *   0.27.7 (tests/e2e/packages.test.mjs) raise none.  Pyodide's
 *   own eval() sites are emscripten's run_script and the EM_ASM of dynamically
 *   loaded libraries; an app reaches them only through `js.eval(...)` (it then
 *   gets an EvalError) or a native package built with EM_ASM.  That is the
 *   price of no eval: a package needing it must be flagged, not the policy relaxed.
 *   blob: is for st.components.v2 components: their JavaScript, the app's own
 *   code, is a module the page makes a blob: URL of and imports (1.67 runs it in
 *   the page).  Only code already running in this origin can make such a URL
 *   (the page's scripts, the worker, i.e. the app); HTML the app shows cannot, and
 *   frames are sandboxed without this origin.  See docs/ARCHITECTURE.md.
 * - worker-src: the worker is dist/worker.js, or a blob: wrapper importing it when
 *   the runtime is served from another origin than the page.
 * - frame-src: dist/frame.html (st.iframe / components.html documents), and the
 *   pages apps embed by URL (st.iframe(url), YouTube in st.video): other origins,
 *   which cannot reach this page.
 * - style-src 'unsafe-inline': the page's own <style>, and the style attributes
 *   apps put in st.markdown(unsafe_allow_html=True) (styles cannot run code).
 *   style-src and font-src allow other hosts (https: and http:) for the fonts an app
 *   names by URL, as it does under Streamlit: a theme's font = "Inter:https://fonts..."
 *   (linked by web/render/theme.js) or an `@import url(https://fonts...)` in its own
 *   <style>.  Stylesheets and fonts run no code.
 * - img-src / media-src / connect-src allow other hosts too (https: and http:),
 *   because apps show images from the web, draw map tiles from a tile server
 *   ([tablit] mapTiles, maybe a local http one) and read data from URLs
 *   (pd.read_csv(url), pyfetch), as they do under Streamlit: none of that runs
 *   code in the page.  data: and blob: are the runtime's own URLs (st.image
 *   bytes, download_button).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline' https: http:",
  "img-src 'self' data: blob: https: http:",
  "media-src 'self' data: blob: https: http:",
  "font-src 'self' data: https: http:",
  "connect-src 'self' data: blob: https: http:",
  "frame-src 'self' blob: data: https: http:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers every response of the server carries. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
});

/**
 * Headers of dist/frame.html, the document of st.iframe / components.html frames:
 * the app's HTML (and its scripts) runs there, in a frame sandboxed without the
 * page's origin, so it has no policy of its own.
 */
export const FRAME_HEADERS = Object.freeze({ 'X-Content-Type-Options': 'nosniff' });

/**
 * Headers of dist/sw/sw.js, the service worker (web/sw/sw.js): served from /dist/sw/ but
 * controlling the whole server ("/"), which the browser allows only with this header.
 */
export const SERVICE_WORKER_HEADERS = Object.freeze({ ...SECURITY_HEADERS, 'Service-Worker-Allowed': '/' });

/** The headers of a file of the runtime's dist/. @param {string} file */
export function distHeaders(file) {
  if (path.basename(file) === 'sw.js') return SERVICE_WORKER_HEADERS;
  return path.basename(file) === 'frame.html' ? FRAME_HEADERS : SECURITY_HEADERS;
}

/** Real path of `p`, or null if it does not exist (a dangling link counts as missing). */
export function realPath(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

/** Whether `file` is `dir` or below it (both absolute, already resolved). */
export function isWithin(dir, file) {
  return file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/**
 * `dir` joined with a URL path, or null if the result leaves `dir`: by its
 * name ("..") or, once symlinks are resolved, by where it really is
 * (`ln -s /etc/passwd p`, `ln -s .. up`).  A path that does not exist yet is
 * returned as joined (the caller finds nothing there).  `byName` checks the
 * name only: for the runtime's own dist/, whose links (if any) tablit made.
 */
export function inside(dir, urlPath, { byName = false } = {}) {
  const file = path.resolve(dir, '.' + path.posix.normalize('/' + urlPath));
  if (!isWithin(dir, file)) return null;
  if (byName) return file;
  const real = realPath(file);
  if (real === null) return file;
  const realDir = realPath(dir) ?? dir;
  return isWithin(realDir, real) ? file : null;
}

/** The file `tablit build` leaves in its output folder, so a later build knows it may replace it. */
export const BUILD_MARKER = '.tablit-build';
