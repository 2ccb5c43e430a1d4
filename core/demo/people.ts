/**
 * A small cast of fictional people: NGO directors and board members, and officials of the funding
 * ministries, with the family and business ties the conflict-of-interest rules should notice (a
 * ministry official married to the director of a hotline his ministry funds, siblings, a
 * domestic partner, a parent, in-laws, business partners) and one shared address: a board member
 * whose home is where her NGO is registered.
 */
import type { RegionCountry } from '../domain/countries';

export type DemoPerson = {
  key: string;
  fullName: string;
  country: RegionCountry;
  /** Mailbox domain: the organisation the person mainly works for. */
  domain: string;
  roles: { organisationKey: string; role: 'director' | 'board_member' | 'founder' | 'treasurer' | 'staff' | 'official'; startDate: string; endDate: string | null }[];
  /** Lives at the registered address of this organisation (a tie on purpose); otherwise a home of their own. */
  livesAt?: string;
};

export type DemoRelation = {
  personKey: string;
  relativeKey: string;
  type: 'spouse' | 'partner' | 'parent' | 'sibling' | 'in_law' | 'business';
  startDate: string | null;
  source: string;
};

export const PEOPLE: readonly DemoPerson[] = [
  { key: 'elira', fullName: 'Elira Hoxha', country: 'AL', domain: 'shpresa-al.example', roles: [{ organisationKey: 'al-shpresa', role: 'director', startDate: '2014-03-01', endDate: null }] },
  { key: 'besnik', fullName: 'Besnik Leka', country: 'AL', domain: 'linja-zeri.example', roles: [{ organisationKey: 'al-zeri', role: 'director', startDate: '2011-05-01', endDate: '2020-06-30' }, { organisationKey: 'al-zeri', role: 'board_member', startDate: '2020-07-01', endDate: null }] },
  { key: 'arben', fullName: 'Arben Kelmendi', country: 'AL', domain: 'linja-zeri.example', roles: [{ organisationKey: 'al-zeri', role: 'director', startDate: '2020-07-01', endDate: null }] },
  { key: 'mirela', fullName: 'Mirela Dervishi', country: 'AL', domain: 'shendetesia-al.example', roles: [{ organisationKey: 'al-mhsp', role: 'official', startDate: '2017-09-15', endDate: null }] },
  { key: 'amra', fullName: 'Amra Hadžić', country: 'BA', domain: 'sigurna-kuca-nada.example', roles: [{ organisationKey: 'ba-nada', role: 'director', startDate: '2012-01-10', endDate: null }] },
  { key: 'lejla', fullName: 'Lejla Kovačević', country: 'BA', domain: 'sos-iskra.example', roles: [{ organisationKey: 'ba-iskra', role: 'director', startDate: '2016-09-01', endDate: null }] },
  { key: 'nermin', fullName: 'Nermin Kovačević', country: 'BA', domain: 'msb-ba.example', roles: [{ organisationKey: 'ba-mos', role: 'official', startDate: '2018-02-01', endDate: null }] },
  { key: 'ivana', fullName: 'Ivana Marić', country: 'HR', domain: 'sigurna-luka.example', roles: [{ organisationKey: 'hr-luka', role: 'director', startDate: '2013-04-01', endDate: null }, { organisationKey: 'hr-luka', role: 'founder', startDate: '2009-02-17', endDate: null }] },
  { key: 'tomislav', fullName: 'Tomislav Babić', country: 'HR', domain: 'uljppnm-hr.example', roles: [{ organisationKey: 'hr-ohr', role: 'official', startDate: '2016-06-01', endDate: null }] },
  { key: 'drita', fullName: 'Drita Berisha', country: 'XK', domain: 'qendra-streha.example', roles: [{ organisationKey: 'xk-streha', role: 'director', startDate: '2015-11-01', endDate: null }] },
  { key: 'blerim', fullName: 'Blerim Gashi', country: 'XK', domain: 'mpb-xk.example', roles: [{ organisationKey: 'xk-mia', role: 'official', startDate: '2019-03-01', endDate: null }] },
  { key: 'arta', fullName: 'Arta Gashi', country: 'XK', domain: 'qendra-ylli.example', roles: [{ organisationKey: 'xk-ylli', role: 'board_member', startDate: '2020-01-20', endDate: null }], livesAt: 'xk-ylli' },
  { key: 'jelena', fullName: 'Jelena Vuković', country: 'ME', domain: 'skloniste-luca.example', roles: [{ organisationKey: 'me-luca', role: 'director', startDate: '2017-02-01', endDate: null }] },
  { key: 'marko', fullName: 'Marko Đurović', country: 'ME', domain: 'mmp-me.example', roles: [{ organisationKey: 'me-mhmr', role: 'official', startDate: '2021-01-11', endDate: null }] },
  { key: 'marija', fullName: 'Marija Stojanovska', country: 'MK', domain: 'linija-svetlina.example', roles: [{ organisationKey: 'mk-svetlina', role: 'director', startDate: '2014-10-01', endDate: null }] },
  { key: 'aleksandar', fullName: 'Aleksandar Petrovski', country: 'MK', domain: 'mtsp-mk.example', roles: [{ organisationKey: 'mk-msp', role: 'official', startDate: '2018-05-01', endDate: null }] },
  { key: 'milica', fullName: 'Milica Jovanović', country: 'RS', domain: 'centar-oaza.example', roles: [{ organisationKey: 'rs-oaza', role: 'director', startDate: '2010-03-01', endDate: null }] },
  { key: 'stefan', fullName: 'Stefan Jovanović', country: 'RS', domain: 'novi-korak.example', roles: [{ organisationKey: 'rs-novi-korak', role: 'treasurer', startDate: '2019-04-01', endDate: null }] },
  { key: 'dragan', fullName: 'Dragan Nikolić', country: 'RS', domain: 'minrzs-rs.example', roles: [{ organisationKey: 'rs-mlev', role: 'official', startDate: '2017-11-01', endDate: null }] },
  { key: 'zoran', fullName: 'Zoran Petrović', country: 'RS', domain: 'pravni-centar-podrska.example', roles: [{ organisationKey: 'rs-podrska', role: 'founder', startDate: '2012-02-01', endDate: null }] },
  { key: 'petra', fullName: 'Petra Babić', country: 'HR', domain: 'svjetionik-hr.example', roles: [{ organisationKey: 'hr-svjetionik', role: 'staff', startDate: '2021-03-01', endDate: null }] },
];

