import { afterEach, beforeEach } from 'vitest';
import type { Core } from '../../core/create-core';
import { asSession, demoCore, signInAs } from './demo-core';

/** The grantor and grantee most money-flow tests use: an OSCE grant to a Belgrade shelter. */
export const GRANTOR = 'OSCE Mission to Serbia';
export const GRANTEE = 'Centar za zaštitu i podršku Oaza';

export type GrantSpec = {
  reference: string;
  title?: string;
  purpose?: string;
  amountMinor?: number;
  currency?: string;
  startDate?: string;
  endDate?: string;
  /** The setSchedule `schedule` (default: four quarterly tranches from 2026-01-15). */
  schedule?: unknown;
  conditions?: (string | null)[];
  status?: 'draft' | 'approved' | 'active';
};

/**
 * A fresh demo database per test with the coordinator, finance officer and administrator signed
 * in, and the small helpers money-flow tests share. Call once at the top of a test file.
 */
export function useMoneyWorld() {
  let env: ReturnType<typeof demoCore>;
  let coordinator: Core;
  let finance: Core;
  beforeEach(() => {
    env = demoCore();
    coordinator = asSession(env.raw, signInAs(env.raw, 'coordinator'));
    finance = asSession(env.raw, signInAs(env.raw, 'finance'));
  });
  afterEach(() => env.cleanup());

  const sqlite = () => env.raw.ctx.db.$client;
  const one = <T>(q: string, ...args: unknown[]) => sqlite().prepare(q).get(...args) as T;
  const count = (table: string) => one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).n;
  const orgId = (name: string) => one<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name).id;
  function value<T>(r: ReturnType<Core['call']>): T {
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  }

  /** A grant from GRANTOR to GRANTEE with its schedule, taken as far as `status`; its tranche ids and the grantee's current account. */
  function newGrant(g: GrantSpec) {
    const { id } = value<{ id: number }>(
      coordinator.call('grants.create', {
        reference: g.reference,
        title: g.title ?? 'Shelter running costs 2026',
        purpose: g.purpose ?? 'shelter',
        grantorId: orgId(GRANTOR),
        granteeId: orgId(GRANTEE),
        country: 'RS',
        amountMinor: g.amountMinor ?? 10_000_000,
        currency: g.currency ?? 'EUR',
        startDate: g.startDate ?? '2026-01-01',
        endDate: g.endDate ?? '2026-12-31',
      }),
    );
    const schedule = g.schedule ?? { kind: 'quarterly', count: 4, firstDueDate: '2026-01-15' };
    value(coordinator.call('grants.setSchedule', { grantId: id, schedule, ...(g.conditions ? { conditions: g.conditions } : {}) }));
    const status = g.status ?? 'active';
    if (status !== 'draft') value(coordinator.call('grants.transition', { id, to: 'approved' }));
    if (status === 'active') value(coordinator.call('grants.transition', { id, to: 'active' }));
    const tranches = sqlite().prepare('SELECT id FROM tranches WHERE grant_id = ? ORDER BY seq').pluck().all(id) as number[];
    const grantee = orgId(GRANTEE);
    const account = one<{ id: number }>('SELECT id FROM bank_accounts WHERE organisation_id = ? AND valid_to IS NULL ORDER BY id LIMIT 1', grantee).id;
    return { id, tranches, account, grantee };
  }

  return {
    get env() {
      return env;
    },
    get coordinator() {
      return coordinator;
    },
    get finance() {
      return finance;
    },
    /** The demo administrator's session. */
    get admin() {
      return env.core;
    },
    sqlite,
    one,
    count,
    orgId,
    value,
    newGrant,
  };
}
