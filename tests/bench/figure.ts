// One figure of `npm run bench`, in its own process: prints one JSON line. Started by run.ts.
import { gridDuringVerify } from './during-job';
import { auditVerify, bulkWrite, coldStart, fundingReport, gridAudit, gridDisbursements, gridGrants, gridReconciliation, type Figure } from './figures';

const [name, arg, n] = process.argv.slice(2);
const count = Number(n);
const figures: Record<string, () => Figure | Promise<Figure>> = {
  bulk: () => bulkWrite(arg!, count),
  'grid-disbursements': () => gridDisbursements(arg!, count),
  'grid-audit': () => gridAudit(arg!, count),
  'grid-grants': () => gridGrants(arg!, count),
  'grid-reconciliation': () => gridReconciliation(arg!, count),
  report: () => fundingReport(arg!, count),
  verify: () => auditVerify(arg!),
  'cold-start': () => coldStart(arg!),
  'grid-during-verify': () => gridDuringVerify(arg!, count),
};
const run = figures[name ?? ''];
if (!run) throw new Error(`unknown figure "${name}"; one of ${Object.keys(figures).join(', ')}`);
console.log(JSON.stringify(await run()));
