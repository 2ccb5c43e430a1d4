import { z } from 'zod';

/** Methods that take no input accept an empty object. */
export const NoInput = z.strictObject({});

/** Interface languages a user can choose (BCP 47 tags); sr-Cyrl is derived from sr-Latn. */
export const UI_LOCALES = ['en', 'sq', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'cnr', 'mk'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The interface language to remember. */
export const SetLocaleInput = z.strictObject({ locale: z.enum(UI_LOCALES) });
