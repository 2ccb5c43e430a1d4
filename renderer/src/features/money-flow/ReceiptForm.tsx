import { useId, useRef, useState, type FormEvent } from 'react';
import type { Input, Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { useLocale } from '../../i18n/use-locale';
import { badDateText, isIsoDate } from './amount-input';
import { AmountHint } from './AmountHint';
import { DateField } from './DateField';
import { firstErrorField, splitError, type FieldErrors } from './field-errors';
import { FormField } from './FormField';
import { MoneyFields, useAmountReading } from './MoneyFields';
import { InlineForm } from '../../components/InlineForm';

export type ReceiptResult = Output<'receipts.record'> & { amountMinor: number; currency: string };

const FIELDS = ['receivedDate', 'amountMinor', 'currency', 'bankReference'] as const;

/** Records money the grantee received on its account, in whatever currency it arrived. */
export function ReceiptForm({ grantId, currency: grantCurrency, onRecorded, onCancel }: { grantId: number; currency: string; onRecorded(r: ReceiptResult): void; onCancel(): void }) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [receivedDate, setReceivedDate] = useState('');
  const [amountText, setAmountText] = useState('');
  const [currency, setCurrency] = useState(grantCurrency);
  const [bankReference, setBankReference] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = useAmountReading(amountText, currency);
  const id = (f: string) => `${uid}-${f}`;
  const focusFirst = (errs: FieldErrors) => {
    const f = firstErrorField(errs, FIELDS);
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(f))}`)?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    if (!isIsoDate(receivedDate.trim())) e.receivedDate = receivedDate.trim() ? badDateText(t, receivedDate) : t('money.error.required');
    if (amount.state === 'empty') e.amountMinor = t('money.error.required');
    else if (amount.state === 'invalid') e.amountMinor = amount.message;
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0 || amount.state !== 'ok') {
      focusFirst(e);
      return;
    }
    const input: Input<'receipts.record'> = {
      grantId,
      receivedDate: receivedDate.trim(),
      amountMinor: amount.money.amountMinor,
      currency,
      ...(bankReference.trim() ? { bankReference: bankReference.trim() } : {}),
    };
    setBusy(true);
    try {
      const r = await api.call('receipts.record', input);
      onRecorded({ ...r, amountMinor: input.amountMinor, currency: input.currency });
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
      data-testid="receipt-form" data-error-testid="receipt-error" data-save-testid="receipt-save"
      title={t('money.receipt.title')}
      banner={banner}
      saveLabel={t('money.receipt.save')}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="mf-grid">
        <DateField
          id={id('receivedDate')}
          label={t('money.receipt.date')}
          hint={t('money.date.hint')}
          error={errors.receivedDate}
          data-testid="receipt-date"
          value={receivedDate}
          onChange={setReceivedDate}
          autoFocus
          autoComplete="off"
        />
        <MoneyFields
          id={id}
          errors={errors}
          data-testid-prefix="receipt"
          amount={{ label: t('money.receipt.amount'), hint: <AmountHint reading={amount} />, text: amountText, onChange: setAmountText }}
          currency={{ label: t('money.receipt.currency'), value: currency, onChange: setCurrency }}
        />
        <FormField id={id('bankReference')} label={t('money.bankReference')} error={errors.bankReference} data-testid="receipt-reference">
          {(c) => <input {...c} className="mf-input mono" value={bankReference} onChange={(e) => setBankReference(e.target.value)} maxLength={60} autoComplete="off" />}
        </FormField>
      </div>
    </InlineForm>
  );
}
