import { randomBytes } from 'node:crypto';

/**
 * The Content-Security-Policy of the app, for the app:// protocol handler and the web host alike.
 * Pure data and string work, no Electron import, so it is unit-tested and shared as is.
 *
 * 'self' is app://tranche (or the web host's origin): the renderer is a static Vite build with no
 * inline scripts, no eval and no remote resources. Styles: the stylesheet files, plus the <style>
 * elements ag-grid's theming API injects at run time, which carry a nonce made fresh for every
 * load of index.html (the grid's `styleNonce`). No 'unsafe-inline': an injected <style> or style
 * attribute without the nonce is refused. (React's style={...} props and ag-grid's positioning set
 * styles through the CSSOM, which CSP does not restrict.)
 */
export function cspDirectives(styleNonce: string | null): ReadonlyArray<readonly [directive: string, sources: string]> {
  return [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', styleNonce ? `'self' 'nonce-${styleNonce}'` : "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
}

/** The policy as one header line; the nonce only where a page is served (index.html). */
export function contentSecurityPolicy(styleNonce: string | null = null): string {
  return cspDirectives(styleNonce)
    .map(([d, s]) => `${d} ${s}`)
    .join('; ');
}

/** The policy of every response that is not a page (scripts, stylesheets, images, API answers). */
export const CONTENT_SECURITY_POLICY: string = contentSecurityPolicy();

/** Where index.html names the nonce, in its <meta> policy and for the renderer to hand to the grid. */
export const NONCE_PLACEHOLDER = '__TRANCHE_NONCE__';

/** A fresh nonce for one load of the page: 128 random bits. */
export function newStyleNonce(): string {
  return randomBytes(16).toString('base64');
}

/** index.html with this load's nonce in place of every placeholder. */
export function withStyleNonce(html: string, nonce: string): string {
  return html.split(NONCE_PLACEHOLDER).join(nonce);
}
