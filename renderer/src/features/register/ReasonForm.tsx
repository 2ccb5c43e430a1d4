import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { InlineForm } from '../../components/InlineForm';
import { useLocale } from '../../i18n/use-locale';
import { isIsoDate } from '../money-flow/amount-input';
import type { FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import { splitRegisterError } from './register-errors';

/**
 * A change that needs a reason (kept in the audit entry) and, for closing an account or ending a
 * role, the last day: deactivating an organisation, closing an account, ending a role.
 */
export function ReasonForm({
  title,
  saveLabel,
  withDate,
  'data-testid': testId,
  save,
  onCancel,
  onSaved,
}: {
  title: string;
  saveLabel: string;
  /** The label of the date field, when the change has a last day. */
  withDate?: string;
  'data-testid': string;
  save(input: { reason: string; date: string }): Promise<unknown>;
  onCancel(): void;
  onSaved(): void;
}) {
  const { t } = useLocale();
  const uid = useId();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    if (withDate !== undefined && !isIsoDate(date.trim())) e.date = date.trim() ? t('money.error.date') : t('money.error.required');
    if (reason.trim().length < 5) e.reason = t('money.error.reasonShort');
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0) return;
    setBusy(true);
    try {
      await save({ reason: reason.trim(), date: date.trim() });
      onSaved();
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.params.reason === 'open_grants') {
        setBanner(t('register.deactivate.openGrants', { count: Number(err.params.count), grants: String(err.params.grants) }));
        return;
      }
      const split = splitRegisterError(err, t, ['reason']);
      const dateError = err instanceof ApiError ? err.issues.find((i) => i.path === 'validTo' || i.path === 'endDate') : undefined;
      setErrors({ ...split.fields, ...(dateError ? { date: t('money.error.endBeforeStart') } : {}) });
      setBanner(dateError ? null : split.banner);
    }
  }

  return (
    <InlineForm data-testid={testId} data-error-testid={`${testId}-error`} data-save-testid={`${testId}-save`} title={title} banner={banner} saveLabel={saveLabel} busy={busy} keysHint={t('money.form.keys')} onSubmit={submit} onCancel={onCancel} stopEscape>
      <div className="mf-grid">
        {withDate !== undefined && (
          <FormField id={`${uid}-date`} label={withDate} hint={t('money.date.hint')} error={errors.date} data-testid={`${testId}-date`}>
            {(c) => <input {...c} className="mf-input date" value={date} onChange={(e) => setDate(e.target.value)} maxLength={10} autoComplete="off" autoFocus />}
          </FormField>
        )}
        <FormField id={`${uid}-reason`} label={t('register.field.reason')} hint={t('register.field.reason.hint')} error={errors.reason} data-testid={`${testId}-reason`} className="mf-wide">
          {(c) => <input {...c} className="mf-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoComplete="off" autoFocus={withDate === undefined} />}
        </FormField>
      </div>
    </InlineForm>
  );
}
