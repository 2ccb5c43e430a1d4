import { useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { readAmount } from './amount-input';
import { PLAN_CURRENCIES } from './NewPlanForm';
import { PLEDGE_STATUS_KEYS } from './plan-codes';
import type { PlanDetail } from './plan-types';

/** The plan's pledges by year and funder, each with its status, dates and the grant that carries it; a form adds one. */
export function PledgesPanel({ detail, canEdit, today, onSaved }: { detail: PlanDetail; canEdit: boolean; today: string; onSaved(): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const { plan } = detail;
  const [orgs, setOrgs] = useState<Output<'organisations.options'>>([]);
  const [funderId, setFunderId] = useState<number | ''>('');
  const [year, setYear] = useState(String(plan.startYear));
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string>(plan.currency);
  const [pledgedDate, setPledgedDate] = useState(today);
  const [committedDate, setCommittedDate] = useState('');
  const [grantId, setGrantId] = useState<number | ''>('');
  const [carriers, setCarriers] = useState<Output<'pledges.carriers'>>([]);
  const [error, setError] = useState<unknown>(null);
  const paidOf = new Map((detail.coverage?.pledges ?? []).map((p) => [p.id, p]));

  useEffect(() => {
    if (canEdit) api.call('organisations.options', {}).then(setOrgs, setError);
  }, [api, canEdit]);
  useEffect(() => {
    if (funderId !== '') api.call('pledges.carriers', { planId: plan.id, funderId }).then(setCarriers, setError);
  }, [api, plan.id, funderId]);

  const add = () => {
    const amountMinor = readAmount(amount, currency, locale) ?? Number.NaN;
    api
      .call('pledges.add', { planId: plan.id, funderId: Number(funderId), year: Number(year), amountMinor, currency, pledgedDate, ...(committedDate ? { committedDate } : {}), ...(grantId === '' ? {} : { grantId }) })
      .then(() => (setError(null), setAmount(''), onSaved()), setError);
  };
  const funders = orgs.filter((o) => o.kind !== 'ngo');
  const money = (m: number, c: string) => showMoney({ amountMinor: m, currency: c }, locale);

  return (
    <div className="pledges" data-testid="pledges">
      <table className="table" data-testid="pledges-grid">
        <thead>
          <tr>
            <th scope="col">{t('plans.column.year')}</th>
            <th scope="col">{t('plans.pledge.funder')}</th>
            <th scope="col" className="num">{t('plans.pledge.amount')}</th>
            <th scope="col" className="num">{t('plans.pledge.inPlanCurrency', { currency: plan.currency })}</th>
            <th scope="col" className="num">{t('plans.column.paid')}</th>
            <th scope="col">{t('plans.pledge.status')}</th>
            <th scope="col">{t('plans.pledge.pledgedDate')}</th>
            <th scope="col">{t('plans.pledge.committedDate')}</th>
            <th scope="col">{t('plans.pledge.grant')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.pledges.map((p) => {
            const c = paidOf.get(p.id);
            return (
              <tr key={p.id} data-testid="pledge-row" data-status={p.status}>
                <td className="date">{p.year}</td>
                <td>{p.funderName}</td>
                <td className="num">{money(p.amountMinor, p.currency)}</td>
                <td className="num">{c ? money(c.amountMinor, plan.currency) : ''}</td>
                <td className="num">{c && p.grantId !== null ? money(c.paidMinor, plan.currency) : ''}</td>
                <td>{t(PLEDGE_STATUS_KEYS[p.status])}</td>
                <td className="date">{p.pledgedDate}</td>
                <td className="date">{p.committedDate ?? p.withdrawnDate ?? ''}</td>
                <td>{p.grantReference ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canEdit && (
        <form
          className="plan-form plan-form-inline"
          data-testid="pledge-form"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          {error !== null && <ErrorBanner title={t('plans.saveFailed')} error={error} />}
          <label>
            {t('plans.pledge.funder')}
            <select data-testid="pledge-funder" value={funderId} onChange={(e) => (setGrantId(''), setCarriers([]), setFunderId(e.target.value === '' ? '' : Number(e.target.value)))}>
              <option value="" />
              {funders.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('plans.column.year')}
            <select data-testid="pledge-year" value={year} onChange={(e) => setYear(e.target.value)}>
              {Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('plans.pledge.amount')}
            <input data-testid="pledge-amount" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </label>
          <label>
            {t('plans.field.currency')}
            <select data-testid="pledge-currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {PLAN_CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('plans.pledge.pledgedDate')}
            <input data-testid="pledge-date" value={pledgedDate} onChange={(e) => setPledgedDate(e.target.value)} />
          </label>
          <label>
            {t('plans.pledge.committedDate')}
            <input data-testid="pledge-committed" value={committedDate} onChange={(e) => setCommittedDate(e.target.value)} />
          </label>
          <label>
            {t('plans.pledge.grant')}
            <select data-testid="pledge-grant" value={grantId} onChange={(e) => setGrantId(e.target.value === '' ? '' : Number(e.target.value))}>
              <option value="">{t('plans.pledge.noGrant')}</option>
              {carriers.map((g) => (
                <option key={g.id} value={g.id}>
                  {`${g.reference} (${g.startDate} – ${g.endDate})`}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-primary" data-testid="pledge-save">
            {t('plans.pledge.add')}
          </button>
        </form>
      )}
    </div>
  );
}