export const RELATIONS: readonly DemoRelation[] = [
  // A ministry official married to the director of a hotline his ministry funds.
  { personKey: 'nermin', relativeKey: 'lejla', type: 'spouse', startDate: '2009-06-13', source: 'Marriage register extract' },
  // An official whose sister sits on the board of a funded reintegration centre (and lives at its address).
  { personKey: 'blerim', relativeKey: 'arta', type: 'sibling', startDate: null, source: 'Declaration of interests 2020' },
  // A shelter director whose brother keeps another funded NGO's books.
  { personKey: 'milica', relativeKey: 'stefan', type: 'sibling', startDate: null, source: 'Declaration of interests 2019' },
  // A ministry official living with the director of the national hotline.
  { personKey: 'aleksandar', relativeKey: 'marija', type: 'partner', startDate: '2019-09-01', source: 'Press article, 2022' },
  // The official in charge of the grants, whose daughter works at a funded counselling centre.
  { personKey: 'tomislav', relativeKey: 'petra', type: 'parent', startDate: null, source: 'Declaration of interests 2021' },
  // A ministry official whose sister-in-law directs a funded shelter.
  { personKey: 'marko', relativeKey: 'jelena', type: 'in_law', startDate: '2015-08-22', source: 'Declaration of interests 2021' },
  // A ministry official and the founder of a funded legal centre own a consultancy together.
  { personKey: 'dragan', relativeKey: 'zoran', type: 'business', startDate: '2016-05-01', source: 'Business register extract' },
];

/** Residential streets, postcodes and cities per country, for the people's home addresses. */
export const HOME_STREETS: Record<RegionCountry, readonly (readonly [string, string, string])[]> = {
  AL: [['Rruga Ibrahim Rugova', '1019', 'Tirana'], ['Rruga e Durrësit', '1001', 'Tirana'], ['Rruga Pjetër Bogdani', '1019', 'Tirana']],
  BA: [['Ulica Hamdije Kreševljakovića', '71000', 'Sarajevo'], ['Ulica Grbavička', '71000', 'Sarajevo'], ['Ulica Patriotske lige', '71000', 'Sarajevo']],
  HR: [['Ilica', '10000', 'Zagreb'], ['Ulica Republike Austrije', '10000', 'Zagreb'], ['Vukovarska ulica', '21000', 'Split']],
  XK: [['Rruga Fehmi Agani', '10000', 'Pristina'], ['Rruga Garibaldi', '10000', 'Pristina'], ['Rruga Adem Jashari', '20000', 'Prizren']],
  ME: [['Ulica Vaka Đurovića', '81000', 'Podgorica'], ['Ulica Hercegovačka', '81000', 'Podgorica'], ['Ulica Bokeška', '81000', 'Podgorica']],
  MK: [['ul. Orce Nikolov', '1000', 'Skopje'], ['ul. Vasil Glavinov', '1000', 'Skopje'], ['bul. Ilinden', '1000', 'Skopje']],
  RS: [['Ulica Kraljice Natalije', '11000', 'Belgrade'], ['Ulica Cara Dušana', '11000', 'Belgrade'], ['Ulica Bulevar oslobođenja', '21000', 'Novi Sad']],
};
