/**
 * Serbian Latin (Gaj's alphabet) to Serbian Cyrillic, for deriving the sr-Cyrl catalogue from
 * sr-Latn (see docs/glossary/sr-Cyrl.md).
 *
 * The letters map one to one, except the digraphs lj → љ, nj → њ, dž → џ, which are one letter in
 * Latin too. Where the two letters belong to different morphemes they are NOT a digraph
 * (nad|živeti → надживети, in|jekcija → инјекција); DIGRAPH_EXCEPTIONS lists those words by stem.
 * A catalogue author can also break a digraph by hand with U+200C ZERO WIDTH NON-JOINER between the
 * two letters ("n\u200Cj"); it is dropped from the Cyrillic.
 *
 * Only message text is transliterated. Left exactly as written:
 * - i18next placeholders `{{name}}` / `{{value, number}}` and nesting `$t(key)`;
 * - ICU arguments `{name}`, `{n, number}`, `{d, date, short}`; in `{n, plural, …}`,
 *   `{n, selectordinal, …}` and `{g, select, …}` the argument name, keyword, selectors (`one`, `few`,
 *   `=0`, `offset:1`) and `#` are kept while the text of every branch is transliterated;
 * - tags `<1>…</1>`, `<0/>`, `<strong>` (the text between them is transliterated), HTML entities,
 *   URLs, e-mail addresses;
 * - words that are not Serbian, per keptLatin below; digits and punctuation are unchanged anyway.
 *
 * Malformed ICU syntax (unbalanced braces) is read as i18next text: every balanced `{…}` group, and
 * everything after an unmatched '{', is then kept whole, so a broken message comes out
 * under-transliterated, never with a keyword or placeholder turned Cyrillic.
 */
import { isCurrencyCode } from './currencies';

const ZWNJ = '\u200C';

const LOWER: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и',
  j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у',
  v: 'в', z: 'з', ž: 'ж',
};

/** Every Serbian Latin letter (both cases, and the Unicode digraph ligatures) to its Cyrillic. */
const LETTERS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(LOWER),
  ...Object.entries(LOWER).map(([l, c]) => [l.toUpperCase(), c.toUpperCase()] as [string, string]),
  // U+01C4..U+01CC: the single-code-point digraphs DŽ Dž dž LJ Lj lj NJ Nj nj.
  ['Ǆ', 'Џ'], ['ǅ', 'Џ'], ['ǆ', 'џ'], ['Ǉ', 'Љ'], ['ǈ', 'Љ'], ['ǉ', 'љ'], ['Ǌ', 'Њ'], ['ǋ', 'Њ'], ['ǌ', 'њ'],
]);

/** First letter of a digraph → [second letter (lower case), Cyrillic lower case]. */
const DIGRAPHS: Readonly<Record<string, readonly [string, string]>> = {
  d: ['ž', 'џ'],
  l: ['j', 'љ'],
  n: ['j', 'њ'],
};

/**
 * Word beginnings (lower case) in which the first d+ž, n+j or l+j is two letters, not a digraph.
 * Matched at the start of a word only, case-insensitively; each inflected or ijekavian form shares
 * the stem (nadživ- covers nadživeti, nadživjeti, nadživljavati). Sources: the prefix rule of
 * Pravopis srpskoga jezika (od-, nad-, pod-, pred- before ž; in-, kon-, van-, pan- before j) and
 * the exception lists of public Serbian transliterators. Stems are deliberately narrow: odžak
 * (chimney), nadžak (war hammer), konjušnica (stable), kanjon (canyon) do have џ / њ.
 * Tanjug (the news agency) is written Танјуг by the agency itself.
 */
export const DIGRAPH_EXCEPTIONS: readonly string[] = [
  // d|ž: prefix od-, nad-, pod-, pred- before a word starting with ž
  'nadžanj', 'nadžanr', 'nadždrel', 'nadžel', 'nadžeo', 'nadžet', 'nadžinj', 'nadživ', 'nadžnj', 'nadžrec', 'nadžup',
  'odžal', 'odžari', 'odžel', 'odživ', 'odžubor', 'odžvać', 'odžvak', 'odžval',
  'podžanr', 'podžargon', 'podže', 'podžig', 'podžil', 'podžiz', 'podžnj', 'podžup',
  'predželu', 'predžetv', 'predživot',
  'feldžandarm',
  // n|j: in-, kon-, van-, pan- and foreign words
  'anjon', 'benjamin', 'injaric', 'injekc', 'injekt', 'injicir', 'injunkc', 'injunkt', 'injurij',
  'izvanjezi', 'kenjon', 'konjektur', 'konjug', 'konjunk', 'nekonjug', 'nekonjunk', 'subkonjunk',
  'netanjahu', 'panjelin', 'panjevrej', 'panjudej', 'panjugosl', 'pinjin', 'šenjang', 'tanjug', 'vanjezi',
  // l|j: only foreign words
  'dablju',
];

