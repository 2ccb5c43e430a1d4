// npm run bench:data -- --disbursements 200000 [--audit 1000000] [--seed 1] [--out FILE]
// Writes a scale database through the real core (see scale-data.ts) and prints what it holds.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateScaleData } from './scale-data';
import { progressBar } from './progress';

const { values } = parseArgs({
  options: { disbursements: { type: 'string', default: '200000' }, audit: { type: 'string', default: '0' }, seed: { type: 'string', default: '1' }, out: { type: 'string', default: 'tranche-scale.sqlite' } },
});
const disbursements = Number(values.disbursements);
const seed = Number(values.seed);
if (!Number.isInteger(disbursements) || disbursements < 1) throw new Error(`--disbursements must be a positive whole number, got ${values.disbursements}`);
const audit = Number(values.audit);
if (!Number.isInteger(audit) || audit < 0) throw new Error(`--audit must be a whole number, got ${values.audit}`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got ${values.seed}`);
if (existsSync(values.out)) throw new Error(`${values.out} exists already; remove it or choose another --out`);
const summary = generateScaleData({ dbPath: values.out, disbursements, audit, seed, onProgress: progressBar('bench:data') });
console.log(JSON.stringify({ file: values.out, seed, ...summary }));
