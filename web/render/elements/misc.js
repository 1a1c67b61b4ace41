// Small elements: progress, image, html, and toast (st.metric, st.balloons/st.snow and
// st.page_link have modules of their own, fetched when first drawn).
import { html } from '../html.js';
import { useCtx, domId } from '../context.js';
import { InlineMd, LabelMd, MarkdownPending, markdownReady, sanitize } from '../markdown.js';
import { elAttrs } from '../widgets/common.js';
import { safeUrl } from '../safe_url.js';
import { lazyPart } from '../lazy_part.js';
import { withCss } from '../lazy_css.js';
import { Toast } from './toast.js';

// st.html with unsafe_allow_javascript: a frame of media.js, fetched when first drawn
const ScriptedHtml = lazyPart(() => withCss(import('./media.js'), 'media', 'after'), 'ScriptedHtml');

// ---------------------------------------------------------------- progress
function Progress({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const v = Math.max(0, Math.min(100, Math.round(+p.value || 0)));
  const textId = domId(ctx, node.id, '-text');
  // (the text's row is there without text too: 1.67 keeps its 8px, so the bar sits as low)
  return html`<div ...${elAttrs(node)}>
    <div class="tl-progress-text" id=${textId}>${p.text ? html`<${LabelMd} text=${p.text} />` : null}</div>
    <div class="tl-progress" data-testid="stProgressBarTrack" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${v}
      aria-valuetext=${v + '%'} aria-labelledby=${p.text ? textId : undefined} aria-label=${p.text ? undefined : 'Progress'}>
      <div class="tl-progress-bar" style=${`width:${v}%`}></div>
    </div>
  </div>`;
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
      // the alt given, else the caption; with neither no alt at all, as 1.67's: alt="" would make the
      // image decorative (no role "img" for a user's getByRole, nothing drawn when it fails to load)
      const alt = im && typeof im.alt === 'string' ? im.alt : caption || undefined;
      const img = src
        ? html`<img class="tl-img" src=${src} alt=${alt} style=${style} loading="lazy" />`
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
    return html`<${MarkdownPending} text=${body} testid=${null} draw=${() => html`<${HtmlEl} node=${node} />`} />`;
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

export default {
  progress: Progress, toast: Toast, image: Image, html: HtmlEl,
};
