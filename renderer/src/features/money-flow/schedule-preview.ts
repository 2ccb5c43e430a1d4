/**
 * The tranches a schedule would make, computed in the renderer with the same pure function the
 * server uses (core/domain/tranche-schedule), so the preview is what grants.setSchedule will save.
 */
import type { TFunction } from 'i18next';
import type { UiLocale } from '../../../../core/domain/locales';
import { money } from '../../../../core/domain/money';
import { generateSchedule, ScheduleError, type PlannedTranche, type ScheduleSpec } from '../../../../core/domain/tranche-schedule';
import { badDateText, isIsoDate, readAmount } from './amount-input';
import type { FieldErrors } from './field-errors';

export type ScheduleKind = 'monthly' | 'quarterly' | 'custom';
export type CustomRow = { dueDate: string; amount: string };
export type ScheduleDraft = { kind: ScheduleKind; count: string; firstDueDate: string; remainder: 'first' | 'last'; rows: CustomRow[] };
export type GrantTerms = { amountMinor: number; currency: string; startDate: string; endDate: string };

export type SchedulePreview =
  | { ok: true; spec: ScheduleSpec; tranches: PlannedTranche[] }
  | { ok: false; errors: FieldErrors };

/** The sum of the custom rows that read as amounts (minor units), for the running total. */
export function customTotal(rows: readonly CustomRow[], currency: string, locale: UiLocale, t: TFunction): number {
  return rows.reduce((s, r) => {
    const a = readAmount(r.amount, currency, locale, t);
    return a.state === 'ok' ? s + a.money.amountMinor : s;
  }, 0);
}

/** The schedule the draft describes, or what is wrong with it, keyed by the API's field paths. */
export function previewSchedule(draft: ScheduleDraft, grant: GrantTerms, locale: UiLocale, t: TFunction): SchedulePreview {
  const errors: FieldErrors = {};
  let spec: ScheduleSpec;
  if (draft.kind === 'custom') {
    const instalments: { dueDate: string; amountMinor: number }[] = [];
    draft.rows.forEach((r, i) => {
      const a = readAmount(r.amount, grant.currency, locale, t);
      if (!isIsoDate(r.dueDate.trim())) errors[`schedule.instalments.${i}`] = badDateText(t, r.dueDate);
      else if (a.state === 'empty') errors[`schedule.instalments.${i}`] = t('money.error.required');
      else if (a.state === 'invalid') errors[`schedule.instalments.${i}`] = a.message;
      else instalments.push({ dueDate: r.dueDate.trim(), amountMinor: a.money.amountMinor });
    });
    if (draft.rows.length === 0) errors['schedule.instalments'] = t('money.error.required');
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    const total = instalments.reduce((s, x) => s + x.amountMinor, 0);
    if (total !== grant.amountMinor) return { ok: false, errors: { 'schedule.instalments': t('money.schedule.sumMismatch') } };
    spec = { kind: 'custom', instalments };
  } else {
    const count = Number(draft.count);
    if (!/^\d+$/.test(draft.count.trim()) || count < 1 || count > 120) errors['schedule.count'] = t('money.error.count');
    if (!isIsoDate(draft.firstDueDate.trim())) errors['schedule.firstDueDate'] = badDateText(t, draft.firstDueDate);
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    spec = { kind: draft.kind, count, firstDueDate: draft.firstDueDate.trim(), remainder: draft.remainder };
  }
  try {
    const tranches = generateSchedule(money(grant.amountMinor, grant.currency), { start: grant.startDate, end: grant.endDate }, spec);
    return { ok: true, spec, tranches };
  } catch (e) {
    if (!(e instanceof ScheduleError)) throw e;
    const path = `schedule.${e.field}`;
    const key = e.field === 'count' || e.field === 'instalments' ? 'money.error.outsidePeriod' : 'money.error.invalid';
    return { ok: false, errors: { [path.replace(/\.(dueDate|amountMinor)$/, '')]: t(key) } };
  }
}
