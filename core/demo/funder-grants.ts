/**
 * Grants from international organisations, embassies and the foundation: spread over 2018-2026,
 * plus the few grants in unusual states (approved but not started, drafts, one suspended, one
 * cancelled) and two active grants whose latest tranche is overdue.
 */
import type { GrantPurpose } from '../../db/schema';
import { addDays, addMonthsToFirst, DEMO_TODAY, yearOf } from './dates';
import { grantTitle } from './grant-text';
import { statusByDates, type AwardMethod, type DemoGrant } from './grant-spec';
import { FUNDERS, NGOS, type FunderSpec, type NgoFocus, type NgoSpec } from './organisations';
import type { Rng } from './random';
import { dueDates } from './tranche-schedule';

const PURPOSES: Record<NgoFocus, ReadonlyArray<readonly [GrantPurpose, number]>> = {
  shelter: [['shelter', 4], ['reintegration', 1], ['capacity_building', 1]],
  hotline: [['hotline', 4], ['awareness', 2], ['prevention', 1]],
  legal_aid: [['legal_aid', 4], ['capacity_building', 1], ['awareness', 1]],
  reintegration: [['reintegration', 4], ['prevention', 2], ['capacity_building', 1]],
};

/** Grant size range in whole 5,000 units of the grant currency, by kind of funder. */
const SIZE: Record<string, readonly [number, number]> = { international: [8, 50], embassy: [5, 30], foundation: [3, 16] };

const TRANCHES_BY_MONTHS: Record<number, readonly [number, number]> = { 12: [2, 3], 18: [3, 4], 24: [4, 5], 36: [6, 8] };

/** Months of the regular grants' start dates: 2018-01 .. 2026-09. */
const START_MONTHS = 105;

const funders = FUNDERS.filter((f) => f.kind !== 'government');

type Shape = { startDate: string; months: number; decisionDate: string | null; signedDate: string | null; trancheCount?: number };

function endOf(startDate: string, months: number): string {
  return addDays(addMonthsToFirst(startDate, months), -1);
}

function grantFor(funder: FunderSpec, grantee: NgoSpec, shape: Shape, rng: Rng): DemoGrant {
  const purpose = rng.weighted(PURPOSES[grantee.focus]);
  const [lo, hi] = SIZE[funder.kind]!;
  const [tlo, thi] = TRANCHES_BY_MONTHS[shape.months]!;
  const endDate = endOf(shape.startDate, shape.months);
  return {
    grantorKey: funder.key,
    granteeKey: grantee.key,
    country: grantee.country,
    government: false,
    refCode: funder.refCode,
    title: grantTitle(purpose, { city: grantee.city, short: grantee.shortName, year: yearOf(shape.startDate) }, rng),
    purpose,
    description: null,
    amountMinor: rng.int(lo, hi) * 5_000 * 100,
    currency: rng.weighted(funder.currencies),
    status: statusByDates(shape.startDate, endDate),
    awardMethod: rng.weighted<AwardMethod>([['open', 3], ['restricted', 2], ['direct', 2]]),
    decisionDate: shape.decisionDate,
    agreementSignedDate: shape.signedDate,
    startDate: shape.startDate,
    endDate,
    createdOn: shape.decisionDate ?? shape.startDate,
    trancheCount: shape.trancheCount ?? rng.int(tlo, thi),
  };
}

function pickParties(rng: Rng): [FunderSpec, NgoSpec] {
  const funder = rng.weighted(funders.map((f) => [f, f.weight] as const));
  const grantee = rng.pick(NGOS.filter((n) => funder.covers.includes(n.country)));
  return [funder, grantee];
}

function regularShape(index: number, count: number, rng: Rng): Shape {
  const startDate = addMonthsToFirst('2018-01-01', Math.floor((index * START_MONTHS) / count));
  const months = rng.weighted([[12, 3], [18, 2], [24, 3], [36, 2]] as const);
  const decisionDate = addDays(startDate, -rng.int(25, 75));
  return { startDate, months, decisionDate, signedDate: addDays(startDate, -rng.int(3, 20)) };
}

/** `count` non-government grants, eight of them in the special states. */
export function funderGrants(count: number, rng: Rng): DemoGrant[] {
  const regularCount = count - 8;
  const regular: DemoGrant[] = [];
  for (let i = 0; i < regularCount; i++) {
    const [funder, grantee] = pickParties(rng);
    regular.push(grantFor(funder, grantee, regularShape(i, regularCount, rng), rng));
  }

  // Two active grants whose tranche due in August-October 2026 was never paid: overdue by today.
  const stallFrom = '2026-08-01';
  const stallable = regular.filter(
    (g) => g.status === 'active' && dueDates(g.startDate, g.endDate, g.trancheCount).some((d) => d >= stallFrom && d <= '2026-10-15'),
  );
  for (const g of rng.shuffle(stallable).slice(0, 2)) g.stalledFrom = stallFrom;

  const special = (shape: Shape, patch: Partial<DemoGrant>): DemoGrant => {
    const [funder, grantee] = pickParties(rng);
    return { ...grantFor(funder, grantee, shape, rng), ...patch };
  };
  const specials: DemoGrant[] = [
    special({ startDate: '2026-12-01', months: 12, decisionDate: '2026-10-02', signedDate: '2026-11-18' }, {}),
    special({ startDate: '2027-01-01', months: 24, decisionDate: '2026-10-20', signedDate: '2026-11-20' }, {}),
    special({ startDate: '2027-01-01', months: 18, decisionDate: '2026-11-06', signedDate: null }, {}),
    special({ startDate: '2027-03-01', months: 36, decisionDate: '2026-11-12', signedDate: null }, {}),
    special(
      { startDate: '2027-03-01', months: 12, decisionDate: null, signedDate: null },
      { status: 'draft', createdOn: '2026-11-05', description: 'Draft: budget under negotiation with the grantee.' },
    ),
    special(
      { startDate: '2027-04-01', months: 24, decisionDate: null, signedDate: null },
      { status: 'draft', awardMethod: null, createdOn: '2026-11-17', description: 'Draft concept note; not yet submitted for decision.' },
    ),
    special(
      { startDate: '2025-10-01', months: 24, decisionDate: '2025-08-20', signedDate: '2025-09-22', trancheCount: 6 },
      {
        status: 'suspended',
        haltedOn: '2026-09-28',
        description: 'Suspended on 2026-09-28 pending clarification of the interim financial report.',
      },
    ),
    special(
      { startDate: '2024-04-01', months: 24, decisionDate: '2024-02-12', signedDate: '2024-03-15', trancheCount: 4 },
      {
        status: 'cancelled',
        haltedOn: '2024-09-20',
        description: 'Cancelled by mutual agreement on 2024-09-20 after the implementing partner withdrew.',
      },
    ),
  ];
  for (const g of specials) {
    if ((g.decisionDate ?? g.createdOn) > DEMO_TODAY) throw new Error('A demo grant was decided after today');
  }
  return [...regular, ...specials];
}
