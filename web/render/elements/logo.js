// The app's logo (st.logo) in the shell: the sidebar's and the header's.
import { html } from '../html.js';
import { Icon } from '../widgets/icon.js';
import { safeUrl } from '../safe_url.js';
import { useCtx } from '../context.js';

/** One st.logo image: a picture, an emoji or a Material icon. */
function LogoImage({ img, size, testid }) {
  if (!img) return null;
  if (img.type === 'emoji') return html`<span class=${`tl-logo tl-logo-${size} tl-logo-emoji`} role="img" aria-label="Logo" data-testid=${testid}>${img.value}</span>`;
  if (img.type === 'icon') return html`<span class=${`tl-logo tl-logo-${size}`} role="img" aria-label="Logo" data-testid=${testid}><${Icon} icon=${img.value} /></span>`;
  const src = safeUrl(img.value, { data: true });
  return src ? html`<img class=${`tl-logo tl-logo-${size}`} src=${src} alt="Logo" data-testid=${testid} />` : null;
}

/**
 * The app's logo (st.logo) in the sidebar ("sidebar") or top left of the page
 * ("main": the icon image, when given, else the image).  As 1.67: with link= it opens
 * that URL in a new tab ("stLogoLink"); without, in a multipage app away from its
 * default page (`home`: that page's url_path), it is a button back to it.
 * @param {{logo: any, where: "sidebar"|"main", home?: string|null}} props
 */
export function Logo({ logo, where, home = null }) {
  const ctx = useCtx();
  if (!logo || !logo.image) return null;
  const size = ['small', 'medium', 'large'].includes(logo.size) ? logo.size : 'medium';
  const img = where === 'main' && logo.icon_image ? logo.icon_image : logo.image;
  const link = safeUrl(logo.link);
  // the test id on the image itself, as 1.67's
  const inner = html`<${LogoImage} img=${img} size=${size} testid=${where === 'main' ? 'stHeaderLogo' : 'stSidebarLogo'} />`;
  let shown = inner;
  if (link) shown = html`<a href=${link} target="_blank" rel="noopener noreferrer" data-testid="stLogoLink">${inner}</a>`;
  else if (home !== null) {
    shown = html`<button type="button" class="tl-logo-home" data-testid="stLogoLink" aria-label="Navigate to home page"
      onClick=${() => ctx.send({ type: 'navigate', page: home, query: '' })}>${inner}</button>`;
  }
  return html`<div class="tl-logo-box">${shown}</div>`;
}
