import { randomBytes } from 'node:crypto';

/** How long a session lives without a call. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

type Session = { userId: number; lastUsed: number };

/**
 * Signed-in sessions of this process, by random token. Kept in memory only: a restart signs
 * everybody out, and no token ever reaches the database file.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new session for `userId`; returns its token. */
  open(userId: number): string {
    const token = randomBytes(32).toString('hex');
    this.sessions.set(token, { userId, lastUsed: this.now() });
    return token;
  }

  /** The user of a live session, refreshing it; undefined for an unknown or expired token. */
  userOf(token: string | undefined): number | undefined {
    if (!token) return undefined;
    const s = this.sessions.get(token);
    if (!s) return undefined;
    if (this.now() - s.lastUsed > SESSION_IDLE_MS) {
      this.sessions.delete(token);
      return undefined;
    }
    s.lastUsed = this.now();
    return s.userId;
  }

  close(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of a user (disabled account, changed password). */
  closeAllOf(userId: number): void {
    for (const [t, s] of this.sessions) if (s.userId === userId) this.sessions.delete(t);
  }
}
