// The sign-in session token. Kept in sessionStorage: it survives a reload of this window or tab
// but not closing it, and it is never written anywhere else.
const KEY = 'tranche.session';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

let current: string | null = storage()?.getItem(KEY) ?? null;

/** The token auth.signIn or auth.setup returned, or null when signed out. */
export function sessionToken(): string | null {
  return current;
}

export function setSessionToken(token: string | null): void {
  if (token === current) return;
  current = token;
  const s = storage();
  if (token === null) s?.removeItem(KEY);
  else s?.setItem(KEY, token);
  for (const l of listeners) l(token);
}

/** Called whenever the session starts or ends (e.g. expired: the app shows the sign-in screen). */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
