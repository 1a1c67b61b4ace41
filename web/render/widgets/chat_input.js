// st.chat_input: Enter (without Shift) or the send button sends the text as a
// change plus trigger, then clears the box.  Pinned to the bottom of main.
import { html } from '../html.js';
import { elAttrs, useWidget } from './common.js';

function ChatInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const e = w.e;
  const text = e.draft || '';
  const submit = () => {
    const v = e.draft || '';
    if (!v.trim() || p.disabled) return;
    e.draft = null;
    w.ctx.store.notify(e);
    w.ctx.send({ type: 'update', changes: [{ id: node.id, value: v }], trigger: node.id });
  };
  const placeholder = p.placeholder || 'Your message';
  return html`<div ...${elAttrs(node)}>
    <div class="tl-chat-box">
      <textarea class="tl-chat-text" id=${w.id} rows="1" value=${text} placeholder=${placeholder}
        aria-label=${p.label || placeholder} maxLength=${p.max_chars || undefined} disabled=${!!p.disabled}
        onInput=${(ev) => { e.draft = ev.currentTarget.value; w.ctx.store.notify(e); }}
        onKeyDown=${(ev) => { if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); submit(); } }} />
      <button type="button" class="tl-chat-send" aria-label="Send" disabled=${!!p.disabled || !text.trim()} onClick=${submit}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M3 20.5v-17L22 12 3 20.5zm2-3.05L16.85 12 5 6.55v3.95L11 12l-6 1.5v3.95z"/></svg>
      </button>
    </div>
  </div>`;
}

export default { chat_input: ChatInput };
