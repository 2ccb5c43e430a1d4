import type { Output } from '../../../../core/api/handlers';
import { useLocale } from '../../i18n/use-locale';
import { registerLabel } from './register-labels';

type Account = Output<'organisations.get'>['accounts'][number];

/** Bank accounts with the period each is linked; an open one may be closed when `onClose` is given. */
export function AccountsTable({ accounts, onClose }: { accounts: readonly Account[]; onClose?: ((id: number) => void) | undefined }) {
  const { t } = useLocale();
  if (accounts.length === 0) return <p className="empty">{t('register.accounts.none')}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('register.field.iban')}</th>
          <th scope="col">{t('register.field.bankName')}</th>
          <th scope="col">{t('money.grant.currency')}</th>
          <th scope="col">{t('register.field.from')}</th>
          <th scope="col">{t('register.field.to')}</th>
          {onClose && <th scope="col">{t('register.field.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {accounts.map((a) => (
          <tr key={a.id} data-testid="account-row">
            <td className="mono" title={registerLabel(t, 'accountKind', a.kind)}>
              {a.iban}
              {a.kind === 'other' && <span className="mf-hint"> ({registerLabel(t, 'accountKind', a.kind)})</span>}
            </td>
            <td>{a.bankName}</td>
            <td>{a.currency}</td>
            <td className="num">{a.validFrom}</td>
            <td className="num">{a.validTo ?? t('register.field.open')}</td>
            {onClose && (
              <td>
                {a.validTo === null && (
                  <button type="button" className="btn btn-small" data-testid="account-close" onClick={() => onClose(a.id)}>
                    {t('register.account.close')}
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
