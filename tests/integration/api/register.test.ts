import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, Output } from '../../../core/api/handlers';
import type { Result } from '../../../core/api/errors';
import { verifyAudit } from '../../../core/services/audit';
import { asSession, demoCore, signInAs } from '../../support/demo-core';

let env: ReturnType<typeof demoCore>;
beforeEach(() => {
  env = demoCore();
});
afterEach(() => env.cleanup());

const db = () => env.raw.ctx.db.$client;
const one = <T>(q: string, ...args: unknown[]) => db().prepare(q).get(...args) as T;
/** The core as `username`, with each method's output typed. */
const as = (username: string) => {
  const core = asSession(env.raw, signInAs(env.raw, username));
  return { call: <K extends MethodName>(name: K, input: unknown) => core.call(name, input) as Result<Output<K>> };
};

const TABLES = ['organisations', 'bank_accounts', 'people', 'person_roles', 'person_relations', 'budget_lines', 'users', 'grants', 'access_refusals', 'audit_entries'];
const counts = () => Object.fromEntries(TABLES.map((t) => [t, one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`).n]));

/** Calls `method` as the coordinator, expects a refusal at `path` with `code`, and that nothing was written. */
function refused(method: string, input: unknown, path: string, code: string) {
  const before = counts();
  const r = as('coordinator').call(method as MethodName, input);
  expect(r.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe('invalid_input');
  expect(r.error.issues).toContainEqual(expect.objectContaining({ path, code }));
  expect(r.error.message).toContain(path);
  expect(counts()).toEqual(before);
}

const NGO = {
  name: 'Udruženje Nova nada',
  kind: 'ngo',
  side: 'grantee',
  country: 'RS',
  registrationNumber: '28999001',
  registrationDate: '2019-04-02',
  address: 'Kneza Miloša',
  streetNumber: '12',
  postcode: '11000',
  city: 'Beograd',
  phone: '011 765 4321',
  email: 'Info@Nova-Nada.example',
  website: 'https://nova-nada.example',
} as const;
const IBAN = 'RS35 1050 0812 3123 1231 73';

function createNgo(extra: Record<string, unknown> = {}): number {
  const r = as('coordinator').call('organisations.create', { ...NGO, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}

const account = (organisationId: number, extra: Record<string, unknown> = {}) => ({
  organisationId, kind: 'iban', iban: IBAN, bankName: 'AIK Banka', currency: 'RSD', holderName: NGO.name, validFrom: '2020-01-01', reason: 'opening account registered', ...extra,
});

describe('organisations', () => {
  it('registers an NGO: phone in E.164, e-mail in lower case, every row audited with its author', () => {
    const id = createNgo();
    const row = one<Record<string, unknown>>('SELECT * FROM organisations WHERE id = ?', id);
    expect(row).toMatchObject({ phone: '+381117654321', email: 'info@nova-nada.example', side: 'grantee', deactivated_at: null });
    const entry = one<{ user_id: number; action: string }>("SELECT user_id, action FROM audit_entries WHERE table_name = 'organisations' AND record_id = ?", String(id));
    expect(entry).toEqual({ user_id: one<{ id: number }>("SELECT id FROM users WHERE username = 'coordinator'").id, action: 'insert' });
    const acc = as('coordinator').call('organisations.addAccount', account(id));
    expect(acc).toMatchObject({ ok: true, value: { iban: 'RS35105008123123123173' } });
    expect(one<{ reason: string }>("SELECT reason FROM audit_entries WHERE table_name = 'bank_accounts' ORDER BY seq DESC LIMIT 1").reason).toBe('opening account registered');
    expect(verifyAudit(db()).ok).toBe(true);
  });

  it('refuses each bad field, naming it, and writes nothing', () => {
    const id = createNgo();
    refused('organisations.addAccount', account(id, { iban: 'RS35105008123123123174' }), 'iban', 'iban_checksum');
    refused('organisations.addAccount', account(id, { iban: 'RS351050081231231231' }), 'iban', 'iban_length');
    refused('organisations.addAccount', account(id, { validTo: '2019-12-31' }), 'validTo', 'end_before_start');
    refused('organisations.create', { ...NGO, registrationNumber: '28999002', phone: '12345' }, 'phone', 'phone');
    refused('organisations.create', { ...NGO, registrationNumber: '28999003', registrationDate: '2026-11-25' }, 'registrationDate', 'future_date');
    refused('organisations.create', { ...NGO, registrationNumber: '28999004', iatiIdentifier: 'DAC 41127' }, 'iatiIdentifier', 'iati_format');
    refused('organisations.create', { ...NGO, name: 'Another name' }, 'registrationNumber', 'taken');
    refused('organisations.create', { ...NGO, registrationNumber: '28999005', iatiIdentifier: 'XM-DAC-41127' }, 'iatiIdentifier', 'taken');
    refused('organisations.create', { ...NGO, registrationNumber: '28999006', kind: 'club' }, 'kind', 'invalid_value');
    // The same number in another country is another register's number.
    expect(as('coordinator').call('organisations.create', { ...NGO, country: 'ME', phone: '+382 20 234 567' }).ok).toBe(true);
  });

  it('keeps an account of another kind than IBAN as typed', () => {
    const id = createNgo();
    const r = as('coordinator').call('organisations.addAccount', account(id, { kind: 'other', iban: '4012 7788 (Citibank NY)', currency: 'USD' }));
    expect(r).toMatchObject({ ok: true, value: { iban: '4012 7788 (Citibank NY)' } });
  });

  it('refuses to deactivate an organisation with open grants, naming them; deactivates one without', () => {
    const withGrants = one<{ id: number; refs: string }>(
      "SELECT o.id, group_concat(g.reference, ', ') AS refs FROM organisations o JOIN grants g ON g.grantee_id = o.id AND g.status NOT IN ('closed','cancelled') GROUP BY o.id ORDER BY o.id LIMIT 1",
    );
    const before = counts();
    const r = as('coordinator').call('organisations.deactivate', { id: withGrants.id, reason: 'closed down its shelter' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', params: { reason: 'open_grants' } } });
    if (!r.ok) for (const ref of withGrants.refs.split(', ')) expect(r.error.message).toContain(ref);
    expect(counts()).toEqual(before);

    const id = createNgo();
    expect(as('coordinator').call('organisations.deactivate', { id, reason: 'merged into another NGO' }).ok).toBe(true);
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM organisations WHERE id = ?', id).n).toBe(1);
    const opts = as('coordinator').call('organisations.options', {});
    expect(opts.ok && opts.value.some((o) => o.id === id)).toBe(false);
    expect(one<{ reason: string }>("SELECT reason FROM audit_entries WHERE table_name = 'organisations' AND record_id = ? ORDER BY seq DESC LIMIT 1", String(id)).reason).toBe('merged into another NGO');
  });

  it('shows the records already holding an identifier before saving', () => {
    const id = createNgo();
    expect(as('coordinator').call('organisations.addAccount', account(id)).ok).toBe(true);
    const r = as('coordinator').call('organisations.lookAlikes', {
      country: 'RS', registrationNumber: '28999001', ibans: ['rs35105008123123123173'], phone: '+381 11 765 4321', email: 'INFO@nova-nada.example',
      address: 'ul. Kneza Miloša', streetNumber: '12', postcode: '11000', city: 'beograd',
    });
    expect(r.ok && r.value.map((l) => `${l.kind}:${l.id}:${l.field}`).sort()).toEqual(
      ['address', 'email', 'iban', 'phone', 'registrationNumber'].map((f) => `organisation:${id}:${f}`),
    );
    // The record itself is not its own look-alike.
    const self = as('coordinator').call('organisations.lookAlikes', { organisationId: id, country: 'RS', registrationNumber: '28999001', ibans: [IBAN], phone: NGO.phone });
    expect(self).toEqual({ ok: true, value: [] });
  });

  it('lets funder-auditors read but not change; finance officers register grantees\' accounts only', () => {
    const id = createNgo();
    expect(as('auditor').call('organisations.get', { id }).ok).toBe(true);
    expect(as('auditor').call('organisations.create', { ...NGO, registrationNumber: '1' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(as('finance').call('organisations.create', { ...NGO, registrationNumber: '2' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(as('finance').call('organisations.addAccount', account(id)).ok).toBe(true);
    const funder = one<{ id: number }>("SELECT id FROM organisations WHERE side = 'funder' LIMIT 1").id;
    expect(as('finance').call('organisations.addAccount', account(funder))).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'not_grantee' } } });
  });

  it('closes an account with a reason; it is no longer offered after that day', () => {
    const id = createNgo();
    const acc = as('finance').call('organisations.addAccount', account(id));
    if (!acc.ok) throw new Error(acc.error.message);
    refused('organisations.closeAccount', { id: acc.value.id, validTo: '2019-06-30', reason: 'bank changed' }, 'validTo', 'end_before_start');
    expect(as('finance').call('organisations.closeAccount', { id: acc.value.id, validTo: '2026-06-30', reason: 'moved to another bank' }).ok).toBe(true);
    const later = as('finance').call('organisations.accounts', { organisationId: id, date: '2026-07-01' });
    const earlier = as('finance').call('organisations.accounts', { organisationId: id, date: '2026-06-30' });
    expect(later).toEqual({ ok: true, value: [] });
    expect(earlier.ok && earlier.value.map((a) => a.id)).toEqual([acc.value.id]);
  });

  it('keeps budget lines with their period and refuses one ending before it starts', () => {
    const id = createNgo();
    const line = { organisationId: id, purpose: 'shelter', description: 'Shelter running costs 2027', startDate: '2027-01-01', endDate: '2027-12-31', amountMinor: 4_800_000_00, currency: 'RSD' };
    refused('organisations.addBudgetLine', { ...line, endDate: '2026-12-31' }, 'endDate', 'end_before_start');
    expect(as('coordinator').call('organisations.addBudgetLine', line).ok).toBe(true);
    const d = as('auditor').call('organisations.get', { id });
    expect(d.ok && d.value.budgetLines).toEqual([expect.objectContaining({ description: 'Shelter running costs 2027', amountMinor: 4_800_000_00, minorUnits: 2 })]);
  });
});

describe('people', () => {
  const person = { fullName: 'Jovana Petrović', phone: '064 123 4567', country: 'RS', email: 'jovana@nova-nada.example', address: 'Kneza Miloša', streetNumber: '12', city: 'Beograd' };
  const create = () => {
    const r = as('coordinator').call('people.create', person);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  };

  it('stores the phone in E.164 and the roles and ties with their dates and source', () => {
    const p = create();
    const q = create();
    expect(one<{ phone: string }>('SELECT phone FROM people WHERE id = ?', p).phone).toBe('+381641234567');
    const org = createNgo();
    expect(as('coordinator').call('people.addRole', { personId: p, organisationId: org, role: 'director', startDate: '2019-04-02', source: 'APR register extract' }).ok).toBe(true);
    expect(as('coordinator').call('people.addRelation', { personId: p, relativeId: q, type: 'spouse', startDate: '2015-06-20', source: 'marriage notice' }).ok).toBe(true);
    const d = as('auditor').call('people.get', { id: q });
    expect(d.ok && d.value.relations).toEqual([expect.objectContaining({ type: 'spouse', otherId: p, inverse: 1 })]);
    const o = as('auditor').call('organisations.get', { id: org });
    expect(o.ok && o.value.roles).toEqual([expect.objectContaining({ personId: p, role: 'director', source: 'APR register extract' })]);
  });

  it('refuses a bad phone, a role in an organisation that does not exist, a tie to oneself, and ends before starts', () => {
    const p = create();
    refused('people.create', { ...person, phone: '064 12' }, 'phone', 'phone');
    refused('people.addRole', { personId: p, organisationId: 999_999, role: 'director' }, 'organisationId', 'not_found');
    refused('people.addRole', { personId: p, organisationId: createNgo(), role: 'director', startDate: '2020-01-01', endDate: '2019-01-01' }, 'endDate', 'end_before_start');
    refused('people.addRelation', { personId: p, relativeId: p, type: 'sibling' }, 'relativeId', 'self_relation');
    refused('people.addRelation', { personId: p, relativeId: 999_999, type: 'sibling' }, 'relativeId', 'not_found');
  });

  it('links a user account to the person it is (administrators only)', () => {
    const p = create();
    const uid = one<{ id: number }>("SELECT id FROM users WHERE username = 'finance'").id;
    expect(as('coordinator').call('people.linkUser', { userId: uid, personId: p })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(as('admin').call('people.linkUser', { userId: uid, personId: p }).ok).toBe(true);
    expect(one<{ person_id: number }>('SELECT person_id FROM users WHERE id = ?', uid).person_id).toBe(p);
    expect(verifyAudit(db()).ok).toBe(true);
  });
});
