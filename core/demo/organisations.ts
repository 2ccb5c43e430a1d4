/**
 * Who the demo organisations are: funders (real public bodies, used by name only because every row
 * is labelled demo data) and fictional NGOs running shelters, hotlines, legal aid and reintegration
 * centres in the seven countries. Identifiers, phones and accounts are generated elsewhere.
 */
import type { OrganisationKind } from '../../db/schema';
import type { RegionCountry } from '../domain/countries';

export type FunderKind = Extract<OrganisationKind, 'government' | 'international' | 'embassy' | 'foundation'>;
export type NgoFocus = 'shelter' | 'hotline' | 'legal_aid' | 'reintegration';

export type FunderSpec = {
  key: string;
  name: string;
  shortName: string;
  kind: FunderKind;
  /** Where the body sits (UNODC: Austria). */
  country: string;
  city: string;
  address: string;
  domain: string;
  iatiIdentifier: string | null;
  /** Prefix of its grant references, e.g. OSCE-RS -> OSCE-RS-2021-004. */
  refCode: string;
  /** Countries whose NGOs it funds. */
  covers: readonly RegionCountry[];
  /** Currencies of its grants with weights (governments always pay in the national currency). */
  currencies: ReadonlyArray<readonly ['EUR' | 'USD', number]>;
  /** Relative share of the non-government grants. */
  weight: number;
};

export type NgoSpec = {
  key: string;
  name: string;
  shortName: string;
  country: RegionCountry;
  city: string;
  address: string;
  domain: string;
  focus: NgoFocus;
};

const ALL: readonly RegionCountry[] = ['AL', 'BA', 'HR', 'XK', 'ME', 'MK', 'RS'];

const gov = (key: string, name: string, shortName: string, country: RegionCountry, city: string, address: string, domain: string, refCode: string): FunderSpec => ({
  key, name, shortName, kind: 'government', country, city, address, domain, iatiIdentifier: null, refCode, covers: [country], currencies: [], weight: 0,
});

