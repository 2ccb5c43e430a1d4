import { seedDemoAccounts } from './accounts';
/**
 * Fills a brand-new database with the demo world: monthly FX rates, funders and NGOs with their
 * accounts, a few people, ~120 grants 2018-2026 with tranches, payments and receipts, and one
 * hotline funding plan per country. Deterministic: every value comes from fixed lists, seeded
 * generators and dates derived from the data itself (never the clock), so two runs give identical
 * files. Runs inside the caller's transaction; opens none of its own.
 */
import type { Db } from '../../db/open';
import { insertDisbursement } from '../../db/repositories/disbursements';
import { userByUsername } from '../../db/queries/users';
import { tableColumns } from '../../db/queries/table-columns';
import { minorUnitsOf } from '../domain/currencies';
import { convertByDivision } from '../domain/fx';
import { insertFxRate } from '../../db/repositories/fx-rates';
import { insertGrant, insertTranche } from '../../db/repositories/grants';
import { insertBankAccount, insertOrganisation } from '../../db/repositories/organisations';
import { insertPerson, insertPersonRelation, insertPersonRole } from '../../db/repositories/people';
import { insertFundingPlan, insertFundingPlanYear, insertIndicator, insertPledge, replaceCostLines } from '../../db/repositories/plans';
import { insertReceipt, insertReceiptMatch } from '../../db/repositories/receipts';
import { REGION_COUNTRIES, type RegionCountry } from '../domain/countries';
import { addDays, DEMO_TODAY, maxDate, minDate, stamp, yearOf } from './dates';
import { funderGrants } from './funder-grants';
import { fundingPlans } from './funding-plans';
import { demoCostLines, demoIndicators } from './plan-details';
import { governmentGrants } from './government-grants';
import type { DemoGrant } from './grant-spec';
import { BANKS, demoIban, type DemoBank } from './iban';
import { landlinePhone, mobilePhone, registrationNumber, validPhone } from './identifiers';
import { demoFxRates, makeRateLookup } from './fx-rates';
import { trancheFlow, type DemoAccount, type DemoDisbursement, type DemoTranche } from './money-flow';
import { FUNDERS, NATIONAL_CURRENCY, NGOS } from './organisations';
import { HOME_STREETS, PEOPLE, RELATIONS } from './people';
import { splitDemoAddress } from './addresses';
import { createRng, type Rng } from './random';
import { applyReceiptAnomalies } from './receipt-anomalies';

export { DEMO_TODAY } from './dates';

/** Rows written per table. */
export type DemoSummary = {
  fxRates: number;
  organisations: number;
  bankAccounts: number;
  people: number;
  personRoles: number;
  personRelations: number;
  grants: number;
  tranches: number;
  disbursements: number;
  receipts: number;
  receiptMatches: number;
  fundingPlans: number;
  fundingPlanYears: number;
  pledges: number;
  planCostLines: number;
  impactIndicators: number;
};

/** How many grants the demo holds in all (government allocations plus the rest). */
export const DEMO_GRANT_COUNT = 120;

const DEMO_NOTE = 'Demo data';
/** The four-eyes threshold a new database starts with (core/services/four-eyes.ts's default). */
const DEMO_FOUR_EYES_THRESHOLD_EUR_MINOR = 1_000_000;
/** The day the demo organisations were entered. */
const ORGANISATIONS_ENTERED = '2017-12-04';
/** NGOs that changed bank in mid-2021: the old account closes, a new one opens. */
const BANK_SWITCHERS: ReadonlySet<string> = new Set(['ba-zora', 'rs-glas']);
const SWITCH_DAY = '2021-07-01';

