import { useMemo, useState } from 'react';
import { yearActual } from '../../../../core/domain/impact-cost';
import { formatIntegerIn } from '../../../../core/domain/locale-format';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { useChart } from './echarts';
import { INDICATOR_KEYS } from './plan-codes';
import type { PlanDetail } from './plan-types';

type IndicatorCode = keyof typeof INDICATOR_KEYS;
const PURPOSES = ['information', 'report_case', 'ask_help', 'other'] as const;
const PURPOSE_KEYS = {
  information: 'plans.purpose.information',
  report_case: 'plans.purpose.report_case',
  ask_help: 'plans.purpose.ask_help',
  other: 'plans.purpose.other',
} as const;

/** Targets and actuals per year, a small trend of calls, cost per call and per case, and the NGO side's entry of actuals. */
export function IndicatorsPanel({ detail, canEnter, onSaved }: { detail: PlanDetail; canEnter: boolean; onSaved(): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const { plan, indicators } = detail;
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const target = (code: string, year: number) => indicators.find((r) => r.indicator === code && r.year === year && r.quarter === null && r.purpose === null)?.target ?? null;
  const n = (v: number | null) => (v === null ? '–' : formatIntegerIn(v, locale));
  const [indicator, setIndicator] = useState<IndicatorCode>('hotline_calls');
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>('information');
  const [year, setYear] = useState(String(plan.startYear));
  const [quarter, setQuarter] = useState('');
  const [actual, setActual] = useState('');
  const [error, setError] = useState<unknown>(null);

  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 48, right: 8, top: 12, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value' },
      series: [
        { name: t('plans.indicator.target'), type: 'line', data: years.map((y) => target('hotline_calls', y)), lineStyle: { type: 'dashed' }, itemStyle: { color: '#888' } },
        { name: t('plans.indicator.actual'), type: 'line', data: years.map((y) => yearActual(indicators, 'hotline_calls', y)), itemStyle: { color: '#2f7d4f' } },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [indicators, t],
  );
  const chart = useChart(option);
  const save = () => {
    api
      .call('indicators.setActual', { planId: plan.id, indicator, ...(indicator === 'calls_by_purpose' ? { purpose } : {}), year: Number(year), ...(quarter ? { quarter: Number(quarter) } : {}), actual: Number(actual) })
      .then(() => (setError(null), setActual(''), onSaved()), setError);
  };
  const cost = new Map(detail.costPerResult.map((c) => [c.year, c]));
  const money = (m: number | null) => (m === null ? '–' : showMoney({ amountMinor: m, currency: plan.currency }, locale));

  return (
    <div className="indicators" data-testid="indicators">
      <div className="indicators-body">
        <table className="table" data-testid="indicators-table">
          <thead>
            <tr>
              <th scope="col">{t('plans.indicator.name')}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">{y}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(Object.keys(INDICATOR_KEYS) as IndicatorCode[]).map((code) => (
              <tr key={code}>
                <th scope="row">{t(INDICATOR_KEYS[code])}</th>
                {years.map((y) => (
                  <td key={y} className="num" title={t('plans.indicator.actualOfTarget')}>
                    {`${n(yearActual(indicators, code, y))} / ${n(target(code, y))}`}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('plans.indicator.costPerCall')}</th>
              {years.map((y) => (
                <td key={y} className="num" data-testid="cost-per-call">{money(cost.get(y)?.costPerCallMinor ?? null)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('plans.indicator.costPerCase')}</th>
              {years.map((y) => (
                <td key={y} className="num">{money(cost.get(y)?.costPerCaseMinor ?? null)}</td>
              ))}
            </tr>
          </tbody>
        </table>
        <div ref={chart} className="indicator-chart" data-testid="indicator-chart" role="img" aria-label={t('plans.indicator.trend')} />
      </div>
      {canEnter && (
        <form
          className="plan-form plan-form-inline"
          data-testid="indicator-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {error !== null && <ErrorBanner title={t('plans.saveFailed')} error={error} />}
          <label>
            {t('plans.indicator.name')}
            <select value={indicator} onChange={(e) => setIndicator(e.target.value as IndicatorCode)}>
              {(Object.keys(INDICATOR_KEYS) as IndicatorCode[]).map((code) => (
                <option key={code} value={code}>
                  {t(INDICATOR_KEYS[code])}
                </option>
              ))}
            </select>
          </label>
          {indicator === 'calls_by_purpose' && (
            <label>
              {t('plans.indicator.purpose')}
              <select value={purpose} onChange={(e) => setPurpose(e.target.value as (typeof PURPOSES)[number])}>
                {PURPOSES.map((p) => (
                  <option key={p} value={p}>
                    {t(PURPOSE_KEYS[p])}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('plans.column.year')}
            <select value={year} onChange={(e) => setYear(e.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('plans.indicator.quarter')}
            <select value={quarter} onChange={(e) => setQuarter(e.target.value)}>
              <option value="">{t('plans.indicator.wholeYear')}</option>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {t('plans.indicator.q', { q })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('plans.indicator.actual')}
            <input data-testid="indicator-actual" inputMode="numeric" value={actual} onChange={(e) => setActual(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-primary">
            {t('plans.indicator.save')}
          </button>
        </form>
      )}
    </div>
  );
}
