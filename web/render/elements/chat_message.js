// st.chat_message: an <article> (labelled by the author's name) with an avatar:
// a preset user/assistant icon, an emoji, a material icon or an image.
import { html } from '../html.js';
import { children } from '../registry.js';
import { Icon } from '../widgets/icon.js';
import { widthStyle } from '../widgets/common.js';

const USER = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-2.7 0-8 1.3-8 4v2h16v-2c0-2.7-5.3-4-8-4z"/></svg>`;
const ASSISTANT = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M20 9V7a2 2 0 0 0-2-2h-3a3 3 0 0 0-6 0H6a2 2 0 0 0-2 2v2a3 3 0 0 0 0 6v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4a3 3 0 0 0 0-6zM7.5 11.5a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0zM16 17H8v-2h8v2zm-2.5-4a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3z"/></svg>`;

function Avatar({ p }) {
  const a = p.avatar || '';
  if (p.avatar_type === 'image' && /^(https?:|data:image\/|\/|\.)/.test(a)) {
    return html`<img class="tl-chat-avatar tl-chat-avatar-img" src=${a} alt="" />`;
  }
  if (p.avatar_type === 'emoji') return html`<span class="tl-chat-avatar" aria-hidden="true">${a}</span>`;
  if (a === 'user') return html`<span class="tl-chat-avatar tl-chat-avatar-user">${USER}</span>`;
  if (a === 'assistant') return html`<span class="tl-chat-avatar tl-chat-avatar-assistant">${ASSISTANT}</span>`;
  if (a.startsWith(':material')) return html`<span class="tl-chat-avatar"><${Icon} icon=${a} /></span>`;
  const initial = String(p.name || '?').trim().charAt(0).toUpperCase() || '?';
  return html`<span class="tl-chat-avatar tl-chat-avatar-initial" aria-hidden="true">${initial}</span>`;
}

function ChatMessage({ node }) {
  const p = node.props;
  return html`<article class=${'tl-el tl-k-chat_message tl-chat-message tl-chat-' + (p.avatar === 'user' ? 'user' : 'other')}
      data-testid="stChatMessage" aria-label=${'Chat message from ' + (p.name || '')} style=${widthStyle(p.width)}>
    <${Avatar} p=${p} />
    <div class="tl-chat-content tl-block" data-testid="stChatMessageContent">${children(node.children)}</div>
  </article>`;
}

export default { chat_message: ChatMessage };
