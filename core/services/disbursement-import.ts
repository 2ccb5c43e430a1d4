import type { z } from 'zod';
import { importLookups, importWriters, type ImportGrant, type ImportTranche } from '../../db/queries/disbursement-import';
import type { Ctx } from '../api/define';
import type { JobControl } from '../api/jobs';
import type { ImportDisbursementsInput } from '../api/schemas/disbursements';
import { amountAndConditionBreak, convertedAmount, disbursementRow, payeeAndStateBreak, type RuleBreak } from '../domain/disbursement-rules';
import { ConversionRangeError, convertByDivision, toGrantCurrency } from '../domain/fx';
import { fourEyesThreshold } from './four-eyes';
import { ruleError } from './rule-error';

/** Rows between progress reports (and cancellation checks). */
const PROGRESS_EVERY = 500;

const rowError = (index: number, b: RuleBreak) => ruleError(b, index);

/** The EUR equivalent for the four-eyes threshold; an amount too large to convert is the row's error. */
function eurOf(index: number, amountMinor: number, currency: string, minorUnits: number, rate: string): number {
  try {
    return convertByDivision(amountMinor, minorUnits, rate, 2);
  } catch (e) {
    if (!(e instanceof ConversionRangeError)) throw e;
    throw rowError(index, { code: 'invalid_input', path: 'amountMinor', issue: 'too_big_to_convert', message: `${amountMinor} minor units of ${currency} are more than an amount in EUR can hold`, params: { amountMinor, currency } });
  }
}

/**
 * Records many disbursements in one transaction under the same rules as recording one (see
 * core/domain/disbursement-rules.ts): the first row that breaks a rule is named and nothing is
 * written. Facts are looked up once per tranche, grant, account and rate, and what earlier rows
 * paid is counted as the import goes, so a row cannot overdraw a tranche another row already used.
 */
export function importDisbursements(ctx: Ctx, input: z.output<typeof ImportDisbursementsInput>, control?: JobControl) {
  const sqlite = ctx.db.$client;
  const look = importLookups(sqlite);
  const write = importWriters(sqlite);
  const tranches = new Map<number, ImportTranche | null>();
  const grants = new Map<number, ImportGrant>();
  const paidTranche = new Map<number, number>();
  const paidGrant = new Map<number, number>();
  const rates = new Map<string, string | null>();
  const minorUnits = new Map<string, number>();
  const threshold = fourEyesThreshold(ctx);
  const at = ctx.clock.now().toISOString();
  const today = ctx.clock.today();
  const recordedBy = ctx.actor!.id;

  const perEur = (index: number, currency: string, date: string): string => {
    if (currency === 'EUR') return '1';
    const key = `${currency} ${date}`;
    let r = rates.get(key);
    if (r === undefined) rates.set(key, (r = look.perEur(currency, date) ?? null));
    if (r === null) throw rowError(index, { code: 'invalid_input', path: 'currency', message: `no EUR/${currency} exchange rate on or before ${date}`, params: { pair: `EUR/${currency}`, date } });
    return r;
  };

  let approvalRequired = 0;
  let firstId = 0;
  let lastId = 0;
  const total = input.rows.length;
  input.rows.forEach((row, index) => {
    if (control && index % PROGRESS_EVERY === 0) control.progress(index, total, 'rows');
    let t = tranches.get(row.trancheId);
    if (t === undefined) tranches.set(row.trancheId, (t = look.tranche(row.trancheId) ?? null));
    if (!t) throw rowError(index, { code: 'invalid_input', path: 'trancheId', message: `tranche ${row.trancheId} does not exist` });
    let g = grants.get(t.grantId);
    if (!g) grants.set(t.grantId, (g = look.grant(t.grantId)!));
    const b = payeeAndStateBreak(g, t, look.account(row.bankAccountId), row.paidDate, today);
    if (b) throw rowError(index, b);

    let mu = minorUnits.get(row.currency);
    if (mu === undefined) minorUnits.set(row.currency, (mu = look.minorUnits(row.currency)!));
    const converted = convertedAmount(row.amountMinor, row.currency, g.currency, () => toGrantCurrency(row.amountMinor, mu, row.currency, g, (c) => perEur(index, c, row.paidDate)));
    if ('break' in converted) throw rowError(index, converted.break);
    const { grantAmountMinor, fxRate } = converted;
    const paid = {
      tranche: paidTranche.get(t.id) ?? look.paidOnTranche(t.id),
      grant: paidGrant.get(g.id) ?? look.paidOnGrant(g.id),
    };
    const a = amountAndConditionBreak(g, t, paid, grantAmountMinor, row.overrideReason);
    if (a) throw rowError(index, a);

    const eurMinor = row.currency === 'EUR' ? row.amountMinor : eurOf(index, row.amountMinor, row.currency, mu, perEur(index, row.currency, row.paidDate));
    const needsApproval = eurMinor >= threshold;
    const id = write.insert({ ...disbursementRow(row, { grantId: g.id, trancheId: t.id, grantAmountMinor, fxRate, recordedBy, createdAt: at }), approvalRequired: needsApproval ? 1 : 0 });
    paidTranche.set(t.id, paid.tranche + grantAmountMinor);
    paidGrant.set(g.id, paid.grant + grantAmountMinor);
    // A payment awaiting its second approval has not released the tranche yet (approval does).
    if (needsApproval) approvalRequired++;
    else if (t.status === 'planned') {
      write.markReleased(t.id);
      t.status = 'released';
    }
    if (index === 0) firstId = id;
    lastId = id;
  });
  return { imported: input.rows.length, firstId, lastId, approvalRequired };
}
