// Keeping the tab's URL in step with the app: the page (st.navigation's
// url_path) goes in the path below a base, or in the hash ("#/page"); the
// query string is st.query_params.  Back/forward becomes a "navigate".

/**
 * @typedef {"path"|"hash"|"none"} RoutingMode
 * @typedef {Object} Router
 * @property {RoutingMode} mode
 * @property {() => {page: string, query: string}} current  what the URL names now
 * @property {(page: string, query?: string) => string} href  the URL of a page
 * @property {(msg: {type: string, page?: string, query?: string}) => void} follow  show a render's page/query
 * @property {() => void} dispose
 */

/** Only one app may own the tab's URL. */
let owner = /** @type {object|null} */ (null);

/**
 * @param {Object} opts
 * @param {RoutingMode} opts.mode
 * @param {string} [opts.base]  path mode: the URL path of the default page (default: the current folder)
 * @param {(msg: {type: "navigate", page: string, query: string}) => void} opts.navigate
 * @returns {Router}
 */
export function createRouter({ mode, base, navigate }) {
  if (!["path", "hash", "none"].includes(mode)) {
    throw new TypeError(`tablit: routing must be "path", "hash" or "none", not ${JSON.stringify(mode)}`);
  }
  const token = {};
  if (mode !== "none" && typeof location === "undefined") mode = "none";
  if (mode !== "none") {
    if (owner) {
      console.warn("tablit: another app already keeps the URL in step; this one will not (routing: none)");
      mode = "none";
    } else {
      owner = token;
    }
  }
  const basePath = (() => {
    if (mode !== "path") return "";
    const b = new URL(base ?? ".", location.href).pathname;
    return b.endsWith("/") ? b : `${b}/`;
  })();

  function current() {
    if (mode === "none") return { page: "", query: "" };
    const query = location.search.replace(/^\?/, "");
    let page = "";
    if (mode === "hash") {
      // "#/page" or "#/page#heading": a heading's fragment follows the page's
      page = location.hash.startsWith("#/") ? location.hash.slice(2).split("#")[0] : "";
    } else if (location.pathname.startsWith(basePath)) {
      page = location.pathname.slice(basePath.length);
    }
    try {
      page = decodeURIComponent(page);
    } catch {
      // keep it as written
    }
    return { page: page.replace(/\/+$/, ""), query };
  }

  /** @param {string} page @param {string} [query] */
  function href(page, query = "") {
    const q = query ? `?${query.replace(/^\?/, "")}` : "";
    const p = encodeURI(page || "");
    if (mode === "hash") return `${location.pathname}${q}${p ? `#/${p}` : ""}`;
    if (mode === "path") return `${basePath}${p}${q}`;
    return `#/${p}`;
  }

  // A change of the URL's fragment alone (an in-page link such as <a href="#">, which
  // st.components.v2 examples use as click targets) is no navigation, as in Streamlit.
  let last = current();
  const onPopState = () => {
    if (mode === "hash" && location.hash && !location.hash.startsWith("#/")) return;
    const now = current();
    if (now.page === last.page && now.query === last.query) return;
    last = now;
    navigate({ type: "navigate", ...now });
  };
  if (mode !== "none") addEventListener("popstate", onPopState);

  // With hash routing the page is in the fragment, so an in-page link ("#heading", a
  // heading's anchor or a Markdown link) would drop it: such a click scrolls to its
  // target and keeps the page, as the URL "#/page#heading" (which current() reads as
  // the page and a reload scrolls to).  On the default page "#heading" needs no help.
  const onClick = (/** @type {MouseEvent} */ ev) => {
    if (ev.defaultPrevented || ev.button || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const a = /** @type {HTMLAnchorElement|undefined} */ (ev.composedPath().find((n) => n instanceof HTMLAnchorElement && n.hasAttribute("href")));
    const raw = a?.getAttribute("href") ?? "";
    if (!raw.startsWith("#") || raw.startsWith("#/") || raw.length < 2) return;
    const { page, query } = current();
    if (!page) return;
    let id = raw.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // keep it as written
    }
    const root = /** @type {Document|ShadowRoot} */ (a.getRootNode());
    const target = root.getElementById?.(id) ?? document.getElementById(id);
    ev.preventDefault();
    history.pushState(history.state, "", `${href(page, query)}${raw}`);
    target?.scrollIntoView(true);
  };
  if (mode === "hash") addEventListener("click", onClick);

  return {
    mode,
    current,
    href,
    follow(msg) {
      if (mode === "none" || msg.type !== "render") return;
      const now = current();
      const page = typeof msg.page === "string" ? msg.page : now.page;
      const query = typeof msg.query === "string" ? msg.query : now.query;
      last = { page, query };
      if (page === now.page && query === now.query) return;
      const url = href(page, query);
      if (page !== now.page) history.pushState({ tablit: true }, "", url);
      else history.replaceState(history.state, "", url);
    },
    dispose() {
      if (mode !== "none") removeEventListener("popstate", onPopState);
      if (mode === "hash") removeEventListener("click", onClick);
      if (owner === token) owner = null;
    },
  };
}
