// Small elements: metric, progress, image, latex, html, page_link, and the
// transient ones (balloons, snow, toast).
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx, domId } from '../context.js';
import { InlineMd, MarkdownPending, markdownReady, sanitize } from '../markdown.js';
import { elAttrs, Help } from '../widgets/common.js';
import { Icon } from '../widgets/icon.js';
import { lazyPart } from '../lazy_part.js';
import { Toast } from './toast.js';

// st.html with unsafe_allow_javascript: a frame of media.js, fetched when first drawn
const ScriptedHtml = lazyPart(() => import('./media.js'), 'ScriptedHtml');

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

// ------------------------------------------------------------------ metric
// 1.67's ArrowUpward / ArrowDownward (Material), 14 px before the delta
const ARROW = {
  up: 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z',
  down: 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z',
};

function Metric({ node }) {
  const p = node.props;
  const vis = p.label_visibility || 'visible';
  const dir = p.direction === 'up' || p.direction === 'down' ? p.direction : null;
  const delta = p.delta == null ? '' : String(p.delta);
  return html`<div ...${elAttrs(node, 'tl-metric' + (p.border ? ' tl-bordered' : ''))}>
    <div class=${'tl-metric-label' + (vis === 'collapsed' ? ' tl-sr-only' : '')} data-testid="stMetricLabel"
      style=${vis === 'hidden' ? 'visibility:hidden' : undefined}>
      <${Icon} icon=${p.icon} /><span><${InlineMd} text=${p.label} /></span>${p.help ? html`<${Help} text=${p.help} />` : null}
    </div>
    <div class="tl-metric-value" data-testid="stMetricValue"><${InlineMd} text=${String(p.value ?? '')} /></div>
    ${delta ? html`<div class=${'tl-metric-delta tl-delta-' + (p.color || 'gray')} data-testid="stMetricDelta"
        data-direction=${dir || 'none'}>
      ${dir ? html`<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" data-testid=${dir === 'up' ? 'stMetricDeltaIcon-Up' : 'stMetricDeltaIcon-Down'}><path fill="currentColor" d=${ARROW[dir]} /></svg>` : null}
      ${dir ? html`<span class="tl-sr-only">${dir === 'up' ? 'Up' : 'Down'} </span>` : null}<span><${InlineMd} text=${delta} /></span>
    </div>` : null}
    ${Array.isArray(p.chart_data) && p.chart_data.length ? html`<${Sparkline} data=${p.chart_data} type=${p.chart_type} color=${p.color} />` : null}
  </div>`;
}

/**
 * st.metric's chart_data as 1.67 draws it (a Vega-Lite spec there): 3.5rem tall, the
 * card's whole width (to its border when bordered), 6 px above and below the marks; a
 * 2 px line with round caps in the colour's line tone; an area filled with the delta's
 * background tone down to 0 when the data crosses it (else to its lowest value); bars
 * 5 px wide with round ends, from 0 (or the nearest edge).  Decorative: aria-hidden.
 * The viewBox is 100 x 56 stretched to the width, so heights are pixels and strokes
 * keep their width (vector-effect).
 */
function Sparkline({ data, type, color }) {
  const values = data.length === 1 ? [data[0], data[0]] : data;
  const n = values.length;
  const lo = Math.min(...values), hi = Math.max(...values);
  const span = hi - lo;
  const y = (v) => (span ? 50 - ((v - lo) / span) * 44 : 28);
  const x = (i) => (i / (n - 1)) * 100;
  const base = lo < 0 && hi > 0 ? 0 : lo;
  const points = values.map((v, i) => `${x(i).toFixed(3)},${y(v).toFixed(2)}`).join(' ');
  const cls = 'tl-metric-chart tl-delta-' + (color || 'gray');
  const line = { fill: 'none', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'vector-effect': 'non-scaling-stroke' };
  if (type === 'bar') {
    const zero = y(Math.min(Math.max(0, lo), hi));
    return html`<svg class=${cls} viewBox="0 0 100 56" preserveAspectRatio="none" aria-hidden="true" data-testid="stMetricChart">
      ${values.map((v, i) => {
        const cx = ((i + 0.5) * 100 / n).toFixed(3);
        const top = Math.min(y(v), zero), bottom = Math.max(y(v), zero);
        // a 5 px bar with round ends: a round-capped stroke, its caps (2.5 px) kept inside the bar
        // (a bar shorter than its width is a flat dash, as 1.67's radius is capped by the height)
        const round = bottom - top >= 5;
        const a = round ? top + 2.5 : top, b = round ? bottom - 2.5 : bottom;
        return html`<line class="tl-metric-bar" x1=${cx} x2=${cx} y1=${a.toFixed(2)} y2=${b.toFixed(2)} stroke-width="5" stroke-linecap=${round ? 'round' : 'butt'} vector-effect="non-scaling-stroke" />`;
      })}
    </svg>`;
  }
  return html`<svg class=${cls} viewBox="0 0 100 56" preserveAspectRatio="none" aria-hidden="true" data-testid="stMetricChart">
    ${type === 'area' ? html`<polygon class="tl-metric-area" points=${`0,${y(base).toFixed(2)} ${points} 100,${y(base).toFixed(2)}`} />` : null}
    <polyline class="tl-metric-line" points=${points} ...${line} />
  </svg>`;
}

