import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { isIsoDate, readAmount } from './amount-input';
import { AmountHint } from './AmountHint';
import { firstErrorField, splitError, type FieldErrors } from './field-errors';
import { FormField } from './FormField';

const FIELDS = ['amountMinor', 'endDate', 'reason'] as const;

type Props = {
  grant: { id: number; amountMinor: number; currency: string; startDate: string; endDate: string };
  onSaved(): void;
  onCancel(): void;
};

/**
 * Amends a grant's amount or end date (or both) with a reason. A raise becomes a new tranche due
 * on the end date; a cut comes off the planned tranches nothing has been paid against.
 */
export function AmendForm({ grant, onSaved, onCancel }: Props) {
  const api = useApi();
  const { t, locale } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [amountText, setAmountText] = useState('');
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = useMemo(() => readAmount(amountText, grant.currency, locale, t), [amountText, grant.currency, locale, t]);
  const id = (f: string) => `${uid}-${f}`;
  const focusFirst = (errs: FieldErrors) => {
    const f = firstErrorField(errs, FIELDS);
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(f))}`)?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    const end = endDate.trim();
    if (amount.state === 'invalid') e.amountMinor = amount.message;
    if (end && !isIsoDate(end)) e.endDate = t('money.error.date');
    else if (end && end < grant.startDate) e.endDate = t('money.error.endBeforeStart');
    if (amount.state === 'empty' && !end) e.amountMinor = t('money.amend.nothing');
    if (reason.trim().length < 5) e.reason = reason.trim() ? t('money.error.reasonShort') : t('money.error.reasonRequired');
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0) {
      focusFirst(e);
      return;
    }
    setBusy(true);
    try {
      await api.call('grants.amend', {
        id: grant.id,
        ...(amount.state === 'ok' ? { amountMinor: amount.money.amountMinor } : {}),
        ...(end ? { endDate: end } : {}),
        reason: reason.trim(),
      });
      onSaved();
    } catch (err) {
      const split = splitError(err, t, FIELDS);
      // The service's own rules read differently for an amendment than for a payment.
      if (err instanceof ApiError) {
        for (const issue of err.issues) {
          if (issue.code !== 'rule') continue;
          if (issue.path === 'amountMinor') split.fields.amountMinor = t('money.error.amendAmount');
          if (issue.path === 'endDate') split.fields.endDate = t('money.error.amendEndDate');
        }
      }
      setBusy(false);
      setErrors(split.fields);
      setBanner(split.banner);
      focusFirst(split.fields);
    }
  }

  return (
    <form
      ref={form}
      className="mf-form mf-inline"
      onSubmit={submit}
      noValidate
      data-testid="amend-form"
      aria-labelledby={`${uid}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h4 id={`${uid}-title`}>{t('money.amend.title')}</h4>
      <p className="mf-hint">{t('money.amend.intro')}</p>
      {banner !== null && (
        <p className="banner banner-error" role="alert" data-testid="amend-error">
          {banner}
        </p>
      )}
      <div className="mf-grid">
        <FormField
          id={id('amountMinor')}
          label={t('money.amend.amount', { currency: grant.currency })}
          hint={amount.state === 'ok' ? <AmountHint reading={amount} /> : t('money.amend.now', { value: showMoney({ amountMinor: grant.amountMinor, currency: grant.currency }, locale) })}
          error={errors.amountMinor}
          data-testid="amend-amount"
        >
          {(c) => <input {...c} className="mf-input num" inputMode="decimal" value={amountText} onChange={(e) => setAmountText(e.target.value)} autoFocus autoComplete="off" />}
        </FormField>
        <FormField id={id('endDate')} label={t('money.amend.endDate')} hint={t('money.amend.now', { value: grant.endDate })} error={errors.endDate} data-testid="amend-end">
          {(c) => <input {...c} className="mf-input date" value={endDate} onChange={(e) => setEndDate(e.target.value)} placeholder={t('money.date.placeholder')} maxLength={10} autoComplete="off" />}
        </FormField>
        <FormField id={id('reason')} label={t('money.amend.reason')} error={errors.reason} data-testid="amend-reason" className="mf-wide">
          {(c) => <input {...c} className="mf-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
        </FormField>
      </div>
      <footer className="mf-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="amend-save">
          {t('money.amend.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('money.cancel')}
        </button>
      </footer>
    </form>
  );
}
