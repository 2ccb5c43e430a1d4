import { useId, useRef, useState, type FormEvent } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { CountrySelect } from '../money-flow/CountrySelect';
import type { FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import { FormDialog } from './FormDialog';
import { LookAlikes, type LookAlike } from './LookAlikes';
import { splitRegisterError } from './register-errors';

type Person = Output<'people.get'>['person'];
const TEXT_FIELDS = ['fullName', 'email', 'phone', 'address', 'streetNumber', 'unit', 'postcode', 'city'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Spec = [TextField, TextKey, TextKey | null, boolean];
const HEAD: Spec[] = [
  ['fullName', 'register.field.fullName', null, true],
  ['email', 'register.field.personalEmail', null, false],
  ['phone', 'register.field.phone', 'register.field.phone.hint', false],
];
const TAIL: Spec[] = [
  ['address', 'register.field.street', null, true],
  ['streetNumber', 'register.field.streetNumber', null, false],
  ['unit', 'register.field.unit', null, false],
  ['postcode', 'register.field.postcode', null, false],
  ['city', 'register.field.city', null, false],
];
const WIDE = { className: 'mf-wide' };
const FIELDS = ['fullName', 'email', 'phone', 'country', 'address', 'streetNumber', 'unit', 'postcode', 'city'] as const;

/** New or edited person; records already holding the phone, e-mail or address are shown before saving. */
export function PersonForm({ editing, onClose, onSaved }: { editing: Person | null; onClose(): void; onSaved(id: number): void }) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<TextField, string> & { country: string }>(() => ({
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, editing?.[f] ?? ''])) as Record<TextField, string>),
    country: editing?.country ?? '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ for: string; list: LookAlike[] } | null>(null);
  const set = (k: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const id = (f: string) => `${uid}-${f}`;

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    setBanner(null);
    if (!values.fullName.trim()) {
      setErrors({ fullName: t('money.error.required') });
      form.current?.querySelector<HTMLElement>(`#${CSS.escape(id('fullName'))}`)?.focus();
      return;
    }
    setErrors({});
    const key = JSON.stringify(values);
    const fields = { ...values, country: values.country || null };
    setBusy(true);
    try {
      if (found?.for !== key) {
        const list = await api.call('organisations.lookAlikes', {
          ...(editing ? { personId: editing.id } : {}),
          ...(values.country ? { country: values.country } : {}),
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
      const saved = editing ? await api.call('people.update', { ...fields, id: editing.id }) : await api.call('people.create', fields);
      onSaved(saved.id);
    } catch (err) {
      const split = splitRegisterError(err, t, FIELDS);
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
    }
  }

  const on = { country: set('country') };
  const text = ([f, label, hint, wide]: Spec) => (
    <FormField key={f} id={id(f)} label={t(label)} hint={hint ? t(hint) : undefined} error={errors[f]} data-testid={`person-${f}`} {...(wide ? WIDE : {})}>
      {(c) => <input {...c} className="mf-input" value={values[f]} onChange={(e) => set(f)(e.target.value)} maxLength={200} autoComplete="off" />}
    </FormField>
  );
  const pending = found !== null && found.for === JSON.stringify(values) && found.list.length > 0;
  return (
    <FormDialog
      data-testid="person-dialog"
      formRef={form}
      title={editing ? t('register.person.edit') : t('register.person.new')}
      banner={banner}
      saveLabel={pending ? t('register.saveAnyway') : t('register.save')}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      aside={pending ? <LookAlikes found={found.list} /> : null}
    >
      {HEAD.map(text)}
      <FormField id={id('country')} label={t('register.field.country')} error={errors.country} data-testid="person-country">
        {(c) => <CountrySelect control={c} value={values.country} onChange={on.country} />}
      </FormField>
      {TAIL.map(text)}
    </FormDialog>
  );
}
