// st.chat_message: an avatar (a preset user/assistant icon, an emoji, a material icon or an
// image) and the message's content, a group named by the author as 1.67's ("Chat message from
// user"), so a test written against Streamlit finds it by the same role and name.
import { html } from '../html.js';
import { children, VerticalBlock } from '../registry.js';
import { Icon } from '../widgets/icon.js';
import { widthStyle } from '../widgets/common.js';

// 1.67's preset avatars: Material Symbols Rounded "face" (user) and "smart_toy" (assistant)
const USER = html`<svg data-testid="stIconMaterial" viewBox="0 -960 960 960" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M315.5-398.73q-15.5-15.72-15.5-38.5 0-22.77 15.73-38.27 15.72-15.5 38.5-15.5 22.77 0 38.27 15.73 15.5 15.72 15.5 38.5 0 22.77-15.73 38.27-15.72 15.5-38.5 15.5-22.77 0-38.27-15.73Zm253 0q-15.5-15.72-15.5-38.5 0-22.77 15.73-38.27 15.72-15.5 38.5-15.5 22.77 0 38.27 15.73 15.5 15.72 15.5 38.5 0 22.77-15.73 38.27-15.72 15.5-38.5 15.5-22.77 0-38.27-15.73ZM480-140q142.38 0 241.19-98.95T820-480.47q0-25.53-4-50.53t-10-46q-20 5-43.26 7-23.26 2-48.74 2-97.11 0-183.56-40Q444-648 383-722q-34 81-97.5 141.5T140-487v7q0 142.37 98.81 241.19Q337.63-140 480-140Zm0 60q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm-92-727q88 103 162.5 141T714-628q24 0 38-1t31-6q-45-81-122.5-133T480-820q-27 0-51 4t-41 9ZM149-558q48-18 109.5-81.5T346-793q-87 39-131.5 99.5T149-558Zm239-249Zm-42 14Z"/></svg>`;
const ASSISTANT = html`<svg data-testid="stIconMaterial" viewBox="0 -960 960 960" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M147-376q-45 0-76-31.21T40-483q0-44.58 31.21-75.79Q102.42-590 147-590v-123q0-24 18-42t42-18h166q0-45 31-76t76-31q45 0 76 31.21T587-773h166q24 0 42 18t18 42v123q45 0 76 31.21T920-483q0 44.58-31.21 75.79Q857.58-376 813-376v196q0 24-18 42t-42 18H207q-24 0-42-18t-18-42v-196Zm224.5-111.74q11.5-11.73 11.5-28.5 0-16.76-11.74-28.26-11.73-11.5-28.5-11.5-16.76 0-28.26 11.74-11.5 11.73-11.5 28.5 0 16.76 11.74 28.26 11.73 11.5 28.5 11.5 16.76 0 28.26-11.74Zm274 0q11.5-11.73 11.5-28.5 0-16.76-11.74-28.26-11.73-11.5-28.5-11.5-16.76 0-28.26 11.74-11.5 11.73-11.5 28.5 0 16.76 11.74 28.26 11.73 11.5 28.5 11.5 16.76 0 28.26-11.74ZM342-285h276q12.75 0 21.38-8.68 8.62-8.67 8.62-21.5 0-12.82-8.62-21.32-8.63-8.5-21.38-8.5H342q-12.75 0-21.37 8.68-8.63 8.67-8.63 21.5 0 12.82 8.63 21.32 8.62 8.5 21.37 8.5ZM207-180h546v-533H207v533Zm273-267Z"/></svg>`;

/**
 * The avatar, named as 1.67 names it (stChatMessageAvatarUser / ...Assistant / ...Custom for a
 * Material icon / ...Image; an emoji's or an initial's has none): apps put the user's messages on
 * the right with '[data-testid="stChatMessage"]:has([data-testid="stChatMessageAvatarUser"])'.
 */
function Avatar({ p }) {
  const a = p.avatar || '';
  if (p.avatar_type === 'image' && /^(https?:|data:image\/|\/|\.)/.test(a)) {
    return html`<img class="tl-chat-avatar tl-chat-avatar-img" src=${a} alt="" data-testid="stChatMessageAvatarImage" />`;
  }
  if (p.avatar_type === 'emoji') return html`<span class="tl-chat-avatar" aria-hidden="true">${a}</span>`;
  if (a === 'user') return html`<span class="tl-chat-avatar tl-chat-avatar-user" data-testid="stChatMessageAvatarUser">${USER}</span>`;
  if (a === 'assistant') return html`<span class="tl-chat-avatar tl-chat-avatar-assistant" data-testid="stChatMessageAvatarAssistant">${ASSISTANT}</span>`;
  if (a.startsWith(':material')) return html`<span class="tl-chat-avatar" data-testid="stChatMessageAvatarCustom"><${Icon} icon=${a} /></span>`;
  const initial = String(p.name || '?').trim().charAt(0).toUpperCase() || '?';
  return html`<span class="tl-chat-avatar tl-chat-avatar-initial" aria-hidden="true">${initial}</span>`;
}

function ChatMessage({ node }) {
  const p = node.props;
  return html`<div class=${'tl-el tl-k-chat_message tl-chat-message tl-chat-' + (p.avatar === 'user' ? 'user' : 'other')}
      data-testid="stChatMessage" style=${widthStyle(p.width)}>
    <${Avatar} p=${p} />
    <div class="tl-chat-content" data-testid="stChatMessageContent" role="group" aria-label=${'Chat message from ' + (p.name || '')}><${VerticalBlock}>${children(node.children)}</${VerticalBlock}></div>
  </div>`;
}

export default { chat_message: ChatMessage };
