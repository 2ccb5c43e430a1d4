/**
 * What one audit entry changed, field by field, from its before and after images (the row as JSON,
 * column → value). Pure, so it is unit tested without a browser.
 */

export type Image = Readonly<Record<string, unknown>>;

/** One field of an entry: its value before and after (undefined where that image has no such field). */
export type FieldChange = { field: string; before: unknown; after: unknown };

export type EntryDiff =
  /** A new record: every field with its value. */
  | { kind: 'insert'; fields: FieldChange[] }
  /** A changed record: only the fields whose value differs. */
  | { kind: 'update'; fields: FieldChange[] }
  /** A removed record: every field it had. */
  | { kind: 'delete'; fields: FieldChange[] };

/** Two stored values are the same when their JSON is (images hold JSON values only). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of both images, in the order the after image has them, then those only before had. */
function fieldsOf(before: Image | null, after: Image | null): string[] {
  const fields = Object.keys(after ?? {});
  const seen = new Set(fields);
  for (const f of Object.keys(before ?? {})) if (!seen.has(f)) fields.push(f);
  return fields;
}

/**
 * The diff of one entry. An insert lists the after image, a delete the before image, an update the
 * fields that differ (a field present in only one image counts as changed). Entries that lack the
 * image their action implies (written outside Tranche) still show whatever they carry.
 */
export function diffEntry(action: string, before: Image | null, after: Image | null): EntryDiff {
  const all = (image: Image | null, side: 'before' | 'after'): FieldChange[] =>
    Object.entries(image ?? {}).map(([field, v]) => (side === 'after' ? { field, before: undefined, after: v } : { field, before: v, after: undefined }));
  if (action === 'insert') return { kind: 'insert', fields: all(after, 'after') };
  if (action === 'delete') return { kind: 'delete', fields: all(before, 'before') };
  const fields = fieldsOf(before, after)
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }))
    .filter((f) => !sameValue(f.before, f.after));
  return { kind: 'update', fields };
}