type Account = DemoAccount & { id: number };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Code-unit order, the same everywhere (localeCompare would depend on the runtime's ICU data). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isRegion = (c: string): c is RegionCountry => (REGION_COUNTRIES as readonly string[]).includes(c);

/** Latin letters only, for e-mail addresses: "Đurović" -> "djurovic". */
function ascii(text: string): string {
  return text
    .replace(/đ/g, 'dj')
    .replace(/Đ/g, 'Dj')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

function emptySummary(): DemoSummary {
  return {
    fxRates: 0, organisations: 0, bankAccounts: 0, people: 0, personRoles: 0, personRelations: 0, grants: 0,
    tranches: 0, disbursements: 0, receipts: 0, receiptMatches: 0, fundingPlans: 0, fundingPlanYears: 0, pledges: 0, planCostLines: 0, impactIndicators: 0,
  };
}

function seedFxRates(db: Db, summary: DemoSummary) {
  const rates = demoFxRates();
  for (const r of rates) {
    insertFxRate(db, { ...r, source: 'Demo data (monthly reference rate)', createdAt: stamp(r.rateDate, 7, 30) });
    summary.fxRates++;
  }
  return makeRateLookup(rates);
}

/** A value from `make` not yet in `used` (drawn again on a clash), so no two demo records share it by accident. */
function unique(used: Set<string>, make: () => string): string {
  for (let i = 0; i < 50; i++) {
    const v = make();
    if (!used.has(v)) {
      used.add(v);
      return v;
    }
  }
  throw new Error('no unused demo value in 50 draws');
}

const usedPhones = new Set<string>();
const usedNumbers = new Set<string>();
const usedIbans = new Set<string>();

function seedOrganisations(db: Db, summary: DemoSummary) {
  usedPhones.clear();
  usedNumbers.clear();
  usedIbans.clear();
  const rng = createRng('demo:organisations');
  const ids = new Map<string, number>();
  const accounts = new Map<string, Account[]>();
  let minute = 0;
  const entered = () => {
    const at = stamp(ORGANISATIONS_ENTERED, 9 + Math.floor(minute / 60), minute % 60);
    minute++;
    return at;
  };

  for (const f of FUNDERS) {
    const at = entered();
    const id = insertOrganisation(db, {
      name: f.name,
      shortName: f.shortName,
      kind: f.kind,
      side: 'funder',
      country: f.country,
      registrationNumber: f.kind === 'government' && isRegion(f.country) ? unique(usedNumbers, () => registrationNumber(f.country as RegionCountry, rng)) : null,
      registrationDate: null,
      iatiIdentifier: f.iatiIdentifier,
      ...splitDemoAddress(f.address),
      city: f.city,
      phone: unique(usedPhones, () => (isRegion(f.country) ? landlinePhone(f.country, rng) : validPhone(() => `+431260${rng.digits(5)}`))),
      email: `info@${f.domain}`,
      website: `https://www.${f.domain}`,
      notes: DEMO_NOTE,
      createdAt: at,
      updatedAt: at,
    });
    ids.set(f.key, id);
    summary.organisations++;
  }

  for (const ngo of NGOS) {
    const at = entered();
    const registrationDate = `${rng.int(1998, 2015)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const switcher = BANK_SWITCHERS.has(ngo.key);
    const id = insertOrganisation(db, {
      name: ngo.name,
      shortName: ngo.shortName,
      kind: 'ngo',
      side: 'grantee',
      country: ngo.country,
      registrationNumber: unique(usedNumbers, () => registrationNumber(ngo.country, rng)),
      registrationDate,
      iatiIdentifier: null,
      ...splitDemoAddress(ngo.address),
      city: ngo.city,
      phone: unique(usedPhones, () => mobilePhone(ngo.country, rng)),
      email: `info@${ngo.domain}`,
      website: `https://www.${ngo.domain}`,
      notes: DEMO_NOTE,
      createdAt: at,
      updatedAt: switcher ? stamp(addDays(SWITCH_DAY, -10), 11) : at,
    });
    ids.set(ngo.key, id);
    summary.organisations++;
    accounts.set(ngo.key, seedAccounts(db, summary, ngo.key, id, ngo.name, ngo.country, registrationDate, switcher, at, rng));
  }
  return { ids, accounts };
}

/** One or two accounts: the national-currency one, and often a EUR one; switchers change bank instead. */
function seedAccounts(
  db: Db, summary: DemoSummary, key: string, organisationId: number, holderName: string, country: RegionCountry,
  registrationDate: string, switcher: boolean, enteredAt: string, rng: Rng,
): Account[] {
  const national = NATIONAL_CURRENCY[country];
  const banks = rng.shuffle(BANKS[country]);
  const opened = addDays(registrationDate, rng.int(20, 90));
  const plan: { bank: DemoBank; currency: string; validFrom: string; validTo: string | null; createdAt: string }[] = [
    { bank: banks[0]!, currency: national, validFrom: opened, validTo: switcher ? addDays(SWITCH_DAY, -1) : null, createdAt: enteredAt },
  ];
  if (switcher) {
    plan.push({ bank: banks[1]!, currency: national, validFrom: SWITCH_DAY, validTo: null, createdAt: stamp(addDays(SWITCH_DAY, -10), 11) });
  } else if (rng.chance(national === 'EUR' ? 0.3 : 0.75)) {
    const bank = national === 'EUR' ? banks[1]! : rng.pick([banks[0]!, banks[1]!]);
    plan.push({ bank, currency: 'EUR', validFrom: addDays(opened, rng.int(30, 400)), validTo: null, createdAt: enteredAt });
  }
  if (plan.some((p) => p.validFrom >= '2018-01-01' && p.validFrom !== SWITCH_DAY)) {
    throw new Error(`Demo account of ${key} opens after the first grants`);
  }
  return plan.map((p) => {
    const id = insertBankAccount(db, {
      organisationId,
      iban: unique(usedIbans, () => demoIban(country, p.bank, rng)),
      bankName: p.bank.name,
      currency: p.currency,
      holderName,
      validFrom: p.validFrom,
      validTo: p.validTo,
      createdAt: p.createdAt,
    });
    summary.bankAccounts++;
    return { id, currency: p.currency, validFrom: p.validFrom, validTo: p.validTo };
  });
}

