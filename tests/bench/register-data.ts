// A large register for the Organisations and People grids: the demo world plus `organisations`
// organisations and `people` people, each person with one role (so as many people-role rows),
// and a tie for one person in ten. Written with plain prepared statements on a Tranche connection
// inside one audited transaction (the triggers log every row, as the API would), since a quarter
// of a million API calls would only measure the set-up. Deterministic for a given size and seed.
import { fixedClock } from '../../core/api/define';
import { createCore } from '../../core/create-core';
import { createRng } from '../../core/demo/random';
import { REGION_COUNTRIES } from '../../core/domain/countries';
import { audited } from '../../core/services/audit';
import { SCALE_NOW } from './scale-data';

export type RegisterScaleOptions = { dbPath: string; organisations: number; people: number; seed: number };

const KINDS = ['ngo', 'ngo', 'ngo', 'ngo', 'government', 'international', 'embassy', 'development_agency', 'foundation', 'company', 'other'] as const;
const ROLES = ['director', 'board_member', 'treasurer', 'founder', 'staff', 'volunteer', 'official'] as const;
const RELATIONS = ['spouse', 'partner', 'parent', 'sibling', 'in_law', 'business'] as const;
const FIRST = ['Ana', 'Besa', 'Dragana', 'Elira', 'Goran', 'Ivan', 'Jelena', 'Lejla', 'Marko', 'Nikola', 'Petra', 'Sara', 'Tomislav', 'Vesna', 'Zoran', 'Arben', 'Drita', 'Emir', 'Maja', 'Stefan'];
const LAST = ['Hoxha', 'Kovačević', 'Marić', 'Berisha', 'Vuković', 'Petrovski', 'Jovanović', 'Nikolić', 'Gashi', 'Babić', 'Ilić', 'Hadžić', 'Đurović', 'Stojanovska', 'Krasniqi'];
const CITY: Record<string, string> = { AL: 'Tirana', BA: 'Sarajevo', HR: 'Zagreb', XK: 'Pristina', ME: 'Podgorica', MK: 'Skopje', RS: 'Belgrade' };
const MOBILE: Record<string, string> = { AL: '+35569', BA: '+38761', HR: '+38591', XK: '+38344', ME: '+38267', MK: '+38970', RS: '+38163' };

export function generateRegisterData(o: RegisterScaleOptions): { organisations: number; people: number; personRoles: number; personRelations: number; ms: number } {
  const t0 = performance.now();
  const core = createCore({ dbPath: o.dbPath, whenNew: 'demo', clock: fixedClock(SCALE_NOW) });
  const sqlite = core.ctx.db.$client;
  const rng = createRng(`bench:register:${o.seed}`);
  const at = new Date(SCALE_NOW).toISOString();
  const insertOrg = sqlite.prepare(
    `INSERT INTO organisations (name, short_name, kind, side, country, registration_number, registration_date, address, street_number, postcode, city, phone, email, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPerson = sqlite.prepare('INSERT INTO people (full_name, email, phone, address, street_number, city, country, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertRole = sqlite.prepare('INSERT INTO person_roles (person_id, organisation_id, role, start_date, end_date, source) VALUES (?, ?, ?, ?, ?, ?)');
  const insertRelation = sqlite.prepare('INSERT INTO person_relations (person_id, relative_id, type, start_date, source) VALUES (?, ?, ?, ?, ?)');
  const firstOrg = (sqlite.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS n FROM organisations').get() as { n: number }).n;
  const firstPerson = (sqlite.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS n FROM people').get() as { n: number }).n;
  let relations = 0;
  sqlite.transaction(() =>
    audited(sqlite, { userId: null, at, reason: 'benchmark register' }, () => {
      for (let k = 0; k < o.organisations; k++) {
        const country = rng.pick(REGION_COUNTRIES);
        const kind = rng.pick(KINDS);
        const serial = String(k).padStart(7, '0');
        insertOrg.run(
          `${rng.pick(['Udruženje', 'Qendra', 'Centar', 'Fondacija', 'Shoqata', 'Здружение'])} ${rng.pick(LAST)} ${serial}`,
          null, kind, kind === 'ngo' ? 'grantee' : 'funder', country, `B${serial}`, `20${String(rng.int(0, 23)).padStart(2, '0')}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
          `Ulica ${rng.pick(LAST)}`, String(rng.int(1, 200)), '10000', CITY[country], `${MOBILE[country]}${1 + (k % 9)}${serial.slice(1)}`, `info-${serial}@org.example`, at, at,
        );
      }
      for (let k = 0; k < o.people; k++) {
        const country = rng.pick(REGION_COUNTRIES);
        const serial = String(k).padStart(7, '0');
        const name = `${rng.pick(FIRST)} ${rng.pick(LAST)} ${serial}`;
        const id = Number(insertPerson.run(name, `p${serial}@mail.example`, `${MOBILE[country]}${1 + (k % 9)}${serial.slice(1)}`, `Ulica ${rng.pick(LAST)}`, String(rng.int(1, 200)), CITY[country], country, at).lastInsertRowid);
        const start = `20${String(rng.int(5, 24)).padStart(2, '0')}-0${rng.int(1, 9)}-01`;
        insertRole.run(id, firstOrg + rng.int(0, o.organisations - 1), rng.pick(ROLES), start, rng.chance(0.3) ? '2025-12-31' : null, 'Register extract');
        if (k % 10 === 9) {
          insertRelation.run(id, firstPerson + rng.int(0, k - 1), rng.pick(RELATIONS), null, 'Declaration of interests');
          relations++;
        }
      }
    }),
  ).immediate();
  core.close();
  return { organisations: o.organisations, people: o.people, personRoles: o.people, personRelations: relations, ms: Math.round(performance.now() - t0) };
}
