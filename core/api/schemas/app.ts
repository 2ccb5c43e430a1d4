import { z } from 'zod';

/** Methods that take no input accept an empty object. */
export const NoInput = z.strictObject({});
