// Bytes of the runtime's own downloads (pyodide.asm.wasm, the standard
// library, the Python snapshot, tablit) as they arrive, for the page's
// loading state: the thin progress bar over the first paint says
// "Loading Python runtime · 4.1 MB of 19 MB" (web/first_paint.js).
//
// A fetch wrapper: responses whose URL it is told to count are passed on
// untouched, and a clone of each is read to count the bytes as they arrive.
// Untouched matters: Chromium keeps the compiled code of a WebAssembly module
// (instantiateStreaming) only for a response that came from its HTTP cache or
// Cache Storage (web/sw/sw.js) with its URL; a `new Response(stream)` has
// neither, and pyodide.asm.wasm would be compiled afresh on every visit
// (npm run bench, "repeat": the trace's v8.wasm.moduleCacheHit).

/**
 * @param {typeof fetch} realFetch
 * @param {{count: (url: string) => boolean, onProgress: (p: {loaded: number, total: number}) => void}} opts
 * @returns {{fetch: typeof fetch, stop: () => void}}
 */
export function countingFetch(realFetch, { count, onProgress }) {
  let loaded = 0;
  let total = 0;
  let on = true;
  let last = 0;
  const tell = (force = false) => {
    const now = Date.now();
    if (!on || (!force && now - last < 100)) return;
    last = now;
    onProgress({ loaded, total: Math.max(total, loaded) });
  };
  /** @type {typeof fetch} */
  const wrapped = async (input, init) => {
    const response = await realFetch(input, init);
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : /** @type {Request} */ (input).url;
    if (!on || !response.ok || !response.body || !count(url)) return response;
    const size = Number(response.headers.get("Content-Length"));
    if (size > 0 && !response.headers.get("Content-Encoding")) total += size;
    const reader = response.clone().body.getReader();
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        tell();
      }
      tell(true);
    })().catch(() => {}); // the download failed: the reader of the response itself reports it
    return response;
  };
  return {
    fetch: wrapped,
    stop() {
      on = false;
    },
  };
}
