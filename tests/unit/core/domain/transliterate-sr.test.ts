import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIGRAPH_EXCEPTIONS,
  KEEP_LATIN,
  keptLatin,
  latinToCyrillic,
  transliterateCatalogue,
} from '../../../../core/domain/transliterate-sr';

const LATIN = /\p{Script=Latin}/u;

describe('latinToCyrillic: letters and digraphs', () => {
  it.each([
    ['Ljubljana', 'Љубљана'],
    ['LJUBLJANA', 'ЉУБЉАНА'],
    ['NJEGOŠ', 'ЊЕГОШ'],
    ['Njegoš', 'Његош'],
    ['džep', 'џеп'],
    ['Džep', 'Џеп'],
    ['DŽEP', 'ЏЕП'],
    ['Isplata tranše', 'Исплата транше'],
    ['abcčćdđefghijklmnoprsštuvzž', 'абцчћдђефгхијклмнопрсштувзж'],
    ['ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ', 'АБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ'],
    ['Đurđevdan, ćevapi, čaša, šuma, žuto', 'Ђурђевдан, ћевапи, чаша, шума, жуто'],
    ['Prijem sredstava na račun', 'Пријем средстава на рачун'],
    ['Sklonište za žrtve trgovine ljudima', 'Склониште за жртве трговине људима'],
    ['Odobreno, aktivno, zatvoreno, obustavljeno, otkazano', 'Одобрено, активно, затворено, обустављено, отказано'],
    // d+z, d+j are not digraphs in Serbian Latin
    ['podzemni, adjektiv, nadzor', 'подземни, адјектив, надзор'],
    // Unicode digraph ligatures U+01C4..U+01CC
    ['ǅep ǈubav ǋegoš ǆ ǉ ǌ', 'Џеп Љубав Његош џ љ њ'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('reads decomposed č ć š ž đ (NFD) like the composed letters', () => {
    expect(latinToCyrillic('Isplata tranše'.normalize('NFD'))).toBe('Исплата транше');
    expect(latinToCyrillic('džep'.normalize('NFD'))).toBe('џеп');
  });
});

describe('latinToCyrillic: words where the two letters are not a digraph', () => {
  it.each([
    ['nadživeti', 'надживети'],
    ['nadživjeti', 'надживјети'],
    ['Nadživeo', 'Надживео'],
    ['NADŽIVETI', 'НАДЖИВЕТИ'],
    ['nadživljavati', 'надживљавати'],
    ['odživeti', 'одживети'],
    ['odžaliti', 'оджалити'],
    ['podžupan', 'поджупан'],
    ['Podžupanija', 'Поджупанија'],
    ['podžanr', 'поджанр'],
    ['predželudac', 'преджелудац'],
    ['injekcija', 'инјекција'],
    ['Injekcije', 'Инјекције'],
    ['injektirati', 'инјектирати'],
    ['konjunkcija', 'конјункција'],
    ['konjunktura', 'конјунктура'],
    ['konjugacija', 'конјугација'],
    ['vanjezički', 'ванјезички'],
    ['Tanjug', 'Танјуг'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it.each([
    // the same letters that ARE digraphs: stems are matched at the start of a word and kept narrow
    ['odžak', 'оџак'],
    ['nadžak', 'наџак'],
    ['konj', 'коњ'],
    ['konjušnica', 'коњушница'],
    ['Konjic', 'Коњиц'],
    ['kanjon', 'кањон'],
    ['sinjski', 'сињски'],
    ['hodža', 'хоџа'],
  ])('keeps the digraph in %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('breaks a digraph at a zero-width non-joiner and drops it', () => {
    expect(latinToCyrillic('n\u200Cj l\u200Cj d\u200Cž')).toBe('нј лј дж');
    expect(latinToCyrillic('Kon\u200Cjunkturni')).toBe('Конјунктурни');
  });

  it('every exception stem is lower case and splits its first d+ž, n+j or l+j (a later one may be real: nadžnjeti → наджњети)', () => {
    const split: Record<string, string> = { dž: 'дж', nj: 'нј', lj: 'лј' };
    for (const stem of DIGRAPH_EXCEPTIONS) {
      expect(stem).toBe(stem.toLowerCase());
      const pair = /dž|nj|lj/.exec(stem)?.[0] ?? '';
      expect(latinToCyrillic(stem)).toContain(split[pair]);
    }
    expect(latinToCyrillic('nadžnjeti')).toBe('наджњети');
  });
});

describe('latinToCyrillic: what stays as written', () => {
  it.each([
    ['Iznos u EUR', 'Износ у EUR'],
    ['Izveštajna valuta (RSD, BAM, MKD, ALL, USD)', 'Извештајна валута (RSD, BAM, MKD, ALL, USD)'],
    ['Unesite IBAN i SWIFT kod', 'Унесите IBAN и SWIFT код'],
    ['IBAN-a, EUR-ima', 'IBAN-а, EUR-има'],
    ['Donatori: UNODC, OSCE, IOM, USAID', 'Донатори: UNODC, OSCE, IOM, USAID'],
    ['Izvoz u CSV ili PDF', 'Извоз у CSV или PDF'],
    ['Tranche, verzija 2', 'Tranche, верзија 2'],
    ['Windows i Excel', 'Windows и Excel'],
    ['Wi-Fi i e-pošta', 'Wi-Fi и е-пошта'],
    ['Qendra Streha, Shqipëria', 'Qendra Стреха, Shqipëria'],
    ['II kvartal, XXI vek, IV faza', 'II квартал, XXI век, IV фаза'],
    ['Pritisnite Ctrl+S ili F2', 'Притисните Ctrl+S или F2'],
    ['Iznos: 1.234,56 — 15. 3. 2025.', 'Износ: 1.234,56 — 15. 3. 2025.'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it.each([
    // Serbian acronyms and capitalised Serbian words are not kept: the all-caps rule was rejected on purpose
    ['PDV, PIB i JMBG', 'ПДВ, ПИБ и ЈМБГ'],
    ['NVO i MUP', 'НВО и МУП'],
    ['Delegacija EU', 'Делегација ЕУ'],
    ['OEBS i MOM', 'ОЕБС и МОМ'],
    ['DA / NE / SVE', 'ДА / НЕ / СВЕ'],
    ['SOS telefon', 'СОС телефон'],
    ['I dalje, MI i VI', 'И даље, МИ и ВИ'],
  ])('transliterates Serbian capitals %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it.each([
    ['Dobrodošli, {{name}}!', 'Добродошли, {{name}}!'],
    ['Plaćeno {{amount, currency(EUR)}} od {{total}}', 'Плаћено {{amount, currency(EUR)}} од {{total}}'],
    ['Sačuvaj: $t(common.save)', 'Сачувај: $t(common.save)'],
    ['$t(grant.title, {"count": 2}) i dalje', '$t(grant.title, {"count": 2}) и даље'],
    ['Grant {name} je odobren', 'Грант {name} је одобрен'],
    ['Rok {due, date, short} u {due, time, short}', 'Рок {due, date, short} у {due, time, short}'],
    ['Iznos {amount, number, ::currency/EUR}', 'Износ {amount, number, ::currency/EUR}'],
    ['<1>Napomena:</1> vidi <strong>uslove</strong><br/><0/>', '<1>Напомена:</1> види <strong>услове</strong><br/><0/>'],
    ['<a href="https://example.org/uputstvo">uputstvo</a>', '<a href="https://example.org/uputstvo">упутство</a>'],
    ['Pogledajte https://example.org/pomoc/isplate.', 'Погледајте https://example.org/pomoc/isplate.'],
    ['ili www.sigurna-kuca.example, pišite na pomoc@sigurna-kuca.example', 'или www.sigurna-kuca.example, пишите на pomoc@sigurna-kuca.example'],
    ['Ukupno&nbsp;iznos &#8212; kraj', 'Укупно&nbsp;износ &#8212; крај'],
  ])('placeholders, tags and addresses: %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('keeps ICU plural syntax and translates the branches', () => {
    expect(latinToCyrillic('{count, plural, one {# tranša} few {# tranše} other {# tranši}}')).toBe(
      '{count, plural, one {# транша} few {# транше} other {# транши}}',
    );
    expect(latinToCyrillic('Ukupno {n, plural, offset:1 =0 {nijedna isplata} =1 {jedna isplata} other {# isplata i još {{extra}}}}.')).toBe(
      'Укупно {n, plural, offset:1 =0 {ниједна исплата} =1 {једна исплата} other {# исплата и још {{extra}}}}.',
    );
    expect(latinToCyrillic('{place, selectordinal, one {#. mesto} other {#. mesto}}')).toBe('{place, selectordinal, one {#. место} other {#. место}}');
    expect(latinToCyrillic('{role, select, funder {Donator {name}} grantee {<1>Korisnik</1>} other {Ostali}}')).toBe(
      '{role, select, funder {Донатор {name}} grantee {<1>Корисник</1>} other {Остали}}',
    );
    // nested plural inside select, with free whitespace
    expect(latinToCyrillic('{ g , select , female { {n , plural , one {primila je # tranšu} other {primila je # tranši}} } other {ništa} }')).toBe(
      '{ g , select , female { {n , plural , one {примила је # траншу} other {примила је # транши}} } other {ништа} }',
    );
  });

  it('leaves malformed messages under-transliterated rather than breaking a keyword', () => {
    // unmatched '{': everything after it is kept
    expect(latinToCyrillic('Greška {count, plural, one {tranša}')).toBe('Грешка {count, plural, one {tranša}');
    // a lone '}' is only a character
    expect(latinToCyrillic('zatvorena } zagrada')).toBe('затворена } заграда');
    // plural without options: kept whole
    expect(latinToCyrillic('x {n, plural} tranša')).toBe('x {n, plural} транша');
    expect(latinToCyrillic('{{nezatvoren')).toBe('{{nezatvoren');
    expect(latinToCyrillic('$t(nezatvoren')).toBe('$t(nezatvoren');
  });

  it('refuses a non-string', () => {
    expect(() => latinToCyrillic(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('keptLatin', () => {
  it('keeps listed words exactly as spelt', () => {
    expect(keptLatin('IBAN')).toBe(true);
    expect(keptLatin('Iban')).toBe(false);
    expect(KEEP_LATIN.has('Tranche')).toBe(true);
  });

  it('keeps ISO currency codes but not those that are words', () => {
    expect(['EUR', 'RSD', 'BAM', 'MKD', 'ALL', 'USD', 'CHF'].every(keptLatin)).toBe(true);
    expect(['NAD', 'SOS', 'TOP', 'BOB', 'ABC', 'EU'].some(keptLatin)).toBe(false);
  });
});

describe('transliterateCatalogue', () => {
  it('keeps keys, structure and non-string leaves', () => {
    const sh = {
      grant: { title: 'Grant', status: { active: 'Aktivan', suspended: 'Obustavljen' } },
      tranche_one: '{{count}} tranša',
      tranche_few: '{{count}} tranše',
      tranche_other: '{{count}} tranši',
      months: ['januar', 'februar'],
      limit: 3,
      enabled: true,
      none: null,
    } as const;
    expect(transliterateCatalogue(sh)).toEqual({
      grant: { title: 'Грант', status: { active: 'Активан', suspended: 'Обустављен' } },
      tranche_one: '{{count}} транша',
      tranche_few: '{{count}} транше',
      tranche_other: '{{count}} транши',
      months: ['јануар', 'фебруар'],
      limit: 3,
      enabled: true,
      none: null,
    });
    expect(sh.grant.title).toBe('Grant'); // not mutated
  });

  it('keeps a "__proto__" key as a key', () => {
    const parsed = JSON.parse('{"__proto__": {"x": "tranša"}, "a": "ljudi"}') as Record<string, unknown>;
    const out = transliterateCatalogue(parsed as never) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(out['a']).toBe('људи');
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ x: 'транша' });
  });
});

// ---- properties ----

const LOWER_LETTERS = [...'abcčćdđefghijklmnoprsštuvzž', 'lj', 'nj', 'dž'];
const SERBIAN_CAPS = [...'ČĆĐŠŽ'];

/** A Serbian-looking word: lower case, Title case, or ALL CAPS with a letter only Serbian has. */
const serbianWord = fc
  .tuple(fc.array(fc.constantFrom(...LOWER_LETTERS), { minLength: 1, maxLength: 10 }), fc.constantFrom('lower', 'title', 'caps'), fc.constantFrom(...SERBIAN_CAPS))
  .map(([letters, style, mark]) => {
    const w = letters.join('');
    if (style === 'lower') return w;
    if (style === 'title') return w[0]!.toUpperCase() + w.slice(1);
    return (w + mark).toUpperCase();
  })
  .filter((w) => !keptLatin(w))
  // A word containing a kept token ("EURAČ") would make the token count below ambiguous.
  .filter((w) => !/EUR|IBAN/.test(w));

const PLACEHOLDERS = ['{{name}}', '{{count}}', '{amount}', '<1>', '</1>', '<0/>', '$t(common.save)', 'EUR', 'IBAN'];
const GAPS = [' ', ', ', '. ', ': ', ' – ', '\n', ' (', ') '];

const message = fc
  .array(fc.oneof({ weight: 4, arbitrary: serbianWord }, { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS) }), { minLength: 1, maxLength: 12 })
  .chain((items) => fc.tuple(fc.constant(items), fc.array(fc.constantFrom(...GAPS), { minLength: items.length, maxLength: items.length })))
  .map(([items, gaps]) => items.map((it, i) => it + gaps[i]).join(''));

function withoutPlaceholders(s: string): string {
  return PLACEHOLDERS.reduce((acc, p) => acc.split(p).join(' '), s);
}

function placeholdersIn(s: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const p = PLACEHOLDERS.find((x) => s.startsWith(x, i));
    if (p) {
      found.push(p);
      i += p.length - 1;
    }
  }
  return found;
}

/** Test-only inverse for lower-case text: every Cyrillic letter back to its Latin letter(s). */
const BACK: Record<string, string> = {
  а: 'a', б: 'b', ц: 'c', ч: 'č', ћ: 'ć', д: 'd', ђ: 'đ', е: 'e', ф: 'f', г: 'g', х: 'h', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', ш: 'š', т: 't', у: 'u', в: 'v', з: 'z',
  ж: 'ž', џ: 'dž',
};

describe('latinToCyrillic properties', () => {
  it('Serbian text comes out with no Latin letter outside the kept tokens and placeholders, which stay in order', () => {
    fc.assert(
      fc.property(message, (m) => {
        const out = latinToCyrillic(m);
        expect(withoutPlaceholders(out)).not.toMatch(LATIN);
        expect(placeholdersIn(out)).toEqual(placeholdersIn(m));
      }),
      { numRuns: 500 },
    );
  });

  it('inside ICU plural branches too, with the syntax unchanged', () => {
    fc.assert(
      fc.property(message, message, message, (a, b, c) => {
        const [x = '', y = '', z = ''] = [a, b, c].map((s) => s.replace(/[{}]/g, '').replace(/\$t\(common\.save\)/g, ''));
        const out = latinToCyrillic(`{count, plural, one {# ${x}} few {# ${y}} other {# ${z}}}`);
        const m = /^\{count, plural, one \{# ([^]*)\} few \{# ([^]*)\} other \{# ([^]*)\}\}$/.exec(out);
        expect(m).not.toBeNull();
        expect(m!.slice(1)).toEqual([x, y, z].map(latinToCyrillic));
      }),
      { numRuns: 200 },
    );
  });

  it('loses and invents no letter: lower-case Serbian words read back through a plain inverse', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LOWER_LETTERS), { minLength: 1, maxLength: 20 }), (letters) => {
        const w = letters.join('');
        fc.pre(!keptLatin(w));
        const back = [...latinToCyrillic(w)].map((ch) => BACK[ch] ?? ch).join('');
        expect(back).toBe(w);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves Cyrillic text as it is', () => {
    const cyrillic = fc
      .array(fc.constantFrom(...'абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ', ' ', ', ', '. ', '1', '2024', '{{count}}', '<1>', '</1>', '{n, plural, one {# транша} other {# транши}}'), { maxLength: 40 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(cyrillic, (c) => {
        expect(latinToCyrillic(c)).toBe(c);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on any text, well-formed or not', () => {
    const pieces = fc.constantFrom(
      'n', 'j', 'l', 'd', 'ž', 'Ž', 'N', 'J', 'L', 'D', 'a', 'š', 'Lj', 'q', 'x', 'I', 'V', 'nadživ', 'injekc', 'Tranche', 'EUR',
      '{', '}', '{{', '}}', ',', ' plural', ' select', ' one ', ' other ', '=0', '#', '<1>', '</1>', '<b', '>', '$t(', ')', "'",
      'https://a.example/x', 'www.', '@', '.rs', '&nbsp;', '&', ';', '.', ' ', '-', '\u200C', 'z\u030C', 'Ctrl', '+', 'S', 'F2',
    );
    const text = fc.oneof(fc.array(pieces, { maxLength: 30 }).map((xs) => xs.join('')), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(
      fc.property(text, (s) => {
        const once = latinToCyrillic(s);
        expect(latinToCyrillic(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
