/** Titles, descriptions and tranche release conditions for demo grants, in the words funders use. */
import type { GrantPurpose } from '../../db/schema';
import type { Rng } from './random';

const TITLES: Record<GrantPurpose, readonly string[]> = {
  shelter: [
    'Safe accommodation and care for trafficking survivors in {city}',
    'Running costs of the {short} shelter',
    'Specialised shelter services for women and child survivors',
    'Emergency accommodation and psychosocial support, {city}',
  ],
  hotline: [
    '24/7 anti-trafficking hotline operation',
    'National hotline counselling and referral service',
    'Hotline staffing and case referral to shelters',
    'Multilingual hotline for victims of labour exploitation',
  ],
  legal_aid: [
    'Free legal aid and court representation for survivors',
    'Legal counselling for victims in criminal proceedings',
    'Access to compensation for trafficking survivors',
  ],
  reintegration: [
    'Vocational training and reintegration support in {city}',
    'Economic empowerment of survivors through job placement',
    'Long-term reintegration case management',
  ],
  prevention: [
    'Prevention of trafficking among at-risk youth in {city}',
    'School-based prevention programme',
    'Outreach to Roma and Egyptian communities on trafficking risks',
  ],
  awareness: [
    'Public awareness campaign on labour exploitation',
    'Know your rights: awareness for seasonal workers',
    'Online safety and grooming awareness for teenagers',
  ],
  capacity_building: [
    'Strengthening case management capacity of {short}',
    'Training of frontline staff in victim identification',
    'Quality standards and licensing of shelter services',
  ],
};

const GOVERNMENT_TITLES: Record<GrantPurpose, string> = {
  shelter: 'State support for shelter services {year}',
  hotline: 'Annual funding of the national hotline {year}',
  legal_aid: 'State-funded legal aid for victims {year}',
  reintegration: 'Reintegration services for victims of trafficking {year}',
  prevention: 'National prevention programme {year}',
  awareness: 'National awareness programme {year}',
  capacity_building: 'Capacity building of licensed service providers {year}',
};

function fill(template: string, vars: { city: string; short: string; year: number }): string {
  return template.replace('{city}', vars.city).replace('{short}', vars.short).replace('{year}', String(vars.year));
}

/** A title for a grant from a non-government funder. */
export function grantTitle(purpose: GrantPurpose, vars: { city: string; short: string; year: number }, rng: Rng): string {
  return fill(rng.pick(TITLES[purpose]), vars);
}

/** The title of a government's annual allocation. */
export function governmentGrantTitle(purpose: GrantPurpose, year: number): string {
  return fill(GOVERNMENT_TITLES[purpose], { city: '', short: '', year });
}

const MIDDLE_CONDITIONS = [
  'Narrative report for Q{q} received',
  'Interim narrative and financial report approved',
  'Six-month progress report accepted',
  'Monitoring visit completed without findings',
  'Quarterly occupancy and services report submitted',
  'Updated work plan and budget approved',
];

/** The condition that releases tranche `seq` (1-based) of `count`. */
export function releaseCondition(seq: number, count: number, government: boolean, rng: Rng): string {
  if (seq === 1) return government ? 'Annual agreement and work plan signed' : 'Grant agreement signed';
  if (seq === count) return rng.pick(['Final narrative report and financial audit delivered', 'Financial audit delivered', 'Final report approved']);
  return rng.pick(MIDDLE_CONDITIONS).replace('{q}', String(Math.min(4, seq - 1)));
}

const CONDITION_NOTES = [
  'Report reviewed by the programme officer',
  'Checked against the work plan; no issues',
  'Accepted after one round of clarifications',
  null,
  null,
] as const;

/** A short reviewer's note on a met condition, or null. */
export function conditionNote(rng: Rng): string | null {
  return rng.pick(CONDITION_NOTES);
}
