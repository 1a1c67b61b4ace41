// Which URLs the page puts in a src or href (images, links, frames, the logo).

/**
 * A URL that is safe to put in src/href: http(s), protocol-relative or
 * relative; data: only when allowed (images).  Anything else (javascript:,
 * vbscript:, file:, ...) gives null.  Browsers ignore tabs/newlines/control
 * characters inside a scheme, so they are dropped before the check.
 * @param {any} url
 * @param {{data?: boolean}} [opts]
 */
export function safeUrl(url, { data = false } = {}) {
  if (typeof url !== 'string' || !url) return null;
  const s = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(s);
  if (!m) return url; // relative (or //host)
  const scheme = m[1].toLowerCase();
  if (scheme === 'http' || scheme === 'https' || (data && scheme === 'data')) return url;
  return null;
}