export const FUNDERS: readonly FunderSpec[] = [
  gov('al-mhsp', 'Ministry of Health and Social Protection (Albania)', 'MHSP', 'AL', 'Tirana', 'Bulevardi Bajram Curri 1, 1001', 'shendetesia-al.example', 'MHSP-AL'),
  gov('al-moi', 'Ministry of Interior of Albania', 'MoI Albania', 'AL', 'Tirana', 'Sheshi Skënderbej 3, 1001', 'punetebrendshme-al.example', 'MOI-AL'),
  gov('ba-mos', 'Ministry of Security of Bosnia and Herzegovina', 'MSB BiH', 'BA', 'Sarajevo', 'Trg BiH 1, 71000', 'msb-ba.example', 'MSB-BA'),
  gov('hr-ohr', 'Government Office for Human Rights and Rights of National Minorities (Croatia)', 'ULJPPNM', 'HR', 'Zagreb', 'Mesnička ulica 23, 10000', 'uljppnm-hr.example', 'ULJPPNM-HR'),
  gov('xk-mia', 'Ministry of Internal Affairs (Kosovo)', 'MIA Kosovo', 'XK', 'Pristina', 'Rruga Luan Haradinaj, 10000', 'mpb-xk.example', 'MIA-XK'),
  gov('me-mhmr', 'Ministry for Human and Minority Rights and Social Dialogue (Montenegro)', 'MHMR', 'ME', 'Podgorica', 'Bulevar Svetog Petra Cetinjskog 130, 81000', 'mmp-me.example', 'MHMR-ME'),
  gov('mk-msp', 'Ministry of Social Policy, Demography and Youth (North Macedonia)', 'MSPDY', 'MK', 'Skopje', 'ul. Dame Gruev 14, 1000', 'mtsp-mk.example', 'MSPDY-MK'),
  gov('rs-mlev', 'Ministry of Labour, Employment, Veteran and Social Affairs (Serbia)', 'MINRZS', 'RS', 'Belgrade', 'Nemanjina 22-26, 11000', 'minrzs-rs.example', 'MINRZS-RS'),
  {
    key: 'osce-rs', name: 'OSCE Mission to Serbia', shortName: 'OSCE RS', kind: 'international', country: 'RS', city: 'Belgrade',
    address: 'Španskih boraca 1, 11070', domain: 'osce-rs.example', iatiIdentifier: 'XM-DAC-47089-RS', refCode: 'OSCE-RS',
    covers: ['RS'], currencies: [['EUR', 1]], weight: 6,
  },
  {
    key: 'eud-al', name: 'EU Delegation to Albania', shortName: 'EUD Albania', kind: 'international', country: 'AL', city: 'Tirana',
    address: 'Rruga Papa Gjon Pali II 11, 1010', domain: 'eeas-al.example', iatiIdentifier: 'XI-IATI-EC_NEAR-AL', refCode: 'EUD-AL',
    covers: ['AL'], currencies: [['EUR', 1]], weight: 6,
  },
  {
    key: 'iom-ba', name: 'IOM Mission in Bosnia and Herzegovina', shortName: 'IOM BiH', kind: 'international', country: 'BA', city: 'Sarajevo',
    address: 'Zmaja od Bosne 11, 71000', domain: 'iom-ba.example', iatiIdentifier: 'XM-DAC-47066-BA', refCode: 'IOM-BA',
    covers: ['BA'], currencies: [['EUR', 3], ['USD', 1]], weight: 6,
  },
  {
    key: 'unodc', name: 'UNODC', shortName: 'UNODC', kind: 'international', country: 'AT', city: 'Vienna',
    address: 'Wagramer Strasse 5, 1400', domain: 'unodc.example', iatiIdentifier: 'XM-DAC-41127', refCode: 'UNODC',
    covers: ALL, currencies: [['USD', 3], ['EUR', 1]], weight: 7,
  },
  {
    key: 'nl-beg', name: 'Embassy of the Netherlands in Belgrade', shortName: 'NL Embassy Belgrade', kind: 'embassy', country: 'RS', city: 'Belgrade',
    address: 'Simina 29, 11000', domain: 'nl-embassy-rs.example', iatiIdentifier: 'XM-DAC-7-RS', refCode: 'NLEMB-RS',
    covers: ['RS', 'ME'], currencies: [['EUR', 1]], weight: 5,
  },
  {
    key: 'us-pod', name: 'Embassy of the United States in Podgorica', shortName: 'US Embassy Podgorica', kind: 'embassy', country: 'ME', city: 'Podgorica',
    address: 'Džona Džeksona 2, 81000', domain: 'us-embassy-me.example', iatiIdentifier: 'US-GOV-1-ME', refCode: 'USEMB-ME',
    covers: ['ME'], currencies: [['USD', 1]], weight: 5,
  },
  {
    key: 'uk-pri', name: 'British Embassy Pristina', shortName: 'UK Embassy Pristina', kind: 'embassy', country: 'XK', city: 'Pristina',
    address: 'Rruga Ismail Qemali 6, 10000', domain: 'uk-embassy-xk.example', iatiIdentifier: 'GB-GOV-1-XK', refCode: 'UKEMB-XK',
    covers: ['XK'], currencies: [['EUR', 1]], weight: 4,
  },
  {
    key: 'ch-sko', name: 'Embassy of Switzerland in Skopje', shortName: 'Swiss Embassy Skopje', kind: 'embassy', country: 'MK', city: 'Skopje',
    address: 'ul. Maksim Gorki 19, 1000', domain: 'swiss-embassy-mk.example', iatiIdentifier: 'XM-DAC-11-MK', refCode: 'CHEMB-MK',
    covers: ['MK'], currencies: [['EUR', 1]], weight: 4,
  },
  {
    key: 'asf', name: 'Adriatic Solidarity Foundation', shortName: 'ASF', kind: 'foundation', country: 'HR', city: 'Zagreb',
    address: 'Vlaška ulica 70, 10000', domain: 'adriatic-solidarity.example', iatiIdentifier: null, refCode: 'ASF',
    covers: ALL, currencies: [['EUR', 1]], weight: 5,
  },
];