function seedPeople(db: Db, summary: DemoSummary, orgIds: ReadonlyMap<string, number>) {
  const rng = createRng('demo:people');
  const ids = new Map<string, number>();
  const homes = new Set<string>();
  PEOPLE.forEach((p, i) => {
    const [first, ...rest] = p.fullName.split(' ');
    const ngo = p.livesAt === undefined ? undefined : NGOS.find((n) => n.key === p.livesAt);
    const home = ngo
      ? { ...splitDemoAddress(ngo.address), city: ngo.city }
      : (() => {
          const [street, postcode, city] = rng.pick(HOME_STREETS[p.country]);
          const number = unique(homes, () => `${street}|${rng.int(1, 140)}`).split('|')[1]!;
          return { address: street, streetNumber: number, postcode, city, unit: rng.chance(0.6) ? `${rng.int(1, 9)}/${rng.int(1, 30)}` : null };
        })();
    const id = insertPerson(db, {
      fullName: p.fullName,
      email: `${ascii(first!).slice(0, 1)}.${ascii(rest.join(''))}@${p.domain}`,
      phone: unique(usedPhones, () => mobilePhone(p.country, rng)),
      ...home,
      country: p.country,
      notes: DEMO_NOTE,
      createdAt: stamp('2018-01-15', 10, i),
    });
    ids.set(p.key, id);
    summary.people++;
    for (const r of p.roles) {
      insertPersonRole(db, { personId: id, organisationId: orgIds.get(r.organisationKey)!, role: r.role, startDate: r.startDate, endDate: r.endDate, source: DEMO_NOTE });
      summary.personRoles++;
    }
  });
  for (const r of RELATIONS) {
    insertPersonRelation(db, { personId: ids.get(r.personKey)!, relativeId: ids.get(r.relativeKey)!, type: r.type, startDate: r.startDate, endDate: null, source: `${r.source} (${DEMO_NOTE})` });
    summary.personRelations++;
  }
}

/** The day a grant row was last changed, from what happened to it. */
function lastChange(g: DemoGrant, tranches: readonly DemoTranche[]): string {
  let last = g.agreementSignedDate ?? g.decisionDate ?? g.createdOn;
  for (const t of tranches) {
    if (!t.disbursement) continue;
    last = maxDate(last, t.disbursement.paidDate);
    for (const r of t.disbursement.receipts) last = maxDate(last, r.receivedDate);
  }
  if (g.status === 'draft') return g.createdOn;
  if (g.status === 'closed') return maxDate(last, minDate(DEMO_TODAY, addDays(g.endDate, 45)));
  if (g.haltedOn !== undefined) return maxDate(last, g.haltedOn);
  return last;
}

