import { useEffect, useState } from 'react';
import { minorUnitsOf } from '../../../../core/domain/currencies';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import { countryName } from '../../i18n/country-names';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { CostLinesEditor } from './CostLinesEditor';
import { CoverageChart } from './CoverageChart';
import { IndicatorsPanel } from './IndicatorsPanel';
import { PledgesPanel } from './PledgesPanel';
import { PROGRAMME_KEYS } from './plan-codes';
import { percentOf, type PlanDetail as Detail } from './plan-types';
import { WhatIfPanel } from './WhatIfPanel';

/** One plan: coverage chart and table, cost lines per year, pledges, what-if and indicators. */
export function PlanDetail({ id, onChanged }: { id: number; onChanged(): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const { user } = useCurrentUser();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const [year, setYear] = useState<number | null>(null);
  const [today, setToday] = useState('');

  useEffect(() => {
    let current = true;
    api.call('plans.get', { id }).then(
      (d) => current && (setDetail(d), setError(null)),
      (e: unknown) => current && setError(e),
    );
    api.call('app.info', {}).then((i) => current && setToday(i.today), () => undefined);
    return () => {
      current = false;
    };
  }, [api, id, version]);

  if (error !== null) return <ErrorBanner title={t('plans.loadFailed')} error={error} onRetry={() => setVersion((v) => v + 1)} />;
  if (!detail) return <p className="muted" role="status">{t('plans.loading')}</p>;
  const { plan, coverage } = detail;
  const saved = () => {
    setVersion((v) => v + 1);
    onChanged();
  };
  const canPlan = user.role === 'administrator' || user.role === 'coordinator';
  const money = (m: number) => showMoney({ amountMinor: m, currency: plan.currency }, locale);
  const shownYear = year ?? plan.startYear;

  return (
    <div className="plan-detail" data-testid="plan-detail" data-plan={plan.id}>
      <h2>
        {plan.title} <span className="muted">{`${countryName(t, plan.country)} · ${t(PROGRAMME_KEYS[plan.programme as keyof typeof PROGRAMME_KEYS])} · ${plan.organisationName} · ${t('plans.revision', { revision: plan.revision })}`}</span>
      </h2>
      <section aria-label={t('plans.section.coverage')}>
        <h3>{t('plans.section.coverage')}</h3>
        {coverage ? (
          <div className="coverage">
            <CoverageChart years={coverage.years} currency={plan.currency} minorUnits={minorUnitsOf(plan.currency)} />
            <table className="table" data-testid="coverage-table">
              <thead>
                <tr>
                  <th scope="col">{t('plans.column.year')}</th>
                  <th scope="col" className="num">{t('plans.column.need')}</th>
                  <th scope="col" className="num">{t('plans.column.pledged')}</th>
                  <th scope="col" className="num">{t('plans.column.committed')}</th>
                  <th scope="col" className="num">{t('plans.column.paid')}</th>
                  <th scope="col" className="num">{t('plans.column.gap')}</th>
                  <th scope="col" className="num">{t('plans.column.covered')}</th>
                </tr>
              </thead>
              <tbody>
                {coverage.years.map((y) => (
                  <tr key={y.year} data-testid="coverage-row" data-year={y.year} className={y.atRisk ? 'at-risk-row' : undefined}>
                    <td className="date">
                      {y.year} {y.atRisk && <span className="at-risk" title={t('plans.atRisk.tip', { date: y.riskFrom })}>{t('plans.atRisk')}</span>}
                    </td>
                    <td className="num">{money(y.needMinor)}</td>
                    <td className="num">{money(y.pledgedMinor)}</td>
                    <td className="num">{money(y.committedMinor)}</td>
                    <td className="num">{money(y.paidMinor)}</td>
                    <td className="num" data-col="gap">{money(y.gapMinor)}</td>
                    <td className="num">{percentOf(y.coveredBp, locale)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('plans.total')}</th>
                  <td className="num">{money(coverage.total.needMinor)}</td>
                  <td className="num">{money(coverage.total.pledgedMinor)}</td>
                  <td className="num">{money(coverage.total.committedMinor)}</td>
                  <td className="num">{money(coverage.total.paidMinor)}</td>
                  <td className="num" data-col="gap">{money(coverage.total.gapMinor)}</td>
                  <td className="num">{percentOf(coverage.total.coveredBp, locale)}</td>
                </tr>
              </tfoot>
            </table>
            <p className="plans-note">{t('plans.coverage.note')}</p>
          </div>
        ) : (
          <p className="muted">{t('plans.missingRate', { currency: detail.missingRate?.currency ?? '', date: detail.missingRate?.date ?? '' })}</p>
        )}
      </section>
      <section aria-label={t('plans.section.costs')}>
        <h3>{t('plans.section.costs')}</h3>
        <div className="year-tabs" role="tablist">
          {detail.years.map((y) => (
            <button key={y.year} type="button" role="tab" aria-selected={y.year === shownYear} data-testid={`year-tab-${y.year}`} onClick={() => setYear(y.year)}>
              {`${y.year} · ${money(y.needMinor)}`}
            </button>
          ))}
        </div>
        <CostLinesEditor key={`${shownYear}/${version}/${locale}`} detail={detail} year={shownYear} canEdit={canPlan} onSaved={saved} />
      </section>
      <section aria-label={t('plans.section.pledges')}>
        <h3>{t('plans.section.pledges')}</h3>
        <PledgesPanel key={today} detail={detail} canEdit={canPlan} today={today} onSaved={saved} />
      </section>
      {coverage && (
        <section aria-label={t('plans.section.whatIf')}>
          <h3>{t('plans.section.whatIf')}</h3>
          <WhatIfPanel detail={detail} />
        </section>
      )}
      <section aria-label={t('plans.section.indicators')}>
        <h3>{t('plans.section.indicators')}</h3>
        <IndicatorsPanel detail={detail} canEnter={user.role === 'finance_officer' || user.role === 'coordinator'} onSaved={saved} />
      </section>
    </div>
  );
}
