// st.download_button: saves props.data (base64) as props.file_name, then
// fires its trigger like a button (unless props.on_click === "ignore").
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { ButtonFace } from './button.js';

function download(p) {
  const bin = atob(p.data || '');
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: p.mime || 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = p.file_name || 'download';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

function DownloadButton({ node }) {
  const ctx = useCtx();
  const onClick = () => {
    try {
      download(node.props);
    } catch (err) {
      console.error('tablit: download failed', err);
    }
    if (node.props.on_click !== 'ignore') ctx.send({ type: 'update', changes: [], trigger: node.id });
  };
  return html`<${ButtonFace} node=${node} onClick=${onClick} />`;
}

export default { download_button: DownloadButton };