const EXCEPTION_SPLIT: ReadonlyArray<readonly [string, number]> = DIGRAPH_EXCEPTIONS.map((stem) => {
  const at = stem.search(/dž|nj|lj/);
  if (at < 0) throw new Error(`digraph exception ${stem} has no digraph`);
  return [stem, at] as const;
});

/**
 * Latin words kept as they are in Cyrillic text, matched exactly (case-sensitively):
 * international acronyms under their English form, file formats and standards, brand names, key
 * names. Serbian's own acronyms are transliterated like any word, so write them the Serbian way in
 * sr-Latn: PDV → ПДВ, PIB → ПИБ, NVO → НВО, OEBS → ОЕБС, MOM → МОМ, EU → ЕУ (Serbian orthography
 * writes ЕУ, and the EU Delegation in Belgrade does too). Extend this list rather than spelling
 * a foreign name with a Cyrillic-looking trick.
 */
export const KEEP_LATIN: ReadonlySet<string> = new Set([
  // the product and the software around it
  'Tranche', 'Electron', 'Chromium', 'Node', 'SQLite', 'GitHub', 'macOS', 'Windows', 'Linux', 'Excel', 'Wi-Fi',
  // standards, identifiers, file formats
  'IBAN', 'SWIFT', 'BIC', 'ISO', 'IATI', 'OECD', 'DAC', 'SHA', 'UTC', 'CSV', 'PDF', 'XLSX', 'JSON', 'XML', 'HTML', 'URL',
  // international organisations and their English acronyms (see above for Serbian ones)
  'OSCE', 'ODIHR', 'IOM', 'UNODC', 'UNDP', 'UNHCR', 'UNICEF', 'UNFPA', 'UNOPS', 'OHCHR', 'USAID', 'GIZ', 'FCDO', 'SDC',
  'ILO', 'ICMPD', 'GRETA', 'EEAS', 'NGO', 'CSO', 'INGO',
  // keys
  'Ctrl', 'Alt', 'Shift', 'Cmd', 'Enter', 'Esc', 'Tab', 'Del', 'Backspace', 'Home', 'End', 'PgUp', 'PgDn', 'Caps', 'Lock',
]);

/** ISO 4217 codes that are also Serbian words in capitals (NAD "above", SOS as in "SOS telefon", TOP, BOB). */
const CURRENCY_CODES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['NAD', 'SOS', 'TOP', 'BOB']);

/** Valid Roman numerals that are also Serbian words in capitals: MI "we", VI "you", LI, DIV "giant". */
const ROMAN_NUMERALS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['MI', 'VI', 'LI', 'DIV']);

