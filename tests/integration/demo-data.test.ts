import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/api/define';
import { createCore, type Core } from '../../core/create-core';
import { seedDemoData } from '../../core/demo/seed';
import { checkIban } from '../../core/domain/register/iban';
import { addressKey } from '../../core/domain/register/look-alike-keys';
import { toE164 } from '../../core/domain/register/phone';
import { signInAs } from '../support/demo-core';
import { makeTmpDir } from '../support/tmp-dir';

const NOW = '2026-11-24T12:00:00Z';
const TODAY = '2026-11-24';
const REGION = ['AL', 'BA', 'HR', 'XK', 'ME', 'MK', 'RS'];
const IBAN_LENGTH: Record<string, number> = { AL: 28, BA: 20, HR: 21, XK: 20, ME: 22, MK: 19, RS: 22 };

const cleanups: (() => void)[] = [];

function freshCore(whenNew: 'demo' | 'empty' = 'demo'): Core {
  const tmp = makeTmpDir();
  const core = createCore({ dbPath: join(tmp.dir, 'tranche.sqlite'), whenNew, clock: fixedClock(NOW) });
  cleanups.push(() => {
    core.close();
    tmp.cleanup();
  });
  return core;
}

let core: Core;
let sqlite: Database.Database;
beforeAll(() => {
  core = freshCore();
  sqlite = core.ctx.db.$client;
});
afterAll(() => cleanups.splice(0).forEach((c) => c()));

const all = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
const count = (sql: string, ...params: unknown[]) => one<{ n: number }>(sql, ...params).n;

/** Independent mod-97 check (ISO 13616): move the first four characters to the end, letters to numbers. */
function ibanValid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r === 1;
}

/** A positive decimal string as an exact fraction. */
function fraction(rate: string): { num: bigint; den: bigint } {
  const [int, frac = ''] = rate.split('.');
  return { num: BigInt(int! + frac), den: 10n ** BigInt(frac.length) };
}

function tableHashes(db: Database.Database): Record<string, string> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(
    tables.map((t) => [t, createHash('sha256').update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all())).digest('hex')]),
  );
}

