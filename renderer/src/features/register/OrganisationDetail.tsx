import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import { StatusPill } from '../../components/StatusPill';
import { codeLabel } from '../../i18n/code-labels';
import { countryName } from '../../i18n/country-names';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { OpenGrantLink } from '../grants/OpenGrantLink';
import { AccountForm } from './AccountForm';
import { AccountsTable } from './AccountsTable';
import { BudgetLineForm } from './BudgetLineForm';
import { OrganisationForm } from './OrganisationForm';
import { ReasonForm } from './ReasonForm';
import { registerLabel } from './register-labels';
import { canManageAccounts, canManageRegister } from './register-roles';

type Detail = Output<'organisations.get'>;
const GRANT_SIDES = ['grantsReceived', 'grantsGiven'] as const;
type Editing = null | 'edit' | 'deactivate' | 'account' | 'budgetLine' | { closeAccount: number };

/** An address written out from its parts: street and number, unit, postcode and city. */
export function addressLine(a: { address: string | null; streetNumber: string | null; unit: string | null; postcode: string | null; city: string | null }): string | null {
  const street = [a.address, a.streetNumber].filter(Boolean).join(' ');
  const town = [a.postcode, a.city].filter(Boolean).join(' ');
  const line = [street, a.unit, town].filter(Boolean).join(', ');
  return line || null;
}

