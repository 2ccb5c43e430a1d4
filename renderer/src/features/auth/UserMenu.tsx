import { useState } from 'react';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from './current-user';
import { roleLabel } from './role-label';
import './auth.css';

/** Up to two initials of a display name, for the round badge ("Ana Petrović" → "AP"). */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => [...w][0] ?? '').join('').toLocaleUpperCase();
}

/** The header's account area: who is signed in, in which role, and Sign out. */
export function UserMenu() {
  const { t } = useLocale();
  const { user, signOut } = useCurrentUser();
  const [busy, setBusy] = useState(false);
  const role = roleLabel(t, user.role);
  return (
    <div className="user-menu" data-testid="user-menu" title={t('auth.user.label', { name: user.displayName, role })}>
      <span className="user-initials" aria-hidden="true">
        {initialsOf(user.displayName)}
      </span>
      <span className="user-who">
        <span className="user-name" data-testid="user-name">
          {user.displayName}
        </span>
        <span className="user-role" data-testid="user-role">
          {role}
        </span>
      </span>
      <button
        type="button"
        className="signout-button"
        data-testid="signout"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void signOut();
        }}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}
