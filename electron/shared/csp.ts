/**
 * The Content-Security-Policy sent with every response of the app:// protocol handler. Pure data, no
 * Electron import, so it can be unit-tested and reused (e.g. by the web host) as is.
 *
 * 'self' is app://tranche: the renderer is a static Vite build with no inline scripts, no eval and
 * no remote resources; data goes over IPC, not fetch, so connect-src could even be 'none' — 'self'
 * only allows reading the app's own bundled files.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  // 'unsafe-inline' for styles only: ag-grid's theming API builds the grid theme at run time and
  // injects it as <style> elements, and React's style={...} props set inline styles. Scripts stay
  // strict ('self' only), so an injected style cannot run code.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.map(([d, s]) => `${d} ${s}`).join('; ');
