// Countries as news text names them: the name an id is made from, other names, and demonyms ("Mexican").
// Add a line here when an article names a country this list lacks.
export interface CountryEntry {
  name: string;
  names: string[];
  demonyms: string[];
}

const rows: Array<[string, string, string]> = [
  // name | other names | demonyms
  ['United States', 'U.S.|US|USA|U.S.A.|America|the United States', 'American|U.S.|US'],
  ['Mexico', '', 'Mexican'],
  ['Canada', '', 'Canadian'],
  ['El Salvador', '', 'Salvadoran|Salvadorian'],
  ['Guatemala', '', 'Guatemalan'],
  ['Honduras', '', 'Honduran'],
  ['Nicaragua', '', 'Nicaraguan'],
  ['Costa Rica', '', 'Costa Rican'],
  ['Panama', '', 'Panamanian'],
  ['Cuba', '', 'Cuban'],
  ['Haiti', '', 'Haitian'],
  ['Dominican Republic', '', 'Dominican'],
  ['Colombia', '', 'Colombian'],
  ['Venezuela', '', 'Venezuelan'],
  ['Ecuador', '', 'Ecuadorian|Ecuadorean'],
  ['Peru', '', 'Peruvian'],
  ['Bolivia', '', 'Bolivian'],
  ['Brazil', '', 'Brazilian'],
  ['Argentina', '', 'Argentine|Argentinian'],
  ['Chile', '', 'Chilean'],
  ['United Kingdom', 'UK|U.K.|Britain|Great Britain', 'British'],
  ['France', '', 'French'],
  ['Germany', '', 'German'],
  ['Spain', '', 'Spanish'],
  ['Italy', '', 'Italian'],
  ['Ukraine', '', 'Ukrainian'],
  ['Russia', '', 'Russian'],
  ['China', "People's Republic of China", 'Chinese'],
  ['Japan', '', 'Japanese'],
  ['India', '', 'Indian'],
  ['Pakistan', '', 'Pakistani'],
  ['Israel', '', 'Israeli'],
  ['Iran', '', 'Iranian'],
  ['Iraq', '', 'Iraqi'],
  ['Syria', '', 'Syrian'],
  ['Turkey', 'Türkiye', 'Turkish'],
  ['Saudi Arabia', '', 'Saudi'],
  ['Egypt', '', 'Egyptian'],
  ['South Africa', '', 'South African'],
  ['Nigeria', '', 'Nigerian'],
  ['Australia', '', 'Australian'],
  ['North Korea', '', 'North Korean'],
  ['South Korea', '', 'South Korean'],
  ['Taiwan', '', 'Taiwanese'],
  ['Philippines', 'the Philippines', 'Filipino|Philippine'],
  ['Poland', '', 'Polish'],
  ['Netherlands', 'the Netherlands', 'Dutch'],
  ['Afghanistan', '', 'Afghan'],
  ['Palestine', '', 'Palestinian'],
];

export const COUNTRIES: CountryEntry[] = rows.map(([name, names, demonyms]) => ({
  name,
  names: [name, ...names.split('|').filter(Boolean)],
  demonyms: demonyms.split('|').filter(Boolean),
}));

const byWord = new Map<string, CountryEntry>();
for (const c of COUNTRIES) for (const w of [...c.names, ...c.demonyms]) byWord.set(w.toLowerCase(), c);

/** The country a name or demonym stands for ("Mexican" → Mexico), if any. */
export function countryOf(word: string): CountryEntry | undefined {
  return byWord.get(word.toLowerCase().replace(/^the /, ''));
}
