// One figure of `npm run bench`, in its own process: prints one JSON line. Started by run.ts.
import { dirname, join } from 'node:path';
import { gridDuringVerify } from './during-job';
import { exportIatiFigure, exportXlsx } from './export-figures';
import { plansOverview } from './plans-overview';
import { auditVerify, bulkWrite, coldStart, fundingReport, gridAudit, gridDisbursements, gridGrants, gridOrganisations, gridPeople, gridReconciliation, type Figure } from './figures';

const [name, arg, n] = process.argv.slice(2);
const count = Number(n);
const figures: Record<string, () => Figure | Promise<Figure>> = {
  bulk: () => bulkWrite(arg!, count),
  'grid-disbursements': () => gridDisbursements(arg!, count),
  'grid-audit': () => gridAudit(arg!, count),
  'grid-grants': () => gridGrants(arg!, count),
  'grid-reconciliation': () => gridReconciliation(arg!, count),
  'grid-organisations': () => gridOrganisations(arg!, count),
  'grid-people': () => gridPeople(arg!, count),
  report: () => fundingReport(arg!, count),
  verify: () => auditVerify(arg!),
  'cold-start': () => coldStart(arg!),
  'grid-during-verify': () => gridDuringVerify(arg!, count),
  // arg is the dataset; the work copy goes next to it. count = plans (runs: 20, or 50 at full size).
  'plans-overview': () => plansOverview(arg!, join(dirname(arg!), 'work'), count, count >= 1000 ? 50 : 20),
  'export-xlsx': () => exportXlsx(arg!, count),
  'export-iati': () => exportIatiFigure(arg!),
};
const run = figures[name ?? ''];
if (!run) throw new Error(`unknown figure "${name}"; one of ${Object.keys(figures).join(', ')}`);
console.log(JSON.stringify(await run()));
