// Text elements: markdown, title/header/subheader, caption, text, divider.
import { html } from '../html.js';
import { Markdown, InlineMd, plainText } from '../markdown.js';
import { elAttrs, Help } from '../widgets/common.js';

function slug(s) {
  return plainText(s).toLowerCase().trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

function MarkdownEl({ node }) {
  const p = node.props;
  return html`<div ...${elAttrs(node)}>
    <${Markdown} body=${p.body} unsafe=${!!p.unsafe_allow_html} />${p.help ? html`<${Help} text=${p.help} />` : null}
  </div>`;
}

function Caption({ node }) {
  const p = node.props;
  return html`<div ...${elAttrs(node)}><${Markdown} body=${p.body} unsafe=${!!p.unsafe_allow_html} class="tl-caption" /></div>`;
}

function Text({ node }) {
  const p = node.props;
  return html`<div ...${elAttrs(node)}><div class="tl-text">${p.body}</div>${p.help ? html`<${Help} text=${p.help} />` : null}</div>`;
}

const DIVIDER_COLORS = ['blue', 'green', 'orange', 'red', 'violet'];
let autoColor = 0;

function Heading({ node }) {
  const p = node.props;
  const Tag = node.kind === 'title' ? 'h1' : node.kind === 'header' ? 'h2' : 'h3';
  const anchor = p.anchor === false ? null : typeof p.anchor === 'string' && p.anchor ? p.anchor : slug(p.body || '');
  let divider = null;
  if (p.divider) {
    const color = p.divider === true ? DIVIDER_COLORS[autoColor++ % DIVIDER_COLORS.length] : String(p.divider);
    divider = html`<hr class=${'tl-heading-divider tl-divider-' + color} />`;
  }
  return html`<div ...${elAttrs(node, 'tl-heading')}>
    <${Tag} id=${anchor || undefined} class="tl-h">
      <${InlineMd} text=${p.body} />
      ${anchor ? html`<a class="tl-anchor" href=${'#' + anchor} aria-label="Link to heading">#</a>` : null}
      ${p.help ? html`<${Help} text=${p.help} />` : null}
    </${Tag}>${divider}
  </div>`;
}

function Divider({ node }) {
  return html`<div ...${elAttrs(node)}><hr class="tl-divider" /></div>`;
}

export default { markdown: MarkdownEl, caption: Caption, text: Text, title: Heading, header: Heading, subheader: Heading, divider: Divider };
