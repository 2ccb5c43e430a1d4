import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  isAllowedNavigation,
  isAppUrl,
  isTrustedSender,
  resolveAppUrl,
} from '../../../../electron/shared/trusted-origin';

const root = resolve('/srv/tranche/dist/renderer');

describe('isTrustedSender', () => {
  it('accepts the main frame of app://tranche, whatever the path, query or hash', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://tranche/', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://tranche', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://tranche/index.html?x=1#/grants/12', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'APP://Tranche/index.html', isMainFrame: true })).toBe(true);
  });

  it('refuses sub-frames of the same origin', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false })).toBe(false);
  });

  it('refuses a frame that is gone (null) or missing', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it.each([
    'file:///srv/tranche/dist/renderer/index.html',
    'http://127.0.0.1:5173/',
    'https://tranche/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<p>hi</p>',
    'app://tranche.evil.example/index.html',
    'app://evil/index.html',
    'app://evil@tranche/index.html',
    'app://tranche@evil/index.html',
    'app://tranche:80/index.html',
    'app:tranche/index.html',
    'app:/tranche/index.html',
    'app:///tranche/index.html',
    'app://tranche\\@evil/',
    'xapp://tranche/index.html',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
  });

  it('does not trust a non-boolean isMainFrame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: 1 as unknown as boolean })).toBe(false);
  });
});

describe('isAppUrl / isAllowedNavigation', () => {
  it('allows navigation only within the app origin', () => {
    expect(APP_ORIGIN).toBe('app://tranche');
    expect(isAllowedNavigation('app://tranche/index.html#/plans')).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAppUrl(42 as unknown as string)).toBe(false);
  });
});

describe('resolveAppUrl', () => {
  it('maps paths inside the renderer folder', () => {
    expect(resolveAppUrl(root, 'app://tranche/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://tranche/assets/index-abc123.js')).toBe(join(root, 'assets', 'index-abc123.js'));
    expect(resolveAppUrl(root, 'app://tranche/assets/app.css?v=3#x')).toBe(join(root, 'assets', 'app.css'));
  });

  it('serves index.html for the origin and for folders', () => {
    expect(resolveAppUrl(root, 'app://tranche/')).toBe(join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://tranche')).toBe(join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://tranche/assets/')).toBe(join(root, 'assets', 'index.html'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppUrl(root, 'app://tranche/fonts/Noto%20Sans.woff2')).toBe(join(root, 'fonts', 'Noto Sans.woff2'));
    expect(resolveAppUrl(root, 'app://tranche/%C5%A1ifra.txt')).toBe(join(root, 'šifra.txt'));
  });

  it('takes a relative root as relative to the working directory', () => {
    expect(resolveAppUrl('dist/renderer', 'app://tranche/index.html')).toBe(resolve('dist/renderer', 'index.html'));
  });

  it.each([
    ['literal ..', 'app://tranche/../secret.txt'],
    ['literal .. deeper', 'app://tranche/assets/../../etc/passwd'],
    ['literal .', 'app://tranche/./index.html'],
    ['encoded ..', 'app://tranche/%2e%2e/secret.txt'],
    ['encoded .. upper case', 'app://tranche/%2E%2E/%2E%2E/etc/passwd'],
    ['half encoded ..', 'app://tranche/.%2e/secret.txt'],
    ['encoded slash', 'app://tranche/..%2f..%2fetc%2fpasswd'],
    ['encoded slash in a name', 'app://tranche/assets%2F..%2F..%2Fsecret'],
    ['backslash', 'app://tranche/..\\..\\secret.txt'],
    ['encoded backslash', 'app://tranche/..%5c..%5csecret.txt'],
    ['absolute path via encoded slash', 'app://tranche/%2Fetc%2Fpasswd'],
    ['double slash', 'app://tranche//etc/passwd'],
    ['drive letter', 'app://tranche/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://tranche/C%3A%5CWindows%5Cwin.ini'],
    ['NUL byte', 'app://tranche/index.html%00.png'],
    ['malformed escape', 'app://tranche/%E0%A4%A'],
    ['other host', 'app://other/index.html'],
    ['look-alike host', 'app://tranche.example/index.html'],
    ['user info', 'app://x@tranche/index.html'],
    ['port', 'app://tranche:443/index.html'],
    ['other scheme', 'file:///srv/tranche/dist/renderer/index.html'],
    ['https', 'https://tranche/index.html'],
    ['plain absolute path', '/etc/passwd'],
    ['relative path', 'index.html'],
    ['empty', ''],
  ])('refuses %s (%s)', (_label, url) => {
    expect(resolveAppUrl(root, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the path', () => {
    const piece = fc.oneof(
      fc.constantFrom('a', '.', '..', '%2e', '%2E%2e', '.%2e', '%2f', '%2F', '%5c', '/', '//', '\\', ':', '%3a', '%00', '%', 'index.html', ' ', '~', '?', '#'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const file = resolveAppUrl(root, `app://tranche/${pieces.join('')}`);
        return file === null || file.startsWith(root + sep);
      }),
      { numRuns: 5000 },
    );
  });
});
