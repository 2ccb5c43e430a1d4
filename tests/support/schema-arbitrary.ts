import fc from 'fast-check';

/** The subset of JSON Schema that zod's toJSONSchema produces for the API's inputs. */
export type JsonSchema = {
  /** One type, or several ("number" or "null" for a nullish number). */
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};

// Values near the edges that broke Tranche before (issue 16) or plausibly could: 64-bit overflow
// once scaled, the largest safe integer, zero and negatives, impossible dates, extreme rates.
const EDGE_NUMBERS = [0, -1, 1, 0.5, 59, 100, 1e14, 1e15, -1e15, 922337203685478, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e308, -1e308];
// Filter values around the 64-bit limit once scaled by 10^4 (issue 16, item 3), and other edges.
const FILTER_EDGES = fc.constantFrom(1e15, -1e15, 922337203685478, Number.MAX_SAFE_INTEGER, 1e14, -1e14, 0, 0.5, 1e308);
const IDS = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 60 }), weight: 6 }, { arbitrary: fc.integer({ min: 61, max: 5000 }), weight: 1 });
const DATES = fc.oneof(
  { arbitrary: fc.constantFrom('2026-01-20', '2026-11-24', '2026-11-25', '2025-06-30', '2026-03-31'), weight: 3 },
  { arbitrary: fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), weight: 3 },
  { arbitrary: fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31', '2026-13-01'), weight: 1 },
);
const CURRENCIES = fc.oneof({ arbitrary: fc.constantFrom('EUR', 'RSD', 'MKD', 'ALL', 'BAM', 'USD'), weight: 6 }, { arbitrary: fc.constantFrom('XXX', 'eur', 'EURO'), weight: 1 });
const COUNTRIES = fc.oneof({ arbitrary: fc.constantFrom('RS', 'MK', 'AL', 'XK', 'BA', 'ME', 'HR'), weight: 6 }, { arbitrary: fc.constantFrom('ZZ', 'rs'), weight: 1 });
const RATES = fc.oneof({ arbitrary: fc.constantFrom('117.2', '61.5', '1', '1.16', '100', '1.95583'), weight: 3 }, { arbitrary: fc.constantFrom('0.000000000001', '999999999999.999999999999', '6150', '0.5'), weight: 2 });
const TEXTS = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 4 },
  { arbitrary: fc.constantFrom(' ', 'x'.repeat(300), "'; DROP TABLE grants; --", '%_\\', '\u0000', 'Žena 𝕏 ћирилица', '__proto__', 'constructor', 'OSCE', 'reason given for this'), weight: 2 },
);
const CSVS = fc.constantFrom(
  'date,base,quote,rate\n2026-11-20,EUR,RSD,117.2',
  'date,base,quote,rate\n2026-11-20,EUR,MKD,0.000000000001',
  'date;base;quote;rate\n2026-11-20;EUR;MKD;61,5',
  'date,base,quote,rate\n2026-11-20,EUR,RSD,117.2\n2026-11-20,EUR,RSD,117.3',
  'nonsense',
);
/** What a mutation puts in place of one value: the edges and values of the wrong kind. */
const MUTANTS = fc.constantFrom<unknown>(...EDGE_NUMBERS, '', 'x'.repeat(5000), null, true, [], {}, '2026-02-30', '0.000000000001', '999999999999.999999999999', 'XXX', -0, 1.5);

function byName(name: string, s: JsonSchema): fc.Arbitrary<unknown> | null {
  const n = name.toLowerCase();
  if (s.type === 'integer' && (n === 'id' || n.endsWith('id'))) return IDS;
  if (s.type === 'integer' && n.includes('minor')) return fc.oneof({ arbitrary: fc.integer({ min: 1, max: 50_000_000 }), weight: 4 }, { arbitrary: fc.constantFrom(1, 59, Number.MAX_SAFE_INTEGER, 9e15), weight: 1 });
  if (s.type === 'integer' && n === 'startrow') return fc.constantFrom(0, 0, 50, 100);
  if (s.type === 'integer' && n === 'endrow') return fc.constantFrom(50, 100, 150, 500);
  // A grid filter's value: the edges most of the time, since ordinary values rarely break anything.
  if (s.type === 'number' && (n === 'filter' || n === 'filterto')) return fc.oneof({ arbitrary: FILTER_EDGES, weight: 3 }, { arbitrary: fc.integer({ min: -1000, max: 100_000 }), weight: 1 });
  if (s.type !== 'string' || s.enum) return null;
  if (n.includes('date') || s.pattern?.includes('\\d{4}')) return DATES;
  if (n === 'currency' || n === 'base' || n === 'quote' || n === 'reportingcurrency') return CURRENCIES;
  if (n === 'country') return COUNTRIES;
  if (n === 'rate' || n === 'min' || n === 'max') return RATES;
  if (n === 'csv') return CSVS;
  if (n.includes('reason')) return fc.constantFrom('a reason given in words', 'x', 'second thoughts');
  return null;
}

