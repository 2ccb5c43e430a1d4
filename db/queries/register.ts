/** Reads for the register: one organisation or person with everything tied to it, and uniqueness checks. */
import { and, asc, desc, eq, inArray, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { bankAccounts, budgetLines, currencies, grants, organisations, people, personRelations, personRoles, users } from '../schema';

export function organisationById(db: Db, id: number) {
  return db.select().from(organisations).where(eq(organisations.id, id)).get();
}

export function personById(db: Db, id: number) {
  return db.select().from(people).where(eq(people.id, id)).get();
}

export function accountById(db: Db, id: number) {
  return db.select().from(bankAccounts).where(eq(bankAccounts.id, id)).get();
}

export function roleById(db: Db, id: number) {
  return db.select().from(personRoles).where(eq(personRoles.id, id)).get();
}

export function userExists(db: Db, id: number): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.id, id)).get() !== undefined;
}

/** Another organisation registered under the same number in the same country. */
export function registrationHolder(db: Db, country: string, number: string, exceptId?: number) {
  const same = and(eq(organisations.country, country), eq(organisations.registrationNumber, number));
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(exceptId ? and(same, ne(organisations.id, exceptId)) : same).get();
}

export function iatiHolder(db: Db, iati: string, exceptId?: number) {
  const same = eq(organisations.iatiIdentifier, iati);
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(exceptId ? and(same, ne(organisations.id, exceptId)) : same).get();
}

/** Grants not yet closed or cancelled that an organisation gives or receives. */
export function openGrantsOf(db: Db, organisationId: number) {
  return db
    .select({ id: grants.id, reference: grants.reference, status: grants.status })
    .from(grants)
    .where(and(or(eq(grants.grantorId, organisationId), eq(grants.granteeId, organisationId)), notInArray(grants.status, ['closed', 'cancelled'])))
    .orderBy(asc(grants.reference))
    .all();
}

const ACCOUNT_COLUMNS = {
  id: bankAccounts.id,
  kind: bankAccounts.kind,
  iban: bankAccounts.iban,
  bankName: bankAccounts.bankName,
  currency: bankAccounts.currency,
  holderName: bankAccounts.holderName,
  validFrom: bankAccounts.validFrom,
  validTo: bankAccounts.validTo,
};

/** Most grants the detail panel lists per side; the Grants screen has them all. */
export const DETAIL_GRANTS = 200;

function grantsWhere(db: Db, where: ReturnType<typeof eq>, counterpart: typeof grants.grantorId | typeof grants.granteeId) {
  return db
    .select({
      id: grants.id,
      reference: grants.reference,
      title: grants.title,
      status: grants.status,
      amountMinor: grants.amountMinor,
      currency: grants.currency,
      minorUnits: currencies.minorUnits,
      startDate: grants.startDate,
      endDate: grants.endDate,
      counterpart: organisations.name,
      budgetLineId: grants.budgetLineId,
    })
    .from(grants)
    .innerJoin(currencies, eq(currencies.code, grants.currency))
    .innerJoin(organisations, eq(organisations.id, counterpart))
    .where(where)
    .orderBy(desc(grants.startDate), desc(grants.id))
    .limit(DETAIL_GRANTS)
    .all();
}

/** An organisation with its accounts, people and roles, grants given and received, and budget lines. */
export function organisationDetail(db: Db, id: number) {
  const organisation = organisationById(db, id);
  if (!organisation) return undefined;
  return {
    organisation,
    accounts: db.select(ACCOUNT_COLUMNS).from(bankAccounts).where(eq(bankAccounts.organisationId, id)).orderBy(asc(bankAccounts.validFrom), asc(bankAccounts.id)).all(),
    roles: db
      .select({ id: personRoles.id, personId: personRoles.personId, fullName: people.fullName, role: personRoles.role, startDate: personRoles.startDate, endDate: personRoles.endDate, source: personRoles.source })
      .from(personRoles)
      .innerJoin(people, eq(people.id, personRoles.personId))
      .where(eq(personRoles.organisationId, id))
      .orderBy(sql`${personRoles.endDate} IS NOT NULL`, asc(people.fullName))
      .all(),
    grantsGiven: grantsWhere(db, eq(grants.grantorId, id), grants.granteeId),
    grantsReceived: grantsWhere(db, eq(grants.granteeId, id), grants.grantorId),
    budgetLines: budgetLinesOf(db, id),
  };
}

export function budgetLinesOf(db: Db, organisationId: number) {
  return db
    .select({
      id: budgetLines.id,
      purpose: budgetLines.purpose,
      description: budgetLines.description,
      startDate: budgetLines.startDate,
      endDate: budgetLines.endDate,
      amountMinor: budgetLines.amountMinor,
      currency: budgetLines.currency,
      minorUnits: currencies.minorUnits,
    })
    .from(budgetLines)
    .innerJoin(currencies, eq(currencies.code, budgetLines.currency))
    .where(eq(budgetLines.organisationId, organisationId))
    .orderBy(desc(budgetLines.startDate), asc(budgetLines.id))
    .all();
}

export function budgetLineById(db: Db, id: number) {
  return db.select().from(budgetLines).where(eq(budgetLines.id, id)).get();
}

