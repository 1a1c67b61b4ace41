// st.code: preformatted text (no highlighting, to keep the bundle small),
// optional line numbers and a copy button.
import { html } from '../html.js';
import { elAttrs } from '../widgets/common.js';

function copy(text) {
  if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
}

function Code({ node }) {
  const p = node.props;
  const body = String(p.body ?? '');
  const lang = p.language || 'text';
  const content = p.line_numbers ? body.split('\n').map((l) => html`<span class="tl-line">${l}\n</span>`) : body;
  return html`<div ...${elAttrs(node)}>
    <pre class=${'tl-code' + (p.line_numbers ? ' tl-numbered' : '')}><code class=${'language-' + lang}>${content}</code></pre>
    <button type="button" class="tl-copy" aria-label="Copy to clipboard" onClick=${() => copy(body)}>Copy</button>
  </div>`;
}

export default { code: Code };
