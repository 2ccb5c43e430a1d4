import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatAmountIn } from '../../../../core/domain/locale-format';
import type { Output } from '../../../../core/api/handlers';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { readAmount } from '../money-flow/amount-input';
import { AmountHint } from '../money-flow/AmountHint';
import { firstErrorField, splitError, type FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import { InlineForm } from '../../components/InlineForm';

type Answer = Output<'reconciliation.grant'>;
export type OpenLine = { id: number; date: string; remainingMinor: number; bankReference: string | null };

const FIELDS = ['disbursementId', 'amountMinor'] as const;

/** The receipts and payments of a grant that still have money not matched to the other side. */
export function openLines(a: Answer): { receipts: OpenLine[]; payments: OpenLine[] } {
  return {
    receipts: a.receipts
      .map((r) => ({ id: r.id, date: r.receivedDate, remainingMinor: r.grantAmountMinor - r.matched, bankReference: r.bankReference }))
      .filter((r) => r.remainingMinor > 0),
    payments: a.payments
      .filter((p) => !p.awaitingApproval)
      .map((p) => ({ id: p.id, date: p.paidDate, remainingMinor: p.grantAmountMinor - p.matched, bankReference: p.bankReference }))
      .filter((p) => p.remainingMinor > 0),
  };
}

/** Matches (part of) one receipt to one of the grant's payments by hand, in the grant's currency. */
export function MatchForm({ receipt, payments, currency, onMatched, onCancel }: { receipt: OpenLine; payments: OpenLine[]; currency: string; onMatched(): void; onCancel(): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const defaultText = (p: OpenLine | undefined) => (p ? formatAmountIn({ amountMinor: Math.min(p.remainingMinor, receipt.remainingMinor), currency }, locale) : '');
  const [paymentId, setPaymentId] = useState(() => String(payments[0]?.id ?? ''));
  const [amountText, setAmountText] = useState(() => defaultText(payments[0]));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = useMemo(() => readAmount(amountText, currency, locale, t), [amountText, currency, locale, t]);
  const payment = payments.find((p) => String(p.id) === paymentId);
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
    if (!payment) e.disbursementId = t('money.error.choose');
    if (amount.state === 'empty') e.amountMinor = t('money.error.required');
    else if (amount.state === 'invalid') e.amountMinor = amount.message;
    else if (payment && amount.money.amountMinor > Math.min(payment.remainingMinor, receipt.remainingMinor)) {
      e.amountMinor = t('reconciliation.match.error.tooMuch', { amount: m(Math.min(payment.remainingMinor, receipt.remainingMinor)) });
    }
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0 || amount.state !== 'ok' || !payment) {
      focusFirst(e);
      return;
    }
    setBusy(true);
    try {
      await api.call('receipts.match', { receiptId: receipt.id, disbursementId: payment.id, amountMinor: amount.money.amountMinor });
      onMatched();
    } catch (err) {
      const split = splitError(err, t, FIELDS);
      // The server's own rule at the amount: more than one side has left unmatched.
      if (err instanceof ApiError && err.issues.some((i) => i.path === 'amountMinor' && i.code === 'rule')) {
        split.fields.amountMinor = t('reconciliation.match.error.tooMuch', { amount: m(Math.min(payment.remainingMinor, receipt.remainingMinor)) });
      }
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
      focusFirst(split.fields);
    }
  }

  return (
    <InlineForm
      formRef={form}
      data-testid="match-form" data-error-testid="match-error" data-save-testid="match-save"
      title={t('reconciliation.match.title', { date: receipt.date, amount: m(receipt.remainingMinor) })}
      banner={banner}
      saveLabel={t('reconciliation.match.save')}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
      stopEscape
    >
      <div className="mf-grid">
        <FormField id={id('disbursementId')} label={t('reconciliation.match.payment')} error={errors.disbursementId} data-testid="match-payment">
          {(c) => (
            <select
              {...c}
              className="mf-input"
              value={paymentId}
              autoFocus
              onChange={(e) => {
                setPaymentId(e.target.value);
                setAmountText(defaultText(payments.find((p) => String(p.id) === e.target.value)));
              }}
            >
              {payments.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {t('reconciliation.match.paymentOption', { date: p.date, amount: m(p.remainingMinor), reference: p.bankReference ?? '—' })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('amountMinor')} label={t('reconciliation.match.amount')} hint={<AmountHint reading={amount} />} error={errors.amountMinor} data-testid="match-amount">
          {(c) => <input {...c} className="mf-input num" inputMode="decimal" value={amountText} onChange={(e) => setAmountText(e.target.value)} autoComplete="off" />}
        </FormField>
      </div>
    </InlineForm>
  );
}
