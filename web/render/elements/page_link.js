// st.page_link: a link to a page of the app (or to a URL).  Fetched the first time a page
// draws one (web/render/index.js).
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { LabelMd } from '../markdown.js';
import { elAttrs, Help } from '../widgets/common.js';
import { Icon } from '../widgets/icon.js';
import { safeUrl } from '../safe_url.js';

/** href with a query string put before any #fragment. */
function withQuery(href, query) {
  const q = String(query || '').replace(/^\?/, '');
  if (!q) return href;
  const i = href.indexOf('#');
  const path = i < 0 ? href : href.slice(0, i);
  return path + (path.includes('?') ? '&' : '?') + q + (i < 0 ? '' : href.slice(i));
}

function PageLink({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const external = !!p.external;
  // (a disabled link keeps its href, as in 1.67: still a link, its click refused)
  const href = external ? safeUrl(p.url_path) || undefined : withQuery(ctx.pageHref(p.url_path || ''), p.query);
  const onClick = (ev) => {
    if (p.disabled) return ev.preventDefault();
    if (external || ev.button || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    ctx.send({ type: 'navigate', page: p.url_path || '', query: String(p.query || '').replace(/^\?/, '') });
  };
  const right = p.icon_position === 'right';
  const icon = p.icon ? html`<${Icon} icon=${p.icon} />` : null;
  return html`<div ...${elAttrs(node)}>
    <a class="tl-page-link" data-testid="stPageLink-NavLink" href=${href} aria-disabled=${p.disabled ? 'true' : undefined}
      aria-current=${p.current ? 'page' : undefined} aria-label=${p.icon && !String(p.label || '').trim() ? p.icon : undefined}
      target=${external ? '_blank' : undefined} rel=${external ? 'noopener noreferrer' : undefined} onClick=${onClick}>
      ${right ? null : icon}<span class="tl-page-link-label"><${LabelMd} text=${p.label} links=${false} /></span>${right ? icon : null}
    </a>${p.help ? html`<${Help} text=${p.help} />` : null}
  </div>`;
}

export default { page_link: PageLink };