const ROMAN = /^(?=[MDCLXVI]{2,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A Latin letter outside Gaj's alphabet: q w x y, or any other accent (ë, é, ü, ç …). */
function hasForeignLatin(word: string): boolean {
  for (const ch of word) if (/\p{Script=Latin}/u.test(ch) && !LETTERS.has(ch)) return true;
  return false;
}

/**
 * Whether a word (no hyphen) stays in Latin letters. Decision: NOT every short all-caps word, as
 * one might expect, because Serbian's own acronyms and capitalised words must become Cyrillic
 * (PDV, JMBG, MUP, NVO, DA/NE, SVE, UKUPNO); only
 * - words in KEEP_LATIN,
 * - words with a letter Serbian does not have (Windows, Excel, XK, Quick, Shqipëria),
 * - ISO 4217 codes known to ./currencies in capitals (EUR, RSD, BAM, MKD, ALL, USD), except the
 *   four above that are also words,
 * - Roman numerals of two letters or more (II, IV, XXI; Serbian Cyrillic keeps them Latin), except
 *   the four above; a lone I or V is the conjunction "i" / a letter, and is transliterated,
 * - function keys F1 to F12.
 */
export function keptLatin(word: string): boolean {
  if (KEEP_LATIN.has(word) || hasForeignLatin(word)) return true;
  if (/^[A-Z]{3}$/.test(word) && isCurrencyCode(word) && !CURRENCY_CODES_THAT_ARE_WORDS.has(word)) return true;
  if (ROMAN.test(word) && !ROMAN_NUMERALS_THAT_ARE_WORDS.has(word)) return true;
  return /^F(?:[1-9]|1[0-2])$/.test(word);
}

/** Transliterates one word of Serbian letters (and maybe digits or Cyrillic, which pass through). */
function transliterateWord(word: string): string {
  // Lower-cased letter by letter so indices stay aligned ('İ'.toLowerCase() is two code units).
  const lower = word.replace(/./gsu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
  let split = -1; // index of the first letter of a pair that is not a digraph
  for (const [stem, at] of EXCEPTION_SPLIT) {
    if (lower.startsWith(stem)) {
      split = at;
      break;
    }
  }
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === ZWNJ) {
      // Drop a hand-placed digraph breaker between two letters; keep any other (it may be meaningful).
      const prev = word[i - 1];
      const next = word[i + 1];
      if (prev !== undefined && next !== undefined && LETTERS.has(prev) && LETTERS.has(next)) continue;
      out += ch;
      continue;
    }
    const digraph = DIGRAPHS[lower[i]!];
    if (digraph && i !== split && lower[i + 1] === digraph[0]) {
      out += ch === lower[i] ? digraph[1] : digraph[1].toUpperCase();
      i++;
      continue;
    }
    out += LETTERS.get(ch) ?? ch;
  }
  return out;
}

// The text between placeholders: protected spans, then words.
const PROTECTED = new RegExp(
  [
    String.raw`<\/?[A-Za-z0-9][\w.:-]*(?:\s[^<>]*)?\/?>`, // <1>, </1>, <0/>, <strong>, <br />, <a href="…">
    String.raw`\b(?:Ctrl|Alt|Shift|Cmd|Option)(?:\s*\+\s*[A-Za-z0-9]+)+\b`, // Ctrl+S, Ctrl + Shift + F
    String.raw`&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);`, // &nbsp; &#160; &#xA0;
    String.raw`\b(?:https?|ftp):\/\/[^\s<>"{}]+`,
    String.raw`\bmailto:[^\s<>"{}]+`,
    String.raw`\bwww\.[^\s<>"{}]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail
  ].join('|'),
  'gu',
);
/** Trailing punctuation is the sentence's, not the URL's: "see https://x.org/a." */
const URL_TAIL = /[.,;:!?)\]'"]+$/;
const WORD = /[\p{L}\p{M}\p{N}\u200C]+(?:-[\p{L}\p{M}\p{N}\u200C]+)*/gu;

function transliterateWords(text: string): string {
  return text.normalize('NFC').replace(WORD, (compound) => {
    if (KEEP_LATIN.has(compound)) return compound;
    // Each part on its own: "IBAN-a" → "IBAN-а", "e-pošta" → "е-пошта".
    return compound
      .split('-')
      .map((part) => (keptLatin(part) ? part : transliterateWord(part)))
      .join('-');
  });
}

function transliterateText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PROTECTED)) {
    let token = m[0];
    if (/^(?:https?:|ftp:|mailto:|www\.)/i.test(token)) token = token.replace(URL_TAIL, '');
    out += transliterateWords(text.slice(last, m.index)) + token;
    last = m.index + token.length;
  }
  return out + transliterateWords(text.slice(last));
}

class MessageSyntaxError extends Error {}

/** Index just past the ')' closing the `$t(` at `start`, or the end of the text if it is never closed. */
function endOfNesting(s: string, start: number): number {
  let depth = 0;
  for (let i = start + 2; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i + 1;
  }
  return s.length; // an unclosed $t( keeps the rest verbatim rather than guessing where the key ends
}

/** Index just past the '}' matching the '{' at `start`, or -1. */
function endOfGroup(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Reads a message from `start` up to the unmatched '}' that ends a plural/select branch (or the
 * end of the text at top level) and returns the transliterated message and where it stopped.
 */
function readMessage(s: string, start: number, nested: boolean): [string, number] {
  let out = '';
  let textStart = start;
  let i = start;
  const flush = (to: number) => {
    out += transliterateText(s.slice(textStart, to));
  };
  while (i < s.length) {
    const ch = s[i];
    if (ch === '$' && s.startsWith('$t(', i)) {
      flush(i);
      const end = endOfNesting(s, i);
      out += s.slice(i, end);
      i = textStart = end;
    } else if (ch === '{' && s[i + 1] === '{') {
      flush(i);
      const close = s.indexOf('}}', i + 2);
      if (close < 0) throw new MessageSyntaxError('unclosed {{');
      out += s.slice(i, close + 2);
      i = textStart = close + 2;
    } else if (ch === '{') {
      flush(i);
      const [arg, end] = readArgument(s, i);
      out += arg;
      i = textStart = end;
    } else if (ch === '}') {
      if (!nested) throw new MessageSyntaxError('unmatched }');
      flush(i);
      return [out, i];
    } else {
      i++;
    }
  }
  if (nested) throw new MessageSyntaxError('unclosed branch');
  flush(i);
  return [out, i];
}

/** Reads the ICU argument whose '{' is at `start`; returns it (branches transliterated) and the index after its '}'. */
function readArgument(s: string, start: number): [string, number] {
  const head = /^\{([^{},]*)(?:,([^{},]*))?/.exec(s.slice(start));
  if (!head) throw new MessageSyntaxError('bad argument');
  const type = head[2]?.trim();
  if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') {
    // {name}, {n, number}, {d, date, short}, {n, number, ::currency/EUR}: all kept verbatim.
    const end = endOfGroup(s, start);
    if (end < 0) throw new MessageSyntaxError('unclosed argument');
    return [s.slice(start, end), end];
  }
  let i = start + head[0].length;
  if (s[i] !== ',') throw new MessageSyntaxError(`${type} without options`);
  let out = s.slice(start, ++i);
  for (;;) {
    const gap = /^\s*/.exec(s.slice(i))![0];
    out += gap;
    i += gap.length;
    if (i >= s.length) throw new MessageSyntaxError('unclosed argument');
    if (s[i] === '}') return [out + '}', i + 1];
    const selector = /^(?:offset:\s*\d+|[^\s{}]+)/.exec(s.slice(i));
    if (!selector) throw new MessageSyntaxError('missing selector');
    out += selector[0];
    i += selector[0].length;
    if (selector[0].startsWith('offset:')) continue;
    const space = /^\s*/.exec(s.slice(i))![0];
    out += space;
    i += space.length;
    if (s[i] !== '{') throw new MessageSyntaxError(`selector ${selector[0]} without a branch`);
    const [branch, end] = readMessage(s, i + 1, true);
    out += `{${branch}}`;
    i = end + 1;
  }
}

/**
 * For malformed ICU: i18next reading, with every balanced {…} group and $t(…) kept whole, and the
 * rest of the text after an unmatched '{' kept too. An unmatched '}' is just a character.
 */
function transliterateLoosely(s: string): string {
  let out = '';
  let textStart = 0;
  let i = 0;
  while (i < s.length) {
    let end = -1;
    if (s.startsWith('$t(', i)) end = endOfNesting(s, i);
    // An unmatched '{' may open a broken plural: keep everything after it rather than risk its keywords.
    else if (s[i] === '{') {
      const close = endOfGroup(s, i);
      end = close < 0 ? s.length : close;
    }
    if (end < 0) {
      i++;
      continue;
    }
    out += transliterateText(s.slice(textStart, i)) + s.slice(i, end);
    i = textStart = end;
  }
  return out + transliterateText(s.slice(textStart));
}

/**
 * Serbian Latin text (an i18next or ICU message) in Serbian Cyrillic; see the top of this file for
 * what is kept. Total: never throws for a string, and idempotent (Cyrillic passes through).
 */
export function latinToCyrillic(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`latinToCyrillic expects a string, got ${typeof text}`);
  try {
    return readMessage(text, 0, false)[0];
  } catch (e) {
    if (!(e instanceof MessageSyntaxError)) throw e;
    return transliterateLoosely(text);
  }
}

/** A catalogue as i18next loads it: nested objects (and arrays) whose leaves are strings. */
export type CatalogueValue = string | number | boolean | null | readonly CatalogueValue[] | { readonly [key: string]: CatalogueValue };

/**
 * A copy of `catalogue` with every string transliterated and every key kept (including plural
 * suffixes such as `_one`, `_few`). Non-string leaves are copied as they are.
 */
export function transliterateCatalogue<T extends CatalogueValue>(catalogue: T): T {
  return walk(catalogue) as T;
}

function walk(value: CatalogueValue): CatalogueValue {
  if (typeof value === 'string') return latinToCyrillic(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(walk);
  // fromEntries defines own properties, so a "__proto__" key stays a key instead of a prototype.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
}