/** One organisation beside the grid: identity, accounts with their periods, people and roles, grants given and received, budget lines. */
export function OrganisationDetail({ id, takeFocus, onClose, onChanged }: { id: number; takeFocus: boolean; onClose(): void; onChanged(): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const { user } = useCurrentUser();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Editing>(null);

  const load = useCallback(() => {
    let current = true;
    api.call('organisations.get', { id }).then(
      (d) => current && setDetail(d),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api, id]);
  useEffect(load, [load]);
  useEffect(() => {
    if (takeFocus && detail) heading.current?.focus();
  }, [takeFocus, detail]);

  const saved = () => {
    setEditing(null);
    load();
    onChanged();
  };
  if (error !== null) return <aside className="detail"><ErrorBanner title={t('register.organisation.loadFailed')} error={error} /></aside>;
  if (!detail) return <aside className="detail" aria-busy="true" />;
  const o = detail.organisation;
  const manage = canManageRegister(user.role);
  const accounts = canManageAccounts(user.role, o.side);
  const dash = t('detail.notRecorded');
  const deactivate = ({ reason }: { reason: string }) => api.call('organisations.deactivate', { id: o.id, reason });
  const closeAccount = (accountId: number) => ({ reason, date }: { reason: string; date: string }) => api.call('organisations.closeAccount', { id: accountId, validTo: date, reason });

  return (
    <aside className="detail organisation-detail" data-testid="organisation-detail" aria-labelledby={headingId}>
      <div className="detail-head">
        <div className="detail-kicker">{t('register.organisation.label')}</div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('detail.close')} title={t('detail.close.hint')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="detail-body">
        <header className="detail-title">
          <h2 id={headingId} ref={heading} tabIndex={-1} data-testid="organisation-detail-name">
            {o.name}
          </h2>
          <div className="detail-parties">
            {[registerLabel(t, 'kind', o.kind), registerLabel(t, 'side', o.side), countryName(t, o.country)].join(' · ')}
            {o.deactivatedAt && (
              <span className="pill pill-muted" data-testid="organisation-deactivated">
                {' '}
                {t('register.status.deactivatedOn', { date: o.deactivatedAt.slice(0, 10) })}
              </span>
            )}
          </div>
        </header>
        {(manage || accounts) && editing === null && (
          <p className="detail-actions">
            {manage && (
              <button type="button" className="btn btn-small" data-testid="organisation-edit" onClick={() => setEditing('edit')}>
                {t('register.organisation.editButton')}
              </button>
            )}
            {accounts && (
              <button type="button" className="btn btn-small" data-testid="account-add" onClick={() => setEditing('account')}>
                {t('register.account.add')}
              </button>
            )}
            {manage && (
              <button type="button" className="btn btn-small" data-testid="budget-line-add" onClick={() => setEditing('budgetLine')}>
                {t('register.budgetLine.add')}
              </button>
            )}
            {manage && !o.deactivatedAt && (
              <button type="button" className="btn btn-small btn-danger" data-testid="organisation-deactivate" onClick={() => setEditing('deactivate')}>
                {t('register.deactivate.button')}
              </button>
            )}
          </p>
        )}
        {editing === 'edit' && <OrganisationForm editing={o} onClose={() => setEditing(null)} onSaved={saved} />}
        {editing === 'deactivate' && (
          <ReasonForm
            data-testid="deactivate-form"
            title={t('register.deactivate.title', { name: o.name })}
            saveLabel={t('register.deactivate.button')}
            save={deactivate}
            onCancel={() => setEditing(null)}
            onSaved={saved}
          />
        )}
        {editing === 'account' && <AccountForm owner={{ organisationId: o.id }} holderName={o.name} onCancel={() => setEditing(null)} onSaved={saved} />}
        {editing === 'budgetLine' && <BudgetLineForm organisationId={o.id} onCancel={() => setEditing(null)} onSaved={saved} />}

        <dl className="facts">
          <Fact term={t('register.field.shortName')}>{o.shortName ?? dash}</Fact>
          <Fact term={t('register.field.registrationNumber')} mono>
            {o.registrationNumber ?? dash}
          </Fact>
          <Fact term={t('register.field.registeredOn')}>{o.registrationDate ?? dash}</Fact>
          <Fact term={t('register.field.iatiIdentifier')} mono>
            {o.iatiIdentifier ?? dash}
          </Fact>
          <Fact term={t('register.field.address')} wide>
            {addressLine(o) ?? dash}
          </Fact>
          <Fact term={t('register.field.phone')} mono>
            {o.phone ?? dash}
          </Fact>
          <Fact term={t('register.field.email')}>{o.email ?? dash}</Fact>
          <Fact term={t('register.field.website')} wide>
            {o.website ?? dash}
          </Fact>
        </dl>

        <section className="detail-section" data-testid="organisation-accounts">
          <h3>
            {t('register.accounts.title')} <span className="count">{detail.accounts.length}</span>
          </h3>
          {typeof editing === 'object' && editing !== null && (
            <ReasonForm
              data-testid="close-account-form"
              title={t('register.account.closeTitle')}
              saveLabel={t('register.account.close')}
              withDate={t('register.field.lastDay')}
              save={closeAccount(editing.closeAccount)}
              onCancel={() => setEditing(null)}
              onSaved={saved}
            />
          )}
          <AccountsTable accounts={detail.accounts} onClose={accounts && editing === null ? (accountId) => setEditing({ closeAccount: accountId }) : undefined} />
        </section>

        <section className="detail-section" data-testid="organisation-people">
          <h3>
            {t('register.people.title')} <span className="count">{detail.roles.length}</span>
          </h3>
          {detail.roles.length === 0 ? (
            <p className="empty">{t('register.people.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('register.field.fullName')}</th>
                  <th scope="col">{t('register.field.role')}</th>
                  <th scope="col">{t('register.field.from')}</th>
                  <th scope="col">{t('register.field.to')}</th>
                  <th scope="col">{t('register.field.source')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.roles.map((r) => (
                  <tr key={r.id}>
                    <td>{r.fullName}</td>
                    <td>{registerLabel(t, 'role', r.role)}</td>
                    <td className="num">{r.startDate ?? dash}</td>
                    <td className="num">{r.endDate ?? t('register.field.stillHolds')}</td>
                    <td>{r.source ?? dash}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        {GRANT_SIDES.map((side) => (
          <section key={side} className="detail-section" data-testid={`organisation-${side}`}>
            <h3>
              {side === 'grantsGiven' ? t('register.grants.given') : t('register.grants.received')} <span className="count">{detail[side].length}</span>
            </h3>
            {detail[side].length === 0 ? (
              <p className="empty">{t('register.grants.none')}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('money.grant.reference')}</th>
                    <th scope="col">{side === 'grantsGiven' ? t('money.grant.grantee') : t('money.grant.grantor')}</th>
                    <th scope="col" className="num">
                      {t('money.grant.amount')}
                    </th>
                    <th scope="col">{t('detail.period')}</th>
                    <th scope="col">{t('register.field.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {detail[side].map((g) => (
                    <tr key={g.id}>
                      <td>
                        <span className="mono">{g.reference}</span> <OpenGrantLink grantId={g.id} reference={g.reference} />
                      </td>
                      <td>{g.counterpart}</td>
                      <td className="num">{showMoney({ amountMinor: g.amountMinor, currency: g.currency }, locale)}</td>
                      <td className="num">{t('detail.periodValue', { start: g.startDate, end: g.endDate })}</td>
                      <td>
                        <StatusPill kind="grantStatus" status={g.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}

        <section className="detail-section" data-testid="organisation-budget-lines">
          <h3>
            {t('register.budgetLines.title')} <span className="count">{detail.budgetLines.length}</span>
          </h3>
          {detail.budgetLines.length === 0 ? (
            <p className="empty">{t('register.budgetLines.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('money.grant.purpose')}</th>
                  <th scope="col">{t('register.field.description')}</th>
                  <th scope="col">{t('detail.period')}</th>
                  <th scope="col" className="num">
                    {t('money.grant.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.budgetLines.map((b) => (
                  <tr key={b.id}>
                    <td>{codeLabel(t, 'purpose', b.purpose)}</td>
                    <td>{b.description}</td>
                    <td className="num">{t('detail.periodValue', { start: b.startDate, end: b.endDate })}</td>
                    <td className="num">{showMoney({ amountMinor: b.amountMinor, currency: b.currency }, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </aside>
  );
}

export function Fact({ term, wide, mono, children }: { term: string; wide?: boolean; mono?: boolean; children: React.ReactNode }) {
  return (
    <div className={`fact${wide ? ' fact-wide' : ''}`}>
      <dt>{term}</dt>
      <dd className={mono ? 'mono' : undefined}>{children}</dd>
    </div>
  );
}
