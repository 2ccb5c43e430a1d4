import { useId, useRef, useState, type FormEvent } from 'react';
import type { Input, Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { isIsoDate } from '../money-flow/amount-input';
import { CountrySelect } from '../money-flow/CountrySelect';
import type { FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import { FormDialog } from './FormDialog';
import { LookAlikes, type LookAlike } from './LookAlikes';
import { splitRegisterError } from './register-errors';
import { ORGANISATION_KINDS, ORGANISATION_SIDES, registerLabel } from './register-labels';

type Organisation = Output<'organisations.get'>['organisation'];

const TEXT_FIELDS = ['name', 'shortName', 'registrationNumber', 'registrationDate', 'iatiIdentifier', 'address', 'streetNumber', 'unit', 'postcode', 'city', 'phone', 'email', 'website'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Values = Record<TextField, string> & { kind: string; side: string; country: string };
type Spec = [TextField, TextKey, { wide?: boolean; hint?: TextKey; max?: number; mono?: boolean }];
const HEAD: Spec[] = [
  ['name', 'register.field.name', { wide: true }],
  ['shortName', 'register.field.shortName', { max: 40, hint: 'register.field.shortName.hint' }],
];
const TAIL: Spec[] = [
  ['registrationNumber', 'register.field.registrationNumber', { max: 40, mono: true }],
  ['registrationDate', 'register.field.registrationDate', { max: 10, hint: 'money.date.hint' }],
  ['iatiIdentifier', 'register.field.iatiIdentifier', { max: 60, mono: true, hint: 'register.field.iatiIdentifier.hint' }],
  ['address', 'register.field.street', { wide: true }],
  ['streetNumber', 'register.field.streetNumber', { max: 20 }],
  ['unit', 'register.field.unit', { max: 40 }],
  ['postcode', 'register.field.postcode', { max: 20 }],
  ['city', 'register.field.city', { max: 100 }],
  ['phone', 'register.field.phone', { max: 40, hint: 'register.field.phone.hint' }],
  ['email', 'register.field.email', {}],
  ['website', 'register.field.website', { wide: true }],
];
const WIDE = { className: 'mf-wide' };
const FIELDS = ['name', 'shortName', 'kind', 'side', 'country', ...TEXT_FIELDS.slice(2)] as const;

function initial(o: Organisation | null): Values {
  const v = Object.fromEntries(TEXT_FIELDS.map((f) => [f, (o?.[f] as string | null | undefined) ?? ''])) as Record<TextField, string>;
  return { ...v, kind: o?.kind ?? 'ngo', side: o?.side ?? 'grantee', country: o?.country ?? '' };
}

/**
 * New or edited organisation. Before saving, it asks which records already hold its registration
 * number, phone, e-mail or address and shows them; saving again saves anyway.
 */
export function OrganisationForm({ editing, onClose, onSaved }: { editing: Organisation | null; onClose(): void; onSaved(id: number): void }) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => initial(editing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ for: string; list: LookAlike[] } | null>(null);
  const set = (k: keyof Values) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const id = (f: string) => `${uid}-${f}`;

  function check(): FieldErrors {
    const e: FieldErrors = {};
    if (!values.name.trim()) e.name = t('money.error.required');
    if (!values.country) e.country = t('money.error.required');
    if (values.registrationDate.trim() && !isIsoDate(values.registrationDate.trim())) e.registrationDate = t('money.error.date');
    return e;
  }

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e = check();
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0) {
      form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(FIELDS.find((f) => e[f])!))}`)?.focus();
      return;
    }
    const fields = { ...values, registrationDate: values.registrationDate.trim() || null } as Input<'organisations.create'>;
    const key = JSON.stringify(values);
    setBusy(true);
    try {
      if (found?.for !== key) {
        const list = await api.call('organisations.lookAlikes', {
          ...(editing ? { organisationId: editing.id } : {}),
          country: values.country,
          registrationNumber: values.registrationNumber,
          phone: values.phone,
          email: values.email,
          address: values.address,
          streetNumber: values.streetNumber,
          postcode: values.postcode,
          city: values.city,
        });
        setFound({ for: key, list });
        if (list.length > 0) {
          setBusy(false);
          return;
        }
      }
      const saved = editing ? await api.call('organisations.update', { ...fields, id: editing.id }) : await api.call('organisations.create', fields);
      onSaved(saved.id);
    } catch (err) {
      const split = splitRegisterError(err, t, FIELDS);
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
      const first = FIELDS.find((f) => split.fields[f]);
      if (first) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus();
    }
  }

  const text = ([f, label, extra]: Spec) => (
    <FormField key={f} id={id(f)} label={t(label)} hint={extra.hint && t(extra.hint)} error={errors[f]} data-testid={`org-${f}`} {...(extra.wide ? WIDE : {})}>
      {(c) => <input {...c} className={`mf-input${extra.mono ? ' mono' : ''}`} value={values[f]} onChange={(e) => set(f)(e.target.value)} maxLength={extra.max ?? 200} autoComplete="off" />}
    </FormField>
  );
  const on = { country: set('country') };
  const pending = found !== null && found.for === JSON.stringify(values) && found.list.length > 0;

  return (
    <FormDialog
      data-testid="organisation-dialog"
      formRef={form}
      title={editing ? t('register.organisation.edit') : t('register.organisation.new')}
      intro={t('register.organisation.intro')}
      banner={banner}
      saveLabel={pending ? t('register.saveAnyway') : t('register.save')}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      aside={pending ? <LookAlikes found={found.list} /> : null}
    >
      {HEAD.map(text)}
      <FormField id={id('kind')} label={t('register.field.kind')} error={errors.kind} data-testid="org-kind">
        {(c) => (
          <select {...c} className="mf-input" value={values.kind} onChange={(e) => set('kind')(e.target.value)}>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {registerLabel(t, 'kind', k)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={id('side')} label={t('register.field.side')} error={errors.side} data-testid="org-side">
        {(c) => (
          <select {...c} className="mf-input" value={values.side} onChange={(e) => set('side')(e.target.value)}>
            {ORGANISATION_SIDES.map((k) => (
              <option key={k} value={k}>
                {registerLabel(t, 'side', k)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={id('country')} label={t('register.field.registrationCountry')} error={errors.country} data-testid="org-country">
        {(c) => <CountrySelect control={c} value={values.country} onChange={on.country} />}
      </FormField>
      {TAIL.map(text)}
    </FormDialog>
  );
}
