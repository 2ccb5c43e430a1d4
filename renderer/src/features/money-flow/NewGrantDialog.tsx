import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Input } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { codeLabel } from '../../i18n/code-labels';
import { useLocale } from '../../i18n/use-locale';
import { badDateText, isIsoDate, readAmount } from './amount-input';
import { AmountHint } from './AmountHint';
import { CountrySelect } from './CountrySelect';
import { CurrencySelect } from './CurrencySelect';
import { firstErrorField, splitError, type FieldErrors } from './field-errors';
import { FormField } from './FormField';
import { organisationNamed, OrganisationInput } from './OrganisationInput';
import { useOrganisations } from './use-organisations';
import { useBudgetLines } from './use-budget-lines';
import { showMoney } from '../../components/money-text';

const PURPOSES = ['shelter', 'hotline', 'legal_aid', 'reintegration', 'prevention', 'awareness', 'capacity_building'] as const;
const AWARD_METHODS = ['open', 'restricted', 'direct'] as const;

/** The form's fields in tab order, named as the API names them (so server issues land on them). */
const FIELDS = [
  'reference',
  'title',
  'purpose',
  'grantorId',
  'granteeId',
  'country',
  'amountMinor',
  'currency',
  'startDate',
  'endDate',
  'awardMethod',
  'decisionDate',
  'agreementSignedDate',
  'budgetLineId',
  'description',
] as const;
type Field = (typeof FIELDS)[number];

type Values = {
  reference: string;
  title: string;
  purpose: string;
  grantor: string;
  grantee: string;
  country: string;
  amount: string;
  currency: string;
  startDate: string;
  endDate: string;
  awardMethod: string;
  decisionDate: string;
  agreementSignedDate: string;
  budgetLineId: string;
  description: string;
};

const EMPTY: Values = {
  reference: '',
  title: '',
  purpose: 'shelter',
  grantor: '',
  grantee: '',
  country: '',
  amount: '',
  currency: 'EUR',
  startDate: '',
  endDate: '',
  awardMethod: '',
  decisionDate: '',
  agreementSignedDate: '',
  budgetLineId: '',
  description: '',
};

/**
 * "New grant": a modal form for coordinators and administrators. It checks what it can before
 * sending (required fields, a positive amount read in the user's language, end not before start),
 * shows the server's issues at their fields, and saves nothing when anything is wrong.
 */
