/**
 * IATI 2.03 activity file: one iati-activity per grant past draft (reported by its funder), with
 * budgets per year, the award as a commitment, payments as disbursements and the grantee's
 * receipts as incoming funds, each with a stable ref. The whole file is validated in-process
 * against the official schema (xmllint compiled to WebAssembly, so neither the app nor the
 * command line needs a system tool); a file that fails is not written.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { iatiDisbursements, iatiGrants, iatiReceipts, iatiYears, type IatiGrant, type IatiMoney } from '../../db/queries/iati';
import type { Db } from '../../db/open';
import type { JobControl } from '../api/jobs';
import { ORG_TYPE_OF_KIND, ROLE, SECTOR_OF_PURPOSE, STATUS_OF_GRANT, TRANSACTION } from './iati-codes';
import { provenanceOf } from './provenance';
import { minorToDecimal } from './table';

/**
 * Where the official schemas are: TRANCHE_IATI_SCHEMAS, else ../shared/iati beside the repository
 * (the layout CI and development use).
 */
export function iatiSchemaDir(): string {
  return process.env.TRANCHE_IATI_SCHEMAS ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/iati');
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const narrative = (text: string) => `<narrative>${esc(text)}</narrative>`;

/**
 * An organisation's IATI identifier; one without a registered identifier gets a Tranche-local
 * one (prefix XI-TRANCHE, with the database's identity) that its publisher should replace by
 * recording the real identifier on the organisation.
 */
function orgRef(iati: string | null, id: number, databaseId: string): string {
  return iati ?? `XI-TRANCHE-${databaseId.slice(0, 8)}-${id}`;
}

function grouped(rows: IterableIterator<IatiMoney>): Map<number, IatiMoney[]> {
  const out = new Map<number, IatiMoney[]>();
  for (const r of rows) {
    let list = out.get(r.grantId);
    if (!list) out.set(r.grantId, (list = []));
    list.push(r);
  }
  return out;
}

type Ctx = { databaseId: string; now: string };

function activity(g: IatiGrant, years: { year: string; committedMinor: number }[], paid: IatiMoney[], received: IatiMoney[], c: Ctx): string {
  const funder = orgRef(g.funderIati, g.funderId, c.databaseId);
  const grantee = orgRef(g.granteeIati, g.granteeId, c.databaseId);
  const funderType = ORG_TYPE_OF_KIND[g.funderKind] ?? '90';
  const granteeType = ORG_TYPE_OF_KIND[g.granteeKind] ?? '90';
  const org = (tag: string, ref: string, type: string, name: string, extra = '') => `<${tag} ref="${esc(ref)}" type="${type}"${extra}>${narrative(name)}</${tag}>`;
  const value = (minor: number, currency: string, date: string) => `<value currency="${currency}" value-date="${date}">${minorToDecimal(minor, currency)}</value>`;
  const out: string[] = [];
  out.push(`<iati-activity last-updated-datetime="${esc(g.updatedAt)}" xml:lang="en" default-currency="${g.currency}">`);
  out.push(`<iati-identifier>${esc(`${funder}-${g.reference}`)}</iati-identifier>`);
  out.push(org('reporting-org', funder, funderType, g.funder));
  out.push(`<title>${narrative(g.title)}</title>`);
  // The schema requires a description: a grant without one is described by its title.
  out.push(`<description type="1">${narrative(g.description ?? g.title)}</description>`);
  out.push(org('participating-org', funder, funderType, g.funder, ` role="${ROLE.funding}"`));
  out.push(org('participating-org', funder, funderType, g.funder, ` role="${ROLE.extending}"`));
  out.push(org('participating-org', grantee, granteeType, g.grantee, ` role="${ROLE.implementing}"`));
  out.push(`<activity-status code="${STATUS_OF_GRANT[g.status] ?? '2'}"/>`);
  out.push(`<activity-date iso-date="${g.startDate}" type="1"/>`);
  const firstPaid = paid[0]?.date;
  if (firstPaid) out.push(`<activity-date iso-date="${firstPaid}" type="2"/>`);
  out.push(`<activity-date iso-date="${g.endDate}" type="3"/>`);
  if (g.status === 'closed') out.push(`<activity-date iso-date="${g.endDate}" type="4"/>`);
  out.push(`<recipient-country code="${g.country}" percentage="100"/>`);
  out.push(`<sector vocabulary="1" code="${SECTOR_OF_PURPOSE[g.purpose] ?? '15160'}" percentage="100"/>`);
  for (const y of years) {
    // A budget period lies within one year and within the grant's period where they overlap.
    let start = `${y.year}-01-01` < g.startDate ? g.startDate : `${y.year}-01-01`;
    let end = `${y.year}-12-31` > g.endDate ? g.endDate : `${y.year}-12-31`;
    if (start > end) [start, end] = [`${y.year}-01-01`, `${y.year}-12-31`];
    out.push(`<budget type="1" status="2"><period-start iso-date="${start}"/><period-end iso-date="${end}"/>${value(y.committedMinor, g.currency, start)}</budget>`);
  }
  const awarded = g.agreementSignedDate ?? g.decisionDate ?? g.startDate;
  const parties = `${org('provider-org', funder, funderType, g.funder, '')}${org('receiver-org', grantee, granteeType, g.grantee, '')}`;
  const tx = (ref: string, type: string, date: string, minor: number, currency: string) =>
    `<transaction ref="${esc(ref)}"><transaction-type code="${type}"/><transaction-date iso-date="${date}"/>${value(minor, currency, date)}${parties}</transaction>`;
  out.push(tx(`${g.reference}-C`, TRANSACTION.commitment, awarded, g.amountMinor, g.currency));
  for (const d of paid) out.push(tx(`${g.reference}-D${d.id}`, TRANSACTION.disbursement, d.date, d.amountMinor, d.currency));
  for (const r of received) out.push(tx(`${g.reference}-R${r.id}`, TRANSACTION.incoming, r.date, r.amountMinor, r.currency));
  out.push('</iati-activity>');
  return out.join('\n');
}

/** The whole file as text. */
export function iatiXml(db: Db, now: Date, control?: JobControl): { xml: string; activities: number } {
  const p = provenanceOf(db, now.toISOString());
  const c = { databaseId: p.databaseId, now: p.exportedAt };
  const grants = iatiGrants(db);
  const paid = grouped(iatiDisbursements(db));
  const received = grouped(iatiReceipts(db));
  const years = new Map<number, { year: string; committedMinor: number }[]>();
  for (const y of iatiYears(db)) {
    let list = years.get(y.grantId);
    if (!list) years.set(y.grantId, (list = []));
    list.push(y);
  }
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // Provenance for a reader who wants to prove the file matches the database (npm run tranche -- verify).
    `<!-- Tranche export: audit entries ${p.auditCount}, head ${p.headHash ?? 'none'}, database ${p.databaseId}, exported ${p.exportedAt} -->`,
    `<iati-activities version="2.03" generated-datetime="${p.exportedAt}">`,
  ];
  control?.progress(0, grants.length, 'grants');
  grants.forEach((g, i) => {
    parts.push(activity(g, years.get(g.id) ?? [], paid.get(g.id) ?? [], received.get(g.id) ?? [], c));
    if (i % 50 === 0) control?.progress(i, grants.length, 'grants');
  });
  parts.push('</iati-activities>', '');
  return { xml: parts.join('\n'), activities: grants.length };
}

/** Validates `xml` against the IATI 2.03 activities schema; the errors as xmllint words them. */
export async function validateIati(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const dir = iatiSchemaDir();
  const file = (name: string) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') });
  const r = await validateXML({
    xml: { fileName: 'activities.xml', contents: xml },
    schema: file('iati-activities-schema.xsd'),
    preload: [file('iati-common.xsd'), file('xml.xsd')],
    // Large sets (hundreds of thousands of transactions) need more than the default 32 MiB.
    initialMemoryPages: 256,
    maxMemoryPages: 65536,
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}

export type IatiResult = { ok: true; activities: number; bytes: number } | { ok: false; errors: string[] };

/** Builds, validates and only then writes the file. */
export async function exportIati(db: Db, path: string, env: { now: Date; today?: string; control?: JobControl }): Promise<IatiResult> {
  const { xml, activities } = iatiXml(db, env.now, env.control);
  env.control?.progress(0, 1, 'validate');
  const v = await validateIati(xml);
  if (!v.valid) return { ok: false, errors: v.errors };
  env.control?.progress(1, 1, 'validate');
  const part = `${path}.part`;
  try {
    writeFileSync(part, xml);
    renameSync(part, path);
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
  return { ok: true, activities, bytes: statSync(path).size };
}