function seedGrants(
  db: Db, summary: DemoSummary, rateOf: (quote: string, date: string) => string,
  orgIds: ReadonlyMap<string, number>, accounts: ReadonlyMap<string, Account[]>,
) {
  const government = governmentGrants(rateOf, createRng('demo:government-grants'));
  const others = funderGrants(DEMO_GRANT_COUNT - government.length, createRng('demo:funder-grants'));
  const grants = [...government, ...others].sort(
    (a, b) => cmp(a.startDate, b.startDate) || cmp(a.refCode, b.refCode) || cmp(a.granteeKey, b.granteeKey),
  );

  const flowRng = createRng('demo:money-flow');
  const flows = grants.map((g) => trancheFlow(g, accounts.get(g.granteeKey)!, flowRng));
  applyReceiptAnomalies(
    grants.flatMap((g, i) => (g.status === 'closed' ? flows[i]!.flatMap((t) => (t.disbursement ? [{ currency: g.currency, disbursement: t.disbursement }] : [])) : [])),
    createRng('demo:receipt-anomalies'),
  );

  const numbers = new Map<string, number>();
  const paid: { grantId: number; trancheId: number; seq: number; currency: string; accounts: Account[]; d: DemoDisbursement }[] = [];
  grants.forEach((g, i) => {
    const year = yearOf(g.startDate);
    const n = (numbers.get(`${g.refCode}|${year}`) ?? 0) + 1;
    numbers.set(`${g.refCode}|${year}`, n);
    const createdAt = stamp(g.createdOn, 10, i % 60);
    const grantId = insertGrant(db, {
      reference: `${g.refCode}-${year}-${pad(n, 3)}`,
      title: g.title,
      purpose: g.purpose,
      description: g.description,
      grantorId: orgIds.get(g.grantorKey)!,
      granteeId: orgIds.get(g.granteeKey)!,
      country: g.country,
      amountMinor: g.amountMinor,
      currency: g.currency,
      status: g.status,
      awardMethod: g.awardMethod,
      decisionDate: g.decisionDate,
      agreementSignedDate: g.agreementSignedDate,
      startDate: g.startDate,
      endDate: g.endDate,
      createdBy: null,
      createdAt,
      updatedAt: stamp(lastChange(g, flows[i]!), 16, i % 60),
    });
    summary.grants++;
    for (const t of flows[i]!) {
      const trancheId = insertTranche(db, {
        grantId,
        seq: t.seq,
        dueDate: t.dueDate,
        amountMinor: t.amountMinor,
        currency: g.currency,
        releaseCondition: t.releaseCondition,
        conditionMetDate: t.conditionMetDate,
        conditionNote: t.conditionNote,
        status: t.status,
        createdAt,
      });
      summary.tranches++;
      if (t.disbursement) paid.push({ grantId, trancheId, seq: t.seq, currency: g.currency, accounts: accounts.get(g.granteeKey)!, d: t.disbursement });
    }
  });

  // Four-eyes as the rules have it: the first finance officer records every payment, and the second
  // approves, the same day, each one at or above EUR 10,000.00 at the paid-date rate.
  const recorder = userByUsername(db, 'finance')!.id;
  // Upgrade tests seed a file at an older migration, before payments stored their approval status.
  const storesApproval = tableColumns(db, 'disbursements').has('approval_required');
  const approver = userByUsername(db, 'finance2')!.id;
  const needsApproval = (amountMinor: number, currency: string, date: string) =>
    (currency === 'EUR' ? amountMinor : convertByDivision(amountMinor, minorUnitsOf(currency), rateOf(currency, date), 2)) >= DEMO_FOUR_EYES_THRESHOLD_EUR_MINOR;

  // Payments in date order, so ids and bank references (TRN-2021-000123) run with time.
  paid.sort((a, b) => cmp(a.d.paidDate, b.d.paidDate) || a.grantId - b.grantId || a.seq - b.seq);
  const perYear = new Map<number, number>();
  const received: { grantId: number; disbursementId: number; currency: string; reference: string; part: number; receivedDate: string; amountMinor: number }[] = [];
  for (const p of paid) {
    const year = yearOf(p.d.paidDate);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const reference = `TRN-${year}-${pad(n, 6)}`;
    const disbursementId = insertDisbursement(db, {
      grantId: p.grantId,
      trancheId: p.trancheId,
      paidDate: p.d.paidDate,
      amountMinor: p.d.amountMinor,
      currency: p.currency,
      grantAmountMinor: p.d.amountMinor,
      bankAccountId: p.accounts[p.d.accountIndex]!.id,
      bankReference: reference,
      overrideReason: null,
      recordedBy: recorder,
      ...(needsApproval(p.d.amountMinor, p.currency, p.d.paidDate)
        ? { approvedBy: approver, ...(storesApproval ? { approvalRequired: true, approvedAt: stamp(p.d.paidDate, 15) } : {}) }
        : { approvedBy: null, ...(storesApproval ? { approvalRequired: false } : {}) }),
      createdAt: stamp(p.d.paidDate, 11),
    });
    summary.disbursements++;
    p.d.receipts.forEach((r, part) => received.push({ grantId: p.grantId, disbursementId, currency: p.currency, reference, part, ...r }));
  }

  received.sort((a, b) => cmp(a.receivedDate, b.receivedDate) || a.disbursementId - b.disbursementId || a.part - b.part);
  for (const r of received) {
    const receiptId = insertReceipt(db, {
      grantId: r.grantId,
      receivedDate: r.receivedDate,
      amountMinor: r.amountMinor,
      currency: r.currency,
      grantAmountMinor: r.amountMinor,
      bankReference: r.reference,
      recordedBy: null,
      createdAt: stamp(r.receivedDate, 14),
    });
    summary.receipts++;
    insertReceiptMatch(db, { receiptId, disbursementId: r.disbursementId, amountMinor: r.amountMinor, method: 'automatic', matchedAt: stamp(r.receivedDate, 14, 5) });
    summary.receiptMatches++;
  }
}

