import type { Money } from '../../../../core/domain/money';

type Amendment = { id: number; field: string; oldValue: string | null; newValue: string | null; reason: string; madeAt: string; madeBy: string | null };

/** One amendment with its old and new value in words: money in the currency of its day, organisations by name. */
export type AmendmentRow<A extends Amendment> = A & { oldText: string; newText: string };

/**
 * Phrases a grant's amendments (oldest first, as the API lists them). Amounts are stored as minor
 * units of the currency the grant had then: walking back from the current currency, each currency
 * amendment tells what it was before. An amount changed together with the currency (one call: same
 * time, person and reason) is old in the old currency and new in the new one. Grantees are stored
 * as organisation ids and shown by name (the id while the names are loading).
 */
export function amendedValues<A extends Amendment>(
  amendments: readonly A[],
  currentCurrency: string,
  organisations: readonly { id: number; name: string }[],
  showMoney: (m: Money) => string,
  notRecorded: string,
): AmendmentRow<A>[] {
  const sameCall = (a: Amendment, b: Amendment) => a.madeAt === b.madeAt && a.reason === b.reason && a.madeBy === b.madeBy;
  const rows: AmendmentRow<A>[] = [];
  let after = currentCurrency; // the currency in effect after the amendment being looked at
  for (let k = amendments.length - 1; k >= 0; k--) {
    const a = amendments[k]!;
    const currencyChange = amendments.find((c) => c.field === 'currency' && sameCall(c, a));
    const newCurrency = currencyChange?.newValue ?? after;
    const oldCurrency = currencyChange?.oldValue ?? newCurrency;
    const text = (value: string | null, currency: string) => {
      if (value === null) return notRecorded;
      if (a.field === 'amount_minor') return showMoney({ amountMinor: Number(value), currency });
      if (a.field === 'grantee_id') return organisations.find((o) => String(o.id) === value)?.name ?? value;
      return value;
    };
    rows.push({ ...a, oldText: text(a.oldValue, oldCurrency), newText: text(a.newValue, newCurrency) });
    if (a.field === 'currency' && a.oldValue) after = a.oldValue;
  }
  return rows.reverse();
}
