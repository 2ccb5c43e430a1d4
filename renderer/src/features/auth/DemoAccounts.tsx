import type { Output } from '../../../../core/api/handlers';
import { useLocale } from '../../i18n/use-locale';
import { roleLabel } from './role-label';

export type DemoAccount = Output<'auth.status'>['demoAccounts'][number];

/**
 * The published accounts of a demo database, one per role, each with a button that fills the
 * sign-in form. Shown for demo databases only; a real database never lists its accounts.
 */
export function DemoAccounts({ accounts, onUse }: { accounts: readonly DemoAccount[]; onUse(account: DemoAccount): void }) {
  const { t } = useLocale();
  return (
    <section className="auth-card auth-demo" data-testid="demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title" className="auth-demo-title">
        <span className="auth-demo-tag" aria-hidden="true" />
        {t('auth.demo.title')}
      </h2>
      <p className="auth-demo-note">{t('auth.demo.note')}</p>
      <table className="table auth-demo-table">
        <thead>
          <tr>
            <th scope="col">{t('auth.field.username')}</th>
            <th scope="col">{t('auth.demo.role')}</th>
            <th scope="col">{t('auth.field.password')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('auth.demo.use')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.username} data-testid="demo-account">
              <td className="mono">{a.username}</td>
              <td>{roleLabel(t, a.role)}</td>
              <td className="mono">{a.password}</td>
              <td className="auth-demo-action">
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid={`demo-use-${a.username}`}
                  aria-label={t('auth.demo.useLabel', { username: a.username })}
                  onClick={() => onUse(a)}
                >
                  {t('auth.demo.use')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