/** A demo grant that can carry a committed pledge: same funder and country, running in the pledge's year, not yet carrying another pledge of it. */
function carrierGrant(db: Db, funderId: number, country: string, year: number, taken: Set<string>): number | null {
  const rows = db.$client
    .prepare(`SELECT id FROM grants WHERE grantor_id = ? AND country = ? AND status IN ('active', 'closed')
              AND CAST(substr(start_date, 1, 4) AS INTEGER) <= ? AND CAST(substr(end_date, 1, 4) AS INTEGER) >= ?
              ORDER BY purpose = 'hotline' DESC, id`)
    .pluck()
    .all(funderId, country, year, year) as number[];
  const id = rows.find((g) => !taken.has(`${g}:${year}`));
  if (id === undefined) return null;
  taken.add(`${id}:${year}`);
  return id;
}

function seedPlans(db: Db, summary: DemoSummary, orgIds: ReadonlyMap<string, number>) {
  const costRng = createRng('demo:plan-costs');
  const indicatorRng = createRng('demo:plan-indicators');
  for (const plan of fundingPlans(createRng('demo:funding-plans'))) {
    const planRow = {
      title: plan.title,
      country: plan.country,
      organisationId: orgIds.get(plan.organisationKey)!,
      startYear: plan.startYear,
      endYear: plan.endYear,
      currency: 'EUR',
      notes: DEMO_NOTE,
      createdAt: stamp(plan.createdOn, 10),
    };
    const planId = insertFundingPlan(db, { ...planRow, programme: 'national_hotline' });
    summary.fundingPlans++;
    for (const y of plan.years) {
      const yearId = insertFundingPlanYear(db, { planId, year: y.year, needMinor: y.needMinor });
      summary.fundingPlanYears++;
      const lines = demoCostLines(y.needMinor, costRng);
      replaceCostLines(db, yearId, lines, y.needMinor);
      summary.planCostLines += lines.length;
    }
    const taken = new Set<string>();
    for (const p of plan.pledges) {
      const funderId = orgIds.get(p.funderKey)!;
      // Committed pledges of years that have begun are carried by a real grant where the funder has one there.
      const grantId = p.status === 'committed' ? carrierGrant(db, funderId, plan.country, p.year, taken) : null;
      const pledgeRow = { planId, funderId, year: p.year, amountMinor: p.amountMinor, currency: 'EUR', status: p.status, grantId, pledgedDate: p.pledgedDate, createdAt: stamp(p.pledgedDate, 12) };
      insertPledge(db, {
        ...pledgeRow,
        committedDate: p.status === 'committed' ? minDate(DEMO_TODAY, addDays(p.pledgedDate, 45)) : null,
        withdrawnDate: p.status === 'withdrawn' ? minDate(DEMO_TODAY, addDays(p.pledgedDate, 120)) : null,
      });
      summary.pledges++;
    }
    for (const i of demoIndicators(plan.startYear, plan.endYear, DEMO_TODAY, indicatorRng)) {
      const entered = i.quarter === null ? stamp(plan.createdOn, 11) : stamp(minDate(DEMO_TODAY, addDays(`${i.year}-${pad(i.quarter * 3)}-28`, 10)), 9);
      insertIndicator(db, { planId, grantId: null, indicator: i.indicator as 'hotline_calls', purpose: i.purpose as 'information' | null, year: i.year, quarter: i.quarter, target: i.target, actual: i.actual, updatedBy: null, updatedAt: entered });
      summary.impactIndicators++;
    }
  }
}

/** Writes the whole demo data set into `db` (inside the caller's transaction) and returns row counts. */
export function seedDemoData(db: Db): DemoSummary {
  const summary = emptySummary();
  seedDemoAccounts(db, '2018-01-01T08:00:00.000Z');
  const rateOf = seedFxRates(db, summary);
  const { ids, accounts } = seedOrganisations(db, summary);
  seedPeople(db, summary, ids);
  seedGrants(db, summary, rateOf, ids, accounts);
  seedPlans(db, summary, ids);
  return summary;
}
