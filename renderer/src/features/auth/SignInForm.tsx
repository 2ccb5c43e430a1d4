import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { DemoAccounts, type DemoAccount } from './DemoAccounts';
import { signInErrorText } from './sign-in-error';
import { TextField } from './TextField';

type Props = {
  demoAccounts: readonly DemoAccount[];
  /** Why the sign-in screen is showing, if there is something to say (signed out, session ended). */
  notice: TextKey | null;
  onSignedIn(result: Output<'auth.signIn'>): Promise<void>;
};

/**
 * User name and password; Enter signs in. A refusal is said at the form: wrong user name or
 * password (never which of the two), a locked account and until when, or what else went wrong.
 */
export function SignInForm({ demoAccounts, notice, onSignedIn }: Props) {
  const api = useApi();
  const { t, locale } = useLocale();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setTried(true);
    const lacking = { username: username.trim() === '', password: password === '' };
    setMissing(lacking);
    setError(null);
    if (lacking.username || lacking.password) {
      (lacking.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('auth.signIn', { username: username.trim(), password });
      await onSignedIn(result); // the app replaces this screen
    } catch (err) {
      setError(err);
      setPassword('');
      setBusy(false);
      passwordRef.current?.focus();
    }
  };

  const fillFrom = (a: DemoAccount) => {
    setUsername(a.username);
    setPassword(a.password);
    setMissing({});
    setError(null);
    submitRef.current?.focus(); // Enter now signs in
  };

  const watchCapsLock = (e: KeyboardEvent<HTMLInputElement>) => setCapsLock(e.getModifierState('CapsLock'));

  return (
    <div className="auth-columns">
      <form className="auth-card auth-form" data-testid="signin-form" aria-labelledby="signin-title" noValidate onSubmit={(e) => void submit(e)}>
        <p className="auth-kicker">{t('app.tagline')}</p>
        <h1 id="signin-title" className="auth-title">
          {t('auth.signIn.title')}
        </h1>
        <p className="auth-intro">{t('auth.signIn.intro')}</p>
        {notice && !tried && (
          <p className="auth-notice" role="status" data-testid="signin-notice">
            {t(notice)}
          </p>
        )}
        <TextField
          id="signin-username"
          data-testid="signin-username"
          label={t('auth.field.username')}
          error={missing.username ? t('auth.invalid.username.required') : null}
          inputRef={usernameRef}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoFocus
          autoComplete="username"
          spellCheck={false}
          maxLength={40}
        />
        <TextField
          id="signin-password"
          data-testid="signin-password"
          type="password"
          label={t('auth.field.password')}
          error={missing.password ? t('auth.invalid.password.required') : null}
          note={capsLock ? t('auth.signIn.capsLock') : null}
          inputRef={passwordRef}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          onKeyDown={watchCapsLock}
          onKeyUp={watchCapsLock}
          autoComplete="current-password"
          maxLength={200}
        />
        {error !== null && (
          <p className="auth-error" role="alert" data-testid="signin-error">
            {signInErrorText(error, t, locale)}
          </p>
        )}
        <button ref={submitRef} type="submit" className="auth-submit" data-testid="signin-submit" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('auth.signIn.busy') : t('auth.signIn.submit')}
        </button>
      </form>
      {demoAccounts.length > 0 && <DemoAccounts accounts={demoAccounts} onUse={fillFrom} />}
    </div>
  );
}
