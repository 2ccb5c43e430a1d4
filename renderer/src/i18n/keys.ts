import type app from '../../../resources/locales/en/app.json';
import type audit from '../../../resources/locales/en/audit.json';
import type auth from '../../../resources/locales/en/auth.json';
import type grants from '../../../resources/locales/en/grants.json';
import type grid from '../../../resources/locales/en/grid.json';
import type money from '../../../resources/locales/en/money.json';
import type plans from '../../../resources/locales/en/plans.json';
import type reports from '../../../resources/locales/en/reports.json';
import type register from '../../../resources/locales/en/register.json';
import type exporting from '../../../resources/locales/en/exporting.json';
import type validation from '../../../resources/locales/en/validation.json';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** A key of the renderer's English catalogues; plural keys without their suffix ('grants.count'). */
export type TextKey = WithoutPlural<keyof typeof app | keyof typeof grants | keyof typeof audit | keyof typeof auth | keyof typeof grid | keyof typeof validation | keyof typeof money | keyof typeof reports | keyof typeof register | keyof typeof plans | keyof typeof exporting>;
