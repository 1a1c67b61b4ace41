// st.success / info / warning / error: a coloured box with Markdown body.
import { html } from '../html.js';
import { InlineMd, Markdown } from '../markdown.js';
import { elAttrs } from '../widgets/common.js';
import { Icon } from '../widgets/icon.js';

function Alert({ node }) {
  const p = node.props;
  const kind = ['success', 'info', 'warning', 'error'].includes(p.kind) ? p.kind : 'info';
  return html`<div ...${elAttrs(node, 'tl-alert tl-alert-' + kind)} role="alert" data-kind=${kind}>
    <${Icon} icon=${p.icon} /><div class="tl-alert-content">
      ${p.title ? html`<strong class="tl-alert-title"><${InlineMd} text=${p.title} /></strong>` : null}<${Markdown} body=${p.body} />
    </div>
  </div>`;
}

export default { alert: Alert };
