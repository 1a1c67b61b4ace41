// What makes a first run unfit to be drawn before Python is up (shared by the
// build-time run and the page that records a served app's first run).

/** Largest first render embedded in a page (characters of JSON): beyond it the loading screen is quicker. */
export const MAX_PRERENDER_CHARS = 2_000_000;

/**
 * Why this render message must not be shown as the app's first paint, or "".
 * An uncaught exception is not drawn ahead of time: the app may only fail where
 * the browser is missing (`import js`, st.context), and the real run decides.
 * @param {any} render
 * @returns {string}
 */
export function firstRenderProblem(render) {
  if (!render || render.type !== 'render' || typeof render.tree !== 'object' || render.tree === null) return 'not a render message';
  if (render.running) return 'a run in progress';
  if (render.banner) return 'the run ended with a banner (a compile error or a stop)';
  const stack = Object.values(render.tree);
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (n.kind === 'exception' && !n.props?.is_warning) {
      return `the app raised ${n.props?.type || 'an exception'}: ${String(n.props?.message ?? '').split('\n')[0].slice(0, 200)}`;
    }
    if (Array.isArray(n.children)) stack.push(...n.children);
  }
  const size = JSON.stringify(render).length;
  if (size > MAX_PRERENDER_CHARS) return `its tree is ${Math.round(size / 1e6)} MB of JSON, more than the page should carry`;
  return '';
}
