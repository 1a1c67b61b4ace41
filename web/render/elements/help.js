// st.help: name, type, value, docstring and the members of an object
// (node kind "help"; props documented in py/tablit/protocol.py).  Its class is tl-help-box:
// tl-help is a label's help icon (widgets/common.js), an inline flex box.
import { html } from '../html.js';
import { elAttrs } from '../widgets/common.js';

function Member({ m }) {
  return html`<li class="tl-help-member">
    <code class="tl-help-name">${m.name}</code> <span class="tl-help-type">${m.type}</span>
    ${m.value ? html` <code class="tl-help-value">${m.value}</code>` : null}
    ${m.doc_string ? html`<div class="tl-help-doc">${m.doc_string}</div>` : null}
  </li>`;
}

function Help({ node }) {
  const p = node.props;
  const members = Array.isArray(p.members) ? p.members : [];
  const title = p.name || p.value || '';
  return html`<section ...${elAttrs(node, 'tl-help-box')} aria-label=${'Help: ' + title}>
    <header class="tl-help-header">
      ${p.name ? html`<code class="tl-help-name">${p.name}</code> ` : null}
      <span class="tl-help-type">${p.type}</span>
      ${p.value && p.value !== p.name ? html` <code class="tl-help-value">${p.value}</code>` : null}
    </header>
    ${p.doc_string ? html`<pre class="tl-help-doc">${p.doc_string}</pre>` : html`<p class="tl-help-doc tl-help-none">No docs available</p>`}
    ${members.length ? html`<ul class="tl-help-members">${members.map((m) => html`<${Member} key=${m.name} m=${m} />`)}</ul>` : null}
  </section>`;
}

export default { help: Help };
