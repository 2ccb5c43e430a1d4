import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { showMoney } from '../../components/money-text';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { badDateText, isIsoDate } from './amount-input';
import { AmountHint } from './AmountHint';
import { DateField } from './DateField';
import { firstErrorField, splitError, type FieldErrors } from './field-errors';
import { FormField } from './FormField';
import { MoneyFields, useAmountReading } from './MoneyFields';
import { organisationNamed, OrganisationInput } from './OrganisationInput';
import type { OrganisationOption } from './use-organisations';
import { InlineForm } from '../../components/InlineForm';

const FIELDS = ['amountMinor', 'currency', 'startDate', 'endDate', 'granteeId', 'reason'] as const;

// The service's own rules read differently for an amendment than for a payment or a new grant.
const AMEND_ISSUES: Readonly<Record<string, TextKey>> = {
  'amountMinor:rule': 'money.error.amendAmount',
  'amountMinor:unchanged': 'money.amend.nothing',
  'amountMinor:required': 'money.amend.error.currencyAmount',
  'amountMinor:too_small_to_split': 'money.amend.error.tooSmallToSplit',
  'endDate:rule': 'money.error.amendEndDate',
  'startDate:after_end': 'money.error.startAfterEnd',
  'startDate:after_tranche': 'money.amend.error.startAfterTranche',
  'granteeId:not_found': 'money.error.chooseOrganisation',
  'granteeId:same_as_grantor': 'money.error.sameOrganisation',
  'granteeId:disbursed': 'money.amend.error.granteeDisbursed',
  'currency:unknown': 'money.amend.error.currencyUnknown',
  'currency:money_moved': 'money.amend.error.currencyMoved',
};

type Props = {
  grant: { id: number; amountMinor: number; currency: string; startDate: string; endDate: string; grantorId: number; granteeId: number; grantee: string };
  /** The organisations a grantee can be chosen from. */
  organisations: readonly OrganisationOption[];
  onSaved(): void;
  onCancel(): void;
};

/**
 * Amends a grant's amount, start or end date, grantee or currency with a reason. A raise becomes a
 * new tranche due on the end date; a cut comes off the planned tranches nothing has been paid
 * against; a new currency (before any money moved) needs the amount in it.
 */
export function AmendForm({ grant, organisations, onSaved, onCancel }: Props) {
  const api = useApi();
  const { t, locale } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [amountText, setAmountText] = useState('');
  const [currency, setCurrency] = useState(grant.currency);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [grantee, setGrantee] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = useAmountReading(amountText, currency);
  const currencyChanges = currency !== grant.currency;
  const id = (f: string) => `${uid}-${f}`;
  const focusFirst = (errs: FieldErrors) => {
    const f = firstErrorField(errs, FIELDS);
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(f))}`)?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    const start = startDate.trim();
    const end = endDate.trim();
    const newGrantee = grantee.trim() ? organisationNamed(organisations, grantee) : null;
    if (amount.state === 'invalid') e.amountMinor = amount.message;
    else if (currencyChanges && amount.state === 'empty') e.amountMinor = t('money.amend.error.currencyAmount', { currency });
    if (start && !isIsoDate(start)) e.startDate = badDateText(t, start);
    if (end && !isIsoDate(end)) e.endDate = badDateText(t, end);
    if (!e.startDate && !e.endDate && (start || end) && (end || grant.endDate) < (start || grant.startDate)) {
      if (end) e.endDate = t('money.error.endBeforeStart');
      else e.startDate = t('money.error.startAfterEnd');
    }
    if (grantee.trim() && !newGrantee) e.granteeId = t('money.error.chooseOrganisation');
    else if (newGrantee && newGrantee.id === grant.grantorId) e.granteeId = t('money.error.sameOrganisation');
    const granteeChanges = newGrantee !== null && newGrantee.id !== grant.granteeId;
    if (amount.state === 'empty' && !start && !end && !granteeChanges && !currencyChanges) e.amountMinor = t('money.amend.nothing');
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
        ...(currencyChanges ? { currency } : {}),
        ...(start ? { startDate: start } : {}),
        ...(end ? { endDate: end } : {}),
        ...(granteeChanges ? { granteeId: newGrantee.id } : {}),
        reason: reason.trim(),
      });
      onSaved();
    } catch (err) {
      const split = splitError(err, t, FIELDS);
      if (err instanceof ApiError) {
        for (const issue of err.issues) {
          const key = AMEND_ISSUES[`${issue.path}:${issue.code}`];
          if (key) split.fields[issue.path] = t(key, { currency, n: err.params.seq ?? '', date: err.params.dueDate ?? '' });
        }
      }
      setBusy(false);
      setErrors(split.fields);
      setBanner(split.banner);
      focusFirst(split.fields);
    }
  }

  return (
    <InlineForm
      formRef={form}
      data-testid="amend-form" data-error-testid="amend-error" data-save-testid="amend-save"
      title={t('money.amend.title')}
      hint={t('money.amend.intro')}
      banner={banner}
      saveLabel={t('money.amend.save')}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="mf-grid">
        <MoneyFields
          id={id}
          errors={errors}
          data-testid-prefix="amend"
          amount={{
            label: t('money.amend.amount', { currency }),
            hint: amount.state === 'ok' ? <AmountHint reading={amount} /> : t('money.amend.now', { value: showMoney({ amountMinor: grant.amountMinor, currency: grant.currency }, locale) }),
            text: amountText,
            onChange: setAmountText,
            autoFocus: true,
          }}
          currency={{ label: t('money.amend.currency'), hint: t('money.amend.currency.hint'), value: currency, onChange: setCurrency }}
        />
        <DateField
          id={id('startDate')}
          label={t('money.amend.startDate')}
          hint={t('money.amend.now', { value: grant.startDate })}
          error={errors.startDate}
          data-testid="amend-start"
          value={startDate}
          onChange={setStartDate}
          autoComplete="off"
        />
        <DateField
          id={id('endDate')}
          label={t('money.amend.endDate')}
          hint={t('money.amend.now', { value: grant.endDate })}
          error={errors.endDate}
          data-testid="amend-end"
          value={endDate}
          onChange={setEndDate}
          autoComplete="off"
        />
        <FormField id={id('granteeId')} label={t('money.amend.grantee')} hint={t('money.amend.now', { value: grant.grantee })} error={errors.granteeId} data-testid="amend-grantee" className="mf-wide">
          {(c) => <OrganisationInput control={c} listId={`${uid}-orgs`} value={grantee} onChange={setGrantee} options={organisations} />}
        </FormField>
        <FormField id={id('reason')} label={t('money.amend.reason')} error={errors.reason} data-testid="amend-reason" className="mf-wide">
          {(c) => <input {...c} className="mf-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
        </FormField>
      </div>
    </InlineForm>
  );
}
