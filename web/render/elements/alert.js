// st.success / info / warning / error: a coloured box with Markdown body.
import { html } from '../html.js';
import { InlineMd, Markdown } from '../markdown.js';
import { elAttrs } from '../widgets/common.js';
import { Icon } from '../widgets/icon.js';

function Alert({ node }) {
  const p = node.props;
  const kind = ['success', 'info', 'warning', 'error'].includes(p.kind) ? p.kind : 'info';
  // (1.67's parts by their test ids: stAlert > stAlertContainer, the coloured box > stAlertContent<Kind>;
  // the box is role=alert for an error or a warning and role=status for info or success, as 1.67's)
  const role = kind === 'error' || kind === 'warning' ? 'alert' : 'status';
  return html`<div ...${elAttrs(node)} data-kind=${kind}><div class=${'tl-alert tl-alert-' + kind} data-testid="stAlertContainer" role=${role}>
    <${Icon} icon=${p.icon} testid="stAlertDynamicIcon" /><div class="tl-alert-content" data-testid=${'stAlertContent' + kind[0].toUpperCase() + kind.slice(1)}>
      ${p.title ? html`<strong class="tl-alert-title"><${InlineMd} text=${p.title} /></strong>` : null}<${Markdown} body=${p.body} />
    </div>
  </div></div>`;
}

export default { alert: Alert };
