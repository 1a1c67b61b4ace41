// Text elements: markdown, title/header/subheader, caption, text, divider.
import { html } from '../html.js';
import { Markdown, InlineMd } from '../markdown.js';
import { elAttrs, Help } from '../widgets/common.js';
import { useCtx, domId } from '../context.js';
import { Icon } from '../widgets/icon.js';
import { useRef } from 'preact/hooks';
import { useHeadingId, AnchorLink } from '../anchors.js';

/**
 * Root attributes of a text element with 1.67's text_alignment (CSS
 * text-align) and wrap=False (one line, cut with an ellipsis).
 */
export function textAttrs(node, extra = '') {
  const p = node.props || {};
  const nowrap = p.wrap === false ? ' tl-nowrap' : '';
  const attrs = elAttrs(node, (extra + nowrap).trim());
  const align = ['center', 'right', 'justify'].includes(p.text_alignment) ? `text-align:${p.text_alignment}` : '';
  if (align) attrs.style = attrs.style ? `${attrs.style};${align}` : align;
  return attrs;
}

function MarkdownEl({ node }) {
  const p = node.props;
  return html`<div ...${textAttrs(node, p.anchors === false ? 'tl-no-anchors' : '')}>
    <${Markdown} body=${p.body} unsafe=${!!p.unsafe_allow_html} />${p.help ? html`<${Help} text=${p.help} />` : null}
  </div>`;
}

function Caption({ node }) {
  const p = node.props;
  return html`<div ...${textAttrs(node)}><${Markdown} body=${p.body} unsafe=${!!p.unsafe_allow_html} class="tl-caption" testid="stCaptionContainer" /></div>`;
}

function Text({ node }) {
  const p = node.props;
  return html`<div ...${textAttrs(node)}><div class="tl-text">${p.body}</div>${p.help ? html`<${Help} text=${p.help} />` : null}</div>`;
}

const DIVIDER_COLORS = ['blue', 'green', 'orange', 'red', 'violet', 'yellow'];

/** divider=True from an older worker (today's sends the colour): one picked by the node id. */
function autoColor(id) {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return DIVIDER_COLORS[Math.abs(h) % DIVIDER_COLORS.length];
}

/**
 * title/header/subheader.  The heading is named by its text alone
 * (aria-labelledby), not by the hover anchor link or the help icon.  Its id
 * is 1.67's: anchor="x", else made from the text shown (anchors.js); with
 * anchor=False the id stays and the link goes.
 */
function Heading({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const Tag = node.kind === 'title' ? 'h1' : node.kind === 'header' ? 'h2' : 'h3';
  const textRef = useRef(null);
  const anchor = useHeadingId(textRef, p.anchor, [p.body, p.anchor]);
  const textId = domId(ctx, node.id, '-text');
  let divider = null;
  if (p.divider) {
    const color = p.divider === true ? autoColor(node.id) : String(p.divider);
    divider = html`<hr class=${'tl-heading-divider tl-divider-' + color} data-testid="stHeadingDivider" />`;
  }
  // 1.67's sidebar headings have no anchor, no id and no action elements' wrapper
  const side = String(node.id).startsWith('sidebar');
  const link = !side && anchor && p.anchor !== false;
  const h = html`<${Tag} id=${(!side && anchor) || undefined} class="tl-h" aria-labelledby=${textId}>
      ${p.icon ? html`<span class="tl-h-icon" data-testid="stHeadingIconWrapper"><span data-testid="stHeadingIcon"><${Icon} icon=${p.icon} testid=${null} /></span></span>` : null}<span id=${textId} ref=${textRef} data-heading-text=""><${InlineMd} text=${p.body} /></span>
      ${p.help || link ? html`<span class="tl-h-actions" data-testid="stHeaderActionElements">
        ${p.help ? html`<${Help} text=${p.help} />` : null}${link ? html`<${AnchorLink} id=${anchor} />` : null}
      </span>` : null}
    </${Tag}>`;
  // (1.67's h in stMarkdownContainer > stHeadingWithActionElements, which apps' CSS and tests name; the two add no box)
  return html`<div ...${textAttrs(node, 'tl-heading')}><div class="tl-h-md" data-testid="stMarkdownContainer">${side && !p.help ? h
    : html`<div data-testid="stHeadingWithActionElements">${h}</div>`}</div>${divider}
  </div>`;
}

function Divider({ node }) {
  return html`<div ...${elAttrs(node)}><hr class="tl-divider" /></div>`;
}

export default { markdown: MarkdownEl, caption: Caption, text: Text, title: Heading, header: Heading, subheader: Heading, divider: Divider };
