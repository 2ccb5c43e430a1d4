import { useState } from 'react';
import { costLineAmount, DEFAULT_TRAINING_HOURS, isPeopleLine, type CostLineInput } from '../../../../core/domain/plan-costs';
import { formatAmountIn } from '../../../../core/domain/locale-format';
import type { Input } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { readAmount } from './amount-input';
import { COST_KIND_KEYS } from './plan-codes';
import type { PlanDetail } from './plan-types';

type Kind = CostLineInput['kind'];
type Draft = { kind: Kind; headcount: string; unitCost: string; trainingHours: string; trainingHourCost: string; amount: string };

/** The typed fields of a line, and the kinds that have them. */
const FIELDS: readonly { key: Exclude<keyof Draft, 'kind'>; label: TextKey; shows(kind: Kind): boolean }[] = [
  { key: 'headcount', label: 'plans.cost.headcount', shows: isPeopleLine },
  { key: 'unitCost', label: 'plans.cost.unitCost', shows: isPeopleLine },
  { key: 'trainingHours', label: 'plans.cost.trainingHours', shows: (k) => k === 'call_specialists' },
  { key: 'trainingHourCost', label: 'plans.cost.trainingHourCost', shows: (k) => k === 'call_specialists' },
  { key: 'amount', label: 'plans.cost.amount', shows: (k) => !isPeopleLine(k) },
];

/**
 * One year's cost lines: people lines as headcount × yearly cost (call specialists with their
 * initial training), the others as an amount. The need shown is computed by the same function the
 * core uses, and the core stores it when the lines are saved.
 */
export function CostLinesEditor({ detail, year, canEdit, onSaved }: { detail: PlanDetail; year: number; canEdit: boolean; onSaved(): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const currency = detail.plan.currency;
  const text = (minor: number | null) => (minor === null ? '' : formatAmountIn({ amountMinor: minor, currency }, locale));
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    detail.costLines
      .filter((l) => l.year === year)
      .map((l) => ({ kind: l.kind as Kind, headcount: l.headcount === null ? '' : String(l.headcount), unitCost: text(l.unitCostMinor), trainingHours: l.trainingHours === null ? '' : String(l.trainingHours), trainingHourCost: text(l.trainingHourCostMinor), amount: isPeopleLine(l.kind as Kind) ? '' : text(l.amountMinor) })),
  );
  const [error, setError] = useState<unknown>(null);
  const amount = (s: string) => (s.trim() === '' ? undefined : (readAmount(s, currency, locale) ?? Number.NaN));
  const int = (s: string) => (s.trim() === '' ? undefined : Number(s));
  const lines: CostLineInput[] = drafts.map((d) => ({ kind: d.kind, headcount: int(d.headcount), unitCostMinor: amount(d.unitCost), trainingHours: int(d.trainingHours), trainingHourCostMinor: amount(d.trainingHourCost), amountMinor: amount(d.amount) }));
  const valid = lines.every((l) => Object.values(l).every((v) => v === undefined || v === null || typeof v === 'string' || (Number.isInteger(v) && v >= 0)));
  const need = valid ? lines.reduce((s, l) => s + costLineAmount(l), 0) : null;
  const set = (i: number, patch: Partial<Draft>) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const save = () => {
    const clean = lines.map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined && v !== null)) as Input<'plans.setCostLines'>['lines'][number]);
    api.call('plans.setCostLines', { planId: detail.plan.id, year, lines: clean }).then(() => (setError(null), onSaved()), setError);
  };

  return (
    <div className="cost-lines" data-testid="cost-lines" data-year={year}>
      {error !== null && <ErrorBanner title={t('plans.saveFailed')} error={error} />}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('plans.cost.kind')}</th>
            <th scope="col">{t('plans.cost.headcount')}</th>
            <th scope="col">{t('plans.cost.unitCost')}</th>
            <th scope="col">{t('plans.cost.trainingHours')}</th>
            <th scope="col">{t('plans.cost.trainingHourCost')}</th>
            <th scope="col">{t('plans.cost.amount')}</th>
            <th scope="col" className="num">{t('plans.cost.total')}</th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((d, i) => {
            const line = lines[i]!;
            return (
              <tr key={i} data-testid="cost-line">
                <td>
                  <select aria-label={t('plans.cost.kind')} data-testid="cost-kind" value={d.kind} disabled={!canEdit} onChange={(e) => set(i, { kind: e.target.value as Kind, trainingHours: e.target.value === 'call_specialists' && d.trainingHours === '' ? String(DEFAULT_TRAINING_HOURS) : d.trainingHours })}>
                    {Object.entries(COST_KIND_KEYS).map(([code, key]) => (
                      <option key={code} value={code}>
                        {t(key)}
                      </option>
                    ))}
                  </select>
                </td>
                {FIELDS.map((f) => (
                  <td key={f.key}>
                    {f.shows(d.kind) && <input aria-label={t(f.label)} data-testid={`cost-${f.key}`} value={d[f.key]} disabled={!canEdit} onChange={(e) => set(i, { [f.key]: e.target.value })} />}
                  </td>
                ))}
                <td className="num">{valid ? showMoney({ amountMinor: costLineAmount(line), currency }, locale) : ''}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6}>{t('plans.cost.need', { year: String(year) })}</th>
            <td className="num" data-testid="cost-need">{need === null ? t('plans.cost.invalid') : showMoney({ amountMinor: need, currency }, locale)}</td>
          </tr>
        </tfoot>
      </table>
      {canEdit && (
        <div className="plan-form-buttons">
          <button type="button" className="btn" data-testid="cost-add" onClick={() => setDrafts((ds) => [...ds, { kind: 'staff', headcount: '', unitCost: '', trainingHours: '', trainingHourCost: '', amount: '' }])}>
            {t('plans.cost.add')}
          </button>
          <button type="button" className="btn btn-primary" data-testid="cost-save" disabled={!valid} onClick={save}>
            {t('plans.cost.save', { year: String(year) })}
          </button>
        </div>
      )}
    </div>
  );
}
