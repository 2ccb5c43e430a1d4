import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { describeError } from '../../api/errors';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { badDateText, isIsoDate } from '../money-flow/amount-input';
import { CurrencySelect } from '../money-flow/CurrencySelect';
import { firstErrorField, splitError, type FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import { localToday } from '../money-flow/today';
import { csvProblemAt, normaliseRate } from './rate-text';
import './fx.css';

type Pair = Output<'fx.pairs'>[number];
type Rate = Output<'fx.rates'>[number];

const PROBLEM_KEYS: Readonly<Record<string, TextKey>> = {
  header: 'fx.import.problem.header',
  date: 'fx.import.problem.date',
  base: 'fx.import.problem.currency',
  quote: 'fx.import.problem.currency',
  rate: 'fx.import.problem.rate',
  rateRange: 'fx.import.problem.rateRange',
};

const SET_FIELDS = ['base', 'quote', 'rateDate', 'rate'] as const;

/** Exchange rates: the pairs held, the latest rates of one, a rate by hand and a CSV import. */
export function FxPage() {
  const api = useApi();
  const { t } = useLocale();
  const { user } = useCurrentUser();
  const mayWrite = user.role !== 'funder_auditor';
  const [pairs, setPairs] = useState<Pair[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<{ base: string; quote: string } | null>(null);
  const [rates, setRates] = useState<Rate[] | null>(null);
  const [reload, setReload] = useState(0);

  const loadPairs = useCallback(() => {
    api.call('fx.pairs', {}).then(
      (p) => {
        setPairs(p);
        setError(null);
        setChosen((c) => c ?? (p[0] ? { base: p[0].base, quote: p[0].quote } : null));
      },
      setError,
    );
  }, [api]);
  useEffect(loadPairs, [loadPairs, reload]);

  useEffect(() => {
    if (!chosen) return;
    let current = true;
    api.call('fx.rates', { base: chosen.base, quote: chosen.quote, limit: 20 }).then(
      (r) => current && setRates(r),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api, chosen, reload]);

  const changed = () => setReload((n) => n + 1);

  return (
    <section className="fx-page" aria-labelledby="fx-title">
      <h1 id="fx-title" className="page-title" tabIndex={-1}>
        {t('fx.title')}
      </h1>
      <p className="fx-intro">{t('fx.intro')}</p>
      {error !== null && (
        <p className="banner banner-error" role="alert" data-testid="fx-error">
          {describeError(error, t).text}
        </p>
      )}
      <div className="fx-columns">
        <div>
          <h2 className="fx-h2">{t('fx.pairs.title')}</h2>
          {pairs !== null && pairs.length === 0 ? (
            <p className="empty">{t('fx.pairs.empty')}</p>
          ) : (
            <table className="table fx-table" data-testid="fx-pairs">
              <thead>
                <tr>
                  <th scope="col">{t('fx.pairs.pair')}</th>
                  <th scope="col" className="num">
                    {t('fx.pairs.count')}
                  </th>
                  <th scope="col">{t('fx.pairs.first')}</th>
                  <th scope="col">{t('fx.pairs.last')}</th>
                </tr>
              </thead>
              <tbody>
                {(pairs ?? []).map((p) => {
                  const selected = chosen?.base === p.base && chosen.quote === p.quote;
                  return (
                    <tr key={`${p.base}/${p.quote}`} data-testid="fx-pair-row" className={selected ? 'fx-selected' : undefined}>
                      <td>
                        <button type="button" className="fx-pair-btn mono" aria-pressed={selected} onClick={() => setChosen({ base: p.base, quote: p.quote })}>
                          {t('fx.pair', { base: p.base, quote: p.quote })}
                        </button>
                      </td>
                      <td className="num">{p.count}</td>
                      <td className="date">{p.first}</td>
                      <td className="date">{p.last}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {chosen && (
            <>
              <h2 className="fx-h2">{t('fx.rates.title', { base: chosen.base, quote: chosen.quote })}</h2>
              <table className="table fx-table" data-testid="fx-rates">
                <thead>
                  <tr>
                    <th scope="col">{t('fx.rates.date')}</th>
                    <th scope="col" className="num">
                      {t('fx.rates.rate', { base: chosen.base, quote: chosen.quote })}
                    </th>
                    <th scope="col">{t('fx.rates.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(rates ?? []).map((r) => (
                    <tr key={r.rateDate} data-testid="fx-rate-row">
                      <td className="date">{r.rateDate}</td>
                      <td className="num mono">{r.rate}</td>
                      <td>{r.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
        {mayWrite && (
          <div className="fx-forms">
            <SetRateForm
              initial={chosen}
              onSaved={(pair) => {
                setChosen(pair);
                changed();
              }}
            />
            <ImportForm onImported={changed} />
          </div>
        )}
      </div>
    </section>
  );
}

function SetRateForm({ initial, onSaved }: { initial: { base: string; quote: string } | null; onSaved(pair: { base: string; quote: string }): void }) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(initial?.base ?? 'EUR');
  const [quote, setQuote] = useState(initial?.quote ?? 'RSD');
  const [rateDate, setRateDate] = useState(localToday);
  const [rateText, setRateText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${uid}-${f}`;
  const focusFirst = (errs: FieldErrors) => {
    const f = firstErrorField(errs, SET_FIELDS);
    if (f) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(f))}`)?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    const rate = normaliseRate(rateText);
    if (base === quote) e.quote = t('fx.error.samePair');
    if (!isIsoDate(rateDate.trim())) e.rateDate = rateDate.trim() ? badDateText(t, rateDate) : t('money.error.required');
    if (rate === null) e.rate = rateText.trim() ? t('fx.error.rate') : t('money.error.required');
    setErrors(e);
    setBanner(null);
    setDone(null);
    if (Object.keys(e).length > 0 || rate === null) {
      focusFirst(e);
      return;
    }
    setBusy(true);
    try {
      await api.call('fx.set', { base, quote, rateDate: rateDate.trim(), rate });
      setDone(t('fx.set.done', { base, quote, date: rateDate.trim(), rate }));
      setRateText('');
      onSaved({ base, quote });
    } catch (err) {
      const split = splitError(err, t, SET_FIELDS);
      setErrors(split.fields);
      setBanner(split.banner);
      focusFirst(split.fields);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="mf-form mf-inline" onSubmit={submit} noValidate data-testid="fx-set-form" aria-labelledby={`${uid}-title`}>
      <h4 id={`${uid}-title`}>{t('fx.set.title')}</h4>
      {banner !== null && (
        <p className="banner banner-error" role="alert" data-testid="fx-set-error">
          {banner}
        </p>
      )}
      {done !== null && (
        <p className="mf-result" role="status" data-testid="fx-set-result">
          {done}
        </p>
      )}
      <div className="mf-grid">
        <FormField id={id('base')} label={t('fx.set.base')} error={errors.base} data-testid="fx-set-base">
          {(c) => <CurrencySelect control={c} value={base} onChange={setBase} />}
        </FormField>
        <FormField id={id('quote')} label={t('fx.set.quote')} error={errors.quote} data-testid="fx-set-quote">
          {(c) => <CurrencySelect control={c} value={quote} onChange={setQuote} />}
        </FormField>
        <FormField id={id('rateDate')} label={t('fx.set.date')} hint={t('money.date.hint')} error={errors.rateDate} data-testid="fx-set-date">
          {(c) => <input {...c} className="mf-input date" value={rateDate} onChange={(e) => setRateDate(e.target.value)} placeholder={t('money.date.placeholder')} maxLength={10} autoComplete="off" />}
        </FormField>
        <FormField id={id('rate')} label={t('fx.set.rate', { base, quote })} hint={t('fx.set.rate.hint')} error={errors.rate} data-testid="fx-set-rate">
          {(c) => <input {...c} className="mf-input num" inputMode="decimal" value={rateText} onChange={(e) => setRateText(e.target.value)} autoComplete="off" />}
        </FormField>
      </div>
      <footer className="mf-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="fx-set-save">
          {t('fx.set.save')}
        </button>
      </footer>
    </form>
  );
}

type ImportOutcome = { kind: 'done'; count: number } | { kind: 'problems'; lines: string[] } | { kind: 'failed'; text: string };

function ImportForm({ onImported }: { onImported(): void }) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [outcome]);

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const csv = await file.text();
      const r = await api.call('fx.import', { csv, source: file.name.slice(0, 120) });
      setOutcome({ kind: 'done', count: r.imported });
      onImported();
    } catch (err) {
      const lines =
        err instanceof ApiError
          ? err.issues.flatMap((i) => {
              const at = csvProblemAt(i.path);
              if (!at) return [];
              return [t('fx.import.problem', { line: at.line, problem: t(Object.hasOwn(PROBLEM_KEYS, at.field) ? PROBLEM_KEYS[at.field]! : 'fx.import.problem.line') })];
            })
          : [];
      setOutcome(lines.length > 0 ? { kind: 'problems', lines } : { kind: 'failed', text: describeError(err, t).text });
    } finally {
      setBusy(false);
      // The same file can be chosen again after it is corrected.
      input.value = '';
    }
  }

  return (
    <div className="mf-form mf-inline" data-testid="fx-import">
      <h4>{t('fx.import.title')}</h4>
      <p className="mf-hint">{t('fx.import.intro')}</p>
      <div className="mf-field">
        <label htmlFor={`${uid}-file`} className="mf-label">
          {t('fx.import.file')}
        </label>
        <input id={`${uid}-file`} type="file" accept=".csv,text/csv,text/plain" disabled={busy} onChange={(e) => void pick(e)} data-testid="fx-import-file" />
      </div>
      {outcome?.kind === 'done' && (
        <div ref={box} tabIndex={-1} className="mf-result" role="status" data-testid="fx-import-result">
          {t('fx.import.done', { count: outcome.count })}
        </div>
      )}
      {outcome?.kind === 'problems' && (
        <div ref={box} tabIndex={-1} className="banner banner-error" role="alert" data-testid="fx-import-error">
          <p>{t('fx.import.nothing')}</p>
          <ul className="fx-problems">
            {outcome.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <p className="banner banner-error" role="alert" data-testid="fx-import-error">
          {outcome.text}
        </p>
      )}
    </div>
  );
}
