import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/context';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { firstErrorField, splitError, type FieldErrors } from './field-errors';
import { DateField } from './DateField';
import { FormField } from './FormField';
import { customTotal, previewSchedule, type GrantTerms, type ScheduleDraft, type ScheduleKind } from './schedule-preview';
import { InlineForm } from '../../components/InlineForm';

type Props = {
  grantId: number;
  grant: GrantTerms;
  /** The tranches the grant has now (start of the custom rows when switching to custom). */
  current: readonly { dueDate: string; amountMinor: number; releaseCondition: string | null }[];
  onSaved(): void;
  onCancel(): void;
};

/**
 * Sets a grant's tranche schedule: equal monthly or quarterly instalments, or rows of date and
 * amount with a running total against the grant amount; an optional release condition per
 * tranche; and a preview of exactly what will be saved.
 */
export function ScheduleEditor({ grantId, grant, current, onSaved, onCancel }: Props) {
  const api = useApi();
  const { t, locale } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const amountText = (minor: number) => showMoney({ amountMinor: minor, currency: grant.currency }, locale);
  const [draft, setDraft] = useState<ScheduleDraft>({
    kind: 'quarterly',
    count: '4',
    firstDueDate: grant.startDate,
    remainder: 'last',
    rows: current.length > 0 ? current.map((c) => ({ dueDate: c.dueDate, amount: amountPlain(c.amountMinor) })) : [{ dueDate: grant.startDate, amount: '' }],
  });
  const [conditions, setConditions] = useState<string[]>(() => current.map((c) => c.releaseCondition ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function amountPlain(minor: number): string {
    return showMoney({ amountMinor: minor, currency: grant.currency }, locale).replace(/[^\d.,\s\u00a0\u202f-]/g, '').trim();
  }

  const preview = useMemo(() => previewSchedule(draft, grant, locale, t), [draft, grant, locale, t]);
  const total = draft.kind === 'custom' ? customTotal(draft.rows, grant.currency, locale, t) : null;
  const order = ['schedule.kind', 'schedule.count', 'schedule.firstDueDate', ...draft.rows.map((_, i) => `schedule.instalments.${i}`), 'schedule.instalments', 'conditions'];
  const fieldId = (path: string) => `${uid}-${path.replace(/\./g, '-')}`;
  const focusFirst = (errs: FieldErrors) => {
    const f = firstErrorField(errs, order);
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(f))}`)?.focus();
  };
  const change = (patch: Partial<ScheduleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const changeRow = (i: number, patch: Partial<ScheduleDraft['rows'][number]>) =>
    setDraft((d) => ({ ...d, rows: d.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    setBanner(null);
    if (!preview.ok) {
      setErrors(preview.errors);
      focusFirst(preview.errors);
      return;
    }
    setErrors({});
    const conds = preview.tranches.map((_, i) => conditions[i]?.trim() || null);
    setBusy(true);
    try {
      await api.call('grants.setSchedule', { grantId, schedule: preview.spec, ...(conds.some((c) => c !== null) ? { conditions: conds } : {}) });
      onSaved();
    } catch (e) {
      const split = splitError(e, t, order);
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
      focusFirst(split.fields);
    }
  }

  const idPrefix = (p: string) => fieldId(p);
  return (
    <InlineForm
      formRef={form}
      data-testid="schedule-editor" data-error-testid="schedule-error" data-save-testid="schedule-save"
      title={t('money.schedule.title')}
      banner={banner}
      saveLabel={t('money.schedule.save')}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="mf-grid">
        <FormField id={idPrefix('schedule.kind')} label={t('money.schedule.kind')} data-testid="schedule-kind">
          {(c) => (
            <select {...c} className="mf-input" value={draft.kind} onChange={(e) => change({ kind: e.target.value as ScheduleKind })} autoFocus>
              <option value="quarterly">{t('money.schedule.kind.quarterly')}</option>
              <option value="monthly">{t('money.schedule.kind.monthly')}</option>
              <option value="custom">{t('money.schedule.kind.custom')}</option>
            </select>
          )}
        </FormField>
        {draft.kind !== 'custom' && (
          <>
            <FormField id={idPrefix('schedule.count')} label={t('money.schedule.count')} error={errors['schedule.count']} data-testid="schedule-count">
              {(c) => <input {...c} className="mf-input num" inputMode="numeric" value={draft.count} onChange={(e) => change({ count: e.target.value })} />}
            </FormField>
            <DateField
              id={idPrefix('schedule.firstDueDate')}
              label={t('money.schedule.firstDueDate')}
              hint={t('money.date.hint')}
              error={errors['schedule.firstDueDate']}
              data-testid="schedule-first-due"
              value={draft.firstDueDate}
              onChange={(firstDueDate) => change({ firstDueDate })}
            />
            <FormField id={idPrefix('schedule.remainder')} label={t('money.schedule.remainder')} data-testid="schedule-remainder">
              {(c) => (
                <select {...c} className="mf-input" value={draft.remainder} onChange={(e) => change({ remainder: e.target.value as 'first' | 'last' })}>
                  <option value="last">{t('money.schedule.remainder.last')}</option>
                  <option value="first">{t('money.schedule.remainder.first')}</option>
                </select>
              )}
            </FormField>
          </>
        )}
      </div>

      {draft.kind === 'custom' && (
        <fieldset className="mf-rows" aria-describedby={errors['schedule.instalments'] ? `${fieldId('schedule.instalments')}-error` : undefined}>
          <legend>{t('money.schedule.rows')}</legend>
          {draft.rows.map((r, i) => (
            <div className="mf-row" key={i} data-testid="schedule-row">
              <span className="mf-row-seq num">{i + 1}</span>
              <DateField
                id={fieldId(`schedule.instalments.${i}`)}
                label={t('money.schedule.row.dueDate', { n: i + 1 })}
                error={errors[`schedule.instalments.${i}`]}
                data-testid={`schedule-row-date-${i}`}
                value={r.dueDate}
                onChange={(dueDate) => changeRow(i, { dueDate })}
              />
              <FormField id={`${fieldId(`schedule.instalments.${i}`)}-amount`} label={t('money.schedule.row.amount', { n: i + 1 })} data-testid={`schedule-row-amount-${i}`}>
                {(c) => <input {...c} className="mf-input num" inputMode="decimal" value={r.amount} onChange={(e) => changeRow(i, { amount: e.target.value })} />}
              </FormField>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => setDraft((d) => ({ ...d, rows: d.rows.filter((_, j) => j !== i) }))}
                aria-label={t('money.schedule.row.remove', { n: i + 1 })}
                disabled={draft.rows.length === 1}
              >
                {t('money.schedule.row.removeShort')}
              </button>
            </div>
          ))}
          <div className="mf-row-foot">
            <button type="button" className="btn btn-small" onClick={() => setDraft((d) => ({ ...d, rows: [...d.rows, { dueDate: '', amount: '' }] }))} data-testid="schedule-add-row">
              {t('money.schedule.row.add')}
            </button>
            {total !== null && (
              <span className={total === grant.amountMinor ? 'mf-total' : 'mf-total mf-total-off'} data-testid="schedule-running-total" aria-live="polite">
                {t('money.schedule.runningTotal', { total: amountText(total), amount: amountText(grant.amountMinor), left: amountText(grant.amountMinor - total) })}
              </span>
            )}
          </div>
          {errors['schedule.instalments'] && (
            <p id={`${fieldId('schedule.instalments')}-error`} className="mf-error" tabIndex={-1} data-testid="schedule-instalments-error">
              {errors['schedule.instalments']}
            </p>
          )}
        </fieldset>
      )}

      <section className="mf-preview" aria-label={t('money.schedule.preview')}>
        <h5>{t('money.schedule.preview')}</h5>
        {preview.ok ? (
          <table className="table" data-testid="schedule-preview">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('tranches.seq')}
                </th>
                <th scope="col">{t('tranches.dueDate')}</th>
                <th scope="col" className="num">
                  {t('tranches.amount')}
                </th>
                <th scope="col">{t('money.schedule.condition')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.tranches.map((p, i) => (
                <tr key={p.seq} data-testid="schedule-preview-row">
                  <td className="num">{p.seq}</td>
                  <td className="date">{p.dueDate}</td>
                  <td className="num">{amountText(p.amountMinor)}</td>
                  <td>
                    <input
                      className="mf-input mf-input-small"
                      aria-label={t('money.schedule.condition.label', { n: p.seq })}
                      value={conditions[i] ?? ''}
                      maxLength={300}
                      onChange={(e) => setConditions((cs) => Object.assign([...cs], { [i]: e.target.value }))}
                      placeholder={t('money.schedule.condition.placeholder')}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted" data-testid="schedule-preview-none">
            {t('money.schedule.noPreview', { reason: Object.values(preview.errors)[0] ?? '' })}
          </p>
        )}
      </section>
    </InlineForm>
  );
}
