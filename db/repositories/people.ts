/** Plain inserts for people, their roles in organisations and their ties to each other. */
import type { Db } from '../open';
import { people, personRelations, personRoles } from '../schema';

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
