import { useId, useRef, useState, type FormEvent } from 'react';
import type { Input, Output } from '../../../../core/api/handlers';
import { formatAmountIn } from '../../../../core/domain/locale-format';
import { useApi } from '../../api/context';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { badDateText, isIsoDate } from './amount-input';
import { AmountHint } from './AmountHint';
import { DateField } from './DateField';
import { firstErrorField, splitError, type FieldErrors } from './field-errors';
import { FormField } from './FormField';
import { formatIbanGroups } from './iban';
import { MoneyFields, useAmountReading } from './MoneyFields';
import { useAccounts } from './use-accounts';
import { InlineForm } from '../../components/InlineForm';

export type DisbursementResult = Output<'disbursements.record'> & { amountMinor: number; currency: string };

const FIELDS = ['paidDate', 'amountMinor', 'currency', 'bankAccountId', 'bankReference', 'overrideReason'] as const;

type Props = {
  grant: { granteeId: number; grantee: string; currency: string };
  tranche: { id: number; seq: number; dueDate: string; amountMinor: number; releaseCondition: string | null };
  /** What is still unpaid of this tranche, in the grant's currency (the amount proposed). */
  leftMinor: number;
  onRecorded(result: DisbursementResult): void;
  onCancel(): void;
};

/**
 * Records money paid against one tranche, to one of the grantee's accounts registered and valid
 * on the payment date. A tranche whose release condition is unmet asks for an override reason
 * once the server says so.
 */
export function DisbursementForm({ grant, tranche, leftMinor, onRecorded, onCancel }: Props) {
  const api = useApi();
  const { t, locale } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [paidDate, setPaidDate] = useState(tranche.dueDate);
  const [amountText, setAmountText] = useState(() => (leftMinor > 0 ? formatAmountIn({ amountMinor: leftMinor, currency: grant.currency }, locale) : ''));
  const [currency, setCurrency] = useState(grant.currency);
  const [accountId, setAccountId] = useState('');
  const [bankReference, setBankReference] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [needsOverride, setNeedsOverride] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const accounts = useAccounts(grant.granteeId, paidDate.trim());
  const amount = useAmountReading(amountText, currency);
  const id = (f: string) => `${uid}-${f}`;
  const focusFirst = (errs: FieldErrors) => {
    const f = firstErrorField(errs, FIELDS);
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(f))}`)?.focus();
  };
  // The only account valid that day is chosen for you; a choice no longer valid is dropped.
  const list = accounts.accounts ?? [];
  const chosen = list.some((a) => String(a.id) === accountId) ? accountId : list.length === 1 ? String(list[0]!.id) : '';

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    if (!isIsoDate(paidDate.trim())) e.paidDate = paidDate.trim() ? badDateText(t, paidDate) : t('money.error.required');
    if (amount.state === 'empty') e.amountMinor = t('money.error.required');
    else if (amount.state === 'invalid') e.amountMinor = amount.message;
    if (!chosen) e.bankAccountId = accounts.accounts && list.length === 0 ? t('money.error.noAccount') : t('money.error.chooseAccount');
    if (needsOverride && overrideReason.trim().length < 5) e.overrideReason = overrideReason.trim() ? t('money.error.reasonShort') : t('money.error.overrideRequired');
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0 || amount.state !== 'ok') {
      focusFirst(e);
      return;
    }
    const input: Input<'disbursements.record'> = {
      trancheId: tranche.id,
      paidDate: paidDate.trim(),
      amountMinor: amount.money.amountMinor,
      currency,
      bankAccountId: Number(chosen),
      ...(bankReference.trim() ? { bankReference: bankReference.trim() } : {}),
      ...(needsOverride && overrideReason.trim() ? { overrideReason: overrideReason.trim() } : {}),
    };
    setBusy(true);
    try {
      const r = await api.call('disbursements.record', input);
      onRecorded({ ...r, amountMinor: input.amountMinor, currency: input.currency });
    } catch (err) {
      const split = splitError(err, t, FIELDS);
      setBusy(false);
      if (split.fields.overrideReason && !needsOverride) {
        // The server says the condition is unmet: ask for the reason, at its own field.
        setNeedsOverride(true);
        setErrors(split.fields);
        setBanner(split.banner);
        window.setTimeout(() => focusFirst(split.fields), 0);
        return;
      }
      setErrors(split.fields);
      setBanner(split.banner);
      focusFirst(split.fields);
    }
  }

  return (
    <InlineForm
      formRef={form}
      data-testid="disbursement-form" data-error-testid="disbursement-error" data-save-testid="disbursement-save"
      title={t('money.disbursement.title', { n: tranche.seq, due: tranche.dueDate })}
      hint={tranche.releaseCondition ? t('money.disbursement.condition', { condition: tranche.releaseCondition }) : undefined}
      banner={banner}
      saveLabel={t('money.disbursement.save')}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="mf-grid">
        <DateField
          id={id('paidDate')}
          label={t('money.disbursement.paidDate')}
          hint={t('money.date.hint')}
          error={errors.paidDate}
          data-testid="disbursement-date"
          value={paidDate}
          onChange={setPaidDate}
          autoFocus
          autoComplete="off"
        />
        <MoneyFields
          id={id}
          errors={errors}
          data-testid-prefix="disbursement"
          amount={{ label: t('money.disbursement.amount'), hint: <AmountHint reading={amount} />, text: amountText, onChange: setAmountText }}
          currency={{ label: t('money.disbursement.currency'), value: currency, onChange: setCurrency }}
        />
        <FormField
          id={id('bankAccountId')}
          label={t('money.disbursement.account', { grantee: grant.grantee })}
          hint={accounts.accounts && list.length === 0 ? t('money.error.noAccount') : t('money.disbursement.account.hint')}
          error={errors.bankAccountId}
          data-testid="disbursement-account"
          className="mf-wide"
        >
          {(c) => (
            <select {...c} className="mf-input mono" value={chosen} onChange={(e) => setAccountId(e.target.value)}>
              <option value="">{accounts.accounts === null ? t('money.disbursement.account.pickDate') : t('money.choice.select')}</option>
              {list.map((a) => (
                <option key={a.id} value={String(a.id)}>
                  {t('money.disbursement.account.option', { iban: formatIbanGroups(a.iban), bank: a.bankName, currency: a.currency })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('bankReference')} label={t('money.bankReference')} error={errors.bankReference} data-testid="disbursement-reference">
          {(c) => <input {...c} className="mf-input mono" value={bankReference} onChange={(e) => setBankReference(e.target.value)} maxLength={60} autoComplete="off" />}
        </FormField>
        {needsOverride && (
          <FormField id={id('overrideReason')} label={t('money.disbursement.override')} hint={t('money.disbursement.override.hint')} error={errors.overrideReason} data-testid="disbursement-override" className="mf-wide">
            {(c) => <input {...c} className="mf-input" value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} maxLength={500} />}
          </FormField>
        )}
      </div>
      <p className="mf-hint">{t('money.disbursement.left', { left: showMoney({ amountMinor: leftMinor, currency: grant.currency }, locale) })}</p>
    </InlineForm>
  );
}
