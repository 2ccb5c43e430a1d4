/**
 * Codes the audit log stores or reports, each with its catalogue key written out (as in
 * ../../i18n/code-labels), so the catalogue tests see every key in use and a test can insist that
 * every audited table (db/audit/audited-tables.ts) has a name people read.
 */
import type { TFunction } from 'i18next';
import type { Output } from '../../../../core/api/handlers';
import type { TextKey } from '../../i18n/keys';

type Entry = Output<'audit.page'>['rows'][number];
type Verify = Output<'audit.verify'>;
type Failed = Extract<Verify, { ok: false }>;

export type AuditAction = Entry['action'];
export type ChainBreakKind = NonNullable<Failed['chainBreak']>['kind'];
export type MismatchKind = NonNullable<Failed['stateMismatches']>[number]['kind'];

/** What happened to the record. */
export const ACTION_KEYS = {
  insert: 'audit.action.insert',
  update: 'audit.action.update',
  delete: 'audit.action.delete',
} as const satisfies Record<AuditAction, TextKey>;

/** Every audited table as the kind of record it holds, in the singular ("grants" → "Grant"). */
export const RECORD_TYPE_KEYS = {
  meta: 'audit.recordType.meta',
  currencies: 'audit.recordType.currencies',
  countries: 'audit.recordType.countries',
  organisations: 'audit.recordType.organisations',
  bank_accounts: 'audit.recordType.bank_accounts',
  people: 'audit.recordType.people',
  person_roles: 'audit.recordType.person_roles',
  person_relations: 'audit.recordType.person_relations',
  users: 'audit.recordType.users',
  access_refusals: 'audit.recordType.access_refusals',
  grants: 'audit.recordType.grants',
  grant_amendments: 'audit.recordType.grant_amendments',
  budget_lines: 'audit.recordType.budget_lines',
  tranches: 'audit.recordType.tranches',
  disbursements: 'audit.recordType.disbursements',
  receipts: 'audit.recordType.receipts',
  receipt_matches: 'audit.recordType.receipt_matches',
  payment_differences: 'audit.recordType.payment_differences',
  fx_rates: 'audit.recordType.fx_rates',
  funding_plans: 'audit.recordType.funding_plans',
  funding_plan_years: 'audit.recordType.funding_plan_years',
  pledges: 'audit.recordType.pledges',
  plan_cost_lines: 'audit.recordType.plan_cost_lines',
  impact_indicators: 'audit.recordType.impact_indicators',
  flags: 'audit.recordType.flags',
} as const satisfies Record<string, TextKey>;

/** How the chain of seals is broken at an entry. */
export const BREAK_KIND_KEYS = {
  gap: 'audit.break.gap',
  broken_link: 'audit.break.broken_link',
  edited: 'audit.break.edited',
  unsealed: 'audit.break.unsealed',
} as const satisfies Record<ChainBreakKind, TextKey>;

/** How a record differs from what its last entry says, or a grant's kept sums from its records. */
export const MISMATCH_KIND_KEYS = {
  unlogged_row: 'audit.mismatch.unlogged_row',
  changed_row: 'audit.mismatch.changed_row',
  deleted_row: 'audit.mismatch.deleted_row',
  totals_differ: 'audit.mismatch.totals_differ',
  year_totals_differ: 'audit.mismatch.year_totals_differ',
} as const satisfies Record<MismatchKind, TextKey>;

function label(t: TFunction, keys: Readonly<Record<string, TextKey>>, code: string): string {
  return Object.hasOwn(keys, code) ? t(keys[code]!) : code;
}

/** "grants" → "Grant"; a table this build does not know is shown as stored. */
export const recordTypeLabel = (t: TFunction, tableName: string): string => label(t, RECORD_TYPE_KEYS, tableName);
/** "insert" → "Created". */
export const actionLabel = (t: TFunction, action: string): string => label(t, ACTION_KEYS, action);
/** "edited" → "the entry was changed after it was sealed". */
export const breakKindLabel = (t: TFunction, kind: string): string => label(t, BREAK_KIND_KEYS, kind);
/** "changed_row" → "changed without an audit entry". */
export const mismatchKindLabel = (t: TFunction, kind: string): string => label(t, MISMATCH_KIND_KEYS, kind);

/** Record types for a choice list, sorted by their name in the UI language. */
export function recordTypeChoices(t: TFunction, collator: Intl.Collator): { value: string; label: string }[] {
  return Object.keys(RECORD_TYPE_KEYS)
    .map((value) => ({ value, label: recordTypeLabel(t, value) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
