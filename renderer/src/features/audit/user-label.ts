import type { TFunction } from 'i18next';

/**
 * Who made a change: the user's display name; "System" when no user was signed in (demo data,
 * imports, changes before accounts existed); "User 7" for a user whose account is gone.
 */
export function userLabel(t: TFunction, entry: { userId: number | null; userName: string | null }): string {
  if (entry.userName) return entry.userName;
  return entry.userId === null ? t('audit.user.system') : t('audit.user.unknown', { id: String(entry.userId) });
}
