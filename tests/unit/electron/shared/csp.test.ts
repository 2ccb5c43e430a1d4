import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, cspDirectives, NONCE_PLACEHOLDER, newStyleNonce, withStyleNonce } from '../../../../electron/shared/csp';

/** Parses a CSP header value into directive -> source list. */
function parse(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `directive ${name} appears twice`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = parse(CONTENT_SECURITY_POLICY);

  it('is one header line built from the directive list', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n]/);
    expect(csp.size).toBe(cspDirectives(null).length);
  });

  it('is exactly the policy the app is built for', () => {
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('denies by default and never allows inline or evaluated script', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    const script = csp.get('script-src') ?? [];
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:', '*']) {
      expect(script).not.toContain(unsafe);
    }
  });

  it('allows no remote origin anywhere', () => {
    for (const [name, sources] of csp) {
      for (const s of sources) {
        expect(s, `${name} ${s}`).toMatch(/^('self'|'none'|data:)$/);
      }
    }
  });

  it('keeps plugins, <base>, forms and framing shut', () => {
    for (const d of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(csp.get(d), d).toEqual(["'none'"]);
    }
  });
});

describe('the page\'s policy', () => {
  it('allows styles only from files and from <style> elements carrying this load\'s nonce', () => {
    const nonce = newStyleNonce();
    const page = parse(contentSecurityPolicy(nonce));
    expect(page.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    for (const sources of page.values()) expect(sources).not.toContain("'unsafe-inline'");
  });

  it('makes a fresh, unguessable nonce for every load and puts it everywhere the page names it', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newStyleNonce()));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
    const html = `<meta http-equiv="Content-Security-Policy" content="style-src 'self' 'nonce-${NONCE_PLACEHOLDER}'"><meta name="tranche-style-nonce" content="${NONCE_PLACEHOLDER}">`;
    const served = withStyleNonce(html, 'abc123');
    expect(served).not.toContain(NONCE_PLACEHOLDER);
    expect(served.match(/abc123/g)).toHaveLength(2);
  });
});
