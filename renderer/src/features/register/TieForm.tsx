import { useEffect, useId, useState, type FormEvent } from 'react';
import { useApi } from '../../api/context';
import { InlineForm } from '../../components/InlineForm';
import { useLocale } from '../../i18n/use-locale';
import { isIsoDate } from '../money-flow/amount-input';
import type { FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import { organisationNamed, OrganisationInput } from '../money-flow/OrganisationInput';
import { useOrganisations } from '../money-flow/use-organisations';
import { splitRegisterError } from './register-errors';
import { PERSON_ROLES, RELATION_TYPES, registerLabel } from './register-labels';

type Candidate = { id: number; name: string };

/** People whose name contains the typed text (the first 20, through the People grid's search). */
function usePeopleNamed(text: string, except: number): Candidate[] {
  const api = useApi();
  const [found, setFound] = useState<Candidate[]>([]);
  useEffect(() => {
    if (text.trim().length < 2) return;
    let current = true;
    const timer = window.setTimeout(() => {
      api.call('people.page', { startRow: 0, endRow: 20, search: text.trim() }).then(
        (p) => current && setFound(p.rows.filter((r) => r.id !== except).map((r) => ({ id: r.id, name: r.fullName }))),
        () => current && setFound([]),
      );
    }, 200);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, text, except]);
  return found;
}

const FIELDS = ['organisationId', 'relativeId', 'type', 'role', 'startDate', 'endDate', 'source'] as const;

/**
 * A person's role in an organisation, or a relationship to another person: with its dates and the
 * source it is known from (a register extract, a declaration).
 */
export function TieForm({ personId, kind, onCancel, onSaved }: { personId: number; kind: 'role' | 'relation'; onCancel(): void; onSaved(): void }) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const organisations = useOrganisations(kind === 'role');
  const [v, setV] = useState({ other: '', code: kind === 'role' ? 'director' : 'spouse', startDate: '', endDate: '', source: '' });
  const people = usePeopleNamed(kind === 'relation' ? v.other : '', personId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (x: string) => setV((old) => ({ ...old, [k]: x }));
  const otherPath = kind === 'role' ? 'organisationId' : 'relativeId';
  const codePath = kind === 'role' ? 'role' : 'type';

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    const other = kind === 'role' ? organisationNamed(organisations.options, v.other) : (people.find((p) => p.name.toLocaleLowerCase() === v.other.trim().toLocaleLowerCase()) ?? null);
    if (!other) e[otherPath] = v.other.trim() ? t(kind === 'role' ? 'money.error.chooseOrganisation' : 'register.error.choosePerson') : t('money.error.required');
    for (const f of ['startDate', 'endDate'] as const) if (v[f].trim() && !isIsoDate(v[f].trim())) e[f] = t('money.error.date');
    if (!e.startDate && !e.endDate && v.startDate.trim() && v.endDate.trim() && v.endDate.trim() < v.startDate.trim()) e.endDate = t('money.error.endBeforeStart');
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0 || !other) return;
    const common = { startDate: v.startDate.trim() || null, endDate: v.endDate.trim() || null, source: v.source.trim() || null };
    setBusy(true);
    try {
      if (kind === 'role') await api.call('people.addRole', { personId, organisationId: other.id, role: v.code as (typeof PERSON_ROLES)[number], ...common });
      else await api.call('people.addRelation', { personId, relativeId: other.id, type: v.code as (typeof RELATION_TYPES)[number], ...common });
      onSaved();
    } catch (err) {
      const split = splitRegisterError(err, t, FIELDS);
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
    }
  }

  const id = (f: string) => `${uid}-${f}`;
  const codes = kind === 'role' ? PERSON_ROLES : RELATION_TYPES;
  const table = kind === 'role' ? 'role' : 'relation';
  const on = { other: set('other') };
  return (
    <InlineForm
      data-testid={`${kind}-form`}
      data-error-testid={`${kind}-error`}
      data-save-testid={`${kind}-save`}
      title={kind === 'role' ? t('register.role.new') : t('register.relation.new')}
      banner={banner}
      saveLabel={t('register.save')}
      busy={busy}
      keysHint={t('money.form.keys')}
      onSubmit={submit}
      onCancel={onCancel}
      stopEscape
    >
      <div className="mf-grid">
        <FormField id={id(otherPath)} label={kind === 'role' ? t('register.field.organisation') : t('register.field.relative')} error={errors[otherPath]} data-testid={`${kind}-other`}>
          {(c) =>
            kind === 'role' ? (
              <OrganisationInput control={c} listId={`${uid}-orgs`} value={v.other} onChange={on.other} options={organisations.options} />
            ) : (
              <>
                <input {...c} className="mf-input" list={`${uid}-people`} value={v.other} onChange={(e) => set('other')(e.target.value)} autoComplete="off" autoFocus />
                <datalist id={`${uid}-people`}>
                  {people.map((p) => (
                    <option key={p.id} value={p.name} />
                  ))}
                </datalist>
              </>
            )
          }
        </FormField>
        <FormField id={id(codePath)} label={kind === 'role' ? t('register.field.role') : t('register.field.relationType')} error={errors[codePath]} data-testid={`${kind}-code`}>
          {(c) => (
            <select {...c} className="mf-input" value={v.code} onChange={(e) => set('code')(e.target.value)}>
              {codes.map((code) => (
                <option key={code} value={code}>
                  {registerLabel(t, table, code)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('startDate')} label={t('register.field.fromOptional')} hint={t('money.date.hint')} error={errors.startDate} data-testid={`${kind}-start`}>
          {(c) => <input {...c} className="mf-input date" value={v.startDate} onChange={(e) => set('startDate')(e.target.value)} maxLength={10} autoComplete="off" />}
        </FormField>
        <FormField id={id('endDate')} label={t('register.field.toOptional')} hint={t('money.date.hint')} error={errors.endDate} data-testid={`${kind}-end`}>
          {(c) => <input {...c} className="mf-input date" value={v.endDate} onChange={(e) => set('endDate')(e.target.value)} maxLength={10} autoComplete="off" />}
        </FormField>
        <FormField id={id('source')} label={t('register.field.source')} hint={t('register.field.source.hint')} error={errors.source} data-testid={`${kind}-source`} className="mf-wide">
          {(c) => <input {...c} className="mf-input" value={v.source} onChange={(e) => set('source')(e.target.value)} maxLength={300} autoComplete="off" />}
        </FormField>
      </div>
    </InlineForm>
  );
}