export function NewGrantDialog({ onClose, onCreated }: { onClose(): void; onCreated(id: number): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const uid = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const organisations = useOrganisations();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const budgetLines = useBudgetLines(organisationNamed(organisations.options, values.grantee)?.id ?? null);
  const amount = useMemo(() => readAmount(values.amount, values.currency, locale, t), [values.amount, values.currency, locale, t]);
  const set = (k: keyof Values) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const id = (f: Field) => `${uid}-${f}`;
  const on = { grantor: set('grantor'), grantee: set('grantee'), country: set('country'), currency: set('currency') };
  const focusField = (f: Field | null) => {
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(f))}`)?.focus();
  };

  function check(): { errors: FieldErrors; input: Input<'grants.create'> | null } {
    const e: FieldErrors = {};
    const required = t('money.error.required');
    if (!values.reference.trim()) e.reference = required;
    if (!values.title.trim()) e.title = required;
    const grantor = organisationNamed(organisations.options, values.grantor);
    const grantee = organisationNamed(organisations.options, values.grantee);
    if (!grantor) e.grantorId = values.grantor.trim() ? t('money.error.chooseOrganisation') : required;
    if (!grantee) e.granteeId = values.grantee.trim() ? t('money.error.chooseOrganisation') : required;
    else if (grantor && grantor.id === grantee.id) e.granteeId = t('money.error.sameOrganisation');
    if (!values.country) e.country = required;
    if (amount.state === 'empty') e.amountMinor = required;
    else if (amount.state === 'invalid') e.amountMinor = amount.message;
    for (const f of ['startDate', 'endDate'] as const) {
      if (!values[f].trim()) e[f] = required;
      else if (!isIsoDate(values[f].trim())) e[f] = badDateText(t, values[f]);
    }
    for (const f of ['decisionDate', 'agreementSignedDate'] as const) {
      if (values[f].trim() && !isIsoDate(values[f].trim())) e[f] = badDateText(t, values[f]);
    }
    if (!e.startDate && !e.endDate && values.endDate.trim() < values.startDate.trim()) e.endDate = t('money.error.endBeforeStart');
    if (Object.keys(e).length > 0 || !grantor || !grantee || amount.state !== 'ok') return { errors: e, input: null };
    const optional = (v: string) => (v.trim() ? v.trim() : undefined);
    return {
      errors: e,
      input: {
        reference: values.reference.trim(),
        title: values.title.trim(),
        purpose: values.purpose as Input<'grants.create'>['purpose'],
        ...(optional(values.description) ? { description: values.description.trim() } : {}),
        grantorId: grantor.id,
        granteeId: grantee.id,
        country: values.country,
        amountMinor: amount.money.amountMinor,
        currency: values.currency,
        ...(values.awardMethod ? { awardMethod: values.awardMethod as NonNullable<Input<'grants.create'>['awardMethod']> } : {}),
        ...(optional(values.decisionDate) ? { decisionDate: values.decisionDate.trim() } : {}),
        ...(optional(values.agreementSignedDate) ? { agreementSignedDate: values.agreementSignedDate.trim() } : {}),
        ...(values.budgetLineId && budgetLines.some((b) => String(b.id) === values.budgetLineId) ? { budgetLineId: Number(values.budgetLineId) } : {}),
        startDate: values.startDate.trim(),
        endDate: values.endDate.trim(),
      },
    };
  }

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const checked = check();
    setErrors(checked.errors);
    setBanner(null);
    if (!checked.input) {
      focusField(firstErrorField(checked.errors, FIELDS) as Field | null);
      return;
    }
    setBusy(true);
    try {
      const created = await api.call('grants.create', checked.input);
      onCreated(created.id);
    } catch (e) {
      const split = splitError(e, t, FIELDS);
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
      focusField(firstErrorField(split.fields, FIELDS) as Field | null);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="mf-dialog"
      data-testid="new-grant-dialog"
      aria-labelledby={`${uid}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <form ref={form} className="mf-form" onSubmit={submit} noValidate data-testid="new-grant-form">
        <header className="mf-dialog-head">
          <h2 id={`${uid}-title`}>{t('money.newGrant.title')}</h2>
          <p className="mf-hint">{t('money.newGrant.intro')}</p>
        </header>
        {banner !== null && (
          <p className="banner banner-error" role="alert" data-testid="new-grant-error">
            {banner}
          </p>
        )}
        {organisations.error !== null && <ErrorBanner title={t('money.organisations.loadFailed')} error={organisations.error} />}
        <div className="mf-grid">
          <FormField id={id('reference')} label={t('money.grant.reference')} error={errors.reference} data-testid="grant-reference">
            {(c) => <input {...c} className="mf-input" value={values.reference} onChange={(e) => set('reference')(e.target.value)} maxLength={40} autoFocus />}
          </FormField>
          <FormField id={id('purpose')} label={t('money.grant.purpose')} error={errors.purpose} data-testid="grant-purpose">
            {(c) => (
              <select {...c} className="mf-input" value={values.purpose} onChange={(e) => set('purpose')(e.target.value)}>
                {PURPOSES.map((p) => (
                  <option key={p} value={p}>
                    {codeLabel(t, 'purpose', p)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={id('title')} label={t('money.grant.title')} error={errors.title} data-testid="grant-title" className="mf-wide">
            {(c) => <input {...c} className="mf-input" value={values.title} onChange={(e) => set('title')(e.target.value)} maxLength={200} />}
          </FormField>
          <FormField id={id('grantorId')} label={t('money.grant.grantor')} hint={t('money.grant.organisation.hint')} error={errors.grantorId} data-testid="grant-grantor">
            {(c) => <OrganisationInput control={c} listId={`${uid}-orgs-grantor`} value={values.grantor} onChange={on.grantor} options={organisations.options} />}
          </FormField>
          <FormField id={id('granteeId')} label={t('money.grant.grantee')} error={errors.granteeId} data-testid="grant-grantee">
            {(c) => <OrganisationInput control={c} listId={`${uid}-orgs-grantee`} value={values.grantee} onChange={on.grantee} options={organisations.options} />}
          </FormField>
          <FormField id={id('country')} label={t('money.grant.country')} error={errors.country} data-testid="grant-country">
            {(c) => <CountrySelect control={c} value={values.country} onChange={on.country} />}
          </FormField>
          <FormField
            id={id('amountMinor')}
            label={t('money.grant.amount')}
            hint={amount.state === 'ok' ? <AmountHint reading={amount} /> : t('money.amount.hint', { example: '100000' })}
            error={errors.amountMinor}
            data-testid="grant-amount"
          >
            {(c) => <input {...c} className="mf-input num" inputMode="decimal" value={values.amount} onChange={(e) => set('amount')(e.target.value)} autoComplete="off" />}
          </FormField>
          <FormField id={id('currency')} label={t('money.grant.currency')} error={errors.currency} data-testid="grant-currency">
            {(c) => <CurrencySelect control={c} value={values.currency} onChange={on.currency} />}
          </FormField>
          <FormField id={id('startDate')} label={t('money.grant.startDate')} hint={t('money.date.hint')} error={errors.startDate} data-testid="grant-start">
            {(c) => <input {...c} className="mf-input date" value={values.startDate} onChange={(e) => set('startDate')(e.target.value)} placeholder={t('money.date.placeholder')} maxLength={10} autoComplete="off" />}
          </FormField>
          <FormField id={id('endDate')} label={t('money.grant.endDate')} hint={t('money.date.hint')} error={errors.endDate} data-testid="grant-end">
            {(c) => <input {...c} className="mf-input date" value={values.endDate} onChange={(e) => set('endDate')(e.target.value)} placeholder={t('money.date.placeholder')} maxLength={10} autoComplete="off" />}
          </FormField>
          <FormField id={id('awardMethod')} label={t('money.grant.awardMethod')} error={errors.awardMethod} data-testid="grant-award-method">
            {(c) => (
              <select {...c} className="mf-input" value={values.awardMethod} onChange={(e) => set('awardMethod')(e.target.value)}>
                <option value="">{t('money.choice.notRecorded')}</option>
                {AWARD_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {codeLabel(t, 'awardMethod', m)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={id('decisionDate')} label={t('money.grant.decisionDate')} error={errors.decisionDate} data-testid="grant-decision-date">
            {(c) => <input {...c} className="mf-input date" value={values.decisionDate} onChange={(e) => set('decisionDate')(e.target.value)} placeholder={t('money.date.placeholder')} maxLength={10} autoComplete="off" />}
          </FormField>
          <FormField id={id('agreementSignedDate')} label={t('money.grant.signedDate')} error={errors.agreementSignedDate} data-testid="grant-signed-date">
            {(c) => (
              <input {...c} className="mf-input date" value={values.agreementSignedDate} onChange={(e) => set('agreementSignedDate')(e.target.value)} placeholder={t('money.date.placeholder')} maxLength={10} autoComplete="off" />
            )}
          </FormField>
          <FormField id={id('budgetLineId')} label={t('register.grant.budgetLine')} hint={t('register.grant.budgetLine.hint')} error={errors.budgetLineId} data-testid="grant-budget-line" className="mf-wide">
            {(c) => (
              <select {...c} className="mf-input" value={values.budgetLineId} onChange={(e) => set('budgetLineId')(e.target.value)}>
                <option value="">{t('money.choice.notRecorded')}</option>
                {budgetLines.map((b) => (
                  <option key={b.id} value={String(b.id)}>
                    {t('register.grant.budgetLineOption', { description: b.description, start: b.startDate, end: b.endDate, amount: showMoney({ amountMinor: b.amountMinor, currency: b.currency }, locale) })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={id('description')} label={t('money.grant.description')} error={errors.description} data-testid="grant-description" className="mf-wide">
            {(c) => (
              <input {...c} className="mf-input" value={values.description} onChange={(e) => set('description')(e.target.value)} maxLength={2000} />
            )}
          </FormField>
        </div>
        <footer className="mf-actions">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="new-grant-save">
            {t('money.newGrant.save')}
          </button>
          <button type="button" className="btn" onClick={onClose} data-testid="new-grant-cancel">
            {t('money.cancel')}
          </button>
          <span className="mf-keys">{t('money.form.keys')}</span>
        </footer>
      </form>
    </dialog>
  );
}
