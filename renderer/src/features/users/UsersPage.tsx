import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { describeError } from '../../api/errors';
import { useLocale } from '../../i18n/use-locale';
import { roleLabel } from '../auth/role-label';
import { useCurrentUser } from '../auth/current-user';
import { NewAccountForm } from './NewAccountForm';
import './users.css';

type Account = Output<'users.list'>[number];

/** Accounts of this database, for administrators: who has which role, locks, and new colleagues. */
export function UsersPage() {
  const api = useApi();
  const { t } = useLocale();
  const { user: me } = useCurrentUser();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    api.call('users.list', {}).then(setAccounts, setError);
  }, [api]);
  useEffect(load, [load]);

  const act = (call: Promise<unknown>) =>
    call.then(
      () => {
        setError(null);
        load();
      },
      setError,
    );

  const status = (a: Account) => {
    if (a.disabled) return t('users.status.disabled');
    if (a.lockedUntil && a.lockedUntil > new Date().toISOString()) return t('users.status.locked', { time: a.lockedUntil.slice(0, 16).replace('T', ' ') });
    return t('users.status.active');
  };

  return (
    <section className="users-page" aria-labelledby="users-title">
      <h1 id="users-title" className="page-title" tabIndex={-1}>
        {t('users.title')}
      </h1>
      <p className="auth-intro">{t('users.intro')}</p>
      {error !== null && (
        <p className="auth-error" role="alert" data-testid="users-error">
          {describeError(error, t).text}
        </p>
      )}
      {notice && (
        <p className="auth-notice" role="status" data-testid="users-notice">
          {notice}
        </p>
      )}
      <div className="users-columns">
        <table className="table users-table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('auth.field.username')}</th>
              <th scope="col">{t('auth.field.displayName')}</th>
              <th scope="col">{t('users.field.role')}</th>
              <th scope="col">{t('users.column.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('users.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(accounts ?? []).map((a) => (
              <tr key={a.id} data-testid="users-row">
                <td className="mono">{a.username}</td>
                <td>{a.displayName}</td>
                <td>{roleLabel(t, a.role)}</td>
                <td>{status(a)}</td>
                <td>
                  <div className="users-actions">
                  {a.lockedUntil && (
                    <button type="button" className="btn" onClick={() => void act(api.call('users.unlock', { id: a.id }))}>
                      {t('users.unlock')}
                    </button>
                  )}
                  {a.id !== me.id && (
                    <button type="button" className="btn" onClick={() => void act(api.call('users.setDisabled', { id: a.id, disabled: !a.disabled }))}>
                      {a.disabled ? t('users.enable') : t('users.disable')}
                    </button>
                  )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <NewAccountForm
          onCreated={(username) => {
            setNotice(t('users.new.done', { username }));
            load();
          }}
        />
      </div>
    </section>
  );
}
