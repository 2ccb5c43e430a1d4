import { z } from 'zod';
import { UI_LOCALES } from '../../domain/locales';

/** Methods that take no input accept an empty object. */
export const NoInput = z.strictObject({});

/** Interface languages a user can choose (BCP 47 tags): the one list lives in core/domain/locales. */
export { UI_LOCALES, type UiLocale } from '../../domain/locales';

/** The interface language to remember. */
export const SetLocaleInput = z.strictObject({ locale: z.enum(UI_LOCALES) });