/**
 * Inputs for `schema`: two in three well-formed (type-correct, within the schema's bounds, with
 * edge values where a field's name says they matter), the others the same with one value replaced by an
 * edge or a value of the wrong kind, so that deep fields are reached as well as refused.
 */
export function arbitraryFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const valid = shaped(schema, '', 0);
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: fc.tuple(valid, fc.nat(), MUTANTS).map(([v, at, mutant]) => mutate(v, at, mutant)), weight: 1 });
}

/** `value` with its `at`-th leaf (mod the number of leaves) replaced by `mutant`. */
function mutate(value: unknown, at: number, mutant: unknown): unknown {
  const leaves: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (x !== null && typeof x === 'object') walk(x);
        else leaves.push({ parent: v, key: i });
      });
    }
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (x !== null && typeof x === 'object') walk(x);
        else leaves.push({ parent: v as Record<string, unknown>, key: k });
      }
    }
  };
  const copy = structuredClone(value);
  walk(copy);
  if (leaves.length === 0) return mutant;
  const leaf = leaves[at % leaves.length]!;
  (leaf.parent as Record<string | number, unknown>)[leaf.key] = mutant;
  return copy;
}

function shaped(s: JsonSchema, name: string, depth: number): fc.Arbitrary<unknown> {
  if (depth > 12) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  // A nullable value is mostly given: null reaches little.
  if (alternatives) return fc.oneof(...alternatives.map((a) => ({ arbitrary: shaped(a, name, depth + 1), weight: a.type === 'null' ? 1 : 4 })));
  if (s.allOf?.length) return shaped(s.allOf[0]!, name, depth + 1);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => ({ arbitrary: shaped({ ...s, type }, name, depth), weight: type === 'null' ? 1 : 4 })));
  const named = byName(name, s);
  if (named) return named;
  switch (s.type) {
    case 'integer': {
      const min = Math.max(s.minimum ?? (s as { exclusiveMinimum?: number }).exclusiveMinimum ?? -1000, -1e6);
      return fc.integer({ min: Math.ceil(min + ((s as { exclusiveMinimum?: number }).exclusiveMinimum === min ? 1 : 0)), max: Math.max(Math.ceil(min) + 1, Math.min(s.maximum ?? 1000, 1e6)) });
    }
    case 'number':
      return fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    case 'string':
      return TEXTS;
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = Math.min(s.minItems ?? 0, 3);
      return fc.array(s.items ? shaped(s.items, name, depth + 1) : fc.jsonValue(), { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 3, 3)) });
    }
    case 'object':
      return objectOf(s, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

// The kind of filter a grid column takes, guessed from its id, so most filters reach the query.
function filterKind(column: string): string {
  if (/date/i.test(column)) return 'date';
  if (/amount|disbursed|received|outstanding|count|unmatched|eur|seq/i.test(column)) return 'number';
  return 'text';
}

/** A value for a dictionary entry: mostly an alternative whose filterType suits the key. */
function fittingValue(key: string, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const flat = (x: JsonSchema): JsonSchema[] => (x.anyOf ?? x.oneOf)?.flatMap(flat) ?? [x];
  const kind = filterKind(key);
  // A single condition rather than several joined: each joined one must fit as well.
  const fits = flat(schema).filter((a) => a.properties?.filterType?.const === kind);
  const all = shaped(schema, '', depth + 1);
  if (fits.length === 0) return all;
  return fc.oneof({ arbitrary: fc.oneof(...fits.map((a) => shaped(a, '', depth + 1))), weight: 4 }, { arbitrary: all, weight: 1 });
}

function objectOf(s: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  // A dictionary keyed by an enum (a grid's filter model): some of its keys.
  if (!s.properties && s.propertyNames?.enum && typeof s.additionalProperties === 'object') {
    const values = s.additionalProperties;
    const entry = fc.constantFrom(...(s.propertyNames.enum as string[])).chain((key) => fittingValue(key, values, depth).map((v) => [key, v] as const));
    return fc.oneof({ arbitrary: fc.array(entry, { minLength: 1, maxLength: 2 }).map((e) => Object.fromEntries(e)), weight: 4 }, { arbitrary: fc.constant({}), weight: 1 });
  }
  const required = new Set(s.required ?? []);
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of Object.entries(s.properties ?? {})) parts[key] = shaped(sub, key, depth + 1);
  // Required keys always, optional ones now and then; a missing or extra key is a mutation's job.
  return fc.record(parts, { requiredKeys: Object.keys(parts).filter((k) => required.has(k)) });
}
