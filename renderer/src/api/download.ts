/**
 * Fetches an export job's file from the web host (POST with the run's token: the file name alone
 * opens nothing) and hands it to the browser as a download under the name the job suggested.
 */
import { tokenFromDocument } from './transports';

export async function downloadExport(file: string, name: string, doc: Document = document): Promise<void> {
  const token = tokenFromDocument(doc);
  if (token === null) throw new Error('No tranche-token in the page');
  const r = await fetch(`/files/${encodeURIComponent(file)}`, { method: 'POST', headers: { 'x-tranche-token': token } });
  if (!r.ok) throw new Error(`The export file could not be fetched (${r.status})`);
  const url = URL.createObjectURL(await r.blob());
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started from the object URL; let it go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
