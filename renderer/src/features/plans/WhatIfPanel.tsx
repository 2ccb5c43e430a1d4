import { useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import type { PlanDetail } from './plan-types';

/** What if a funder gave less, or the pledges not yet committed never came: the gaps before and after, nothing saved. */
export function WhatIfPanel({ detail }: { detail: PlanDetail }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const funders = [...new Map(detail.pledges.map((p) => [p.funderId, p.funderName])).entries()];
  const [choice, setChoice] = useState<string>('pledged_only');
  const [keep, setKeep] = useState('0');
  const [result, setResult] = useState<Output<'plans.whatIf'> | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const keepPercent = Number(keep);
    if (choice !== 'pledged_only' && !(Number.isInteger(keepPercent) && keepPercent >= 0 && keepPercent <= 100)) return;
    const scenario = choice === 'pledged_only' ? { kind: 'pledged_only' as const } : { kind: 'funder' as const, funderId: Number(choice), keepPercent };
    let current = true;
    api.call('plans.whatIf', { planId: detail.plan.id, scenario }).then(
      (r) => current && (setResult(r), setError(null)),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api, detail, choice, keep]);

  const money = (m: number) => showMoney({ amountMinor: m, currency: detail.plan.currency }, locale);
  return (
    <div className="what-if" data-testid="what-if">
      <div className="plan-form-inline">
        <label>
          {t('plans.whatIf.scenario')}
          <select data-testid="what-if-choice" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="pledged_only">{t('plans.whatIf.pledgedOnly')}</option>
            {funders.map(([id, name]) => (
              <option key={id} value={id}>
                {t('plans.whatIf.funder', { funder: name })}
              </option>
            ))}
          </select>
        </label>
        {choice !== 'pledged_only' && (
          <label>
            {t('plans.whatIf.keep')}
            <input data-testid="what-if-keep" inputMode="numeric" value={keep} onChange={(e) => setKeep(e.target.value)} />
          </label>
        )}
      </div>
      {error !== null && <ErrorBanner title={t('plans.loadFailed')} error={error} />}
      {result && (
        <table className="table" data-testid="what-if-table">
          <thead>
            <tr>
              <th scope="col">{t('plans.column.year')}</th>
              <th scope="col" className="num">{t('plans.whatIf.gapNow')}</th>
              <th scope="col" className="num">{t('plans.whatIf.gapThen')}</th>
            </tr>
          </thead>
          <tbody>
            {result.gapChangeMinor.map((g) => (
              <tr key={g.year} data-testid="what-if-row" data-year={g.year}>
                <td className="date">{g.year}</td>
                <td className="num" data-col="before">{money(g.beforeMinor)}</td>
                <td className={g.afterMinor > g.beforeMinor ? 'num at-risk' : 'num'} data-col="after">{money(g.afterMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
