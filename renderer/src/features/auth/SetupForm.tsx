import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { describeError } from '../../api/errors';
import { useLocale } from '../../i18n/use-locale';
import { checkSetup, USERNAME_LETTERS, type SetupField, type SetupFields } from './setup-rules';
import { TextField } from './TextField';

type Props = {
  onSignedIn(result: Output<'auth.setup'>): Promise<void>;
  /** Someone created an account meanwhile (another window): sign in instead. */
  onHasUsers(): void;
};

const FIELD_ORDER: readonly SetupField[] = ['username', 'displayName', 'password', 'passwordRepeat'];

/**
 * The first administrator of a database without accounts. Each field says what is wrong with it
 * under it, by the same rules the core applies; once sent, the new administrator is signed in.
 */
export function SetupForm({ onSignedIn, onHasUsers }: Props) {
  const api = useApi();
  const { t } = useLocale();
  const [fields, setFields] = useState<SetupFields>({ username: '', displayName: '', password: '', passwordRepeat: '' });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const passwordRepeatRef = useRef<HTMLInputElement>(null);
  // Checked as the user types once they have tried to send the form, not before.
  const problems = tried ? checkSetup(fields) : {};
  const problem = (field: SetupField) => {
    const key = problems[field];
    return key ? t(key, { letters: USERNAME_LETTERS }) : null;
  };
  const errors = { username: problem('username'), displayName: problem('displayName'), password: problem('password'), passwordRepeat: problem('passwordRepeat') };
  const change = (field: SetupField) => (e: ChangeEvent<HTMLInputElement>) => setFields((f) => ({ ...f, [field]: e.target.value }));
  const onChange = { username: change('username'), displayName: change('displayName'), password: change('password'), passwordRepeat: change('passwordRepeat') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setTried(true);
    setError(null);
    const found = checkSetup(fields);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      ({ username: usernameRef, displayName: displayNameRef, password: passwordRef, passwordRepeat: passwordRepeatRef })[first].current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('auth.setup', { username: fields.username.trim(), displayName: fields.displayName.trim(), password: fields.password });
      await onSignedIn(result); // the app replaces this screen
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.code === 'conflict' && err.params.reason === 'has_users') onHasUsers();
      else setError(err);
    }
  };

  return (
    <div className="auth-columns">
      <form className="auth-card auth-form auth-form-wide" data-testid="setup-form" aria-labelledby="setup-title" noValidate onSubmit={(e) => void submit(e)}>
        <p className="auth-kicker">{t('app.tagline')}</p>
        <h1 id="setup-title" className="auth-title">
          {t('auth.setup.title')}
        </h1>
        <p className="auth-intro">{t('auth.setup.intro')}</p>
        <TextField
          id="setup-username"
          data-testid="setup-username"
          label={t('auth.field.username')}
          hint={t('auth.hint.username', { letters: USERNAME_LETTERS })}
          error={errors.username}
          inputRef={usernameRef}
          value={fields.username}
          onChange={onChange.username}
          autoFocus
          autoComplete="username"
          spellCheck={false}
          maxLength={40}
        />
        <TextField
          id="setup-display-name"
          data-testid="setup-display-name"
          label={t('auth.field.displayName')}
          hint={t('auth.hint.displayName')}
          error={errors.displayName}
          inputRef={displayNameRef}
          value={fields.displayName}
          onChange={onChange.displayName}
          autoComplete="name"
          maxLength={80}
        />
        <TextField
          id="setup-password"
          data-testid="setup-password"
          type="password"
          label={t('auth.field.password')}
          hint={t('auth.hint.password')}
          error={errors.password}
          inputRef={passwordRef}
          value={fields.password}
          onChange={onChange.password}
          autoComplete="new-password"
          maxLength={200}
        />
        <TextField
          id="setup-password-repeat"
          data-testid="setup-password-repeat"
          type="password"
          label={t('auth.field.passwordRepeat')}
          error={errors.passwordRepeat}
          inputRef={passwordRepeatRef}
          value={fields.passwordRepeat}
          onChange={onChange.passwordRepeat}
          autoComplete="new-password"
          maxLength={200}
        />
        {error !== null && (
          <p className="auth-error" role="alert" data-testid="setup-error">
            {describeError(error, t).text}
          </p>
        )}
        <button type="submit" className="auth-submit" data-testid="setup-submit" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('auth.setup.busy') : t('auth.setup.submit')}
        </button>
      </form>
    </div>
  );
}
