import { z } from 'zod';
import { BANK_ACCOUNT_KINDS, ORGANISATION_KINDS, ORGANISATION_SIDES } from '../../../db/schema/organisations';
import { PERSON_ROLES, RELATION_TYPES } from '../../../db/schema/people';
import { GRANT_PURPOSES } from '../../../db/schema/grants';
import { GridPageInput } from './grid';
import { AmountMinor, CountryCode, CurrencyCode, IsoDate } from './money-flow';

const Id = z.number().int().positive();
/** An optional text field: blank means none. */
const opt = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => (s ? s : null));
const Reason = z.string().trim().min(5, 'say why, in a few words').max(500);

const Address = {
  address: opt(200),
  streetNumber: opt(20),
  unit: opt(40),
  postcode: opt(20),
  city: opt(100),
};

/** An organisation as entered; the phone is read for its country and stored in E.164. */
export const OrganisationFields = z.strictObject({
  name: z.string().trim().min(1).max(200),
  shortName: opt(40),
  kind: z.enum(ORGANISATION_KINDS),
  side: z.enum(ORGANISATION_SIDES),
  country: CountryCode,
  registrationNumber: opt(40),
  registrationDate: IsoDate.nullish().transform((s) => s ?? null),
  iatiIdentifier: opt(60),
  ...Address,
  addressCountry: CountryCode.nullish().transform((s) => s ?? null),
  phone: opt(40),
  email: z.email().trim().max(200).nullish().or(z.literal('')).transform((s) => (s ? s.toLowerCase() : null)),
  website: z.url({ protocol: /^https?$/ }).max(200).nullish().or(z.literal('')).transform((s) => s || null),
  notes: opt(2000),
});

export const CreateOrganisationInput = OrganisationFields;
export const UpdateOrganisationInput = z.strictObject({ id: Id, ...OrganisationFields.shape, reason: Reason.optional() });
export const DeactivateOrganisationInput = z.strictObject({ id: Id, reason: Reason });
export const IdInput = z.strictObject({ id: Id });

/** A bank account of an organisation or a person, from the day it is linked (to the day it ends). */
export const AddAccountInput = z
  .strictObject({
    organisationId: Id.optional(),
    personId: Id.optional(),
    kind: z.enum(BANK_ACCOUNT_KINDS),
    iban: z.string().trim().min(1).max(60),
    bankName: z.string().trim().min(1).max(200),
    currency: CurrencyCode,
    holderName: z.string().trim().min(1).max(200),
    validFrom: IsoDate,
    validTo: IsoDate.optional(),
    reason: Reason,
  })
  .refine((a) => (a.organisationId === undefined) !== (a.personId === undefined), { path: ['organisationId'], message: 'an account belongs to an organisation or to a person' });

/** Ends an account's link on a day (the last day payments may go to it), with a reason. */
export const CloseAccountInput = z.strictObject({ id: Id, validTo: IsoDate, reason: Reason });

export const PersonFields = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  email: z.email().trim().max(200).nullish().or(z.literal('')).transform((s) => (s ? s.toLowerCase() : null)),
  phone: opt(40),
  ...Address,
  country: CountryCode.nullish().transform((s) => s ?? null),
  notes: opt(2000),
});
export const CreatePersonInput = PersonFields;
export const UpdatePersonInput = z.strictObject({ id: Id, ...PersonFields.shape, reason: Reason.optional() });

export const AddRoleInput = z.strictObject({
  personId: Id,
  organisationId: Id,
  role: z.enum(PERSON_ROLES),
  startDate: IsoDate.nullish().transform((s) => s ?? null),
  endDate: IsoDate.nullish().transform((s) => s ?? null),
  source: opt(300),
});
export const EndRoleInput = z.strictObject({ id: Id, endDate: IsoDate, reason: Reason });

export const AddRelationInput = z.strictObject({
  personId: Id,
  relativeId: Id,
  type: z.enum(RELATION_TYPES),
  startDate: IsoDate.nullish().transform((s) => s ?? null),
  endDate: IsoDate.nullish().transform((s) => s ?? null),
  source: opt(300),
});

/** Which person a user account is (null to unlink). */
export const LinkUserInput = z.strictObject({ userId: Id, personId: Id.nullable() });

export const AddBudgetLineInput = z.strictObject({
  organisationId: Id,
  purpose: z.enum(GRANT_PURPOSES),
  description: z.string().trim().min(1).max(500),
  startDate: IsoDate,
  endDate: IsoDate,
  amountMinor: AmountMinor,
  currency: CurrencyCode,
});

/** What is about to be saved, to find other records holding the same identifiers. */
export const LookAlikesInput = z.strictObject({
  organisationId: Id.optional(),
  personId: Id.optional(),
  country: CountryCode.optional(),
  registrationNumber: opt(40),
  ibans: z.array(z.string().trim().max(60)).max(10).default([]),
  phone: opt(40),
  email: opt(200),
  address: opt(200),
  streetNumber: opt(20),
  postcode: opt(20),
  city: opt(100),
});

export const ORGANISATION_COLUMNS = ['id', 'name', 'shortName', 'kind', 'side', 'country', 'registrationNumber', 'city', 'phone', 'email', 'status'] as const;
export const OrganisationsPageInput = GridPageInput(ORGANISATION_COLUMNS);

export const PEOPLE_COLUMNS = ['id', 'fullName', 'email', 'phone', 'city', 'country'] as const;
export const PeoplePageInput = GridPageInput(PEOPLE_COLUMNS);
