import { useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/context';
import { useLocale } from '../../i18n/use-locale';
import { badDateText, isIsoDate } from './amount-input';
import { DateField } from './DateField';
import { firstErrorField, splitError, type FieldErrors } from './field-errors';
import { FormField } from './FormField';
import { localToday } from './today';
import { InlineForm } from '../../components/InlineForm';

const FIELDS = ['metDate', 'note'] as const;

type Props = {
  tranche: { id: number; seq: number; releaseCondition: string };
  onSaved(): void;
  onCancel(): void;
};

/** Marks a tranche's release condition met, on a date (today unless changed) with an optional note. */
export function ConditionMetForm({ tranche, onSaved, onCancel }: Props) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [metDate, setMetDate] = useState(localToday);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${uid}-${f}`;
  const focusFirst = (errs: FieldErrors) => {
    const f = firstErrorField(errs, FIELDS);
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(f))}`)?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    const date = metDate.trim();
    if (!isIsoDate(date)) e.metDate = date ? badDateText(t, date) : t('money.error.required');
    else if (date > localToday()) e.metDate = t('money.error.future');
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0) {
      focusFirst(e);
      return;
    }
    setBusy(true);
    try {
      await api.call('tranches.conditionMet', { trancheId: tranche.id, metDate: date, ...(note.trim() ? { note: note.trim() } : {}) });
      onSaved();
    } catch (err) {
      const split = splitError(err, t, FIELDS);
      if (split.fields.metDate && err instanceof Error && /future/.test(err.message)) split.fields.metDate = t('money.error.future');
      setBusy(false);
      setErrors(split.fields);
      setBanner(split.banner);
      focusFirst(split.fields);
    }
  }

  return (
    <InlineForm
      formRef={form}
      data-testid="condition-form" data-error-testid="condition-error" data-save-testid="condition-save"
      title={t('money.condition.title', { n: tranche.seq })}
      hint={t('money.disbursement.condition', { condition: tranche.releaseCondition })}
      banner={banner}
      saveLabel={t('money.condition.save')}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="mf-grid">
        <DateField
          id={id('metDate')}
          label={t('money.condition.date')}
          hint={t('money.date.hint')}
          error={errors.metDate}
          data-testid="condition-date"
          value={metDate}
          onChange={setMetDate}
          autoFocus
          autoComplete="off"
        />
        <FormField id={id('note')} label={t('money.condition.note')} error={errors.note} data-testid="condition-note" className="mf-wide">
          {(c) => <input {...c} className="mf-input" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />}
        </FormField>
      </div>
    </InlineForm>
  );
}
