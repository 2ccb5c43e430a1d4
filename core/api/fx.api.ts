import { ratePairs, ratesOf, upsertRate } from '../../db/queries/fx-rates';
import { isCurrencyCode } from '../domain/currencies';
import { parseRatesCsv } from '../domain/fx-csv';
import { command, query } from './define';
import { AppError } from './errors';
import { NoInput } from './schemas/app';
import { checkRate, implausibleRate, rangeOf, setRange } from '../services/fx-plausible';
import { ImportRatesInput, PairInput, RatesOfInput, SetPlausibleRangeInput, SetRateInput } from './schemas/fx';

export const fxApi = {
  /** Currency pairs with rates, and the dates they cover. */
  'fx.pairs': query('signed-in', NoInput, (ctx) => ratePairs(ctx.db)),
  /** The rates of one pair, newest first. */
  'fx.rates': query('signed-in', RatesOfInput, (ctx, i) => ratesOf(ctx.db, i.base, i.quote, i.limit)),
  /** Sets one rate by hand (replacing that day's rate of the pair, audited). */
  'fx.set': command(['administrator', 'coordinator', 'finance_officer'], SetRateInput, (ctx, i) => {
    checkRate(ctx, i);
    upsertRate(ctx.db, { ...i, source: 'entered by hand', createdAt: ctx.clock.now().toISOString() });
    return { ...i };
  }),
  /** The range rates of a pair must lie in, and whether an administrator set it. */
  'fx.plausibleRange': query('signed-in', PairInput, (ctx, i) => rangeOf(ctx, i.base, i.quote)),
  /** Widens (or narrows) the plausible range of one pair, for a real devaluation: audited with its reason. */
  'fx.setPlausibleRange': command(['administrator'], SetPlausibleRangeInput, (ctx, i) => setRange(ctx, i)),
  /** Imports rates from CSV: every line is checked first, and one bad line imports nothing. */
  'fx.import': command(['administrator', 'coordinator', 'finance_officer'], ImportRatesInput, (ctx, i) => {
    const parsed = parseRatesCsv(i.csv, isCurrencyCode);
    const { rows } = parsed;
    // A rate outside its pair's plausible range is a problem of its line like any other.
    const problems = parsed.problems.length ? parsed.problems : rows.flatMap((r) => {
      const why = implausibleRate(ctx, r.base, r.quote, r.rate);
      return why ? [{ line: r.line, field: 'rateRange', message: why }] : [];
    });
    if (problems.length) {
      const first = problems[0]!;
      throw new AppError('invalid_input', `Line ${first.line}, ${first.field}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, { line: first.line }, problems.slice(0, 50).map((p) => ({ path: `line ${p.line}.${p.field}`, code: 'csv', message: p.message })));
    }
    const at = ctx.clock.now().toISOString();
    for (const r of rows) upsertRate(ctx.db, { base: r.base, quote: r.quote, rateDate: r.date, rate: r.rate, source: i.source, createdAt: at });
    return { imported: rows.length };
  }),
};
