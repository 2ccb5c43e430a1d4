import { useEffect, useState } from 'react';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import { countryName } from '../../i18n/country-names';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { NewPlanForm } from './NewPlanForm';
import { PlanDetail } from './PlanDetail';
import { PROGRAMME_KEYS } from './plan-codes';
import { percentOf, type OverviewRow } from './plan-types';
import './plans.css';

/** Who may create and edit plans, their cost lines and pledges (the core decides; this only hides buttons). */
export const canPlan = (role: string) => role === 'administrator' || role === 'coordinator';

/**
 * Funding plans: every plan's coverage side by side across countries, and the plan chosen below
 * it with its cost lines, pledges, coverage chart, what-if panel and indicators.
 */
export function PlansPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const { user } = useCurrentUser();
  const [rows, setRows] = useState<OverviewRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api.call('plans.overview', {}).then(
      (r) => current && (setRows(r), setError(null)),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api, version]);

  const money = (minor: number, currency: string) => showMoney({ amountMinor: minor, currency }, locale);
  return (
    <section className="page plans-page" aria-labelledby="plans-title">
      <div className="toolbar">
        <h1 id="plans-title" className="page-title" tabIndex={-1}>
          {t('plans.title')}
        </h1>
        {canPlan(user.role) && (
          <button type="button" className="btn" data-testid="plan-new" onClick={() => setCreating(true)}>
            {t('plans.new')}
          </button>
        )}
      </div>
      <p className="plans-note">{t('plans.note')}</p>
      {creating && (
        <NewPlanForm
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setSelected(id);
            setVersion((v) => v + 1);
          }}
        />
      )}
      {error !== null && <ErrorBanner title={t('plans.loadFailed')} error={error} onRetry={() => setVersion((v) => v + 1)} />}
      {rows && (
        <div className="plans-wrap" role="region" aria-label={t('plans.overview.label')} tabIndex={0}>
          <table className="table plans-table" data-testid="plans-overview">
            <thead>
              <tr>
                <th scope="col">{t('plans.column.country')}</th>
                <th scope="col">{t('plans.column.plan')}</th>
                <th scope="col">{t('plans.column.years')}</th>
                <th scope="col" className="num">{t('plans.column.need')}</th>
                <th scope="col" className="num">{t('plans.column.paid')}</th>
                <th scope="col" className="num">{t('plans.column.committed')}</th>
                <th scope="col" className="num">{t('plans.column.pledged')}</th>
                <th scope="col" className="num">{t('plans.column.gap')}</th>
                <th scope="col" className="num">{t('plans.column.covered')}</th>
                <th scope="col" className="num">{t('plans.column.atRisk')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} data-testid="plans-row" data-plan={p.id} aria-selected={p.id === selected} className={p.id === selected ? 'selected' : undefined}>
                  <td>{countryName(t, p.country)}</td>
                  <td>
                    <button type="button" className="link" onClick={() => setSelected(p.id)}>
                      {p.title}
                    </button>
                    <span className="muted plans-programme">{t(PROGRAMME_KEYS[p.programme as keyof typeof PROGRAMME_KEYS])}</span>
                  </td>
                  <td className="date">{`${p.startYear}–${p.endYear}`}</td>
                  {p.total ? (
                    <>
                      <td className="num">{money(p.total.needMinor, p.currency)}</td>
                      <td className="num">{money(p.total.paidMinor, p.currency)}</td>
                      <td className="num">{money(p.total.committedMinor, p.currency)}</td>
                      <td className="num">{money(p.total.pledgedMinor, p.currency)}</td>
                      <td className="num" data-col="gap">{money(p.total.gapMinor, p.currency)}</td>
                      <td className="num">{percentOf(p.total.coveredBp, locale)}</td>
                      <td className={p.yearsAtRisk > 0 ? 'num at-risk' : 'num'}>{p.yearsAtRisk}</td>
                    </>
                  ) : (
                    <td colSpan={7} className="muted">{t('plans.missingRate', { currency: p.missingRate?.currency ?? '', date: p.missingRate?.date ?? '' })}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected !== null && <PlanDetail key={selected} id={selected} onChanged={() => setVersion((v) => v + 1)} />}
    </section>
  );
}
