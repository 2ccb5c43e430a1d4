import { describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS, SessionStore } from '../../../../core/services/sessions';
import { hashPassword, verifyPassword } from '../../../../core/services/passwords';

describe('sessions', () => {
  it('expire after the idle time and are refreshed by use', () => {
    let now = 0;
    const store = new SessionStore(() => now);
    const t = store.open(7);
    now = SESSION_IDLE_MS - 1;
    expect(store.userOf(t)).toBe(7);
    now += SESSION_IDLE_MS - 1;
    expect(store.userOf(t)).toBe(7);
    now += SESSION_IDLE_MS + 1;
    expect(store.userOf(t)).toBeUndefined();
    expect(store.userOf('not-a-token')).toBeUndefined();
    expect(store.userOf(undefined)).toBeUndefined();
  });

  it('end all of a user at once', () => {
    const store = new SessionStore();
    const a = store.open(1);
    const b = store.open(1);
    const c = store.open(2);
    store.closeAllOf(1);
    expect([store.userOf(a), store.userOf(b), store.userOf(c)]).toEqual([undefined, undefined, 2]);
  });
});

describe('passwords', () => {
  it('verify only the password they were made from, with a fresh salt each time', () => {
    const h1 = hashPassword('correct horse battery');
    const h2 = hashPassword('correct horse battery');
    expect(h1).not.toBe(h2);
    expect(verifyPassword('correct horse battery', h1)).toBe(true);
    expect(verifyPassword('correct horse batterY', h1)).toBe(false);
    expect(verifyPassword('x', 'plain-text')).toBe(false);
  });
});
