/** Plain inserts for people, their roles in organisations and their ties to each other. */
import type { Db } from '../open';
import { eq } from 'drizzle-orm';
import { people, personRelations, personRoles, users } from '../schema';

export type NewPerson = typeof people.$inferInsert;
export type NewPersonRole = typeof personRoles.$inferInsert;
export type NewPersonRelation = typeof personRelations.$inferInsert;

export function insertPerson(db: Db, values: NewPerson): number {
  return db.insert(people).values(values).returning({ id: people.id }).get().id;
}

export function insertPersonRole(db: Db, values: NewPersonRole): number {
  return db.insert(personRoles).values(values).returning({ id: personRoles.id }).get().id;
}

export function insertPersonRelation(db: Db, values: NewPersonRelation): number {
  return db.insert(personRelations).values(values).returning({ id: personRelations.id }).get().id;
}

export function updatePerson(db: Db, id: number, values: Partial<NewPerson>): void {
  db.update(people).set(values).where(eq(people.id, id)).run();
}

export function endPersonRole(db: Db, id: number, endDate: string): void {
  db.update(personRoles).set({ endDate }).where(eq(personRoles.id, id)).run();
}

/** Which person a user account is (null: none). */
export function linkUserToPerson(db: Db, userId: number, personId: number | null): void {
  db.update(users).set({ personId }).where(eq(users.id, userId)).run();
}
