import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { countryName } from '../../i18n/country-names';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { AccountForm } from './AccountForm';
import { AccountsTable } from './AccountsTable';
import { addressLine, Fact } from './OrganisationDetail';
import { PersonForm } from './PersonForm';
import { registerLabel, relationLabel } from './register-labels';
import { canManageRegister } from './register-roles';
import { TieForm } from './TieForm';

type Detail = Output<'people.get'>;
type Editing = null | 'edit' | 'role' | 'relation' | 'account';
const BUTTONS: [Exclude<Editing, null>, TextKey][] = [
  ['edit', 'register.person.editButton'],
  ['role', 'register.role.add'],
  ['relation', 'register.relation.add'],
  ['account', 'register.account.add'],
];

/** One person beside the grid: contact, roles in organisations, relationships, accounts, and the user accounts that are them. */
export function PersonDetail({ id, takeFocus, onClose, onChanged }: { id: number; takeFocus: boolean; onClose(): void; onChanged(): void }) {
  const api = useApi();
  const { t } = useLocale();
  const { user } = useCurrentUser();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const load = useCallback(() => {
    let current = true;
    api.call('people.get', { id }).then(
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

  if (error !== null) return <aside className="detail"><ErrorBanner title={t('register.person.loadFailed')} error={error} /></aside>;
  if (!detail) return <aside className="detail" aria-busy="true" />;
  const p = detail.person;
  const manage = canManageRegister(user.role);
  const dash = t('detail.notRecorded');
  const button = (what: Exclude<Editing, null>, label: string) => (
    <button key={what} type="button" className="btn btn-small" data-testid={`person-${what}-add`} onClick={() => setEditing(what)}>
      {label}
    </button>
  );

  return (
    <aside className="detail person-detail" data-testid="person-detail" aria-labelledby={headingId}>
      <div className="detail-head">
        <div className="detail-kicker">{t('register.person.label')}</div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('detail.close')} title={t('detail.close.hint')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="detail-body">
        <header className="detail-title">
          <h2 id={headingId} ref={heading} tabIndex={-1} data-testid="person-detail-name">
            {p.fullName}
          </h2>
          {detail.users.length > 0 && <div className="detail-parties">{t('register.person.userAccount', { names: detail.users.map((u) => u.displayName).join(', ') })}</div>}
        </header>
        {manage && editing === null && (
          <p className="detail-actions">
            {BUTTONS.map(([what, label]) => button(what, t(label)))}
          </p>
        )}
        {editing === 'edit' && <PersonForm editing={p} onClose={() => setEditing(null)} onSaved={saved} />}
        {(editing === 'role' || editing === 'relation') && <TieForm personId={p.id} kind={editing} onCancel={() => setEditing(null)} onSaved={saved} />}
        {editing === 'account' && <AccountForm owner={{ personId: p.id }} holderName={p.fullName} onCancel={() => setEditing(null)} onSaved={saved} />}

        <dl className="facts">
          <Fact term={t('register.field.personalEmail')}>{p.email ?? dash}</Fact>
          <Fact term={t('register.field.phone')} mono>
            {p.phone ?? dash}
          </Fact>
          <Fact term={t('register.field.address')} wide>
            {[addressLine(p), p.country ? countryName(t, p.country) : null].filter(Boolean).join(', ') || dash}
          </Fact>
        </dl>

        <section className="detail-section" data-testid="person-roles">
          <h3>
            {t('register.roles.title')} <span className="count">{detail.roles.length}</span>
          </h3>
          {detail.roles.length === 0 ? (
            <p className="empty">{t('register.roles.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('register.field.organisation')}</th>
                  <th scope="col">{t('register.field.role')}</th>
                  <th scope="col">{t('register.field.from')}</th>
                  <th scope="col">{t('register.field.to')}</th>
                  <th scope="col">{t('register.field.source')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.roles.map((r) => (
                  <tr key={r.id}>
                    <td>{r.organisation}</td>
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

        <section className="detail-section" data-testid="person-relations">
          <h3>
            {t('register.relations.title')} <span className="count">{detail.relations.length}</span>
          </h3>
          {detail.relations.length === 0 ? (
            <p className="empty">{t('register.relations.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('register.field.relative')}</th>
                  <th scope="col">{t('register.field.relationType')}</th>
                  <th scope="col">{t('register.field.from')}</th>
                  <th scope="col">{t('register.field.to')}</th>
                  <th scope="col">{t('register.field.source')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.relations.map((r) => (
                  <tr key={r.id}>
                    <td>{r.other}</td>
                    <td>{relationLabel(t, r.type, r.inverse === 1)}</td>
                    <td className="num">{r.startDate ?? dash}</td>
                    <td className="num">{r.endDate ?? dash}</td>
                    <td>{r.source ?? dash}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="detail-section" data-testid="person-accounts">
          <h3>
            {t('register.accounts.title')} <span className="count">{detail.accounts.length}</span>
          </h3>
          <AccountsTable accounts={detail.accounts} />
        </section>
      </div>
    </aside>
  );
}
