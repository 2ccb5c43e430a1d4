import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The renderer is served from app://tranche/ (a privileged, standard, secure custom scheme), so the
 * only code the main process trusts is code loaded from that origin. Everything here is pure: it is
 * shared by the protocol handler, the navigation guard and the IPC handler, and unit-tested in Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tranche';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** What the IPC handler knows about the frame that sent a message (Electron's senderFrame, reduced). */
export type SenderFrame = { url: string; isMainFrame: boolean };

type ParsedAppUrl = { path: string };

// scheme "://" authority [path] [?query] [#fragment]. The authority is matched verbatim so that
// "app://evil@tranche/" or "app://tranche:80/" are not mistaken for our origin.
const APP_URL = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\\]*)([^?#]*)(?:[?#].*)?$/is;

/**
 * Splits an app:// URL into its path, or null when it is not exactly our origin. Node's URL parser
 * treats "app:" as a non-special scheme (origin "null", host case kept), so this does not rely on it.
 */
function parseAppUrl(url: string): ParsedAppUrl | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  const m = APP_URL.exec(url);
  if (!m) return null;
  const [, scheme, authority, path] = m;
  if (scheme?.toLowerCase() !== APP_SCHEME || authority?.toLowerCase() !== APP_HOST) return null;
  // Chromium hands us canonical URLs (path starts with "/", no backslashes); anything else is refused.
  if (path === undefined || (path !== '' && !path.startsWith('/')) || path.includes('\\')) return null;
  return { path };
}

/** True when the URL belongs to the app's own origin (app://tranche), whatever its path. */
export function isAppUrl(url: string): boolean {
  return parseAppUrl(url) !== null;
}

/**
 * True only for the top-level frame of a page loaded from app://tranche. Sub-frames, other schemes
 * (file:, http:, devtools:), look-alike hosts and a frame that has already gone away (null) are refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame || frame.isMainFrame !== true) return false;
  return isAppUrl(frame.url);
}

/** Navigation is allowed only within the app origin; everything else is cancelled. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // malformed escape such as "%E0%A4%A"
  }
}

/**
 * Maps an app://tranche/... request to an absolute file path inside rootDir, or null when the
 * request must not be served: another scheme or host, "." or ".." segments (literal or encoded as
 * %2e%2e), encoded separators (%2f, %5c), backslashes, NUL, drive letters or any other ":" in a
 * segment, or anything that would still resolve outside rootDir. A path ending in "/" serves index.html.
 */
export function resolveAppUrl(rootDir: string, requestUrl: string): string | null {
  const parsed = parseAppUrl(requestUrl);
  if (!parsed) return null;
  const raw = parsed.path === '' ? '/' : parsed.path;
  const segments: string[] = [];
  const rawSegments = raw.slice(1).split('/');
  for (const [i, rawSegment] of rawSegments.entries()) {
    const segment = decodeSegment(rawSegment);
    if (segment === null) return null;
    if (segment === '.' || segment === '..') return null;
    if (/[/\\:\0]/.test(segment)) return null;
    if (segment === '') {
      // "app://tranche/" or ".../dir/": serve the directory's index; "//" inside a path is refused.
      if (i === rawSegments.length - 1) segments.push('index.html');
      else return null;
      continue;
    }
    segments.push(segment);
  }

  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}
