import { z } from 'zod';

/** One disbursement by its id. */
export const DisbursementIdInput = z.strictObject({ id: z.number().int().positive() });

/** The four-eyes threshold: amount in EUR cents (minor units), at least EUR 1.00. */
export const FourEyesThresholdInput = z.strictObject({ thresholdEurMinor: z.number().int().min(100).max(1e13) });