describe('demo data', () => {
  it('has about 15 funders, 25 NGOs and 120 grants, all labelled demo', () => {
    const funders = count("SELECT COUNT(*) AS n FROM organisations WHERE kind IN ('government','international','embassy','foundation')");
    const ngos = count("SELECT COUNT(*) AS n FROM organisations WHERE kind = 'ngo'");
    const grants = count('SELECT COUNT(*) AS n FROM grants');
    expect(funders).toBeGreaterThanOrEqual(12);
    expect(funders).toBeLessThanOrEqual(18);
    expect(ngos).toBeGreaterThanOrEqual(22);
    expect(ngos).toBeLessThanOrEqual(28);
    expect(grants).toBeGreaterThanOrEqual(110);
    expect(grants).toBeLessThanOrEqual(130);
    expect(count("SELECT COUNT(*) AS n FROM organisations WHERE notes IS NOT 'Demo data'")).toBe(0);
    for (const kind of ['government', 'international', 'embassy', 'foundation']) {
      expect(count('SELECT COUNT(*) AS n FROM organisations WHERE kind = ?', kind), kind).toBeGreaterThan(0);
    }
    expect(count("SELECT COUNT(*) AS n FROM organisations WHERE kind = 'ngo' AND country NOT IN ('AL','BA','HR','XK','ME','MK','RS')")).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM organisations WHERE phone NOT GLOB '+[1-9]*' OR length(phone) > 16")).toBe(0);
  });

  it('covers all seven countries and all six currencies, in every state', () => {
    const countries = all<{ country: string }>('SELECT DISTINCT country FROM grants ORDER BY country').map((r) => r.country);
    expect(countries).toEqual([...REGION].sort());
    const currencies = all<{ currency: string }>('SELECT DISTINCT currency FROM grants ORDER BY currency').map((r) => r.currency);
    expect(currencies).toEqual(['ALL', 'BAM', 'EUR', 'MKD', 'RSD', 'USD']);
    const statuses = Object.fromEntries(all<{ status: string; n: number }>('SELECT status, COUNT(*) AS n FROM grants GROUP BY status').map((r) => [r.status, r.n]));
    expect(statuses.closed).toBeGreaterThan(50);
    expect(statuses.active).toBeGreaterThan(5);
    expect(statuses.approved).toBeGreaterThan(0);
    expect(statuses.draft).toBeGreaterThanOrEqual(1);
    expect(statuses.draft).toBeLessThanOrEqual(2);
    expect(statuses.suspended).toBe(1);
    expect(statuses.cancelled).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM grants g JOIN organisations e ON e.id = g.grantee_id WHERE e.country <> g.country')).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM grants WHERE start_date < '2018-01-01' OR decision_date > ? OR agreement_signed_date > ?", TODAY, TODAY)).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM grants WHERE agreement_signed_date >= start_date OR decision_date > agreement_signed_date')).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM grants WHERE (status = 'closed' AND end_date >= ?) OR (status = 'active' AND (start_date > ? OR end_date < ?))", TODAY, TODAY, TODAY)).toBe(0);
    const refs = all<{ reference: string }>('SELECT reference FROM grants');
    for (const { reference } of refs) expect(reference).toMatch(/^[A-Z]+(-[A-Z]{2})?-20\d\d-\d{3}$/);
  });

  it('pays government grants in the national currency', () => {
    const national: Record<string, string> = { AL: 'ALL', BA: 'BAM', RS: 'RSD', MK: 'MKD', HR: 'EUR', XK: 'EUR', ME: 'EUR' };
    const rows = all<{ country: string; currency: string }>(
      "SELECT g.country, g.currency FROM grants g JOIN organisations o ON o.id = g.grantor_id WHERE o.kind = 'government'",
    );
    expect(rows.length).toBeGreaterThanOrEqual(63);
    for (const r of rows) expect(r.currency).toBe(national[r.country]);
    const foreign = all<{ currency: string }>("SELECT DISTINCT g.currency FROM grants g JOIN organisations o ON o.id = g.grantor_id WHERE o.kind <> 'government'");
    for (const r of foreign) expect(['EUR', 'USD']).toContain(r.currency);
  });

  it('splits every grant into 2-8 tranches that add up exactly, and never pays more than the grant', () => {
    const rows = all<{ id: number; amount: number; tranches: number; n: number; paid: number; wrongCurrency: number }>(`
      SELECT g.id, g.amount_minor AS amount,
             (SELECT SUM(t.amount_minor) FROM tranches t WHERE t.grant_id = g.id) AS tranches,
             (SELECT COUNT(*) FROM tranches t WHERE t.grant_id = g.id) AS n,
             (SELECT COALESCE(SUM(d.amount_minor), 0) FROM disbursements d WHERE d.grant_id = g.id) AS paid,
             (SELECT COUNT(*) FROM tranches t WHERE t.grant_id = g.id AND t.currency <> g.currency)
               + (SELECT COUNT(*) FROM disbursements d WHERE d.grant_id = g.id AND d.currency <> g.currency)
               + (SELECT COUNT(*) FROM receipts r WHERE r.grant_id = g.id AND r.currency <> g.currency) AS wrongCurrency
      FROM grants g`);
    for (const r of rows) {
      expect(r.tranches, `grant ${r.id}`).toBe(r.amount);
      expect(r.n).toBeGreaterThanOrEqual(2);
      expect(r.n).toBeLessThanOrEqual(8);
      expect(r.paid).toBeLessThanOrEqual(r.amount);
      expect(r.wrongCurrency).toBe(0);
    }
    for (const t of ['grants', 'tranches', 'disbursements', 'receipts', 'receipt_matches', 'pledges']) {
      expect(count(`SELECT COUNT(*) AS n FROM ${t} WHERE typeof(amount_minor) <> 'integer' OR amount_minor <= 0`), t).toBe(0);
    }
  });

  it('releases exactly the paid tranches, leaves the future planned, and stops the suspended and cancelled', () => {
    expect(count("SELECT COUNT(*) AS n FROM tranches t WHERE (t.status = 'released') <> EXISTS (SELECT 1 FROM disbursements d WHERE d.tranche_id = t.id)")).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM disbursements d JOIN tranches t ON t.id = d.tranche_id WHERE d.amount_minor <> t.amount_minor OR d.grant_id <> t.grant_id")).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM tranches WHERE due_date > ? AND status NOT IN ('planned', 'withheld', 'cancelled')", TODAY)).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM tranches t JOIN grants g ON g.id = t.grant_id WHERE g.status = 'closed' AND t.status <> 'released'")).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM tranches t JOIN grants g ON g.id = t.grant_id WHERE g.status IN ('draft', 'approved') AND t.status <> 'planned'")).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM tranches WHERE status = 'withheld'")).toBe(1);
    expect(count("SELECT COUNT(*) AS n FROM tranches t JOIN grants g ON g.id = t.grant_id WHERE g.status = 'cancelled' AND t.status = 'cancelled'")).toBeGreaterThan(0);
    // Some active grant has a tranche more than 30 days overdue.
    expect(count("SELECT COUNT(*) AS n FROM tranches t JOIN grants g ON g.id = t.grant_id WHERE g.status = 'active' AND t.status = 'planned' AND t.due_date < date(?, '-30 days')", TODAY)).toBeGreaterThan(0);
  });

  it("pays only into the grantee's own accounts, open on the day", () => {
    const bad = all(`
      SELECT d.id FROM disbursements d
      JOIN grants g ON g.id = d.grant_id
      LEFT JOIN bank_accounts b ON b.id = d.bank_account_id
      WHERE b.id IS NULL OR b.organisation_id <> g.grantee_id OR b.valid_from > d.paid_date OR (b.valid_to IS NOT NULL AND b.valid_to < d.paid_date)`);
    expect(bad).toEqual([]);
    const refs = all<{ bank_reference: string }>('SELECT bank_reference FROM disbursements');
    expect(new Set(refs.map((r) => r.bank_reference)).size).toBe(refs.length);
    for (const r of refs) expect(r.bank_reference).toMatch(/^TRN-20\d\d-\d{6}$/);
  });

  it('gives every NGO one or two accounts with IBANs that pass mod-97', () => {
    const perNgo = all<{ n: number }>("SELECT (SELECT COUNT(*) FROM bank_accounts b WHERE b.organisation_id = o.id) AS n FROM organisations o WHERE o.kind = 'ngo'");
    for (const r of perNgo) {
      expect(r.n).toBeGreaterThanOrEqual(1);
      expect(r.n).toBeLessThanOrEqual(2);
    }
    const accounts = all<{ iban: string; country: string }>('SELECT b.iban, o.country FROM bank_accounts b JOIN organisations o ON o.id = b.organisation_id');
    expect(accounts.length).toBeGreaterThanOrEqual(25);
    for (const a of accounts) {
      expect(a.iban.slice(0, 2), a.iban).toBe(a.country);
      expect(a.iban, a.iban).toHaveLength(IBAN_LENGTH[a.country]!);
      expect(ibanValid(a.iban), a.iban).toBe(true);
    }
  });

  it('records nothing after today', () => {
    const dated: [string, string][] = [
      ['disbursements', 'paid_date'], ['receipts', 'received_date'], ['receipt_matches', 'matched_at'], ['tranches', 'condition_met_date'],
      ['pledges', 'pledged_date'], ['grants', 'decision_date'], ['fx_rates', 'rate_date'],
    ];
    for (const t of ['organisations', 'bank_accounts', 'people', 'grants', 'tranches', 'disbursements', 'receipts', 'fx_rates', 'funding_plans', 'pledges']) {
      dated.push([t, 'created_at']);
    }
    dated.push(['grants', 'updated_at'], ['organisations', 'updated_at']);
    for (const [t, c] of dated) {
      expect(count(`SELECT COUNT(*) AS n FROM ${t} WHERE substr(${c}, 1, 10) > ?`, TODAY), `${t}.${c}`).toBe(0);
    }
    expect(count('SELECT COUNT(*) AS n FROM receipts r JOIN receipt_matches m ON m.receipt_id = r.id JOIN disbursements d ON d.id = m.disbursement_id WHERE r.received_date < d.paid_date')).toBe(0);
  });

  it('matches receipts to payments, with a few gaps left for reconciliation', () => {
    expect(count('SELECT COUNT(*) AS n FROM receipts r WHERE (SELECT COALESCE(SUM(m.amount_minor), 0) FROM receipt_matches m WHERE m.receipt_id = r.id) <> r.amount_minor')).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM receipt_matches WHERE method <> 'automatic'")).toBe(0);
    const perPayment = all<{ paid: number; received: number; paidDate: string }>(`
      SELECT d.amount_minor AS paid, d.paid_date AS paidDate,
             (SELECT COALESCE(SUM(m.amount_minor), 0) FROM receipt_matches m WHERE m.disbursement_id = d.id) AS received
      FROM disbursements d`);
    for (const p of perPayment) expect(p.received).toBeLessThanOrEqual(p.paid);
    const old = perPayment.filter((p) => p.paidDate < '2026-09-01');
    const missing = old.filter((p) => p.received === 0).length;
    const short = old.filter((p) => p.received > 0 && p.received < p.paid).length;
    expect(missing).toBeGreaterThanOrEqual(2);
    expect(missing).toBeLessThanOrEqual(8);
    expect(short).toBeGreaterThanOrEqual(2);
    expect(short).toBeLessThanOrEqual(8);
    expect(old.length - missing - short).toBeGreaterThan(old.length * 0.9);
  });

  it('keeps each government allocation per country and year between 100,000 and 400,000 USD', () => {
    const rateOn = (quote: string, date: string) =>
      quote === 'EUR'
        ? '1'
        : one<{ rate: string }>("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = ? AND rate_date <= ? ORDER BY rate_date DESC LIMIT 1", quote, date).rate;
    const rows = all<{ country: string; year: string; amount: number; currency: string; start: string }>(`
      SELECT o.country, substr(g.start_date, 1, 4) AS year, g.amount_minor AS amount, g.currency, g.start_date AS start
      FROM grants g JOIN organisations o ON o.id = g.grantor_id
      WHERE o.kind = 'government' AND g.status NOT IN ('draft', 'cancelled')`);
    const usd = new Map<string, bigint>();
    for (const r of rows) {
      const local = fraction(rateOn(r.currency, r.start));
      const dollar = fraction(rateOn('USD', r.start));
      // amount / (local per EUR) * (USD per EUR), both currencies with 2 decimals
      const value = (BigInt(r.amount) * local.den * dollar.num) / (local.num * dollar.den);
      usd.set(`${r.country} ${r.year}`, (usd.get(`${r.country} ${r.year}`) ?? 0n) + value);
    }
    for (const country of REGION) {
      for (let year = 2018; year <= 2026; year++) {
        const v = usd.get(`${country} ${year}`);
        expect(v, `${country} ${year}`).toBeDefined();
        expect(v! >= 10_000_000n && v! <= 40_000_000n, `${country} ${year}: ${v} USD cents`).toBe(true);
      }
    }
  });

  it('has monthly EUR rates 2018-01..2026-11 as exact 4-decimal strings', () => {
    const rows = all<{ quote: string; n: number; bad: number; lo: string; hi: string }>(`
      SELECT quote, COUNT(*) AS n, SUM(rate NOT GLOB '[0-9]*.[0-9][0-9][0-9][0-9]' OR substr(rate_date, 9) <> '01') AS bad,
             MIN(CAST(rate AS REAL)) AS lo, MAX(CAST(rate AS REAL)) AS hi
      FROM fx_rates WHERE base = 'EUR' GROUP BY quote ORDER BY quote`);
    expect(rows.map((r) => r.quote)).toEqual(['ALL', 'BAM', 'MKD', 'RSD', 'USD']);
    for (const r of rows) {
      expect(r.n).toBe(107);
      expect(r.bad).toBe(0);
    }
    expect(count("SELECT COUNT(*) AS n FROM fx_rates WHERE quote = 'BAM' AND rate <> '1.9558'")).toBe(0);
  });

  it('has one five-year hotline plan per country needing 3-5 million EUR a year, partly pledged', () => {
    const plans = all<{ id: number; country: string; currency: string; span: number; years: number; kind: string }>(`
      SELECT p.id, p.country, p.currency, p.end_year - p.start_year AS span,
             (SELECT COUNT(*) FROM funding_plan_years y WHERE y.plan_id = p.id AND y.year BETWEEN p.start_year AND p.end_year) AS years,
             o.kind
      FROM funding_plans p JOIN organisations o ON o.id = p.organisation_id`);
    expect(plans.map((p) => p.country).sort()).toEqual([...REGION].sort());
    for (const p of plans) {
      expect(p).toMatchObject({ currency: 'EUR', span: 4, years: 5, kind: 'ngo' });
      const years = all<{ year: number; need: number; pledged: number; funders: number }>(
        `SELECT y.year, y.need_minor AS need,
                (SELECT COALESCE(SUM(x.amount_minor), 0) FROM pledges x WHERE x.plan_id = y.plan_id AND x.year = y.year) AS pledged,
                (SELECT COUNT(DISTINCT x.funder_id) FROM pledges x WHERE x.plan_id = y.plan_id AND x.year = y.year) AS funders
         FROM funding_plan_years y WHERE y.plan_id = ?`,
        p.id,
      );
      for (const y of years) {
        expect(y.need).toBeGreaterThanOrEqual(300_000_000);
        expect(y.need).toBeLessThanOrEqual(500_000_000);
        expect(y.pledged).toBeGreaterThan(0);
        expect(y.pledged).toBeLessThan(y.need);
        expect(y.funders).toBeGreaterThanOrEqual(3);
        expect(y.funders).toBeLessThanOrEqual(5);
      }
    }
    const statuses = all<{ status: string }>('SELECT DISTINCT status FROM pledges ORDER BY status').map((r) => r.status);
    expect(statuses).toEqual(expect.arrayContaining(['committed', 'pledged']));
  });

  it('explains every plan year by cost lines, links committed pledges to real grants, and shows partial coverage and indicators', () => {
    const mismatched = count(`SELECT COUNT(*) AS n FROM funding_plan_years y
      WHERE y.need_minor <> (SELECT COALESCE(SUM(l.amount_minor), 0) FROM plan_cost_lines l WHERE l.plan_year_id = y.id)`);
    expect(mismatched).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM plan_cost_lines WHERE kind = 'call_specialists' AND (training_hours <> 40 OR headcount < 1)")).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM funding_plans WHERE programme <> 'national_hotline'")).toBe(0);
    // A link is to a grant of the pledge's own funder, in the plan's country, running in the pledge's year.
    expect(count('SELECT COUNT(*) AS n FROM pledges WHERE grant_id IS NOT NULL')).toBeGreaterThanOrEqual(7);
    expect(count(`SELECT COUNT(*) AS n FROM pledges x JOIN grants g ON g.id = x.grant_id JOIN funding_plans p ON p.id = x.plan_id
      WHERE g.grantor_id <> x.funder_id OR g.country <> p.country OR x.year NOT BETWEEN CAST(substr(g.start_date, 1, 4) AS INTEGER) AND CAST(substr(g.end_date, 1, 4) AS INTEGER)`)).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM pledges WHERE status = 'committed' AND committed_date IS NULL")).toBe(0);
    const overview = core.call('plans.overview', {}, signInAs(core, 'auditor'));
    expect(overview).toMatchObject({ ok: true });
    const plans = (overview as { value: { country: string; total: { paidMinor: number; coveredBp: number; gapMinor: number } | null; years: { year: number; coveredBp: number }[] }[] }).value;
    expect(plans).toHaveLength(7);
    for (const p of plans) {
      expect(p.total, p.country).not.toBeNull();
      expect(p.total!.coveredBp).toBeGreaterThan(0);
      expect(p.total!.coveredBp).toBeLessThan(10_000);
      expect(p.total!.gapMinor).toBeGreaterThan(0);
    }
    expect(plans.filter((p) => p.total!.paidMinor > 0).length).toBeGreaterThanOrEqual(3);
    expect(count("SELECT COUNT(*) AS n FROM impact_indicators WHERE indicator = 'hotline_calls' AND actual IS NOT NULL")).toBeGreaterThanOrEqual(7);
    expect(count(`SELECT COUNT(*) AS n FROM impact_indicators WHERE actual IS NOT NULL AND
      printf('%04d-%02d-01', year, COALESCE((quarter - 1) * 3 + 1, 1)) > '${TODAY}'`)).toBe(0);
  });

  it('has people with roles, one demo account per role, and no flags yet', () => {
    expect(count('SELECT COUNT(*) AS n FROM people')).toBeGreaterThan(5);
    expect(count("SELECT COUNT(*) AS n FROM person_roles WHERE role = 'director'")).toBeGreaterThan(3);
    expect(count("SELECT COUNT(*) AS n FROM person_roles WHERE role = 'official'")).toBeGreaterThan(3);
    expect(count('SELECT COUNT(*) AS n FROM flags')).toBe(0);
    const roles = all<{ role: string }>('SELECT DISTINCT role FROM users ORDER BY role').map((r) => r.role);
    expect(roles).toEqual(['administrator', 'coordinator', 'finance_officer', 'funder_auditor']);
  });

  it('has register identifiers a register would accept: IBANs by ibantools, phones in E.164, addresses in parts', () => {
    for (const { iban } of all<{ iban: string }>('SELECT iban FROM bank_accounts')) expect(checkIban(iban), iban).toEqual({ ok: true, iban });
    const phones = all<{ phone: string }>('SELECT phone FROM organisations UNION ALL SELECT phone FROM people');
    for (const { phone } of phones) expect(toE164(phone), phone).toEqual({ ok: true, e164: phone });
    expect(count('SELECT COUNT(*) AS n FROM organisations WHERE address IS NULL OR postcode IS NULL OR city IS NULL')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM people WHERE address IS NULL OR city IS NULL OR country IS NULL')).toBe(0);
  });

  it('shares no identifier by accident: the one shared address is a board member living at her NGO', () => {
    const dupes = (sql: string) => all<{ v: string; n: number }>(`SELECT v, COUNT(*) AS n FROM (${sql}) GROUP BY v HAVING n > 1`);
    expect(dupes('SELECT phone AS v FROM organisations UNION ALL SELECT phone FROM people')).toEqual([]);
    expect(dupes('SELECT email AS v FROM organisations UNION ALL SELECT email FROM people')).toEqual([]);
    expect(dupes('SELECT iban AS v FROM bank_accounts')).toEqual([]);
    expect(dupes("SELECT country || ':' || registration_number AS v FROM organisations WHERE registration_number IS NOT NULL")).toEqual([]);
    type Addr = { name: string; street: string; streetNumber: string | null; postcode: string | null; city: string | null };
    const addresses = all<Addr>(
      'SELECT name, address AS street, street_number AS streetNumber, postcode, city FROM organisations UNION ALL SELECT full_name, address, street_number, postcode, city FROM people',
    );
    const byKey = new Map<string, string[]>();
    for (const a of addresses) byKey.set(addressKey(a)!, [...(byKey.get(addressKey(a)!) ?? []), a.name]);
    expect([...byKey.values()].filter((names) => names.length > 1)).toEqual([['Qendra për Riintegrim Ylli', 'Arta Gashi']]);
  });

  it('has the ties the integrity rules will look for: an official married to the director of a hotline the ministry funds, and others', () => {
    const ties = all<{ a: string; type: string; b: string }>(
      'SELECT p.full_name AS a, r.type, q.full_name AS b FROM person_relations r JOIN people p ON p.id = r.person_id JOIN people q ON q.id = r.relative_id ORDER BY r.id',
    );
    expect(ties.map((t) => t.type)).toEqual(['spouse', 'sibling', 'sibling', 'partner', 'parent', 'in_law', 'business']);
    const spouse = one<{ n: number }>(
      `SELECT COUNT(*) AS n FROM person_relations r
         JOIN person_roles official ON official.person_id = r.person_id AND official.role = 'official'
         JOIN person_roles director ON director.person_id = r.relative_id AND director.role = 'director'
         JOIN grants g ON g.grantor_id = official.organisation_id AND g.grantee_id = director.organisation_id
       WHERE r.type = 'spouse'`,
    );
    expect(spouse.n).toBeGreaterThan(0);
  });

  it('logs every demo row in the audit log, sealed and labelled as demo data', () => {
    const grantsLogged = count("SELECT COUNT(*) AS n FROM audit_entries WHERE table_name = 'grants' AND action = 'insert'");
    expect(grantsLogged).toBe(count('SELECT COUNT(*) AS n FROM grants'));
    expect(count('SELECT COUNT(*) AS n FROM audit_entries WHERE hash IS NULL')).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM audit_entries WHERE reason IS NOT 'demo data'")).toBe(0);
  });

  it('leaves no dangling foreign key', () => {
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('is identical, table by table, in two fresh files', () => {
    const other = freshCore();
    expect(tableHashes(other.ctx.db.$client)).toEqual(tableHashes(sqlite));
  });

  // How long seeding takes is a benchmark's business (timings of a shared machine prove nothing here).
  it('reports what it wrote', () => {
    const empty = freshCore('empty');
    const db = empty.ctx.db;
    const summary = db.$client.transaction(() => seedDemoData(db)).immediate();
    const tables: Record<keyof typeof summary, string> = {
      fxRates: 'fx_rates', organisations: 'organisations', bankAccounts: 'bank_accounts', people: 'people', personRoles: 'person_roles',
      personRelations: 'person_relations', grants: 'grants', tranches: 'tranches', disbursements: 'disbursements', receipts: 'receipts',
      receiptMatches: 'receipt_matches', fundingPlans: 'funding_plans', fundingPlanYears: 'funding_plan_years', pledges: 'pledges',
      planCostLines: 'plan_cost_lines', impactIndicators: 'impact_indicators',
    };
    for (const [key, table] of Object.entries(tables)) {
      const written = (db.$client.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect(summary[key as keyof typeof summary], table).toBe(written);
    }
  });
});
