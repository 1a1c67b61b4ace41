// st.link_button: an <a> (role link) styled as a button that opens its URL in a
// new tab; in on_click "rerun"/callback mode the click also sends a trigger.
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { LabelMd } from '../markdown.js';
import { buttonKind, elAttrs, Help } from './common.js';
import { Icon } from './icon.js';
import { useShortcut, shortcutLabel } from './shortcut.js';

/** Only web URLs (and relative ones) are followed: never javascript: or data:. */
export function safeHref(url) {
  const u = String(url || '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(u) && !/^(https?|mailto|tel):/i.test(u)) return undefined;
  return u;
}

function LinkButton({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const kind = buttonKind(p);
  const href = p.disabled ? undefined : safeHref(p.url);
  const onClick = (ev) => {
    if (p.disabled) { ev.preventDefault(); return; }
    if (p.rerun) ctx.send({ type: 'update', changes: [], trigger: node.id });
  };
  useShortcut(p.shortcut, () => {
    if (href && typeof window !== 'undefined') window.open(href, '_blank', 'noopener');
    if (p.rerun) ctx.send({ type: 'update', changes: [], trigger: node.id });
  }, !!p.disabled);
  const icon = html`<${Icon} icon=${p.icon} />`;
  return html`<div ...${elAttrs(node)}>
    <a class=${'tl-btn tl-link-btn tl-btn-' + kind + (p.wrap === false ? ' tl-nowrap' : '')} kind=${kind} data-testid=${'stBaseLinkButton-' + kind} href=${href} target="_blank" rel="noopener noreferrer"
      aria-disabled=${p.disabled ? 'true' : undefined} role=${p.disabled ? 'link' : undefined} aria-keyshortcuts=${shortcutLabel(p.shortcut)} onClick=${onClick}>
      ${p.icon_position === 'right' ? null : icon}<span class="tl-btn-label"><${LabelMd} text=${p.label} links=${false} /></span>${p.icon_position === 'right' ? icon : null}
    </a>${p.help ? html`<${Help} text=${p.help} />` : null}
  </div>`;
}

export default { link_button: LinkButton };