// ---------------------------------------------------------------- progress
function Progress({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const v = Math.max(0, Math.min(100, Math.round(+p.value || 0)));
  const textId = domId(ctx, node.id, '-text');
  return html`<div ...${elAttrs(node)}>
    ${p.text ? html`<div class="tl-progress-text" id=${textId}><${InlineMd} text=${p.text} /></div>` : null}
    <div class="tl-progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${v}
      aria-valuetext=${v + '%'} aria-labelledby=${p.text ? textId : undefined} aria-label=${p.text ? undefined : 'Progress'}>
      <div class="tl-progress-bar" style=${`width:${v}%`}></div>
    </div>
  </div>`;
}

// ------------------------------------------------------ balloons and snow
const FLAKES = 24;

/** A short animation over the page, replayed by every run that calls it (see tree.js). */
function Celebration({ node }) {
  const [on, setOn] = useState(true);
  useEffect(() => {
    setOn(true);
    const t = setTimeout(() => setOn(false), 5000);
    return () => clearTimeout(t);
  }, [node]);
  if (!on) return html`<div class="tl-k-fx" hidden></div>`;
  const snow = node.kind === 'snow';
  const items = [];
  for (let i = 0; i < FLAKES; i++) {
    const left = (i * 37) % 100;
    const delay = ((i * 7) % 10) / 10 + (i % 3) * 0.3;
    items.push(html`<span class="tl-fx-item" style=${`left:${left}%;animation-delay:${delay}s`}>${snow ? '❄' : '🎈'}</span>`);
  }
  return html`<div class=${'tl-k-fx tl-fx tl-fx-' + node.kind} aria-hidden="true" data-testid=${snow ? 'stSnow' : 'stBalloons'}>${items}</div>`;
}

// ------------------------------------------------------------------- toast
// (in toast.js: the corner stack, durations, Close)
export { Toasts, ToastArea } from './toast.js';

// ------------------------------------------------------------------- image
function Image({ node }) {
  const p = node.props;
  const imgs = Array.isArray(p.images) ? p.images : [];
  const w = p.width;
  const style = typeof w === 'number' && w > 0 ? `width:${w}px` : w === 'stretch' ? 'width:100%' : undefined;
  const link = safeUrl(p.link);
  return html`<div ...${elAttrs(node, 'tl-images')}>
    ${imgs.map((im, i) => {
      const src = safeUrl(im && im.src, { data: true });
      const caption = im && im.caption != null ? String(im.caption) : '';
      const img = src
        ? html`<img class="tl-img" src=${src} alt=${im && typeof im.alt === 'string' ? im.alt : caption} style=${style} loading="lazy" />`
        : html`<span class="tl-img-refused">Image not shown: unsupported URL</span>`;
      return html`<figure class="tl-figure" key=${i} data-testid="stImage">
        ${link ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${img}</a>` : img}
        ${caption ? html`<figcaption class="tl-caption" data-testid="stImageCaption"><${InlineMd} text=${caption} /></figcaption>` : null}
      </figure>`;
    })}
  </div>`;
}

// -------------------------------------------------------------------- html
// (st.latex is in ../math.js, a lazily loaded chunk)
const htmlCache = new Map();

function HtmlEl({ node }) {
  if (node.props.unsafe_allow_javascript) return html`<${ScriptedHtml} node=${node} />`;
  const body = String(node.props.body ?? '');
  let safe = htmlCache.get(body);
  // (DOMPurify comes with the Markdown chunk: the renderer fetches it before it paints such a body)
  if (safe === undefined && !markdownReady() && !/^[^<>&\u00a0]*$/.test(body)) {
    return html`<${MarkdownPending} text=${body} draw=${() => html`<${HtmlEl} node=${node} />`} />`;
  }
  if (safe === undefined) {
    if (htmlCache.size > 200) htmlCache.clear();
    safe = sanitize(body);
    htmlCache.set(body, safe);
  }
  // only <style>: it styles the page and takes no room (Streamlit's event container)
  if (node.props.style_only) return html`<div class="tl-html-style" hidden dangerouslySetInnerHTML=${{ __html: safe }} />`;
  return html`<div ...${elAttrs(node)} dangerouslySetInnerHTML=${{ __html: safe }} />`;
}

// --------------------------------------------------------------- page_link
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
      ${right ? null : icon}<span class="tl-page-link-label"><${InlineMd} text=${p.label} links=${false} /></span>${right ? icon : null}
    </a>${p.help ? html`<${Help} text=${p.help} />` : null}
  </div>`;
}

export default {
  metric: Metric, progress: Progress, balloons: Celebration, snow: Celebration, toast: Toast,
  image: Image, html: HtmlEl, page_link: PageLink,
};
