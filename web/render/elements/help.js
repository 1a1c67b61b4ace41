// st.help: name, type, value, docstring and the members of an object
// (node kind "help"; props documented in py/tablit/protocol.py), laid out as
// 1.67's: a header line, the docstring below a rule, then a table of members
// (name and type; then the value, or the docstring when there is no value).
// Its class is tl-help-box: tl-help is a label's help icon (widgets/common.js),
// an inline flex box.  The test ids are 1.67's, for the users' own tests.
import { html } from '../html.js';
import { elAttrs } from '../widgets/common.js';

function Member({ m }) {
  return html`<tr class="tl-help-member" data-testid="stHelpMember">
    <td><span class="tl-help-name" data-testid="stHelpMemberDocName">${m.name}</span><span class="tl-help-type" data-testid="stHelpMemberDocType">${m.type}</span></td>
    <td>${m.value
      ? html`<span class="tl-help-value" data-testid="stHelpMemberDocValue">${m.value}</span>`
      : html`<span data-testid="stHelpMemberDocString">${m.doc_string || 'No docs available'}</span>`}</td>
  </tr>`;
}

function Help({ node }) {
  const p = node.props;
  const members = Array.isArray(p.members) ? p.members : [];
  const title = p.name || p.value || '';
  return html`<section ...${elAttrs(node, 'tl-help-box')} aria-label=${'Help: ' + title}>
    <div class="tl-help-header">
      ${p.name ? html`<span class="tl-help-name" data-testid="stHelpName">${p.name}</span>` : null}
      <span class="tl-help-type" data-testid="stHelpType">${p.type}</span>
      ${p.value && p.value !== p.name ? html`<span class="tl-help-value" data-testid="stHelpValue">${p.value}</span>` : null}
    </div>
    <div class="tl-help-doc" data-testid="stHelpDoc">${p.doc_string || 'No docs available'}</div>
    ${members.length ? html`<table class="tl-help-members" data-testid="stHelpMembersTable"><tbody>${members.map((m) => html`<${Member} key=${m.name} m=${m} />`)}</tbody></table>` : null}
  </section>`;
}

export default { help: Help };
