import { describe, expect, it } from 'vitest';
import { diffEntry, sameValue } from '../../../renderer/src/features/audit/history-diff';

const grant = { id: 7, reference: 'G-7', amount_minor: 1_000_000, currency: 'EUR', status: 'draft', description: null };

describe('the diff of one audit entry', () => {
  it('lists every field of a new record with its value', () => {
    const d = diffEntry('insert', null, grant);
    expect(d.kind).toBe('insert');
    expect(d.fields).toEqual(Object.entries(grant).map(([field, after]) => ({ field, before: undefined, after })));
  });

  it('lists every field a removed record had', () => {
    const d = diffEntry('delete', grant, null);
    expect(d.kind).toBe('delete');
    expect(d.fields.map((f) => [f.field, f.before])).toEqual(Object.entries(grant));
    expect(d.fields.every((f) => f.after === undefined)).toBe(true);
  });

  it('lists only the fields a change touched, from what to what', () => {
    const after = { ...grant, status: 'approved', amount_minor: 1_200_000 };
    expect(diffEntry('update', grant, after)).toEqual({
      kind: 'update',
      fields: [
        { field: 'amount_minor', before: 1_000_000, after: 1_200_000 },
        { field: 'status', before: 'draft', after: 'approved' },
      ],
    });
  });

  it('counts a value set from or to null, and a field only one image has, as changed', () => {
    const before = { id: 1, note: null, gone: 'x' };
    const after = { id: 1, note: 'now set', added: 0 };
    expect(diffEntry('update', before, after).fields).toEqual([
      { field: 'note', before: null, after: 'now set' },
      { field: 'added', before: undefined, after: 0 },
      { field: 'gone', before: 'x', after: undefined },
    ]);
  });

  it('finds nothing changed when the images are equal', () => {
    expect(diffEntry('update', grant, { ...grant }).fields).toEqual([]);
  });

  it('still shows what an entry written outside Tranche carries', () => {
    expect(diffEntry('insert', null, null).fields).toEqual([]);
    expect(diffEntry('update', null, { id: 1 }).fields).toEqual([{ field: 'id', before: undefined, after: 1 }]);
  });

  it('compares values as JSON: 0 is not null, "1" is not 1', () => {
    expect(sameValue(0, null)).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
    expect(sameValue(1.5, 1.5)).toBe(true);
  });
});
