import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../../electron/shared/csp';

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
    expect(csp.size).toBe(CSP_DIRECTIVES.length);
  });

  it('is exactly the policy the app is built for', () => {
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
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
        expect(s, `${name} ${s}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
      }
    }
  });

  it('keeps plugins, <base>, forms and framing shut', () => {
    for (const d of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(csp.get(d), d).toEqual(["'none'"]);
    }
  });
});
