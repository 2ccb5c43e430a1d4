import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { describeError } from '../../api/errors';
import { useLocale } from '../../i18n/use-locale';
import { roleLabel, type Role } from '../auth/role-label';
import { checkSetup, USERNAME_LETTERS, type SetupField, type SetupFields } from '../auth/setup-rules';
import { TextField } from '../auth/TextField';

const ROLES: readonly Role[] = ['coordinator', 'finance_officer', 'funder_auditor', 'administrator'];
const FIELD_ORDER: readonly SetupField[] = ['username', 'displayName', 'password', 'passwordRepeat'];
const EMPTY: SetupFields = { username: '', displayName: '', password: '', passwordRepeat: '' };

/** An administrator adds a colleague's account: the same rules as the first administrator's, plus a role. */
export function NewAccountForm({ onCreated }: { onCreated(username: string): void }) {
  const api = useApi();
  const { t } = useLocale();
  const [fields, setFields] = useState<SetupFields>(EMPTY);
  const [role, setRole] = useState<Role>('coordinator');
  const [tried, setTried] = useState(false);
  const [taken, setTaken] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const passwordRepeatRef = useRef<HTMLInputElement>(null);
  const problems = tried ? checkSetup(fields) : {};
  const problem = (f: SetupField) => (problems[f] ? t(problems[f]!, { letters: USERNAME_LETTERS }) : null);
  const takenError = taken !== null && taken === fields.username.trim() ? t('users.invalid.taken') : null;
  const errors = { username: problem('username') ?? takenError, displayName: problem('displayName'), password: problem('password'), passwordRepeat: problem('passwordRepeat') };
  const change = (f: SetupField) => (e: ChangeEvent<HTMLInputElement>) => setFields((v) => ({ ...v, [f]: e.target.value }));
  const onChange = { username: change('username'), displayName: change('displayName'), password: change('password'), passwordRepeat: change('passwordRepeat') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setTried(true);
    setError(null);
    const first = FIELD_ORDER.find((f) => checkSetup(fields)[f]);
    if (first) return ({ username: usernameRef, displayName: displayNameRef, password: passwordRef, passwordRepeat: passwordRepeatRef })[first].current?.focus();
    setBusy(true);
    try {
      const username = fields.username.trim();
      await api.call('users.create', { username, displayName: fields.displayName.trim(), password: fields.password, role });
      setFields(EMPTY);
      setTried(false);
      onCreated(username);
      usernameRef.current?.focus();
    } catch (err) {
      if (err instanceof ApiError && err.issues.some((i) => i.path === 'username' && i.code === 'taken')) {
        setTaken(fields.username.trim());
        usernameRef.current?.focus();
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="auth-card auth-form users-form" data-testid="new-account-form" aria-labelledby="new-account-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="new-account-title" className="auth-title">
        {t('users.new.title')}
      </h2>
      <TextField id="new-username" data-testid="new-username" label={t('auth.field.username')} hint={t('auth.hint.username', { letters: USERNAME_LETTERS })} error={errors.username} inputRef={usernameRef} value={fields.username} onChange={onChange.username} autoComplete="off" spellCheck={false} maxLength={40} />
      <TextField id="new-display-name" data-testid="new-display-name" label={t('auth.field.displayName')} error={errors.displayName} inputRef={displayNameRef} value={fields.displayName} onChange={onChange.displayName} autoComplete="off" maxLength={80} />
      <div className="auth-field">
        <label htmlFor="new-role" className="auth-label">
          {t('users.field.role')}
        </label>
        <select id="new-role" className="auth-input" data-testid="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(t, r)}
            </option>
          ))}
        </select>
      </div>
      <TextField id="new-password" data-testid="new-password" type="password" label={t('auth.field.password')} hint={t('auth.hint.password')} error={errors.password} inputRef={passwordRef} value={fields.password} onChange={onChange.password} autoComplete="new-password" maxLength={200} />
      <TextField id="new-password-repeat" data-testid="new-password-repeat" type="password" label={t('auth.field.passwordRepeat')} error={errors.passwordRepeat} inputRef={passwordRepeatRef} value={fields.passwordRepeat} onChange={onChange.passwordRepeat} autoComplete="new-password" maxLength={200} />
      {error !== null && (
        <p className="auth-error" role="alert">
          {describeError(error, t).text}
        </p>
      )}
      <button type="submit" className="auth-submit" data-testid="new-account-submit" disabled={busy} aria-busy={busy || undefined}>
        {busy ? t('users.new.busy') : t('users.new.submit')}
      </button>
    </form>
  );
}
