// What the tab knows about the user, for st.context (see checkContext in
// protocol.js and py/tablit/runtime/context_info.py).  Streamlit reads these
// from its websocket request and from the frontend; a tab-only app has no
// request, so headers are the ones a page can know itself.

/**
 * "light" or "dark": the theme the app shows, inferred from its background
 * colour as Streamlit does (the element's, else the document's), else the
 * system preference.
 * @param {Element|null} [element]
 * @returns {"light"|"dark"}
 */
export function colorScheme(element) {
  if (typeof window !== "undefined" && typeof getComputedStyle === "function") {
    for (const el of [element?.querySelector?.(".tl-app"), element, document.body, document.documentElement]) {
      if (!el) continue;
      const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
      if (!rgb || (rgb[4] !== undefined && Number(rgb[4]) === 0)) continue;
      const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? "dark" : "light";
    }
    if (window.matchMedia?.("(prefers-color-scheme: dark)").matches) return "dark";
  }
  return "light";
}

/** The cookies document.cookie shows (HTTP-only ones are invisible to a page). */
function cookies() {
  /** @type {Object<string, string>} */
  const out = {};
  let text = "";
  try {
    text = typeof document !== "undefined" ? document.cookie : "";
  } catch {
    return out; // a sandboxed document may not read cookies
  }
  for (const part of text.split(";")) {
    const i = part.indexOf("=");
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (!name) continue;
    const raw = part.slice(i + 1).trim();
    try {
      out[name] = decodeURIComponent(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
}

/** The request headers a page can know: User-Agent, Accept-Language, Host, Referer. */
function headers() {
  /** @type {[string, string][]} */
  const out = [];
  if (typeof navigator !== "undefined") {
    if (navigator.userAgent) out.push(["User-Agent", navigator.userAgent]);
    const langs = navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
    if (langs.length) out.push(["Accept-Language", langs.map((l, i) => (i ? `${l};q=${Math.max(0.1, 1 - i / 10).toFixed(1)}` : l)).join(",")]);
  }
  if (typeof location !== "undefined" && location.host) out.push(["Host", location.host]);
  if (typeof document !== "undefined" && document.referrer) out.push(["Referer", document.referrer]);
  return out;
}

/** Whether the app runs inside another page: ?embed=true, or a frame. */
function isEmbedded() {
  if (typeof location !== "undefined" && /(^|[?&])embed=true(&|$)/i.test(location.search)) return true;
  try {
    return typeof window !== "undefined" && window.self !== window.top;
  } catch {
    return true; // a cross-origin parent: certainly embedded
  }
}

/**
 * Everything st.context reports, as the boot message's `context`.
 * @param {Element|null} [element]  the app's element (for its theme)
 * @param {string} [base]  routing "path": the URL path of the default page
 */
export function browserContext(element, base) {
  /** @type {Object<string, any>} */
  const info = { color_scheme: colorScheme(element), is_embedded: isEmbedded(), cookies: cookies(), headers: headers() };
  if (typeof location !== "undefined" && /^https?:$/.test(location.protocol)) {
    // the app's URL without page, query or anchor (Python adds the current page)
    info.url = (base ? new URL(base, location.href).href : location.origin + location.pathname)
      .replace(/\/[^/]*\.html?$/i, "").replace(/\/+$/, "");
  }
  try {
    info.timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    // no Intl time zone data
  }
  info.timezone_offset = new Date().getTimezoneOffset();
  if (typeof navigator !== "undefined" && navigator.language) info.locale = navigator.language;
  return info;
}

/**
 * Report theme changes (a system light/dark switch, or the app's theme menu)
 * as "context" up messages; the next run sees them.  Returns a stop function.
 * @param {Element} element
 * @param {(context: Object<string, any>) => void} report
 */
export function watchContext(element, report) {
  if (typeof window === "undefined") return () => {};
  let last = colorScheme(element);
  const check = () => {
    const now = colorScheme(element);
    if (now !== last) {
      last = now;
      report({ color_scheme: now });
    }
  };
  const media = window.matchMedia?.("(prefers-color-scheme: dark)");
  media?.addEventListener?.("change", check);
  const observer = typeof MutationObserver === "function" ? new MutationObserver(check) : null;
  for (const el of [element, document.documentElement, document.body]) {
    observer?.observe(el, { attributes: true, attributeFilter: ["class", "style", "data-theme", "data-tl-theme"] });
  }
  return () => {
    media?.removeEventListener?.("change", check);
    observer?.disconnect();
  };
}