export const NGOS: readonly NgoSpec[] = [
  { key: 'al-shpresa', name: 'Shtëpia e Sigurt Shpresa', shortName: 'Shpresa', country: 'AL', city: 'Tirana', address: 'Rruga e Kavajës 118, 1001', domain: 'shpresa-al.example', focus: 'shelter' },
  { key: 'al-zeri', name: 'Linja e Ndihmës Zëri', shortName: 'Zëri', country: 'AL', city: 'Tirana', address: 'Rruga Myslym Shyri 42, 1004', domain: 'linja-zeri.example', focus: 'hotline' },
  { key: 'al-ura', name: 'Qendra Ura e Re', shortName: 'Ura e Re', country: 'AL', city: 'Shkodër', address: 'Rruga Kolë Idromeno 27, 4001', domain: 'ura-e-re.example', focus: 'reintegration' },
  { key: 'al-mburoja', name: 'Qendra Ligjore Mburoja', shortName: 'Mburoja', country: 'AL', city: 'Vlorë', address: 'Rruga Sadik Zotaj 9, 9401', domain: 'mburoja-al.example', focus: 'legal_aid' },
  { key: 'ba-nada', name: 'Sigurna kuća Nada', shortName: 'Nada', country: 'BA', city: 'Sarajevo', address: 'Ulica Zmaja od Bosne 64, 71000', domain: 'sigurna-kuca-nada.example', focus: 'shelter' },
  { key: 'ba-iskra', name: 'SOS linija Iskra', shortName: 'Iskra', country: 'BA', city: 'Sarajevo', address: 'Ferhadija 19, 71000', domain: 'sos-iskra.example', focus: 'hotline' },
  { key: 'ba-most', name: 'Centar za pravnu pomoć Most', shortName: 'CPP Most', country: 'BA', city: 'Mostar', address: 'Ulica Kralja Tvrtka 8, 88000', domain: 'cpp-most.example', focus: 'legal_aid' },
  { key: 'ba-zora', name: 'Centar za reintegraciju Zora', shortName: 'Zora', country: 'BA', city: 'Tuzla', address: 'Turalibegova 31, 75000', domain: 'zora-tuzla.example', focus: 'reintegration' },
  { key: 'hr-luka', name: 'Sigurna luka Split', shortName: 'Sigurna luka', country: 'HR', city: 'Split', address: 'Poljička cesta 35, 21000', domain: 'sigurna-luka.example', focus: 'shelter' },
  { key: 'hr-svjetionik', name: 'Savjetovalište Svjetionik', shortName: 'Svjetionik', country: 'HR', city: 'Zagreb', address: 'Savska cesta 41, 10000', domain: 'svjetionik-hr.example', focus: 'hotline' },
  { key: 'hr-kvarner', name: 'Centar za reintegraciju Kvarner', shortName: 'CR Kvarner', country: 'HR', city: 'Rijeka', address: 'Ciottina ulica 17, 51000', domain: 'cr-kvarner.example', focus: 'reintegration' },
  { key: 'xk-streha', name: 'Qendra Streha', shortName: 'Streha', country: 'XK', city: 'Pristina', address: 'Rruga Agim Ramadani 23, 10000', domain: 'qendra-streha.example', focus: 'shelter' },
  { key: 'xk-jeta', name: 'Linja Ndihmëse Jeta', shortName: 'Jeta', country: 'XK', city: 'Pristina', address: 'Bulevardi Bill Klinton 12, 10000', domain: 'linja-jeta.example', focus: 'hotline' },
  { key: 'xk-ylli', name: 'Qendra për Riintegrim Ylli', shortName: 'Ylli', country: 'XK', city: 'Prizren', address: 'Rruga Remzi Ademaj 5, 20000', domain: 'qendra-ylli.example', focus: 'reintegration' },
  { key: 'me-luca', name: 'Sklonište Luča', shortName: 'Luča', country: 'ME', city: 'Podgorica', address: 'Ulica Slobode 74, 81000', domain: 'skloniste-luca.example', focus: 'shelter' },
  { key: 'me-lovcen', name: 'SOS telefon Lovćen', shortName: 'Lovćen', country: 'ME', city: 'Podgorica', address: 'Bulevar Džordža Vašingtona 51, 81000', domain: 'sos-lovcen.example', focus: 'hotline' },
  { key: 'me-zeta', name: 'Centar za pravnu pomoć Zeta', shortName: 'CPP Zeta', country: 'ME', city: 'Nikšić', address: 'Njegoševa ulica 22, 81400', domain: 'cpp-zeta.example', focus: 'legal_aid' },
  { key: 'mk-dom', name: 'Сигурен дом', shortName: 'Siguren dom', country: 'MK', city: 'Skopje', address: 'ul. Makedonija 11, 1000', domain: 'siguren-dom.example', focus: 'shelter' },
  { key: 'mk-svetlina', name: 'Линија за помош Светлина', shortName: 'Svetlina', country: 'MK', city: 'Skopje', address: 'bul. Partizanski odredi 70, 1000', domain: 'linija-svetlina.example', focus: 'hotline' },
  { key: 'mk-nov-pat', name: 'Центар за реинтеграција Нов пат', shortName: 'Nov pat', country: 'MK', city: 'Bitola', address: 'ul. Širok Sokak 48, 7000', domain: 'nov-pat.example', focus: 'reintegration' },
  { key: 'mk-pravna', name: 'Правна поддршка Битола', shortName: 'Pravna poddrška', country: 'MK', city: 'Bitola', address: 'ul. Marksova 6, 7000', domain: 'pravna-poddrska.example', focus: 'legal_aid' },
  { key: 'rs-oaza', name: 'Centar za zaštitu i podršku Oaza', shortName: 'Oaza', country: 'RS', city: 'Belgrade', address: 'Resavska 28, 11000', domain: 'centar-oaza.example', focus: 'shelter' },
  { key: 'rs-glas', name: 'Linija pomoći Glas nade', shortName: 'Glas nade', country: 'RS', city: 'Belgrade', address: 'Bulevar kralja Aleksandra 156, 11000', domain: 'glas-nade.example', focus: 'hotline' },
  { key: 'rs-podrska', name: 'Pravni centar Podrška', shortName: 'Podrška', country: 'RS', city: 'Novi Sad', address: 'Zmaj Jovina 10, 21000', domain: 'pravni-centar-podrska.example', focus: 'legal_aid' },
  { key: 'rs-novi-korak', name: 'Centar za reintegraciju Novi korak', shortName: 'Novi korak', country: 'RS', city: 'Niš', address: 'Obrenovićeva 37, 18000', domain: 'novi-korak.example', focus: 'reintegration' },
];

/** The one NGO per country that runs the national hotline (and owns the country's funding plan). */
export function hotlineOf(country: RegionCountry): NgoSpec {
  const ngo = NGOS.find((n) => n.country === country && n.focus === 'hotline');
  if (!ngo) throw new Error(`No demo hotline NGO in ${country}`);
  return ngo;
}

/** The national-currency code each country's government pays in. */
export const NATIONAL_CURRENCY: Record<RegionCountry, 'ALL' | 'BAM' | 'EUR' | 'MKD' | 'RSD'> = {
  AL: 'ALL', BA: 'BAM', HR: 'EUR', XK: 'EUR', ME: 'EUR', MK: 'MKD', RS: 'RSD',
};
