import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportIati, iatiSchemaDir } from '../../../core/export/iati';
import { SECTOR_OF_PURPOSE } from '../../../core/export/iati-codes';
import { audited } from '../../../core/services/audit';
import { demoCore, TEST_NOW } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';

let env: ReturnType<typeof demoCore>;
let out: ReturnType<typeof makeTmpDir>;
const sqlite = () => env.raw.ctx.db.$client;
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

beforeAll(() => {
  env = demoCore();
  out = makeTmpDir();
});
afterAll(() => {
  env.cleanup();
  out.cleanup();
});

type Tx = { '@_ref': string; 'transaction-type': { '@_code': string }; value: { '#text': string | number; '@_currency': string } };
type Activity = { 'iati-identifier': string; sector: { '@_code': string }; transaction: Tx[] };

function read(path: string): Activity[] {
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['iati-activity', 'transaction', 'budget', 'participating-org', 'activity-date'].includes(name), parseTagValue: false }).parse(readFileSync(path, 'utf8'));
  return doc['iati-activities']['iati-activity'] as Activity[];
}

describe('IATI 2.03 export', () => {
  it('writes the demo data as a file that validates, one activity per grant past draft, payments summing as in SQL', async () => {
    const path = join(out.dir, 'iati.xml');
    const r = await exportIati(env.raw.ctx.db, path, { now: new Date(TEST_NOW) });
    expect(r).toMatchObject({ ok: true });
    const activities = read(path);
    const grants = sqlite().prepare("SELECT COUNT(*) AS n FROM grants WHERE status <> 'draft'").get() as { n: number };
    expect(activities).toHaveLength(grants.n);
    const paid = new Map<string, number>();
    const refs = new Set<string>();
    for (const a of activities) {
      expect(Object.values(SECTOR_OF_PURPOSE)).toContain(a.sector['@_code']);
      for (const t of a.transaction) {
        expect(refs.has(t['@_ref']), t['@_ref']).toBe(false);
        refs.add(t['@_ref']);
        if (t['transaction-type']['@_code'] === '3') {
          const c = t.value['@_currency'];
          paid.set(c, (paid.get(c) ?? 0) + Math.round(Number(t.value['#text']) * 100));
        }
      }
    }
    const expected = sqlite()
      .prepare("SELECT d.currency AS currency, SUM(d.amount_minor) AS s FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE g.status <> 'draft' GROUP BY 1 ORDER BY 1")
      .all() as { currency: string; s: number }[];
    expect([...paid].sort().map(([currency, s]) => ({ currency, s }))).toEqual(expected);
    const receipts = (sqlite().prepare("SELECT COUNT(*) AS n FROM receipts r JOIN grants g ON g.id = r.grant_id WHERE g.status <> 'draft'").get() as { n: number }).n;
    expect(activities.flatMap((a) => a.transaction).filter((t) => t['transaction-type']['@_code'] === '1')).toHaveLength(receipts);
  });

  it('keeps transaction refs stable from one export to the next', async () => {
    const a = join(out.dir, 'a.xml');
    const b = join(out.dir, 'b.xml');
    await exportIati(env.raw.ctx.db, a, { now: new Date(TEST_NOW) });
    await exportIati(env.raw.ctx.db, b, { now: new Date('2026-12-01T08:00:00Z') });
    const refs = (p: string) => read(p).flatMap((x) => x.transaction.map((t) => t['@_ref']));
    expect(refs(b)).toEqual(refs(a));
  });

  it.skipIf(!hasXmllint)('validates with the system xmllint too, against the schema referred to relative to the repository', async () => {
    const path = join(out.dir, 'system.xml');
    await exportIati(env.raw.ctx.db, path, { now: new Date(TEST_NOW) });
    const schema = relative(process.cwd(), join(iatiSchemaDir(), 'iati-activities-schema.xsd'));
    expect(schema).toBe(join('..', 'shared', 'iati', 'iati-activities-schema.xsd'));
    const r = spawnSync('xmllint', ['--noout', '--schema', schema, path], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/validates$/m);
    expect(r.status).toBe(0);
  });

  it('writes nothing when the file would not validate', async () => {
    // A control character is not allowed in XML 1.0: the title makes the document invalid.
    audited(sqlite(), { userId: null, at: TEST_NOW, reason: 'test' }, () => sqlite().prepare("UPDATE grants SET title = 'Shelter \u0001 2026' WHERE id = (SELECT MIN(id) FROM grants WHERE status = 'active')").run());
    const path = join(out.dir, 'invalid.xml');
    const r = await exportIati(env.raw.ctx.db, path, { now: new Date(TEST_NOW) });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.length).toBeGreaterThan(0);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.part`)).toBe(false);
  });
});
