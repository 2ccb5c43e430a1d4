import type { Db } from '../../../db/open';

/**
 * The shape every red-flag rule has (one module per rule under ./rules). A rule is a function from
 * the database to flag drafts: it never writes; the runner stores, deduplicates and re-opens flags.
 * Rules follow ../shared/design/integrity.md 1.8 (IRnn) and the project's own rules (En).
 */

export type Severity = 'low' | 'medium' | 'high';

/** A parameter's value: amounts are integer minor units (EUR cents unless the name says otherwise). */
export type ParamValue = number | string | boolean | readonly string[];

/** A record a flag accuses or used, by table and id (the runner resolves its entered identifier). */
export interface RecordRef {
  kind: string; // audited table name, e.g. 'disbursements', 'grants', 'organisations', 'people'
  id: number;
}

/** A translated message: a catalogue key under the `flags` namespace and the values it quotes. */
export interface FlagMessage {
  key: string;
  /** Values already formatted where they are money or dates (e.g. "EUR 28,650.00"), or raw numbers. */
  values: Record<string, string | number>;
}

export interface FlagDraft {
  /** The record the flag accuses. */
  subject: RecordRef;
  /** The grant it concerns, when there is one (for the grant's flags panel). */
  grantId?: number | null;
  /** The organisation it concerns, when there is one (for the organisation's flags panel). */
  organisationId?: number | null;
  /** Every record the rule used to raise it: a change to any of these re-evaluates the flag. */
  inputs: RecordRef[];
  /** The numbers that raised it, stored with the flag (amounts in minor units, with currency). */
  figures: Record<string, string | number | boolean | null>;
  /** Plain words quoting those numbers. */
  message: FlagMessage;
  /** Amount the flag is about in EUR cents, for sorting and filtering the Flags grid. */
  amountEurMinor?: number | null;
}

/** What a run of one rule found: flags, or that its data is absent (never reported as clean). */
export type RuleOutcome =
  | { assessable: true; flags: FlagDraft[] }
  | { assessable: false; reason: FlagMessage };

export interface RuleScope {
  /** Only re-check what touches these records (incremental run after a command); absent: everything. */
  touched?: RecordRef[];
}

export interface RuleContext {
  db: Db;
  /** "Today" for the rule: an audit of past data sets it (ISO date). */
  asOf: string;
  scope: RuleScope;
}

export interface Rule<P extends Record<string, ParamValue> = Record<string, ParamValue>> {
  id: string; // 'IR01' ... 'IR24', 'E1' ... 'E6'
  version: number; // raised whenever what the rule computes changes
  severity: Severity;
  /** Catalogue key of the rule's title under the `flags` namespace. */
  titleKey: string;
  /** Parameters with their defaults (an administrator may override them; overrides are versioned). */
  defaults: P;
  run(ctx: RuleContext, params: P): RuleOutcome;
}
