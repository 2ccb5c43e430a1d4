import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatAmountIn } from '../../../../core/domain/locale-format';
import { useApi } from '../../api/context';
import { InlineForm } from '../../components/InlineForm';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { readAmount } from '../money-flow/amount-input';
import { AmountHint } from '../money-flow/AmountHint';
import { firstErrorField, splitError, type FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import type { OpenLine } from './MatchForm';

const FIELDS = ['kind', 'amountMinor', 'reason'] as const;
type Kind = 'exchange_difference' | 'bank_charge';

/**
 * Records what of a payment will never arrive as such (an exchange difference or a bank charge)
 * with a reason, so that the payment counts as settled and the reconciliation closes.
 */
export function DifferenceForm({ payment, currency, onSaved, onCancel }: { payment: OpenLine; currency: string; onSaved(): void; onCancel(): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<Kind>('exchange_difference');
  const [amountText, setAmountText] = useState(() => formatAmountIn({ amountMinor: payment.remainingMinor, currency }, locale));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = useMemo(() => readAmount(amountText, currency, locale, t), [amountText, currency, locale, t]);
  const id = (f: string) => `${uid}-${f}`;
  const m = (minor: number) => showMoney({ amountMinor: minor, currency }, locale);
  const focusFirst = (errs: FieldErrors) => {
    const f = firstErrorField(errs, FIELDS);
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(f))}`)?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    if (amount.state === 'empty') e.amountMinor = t('money.error.required');
    else if (amount.state === 'invalid') e.amountMinor = amount.message;
    else if (amount.money.amountMinor > payment.remainingMinor) e.amountMinor = t('reconciliation.match.error.tooMuch', { amount: m(payment.remainingMinor) });
    if (reason.trim().length < 5) e.reason = reason.trim() ? t('money.error.reasonShort') : t('money.error.reasonRequired');
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0 || amount.state !== 'ok') {
      focusFirst(e);
      return;
    }
    setBusy(true);
    try {
      await api.call('receipts.recordDifference', { disbursementId: payment.id, kind, amountMinor: amount.money.amountMinor, reason: reason.trim() });
      onSaved();
    } catch (err) {
      const split = splitError(err, t, FIELDS);
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
      focusFirst(split.fields);
    }
  }

  return (
    <InlineForm
      formRef={form}
      data-testid="difference-form" data-error-testid="difference-error" data-save-testid="difference-save"
      title={t('reconciliation.difference.title', { date: payment.date, amount: m(payment.remainingMinor) })}
      banner={banner}
      saveLabel={t('reconciliation.difference.save')}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
      stopEscape
    >
      <div className="mf-grid">
        <FormField id={id('kind')} label={t('reconciliation.difference.kind')} error={errors.kind} data-testid="difference-kind">
          {(c) => (
            <select {...c} className="mf-input" value={kind} autoFocus onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="exchange_difference">{t('reconciliation.difference.kind.exchange_difference')}</option>
              <option value="bank_charge">{t('reconciliation.difference.kind.bank_charge')}</option>
            </select>
          )}
        </FormField>
        <FormField id={id('amountMinor')} label={t('reconciliation.difference.amount')} hint={<AmountHint reading={amount} />} error={errors.amountMinor} data-testid="difference-amount">
          {(c) => <input {...c} className="mf-input num" inputMode="decimal" value={amountText} onChange={(e) => setAmountText(e.target.value)} autoComplete="off" />}
        </FormField>
        <FormField id={id('reason')} label={t('reconciliation.difference.reason')} error={errors.reason} data-testid="difference-reason">
          {(c) => <input {...c} className="mf-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoComplete="off" />}
        </FormField>
      </div>
    </InlineForm>
  );
}