/** A person with their roles, ties in both directions, accounts and the user accounts that are them. */
export function personDetail(db: Db, id: number) {
  const person = personById(db, id);
  if (!person) return undefined;
  const relative = sql<string>`(SELECT full_name FROM people WHERE id = CASE WHEN ${personRelations.personId} = ${id} THEN ${personRelations.relativeId} ELSE ${personRelations.personId} END)`;
  return {
    person,
    roles: db
      .select({ id: personRoles.id, organisationId: personRoles.organisationId, organisation: organisations.name, role: personRoles.role, startDate: personRoles.startDate, endDate: personRoles.endDate, source: personRoles.source })
      .from(personRoles)
      .innerJoin(organisations, eq(organisations.id, personRoles.organisationId))
      .where(eq(personRoles.personId, id))
      .orderBy(sql`${personRoles.endDate} IS NOT NULL`, asc(personRoles.startDate))
      .all(),
    relations: db
      .select({
        id: personRelations.id,
        type: personRelations.type,
        /** True when the tie is recorded from the other person's side (e.g. "parent of" read as "child of"). */
        inverse: sql<number>`${personRelations.relativeId} = ${id}`,
        otherId: sql<number>`CASE WHEN ${personRelations.personId} = ${id} THEN ${personRelations.relativeId} ELSE ${personRelations.personId} END`,
        other: relative,
        startDate: personRelations.startDate,
        endDate: personRelations.endDate,
        source: personRelations.source,
      })
      .from(personRelations)
      .where(or(eq(personRelations.personId, id), eq(personRelations.relativeId, id)))
      .orderBy(asc(personRelations.id))
      .all(),
    accounts: db.select(ACCOUNT_COLUMNS).from(bankAccounts).where(eq(bankAccounts.personId, id)).orderBy(asc(bankAccounts.validFrom)).all(),
    users: db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(eq(users.personId, id)).all(),
  };
}

export type LookAlike = { kind: 'organisation' | 'person'; id: number; name: string; field: 'registrationNumber' | 'iban' | 'phone' | 'email' | 'address' };

/** Other records holding one of these identifiers (exact, as stored: IBAN normalised, phone E.164, e-mail lower case). */
export function lookAlikesByIdentifier(
  db: Db,
  q: { registration?: { country: string; number: string }; ibans: string[]; phone: string | null; email: string | null; exceptOrganisation?: number; exceptPerson?: number },
): LookAlike[] {
  const out: LookAlike[] = [];
  const notOrg = (w: ReturnType<typeof eq>) => (q.exceptOrganisation ? and(w, ne(organisations.id, q.exceptOrganisation))! : w);
  const notPerson = (w: ReturnType<typeof eq>) => (q.exceptPerson ? and(w, ne(people.id, q.exceptPerson))! : w);
  const orgs = (field: LookAlike['field'], where: ReturnType<typeof eq>) =>
    db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(notOrg(where)).limit(20).all().forEach((r) => out.push({ kind: 'organisation', field, ...r }));
  const persons = (field: LookAlike['field'], where: ReturnType<typeof eq>) =>
    db.select({ id: people.id, name: people.fullName }).from(people).where(notPerson(where)).limit(20).all().forEach((r) => out.push({ kind: 'person', field, ...r }));
  if (q.registration) orgs('registrationNumber', and(eq(organisations.country, q.registration.country), eq(organisations.registrationNumber, q.registration.number))!);
  if (q.phone) {
    orgs('phone', eq(organisations.phone, q.phone));
    persons('phone', eq(people.phone, q.phone));
  }
  if (q.email) {
    orgs('email', eq(organisations.email, q.email));
    persons('email', eq(people.email, q.email));
  }
  if (q.ibans.length > 0) {
    const held = db
      .select({ organisationId: bankAccounts.organisationId, personId: bankAccounts.personId, org: organisations.name, person: people.fullName })
      .from(bankAccounts)
      .leftJoin(organisations, eq(organisations.id, bankAccounts.organisationId))
      .leftJoin(people, eq(people.id, bankAccounts.personId))
      .where(inArray(bankAccounts.iban, q.ibans))
      .limit(20)
      .all();
    for (const h of held) {
      if (h.organisationId !== null && h.organisationId !== q.exceptOrganisation) out.push({ kind: 'organisation', id: h.organisationId, name: h.org!, field: 'iban' });
      if (h.personId !== null && h.personId !== q.exceptPerson) out.push({ kind: 'person', id: h.personId, name: h.person!, field: 'iban' });
    }
  }
  return out;
}

/** Organisations and people in a city (or everywhere, with no city), with their address parts, for comparing normalised addresses. */
export function addressesIn(db: Db, city: string | null) {
  const orgCity = city ? sql`lower(${organisations.city}) = lower(${city})` : sql`1`;
  const personCity = city ? sql`lower(${people.city}) = lower(${city})` : sql`1`;
  return {
    organisations: db
      .select({ id: organisations.id, name: organisations.name, street: organisations.address, streetNumber: organisations.streetNumber, postcode: organisations.postcode, city: organisations.city })
      .from(organisations)
      .where(and(orgCity, sql`${organisations.address} IS NOT NULL`))
      .limit(5000)
      .all(),
    people: db
      .select({ id: people.id, name: people.fullName, street: people.address, streetNumber: people.streetNumber, postcode: people.postcode, city: people.city })
      .from(people)
      .where(and(personCity, sql`${people.address} IS NOT NULL`))
      .limit(5000)
      .all(),
  };
}
