/**
 * The search test set: a synthetic population of people (UK-style names with the frequencies' long tail,
 * accented, hyphenated and apostrophised names among them) and searches for some of them as coordinators
 * type them, with the slips they typically make. Deterministic from its seed. Used by the people-search
 * integration test (small) and the benchmark (500,000 people).
 */

const FORENAMES = [
  'Olivia',
  'Amelia',
  'Isla',
  'Ava',
  'Emily',
  'Sophia',
  'Grace',
  'Mia',
  'Poppy',
  'Ella',
  'Lily',
  'Evie',
  'Isabella',
  'Charlotte',
  'Freya',
  'Jessica',
  'Daisy',
  'Florence',
  'Alice',
  'Chloé',
  'Zoë',
  'Anne-Marie',
  'Siobhán',
  'Niamh',
  'Aoife',
  'Róisín',
  'Sarah',
  'Rebecca',
  'Hannah',
  'Laura',
  'Emma',
  'Lucy',
  'Katie',
  'Rachel',
  'Gemma',
  'Claire',
  'Louise',
  'Nicola',
  'Joanne',
  'Michelle',
  'Karen',
  'Tracey',
  'Donna',
  'Lisa',
  'Samantha',
  'Stacey',
  'Kelly',
  'Leanne',
  'Danielle',
  'Natalie',
  'Amy',
  'Jade',
  'Chantelle',
  'Aisha',
  'Fatima',
  'Zainab',
  'Maryam',
  'Amira',
  'Priya',
  'Anjali',
  'Sunita',
  'Mei',
  'Agnieszka',
  'Katarzyna',
  'Małgorzata',
  'Ioana',
  'Andreea',
  'Yasmin',
  'Leila',
  'Noor',
  'Beatriz',
  'Inês',
  'María-José',
  'Océane',
  'Renée',
  'Mary-Jane',
  'Jo-Anne',
  'Oliver',
  'George',
  'Harry',
  'Noah',
  'Jack',
  'Leo',
  'Arthur',
  'Muhammad',
  'Oscar',
  'Charlie',
  'Jacob',
  'Thomas',
  'Henry',
  'William',
  'James',
  'Daniel',
  'Matthew',
  'Christopher',
  'Andrew',
  'David',
  'Michael',
  'Paul',
  'Mark',
  'Stephen',
  'Lee',
  'Craig',
  'Darren',
  'Wayne',
  'Dean',
  'Jamie',
  'Ryan',
  'Liam',
  'Connor',
  'Kyle',
  'Callum',
  'Aaron',
  'Jordan',
  'Ahmed',
  'Mohammed',
  'Ali',
  'Omar',
  'Hassan',
  'Bilal',
  'Imran',
  'Raj',
  'Sanjay',
  'Arjun',
  'Piotr',
  'Tomasz',
  'Krzysztof',
  'Andrei',
  'Mihai',
  'José',
  'João',
  'Seán',
  'Ciarán',
  'Eoin',
  'Jean-Paul',
  'François',
  'Rhys',
  'Dylan',
  'Owain',
  'Gareth',
  'Ieuan',
];
const SURNAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Robinson',
  'Thompson',
  'Wright',
  'Walker',
  'White',
  'Edwards',
  'Hughes',
  'Green',
  'Hall',
  'Lewis',
  'Harris',
  'Clarke',
  'Patel',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
  'Allen',
  'James',
  'Scott',
  'Phillips',
  'Watson',
  'Davis',
  'Parker',
  'Price',
  'Bennett',
  'Young',
  'Griffiths',
  'Mitchell',
  'Kelly',
  'Cook',
  'Carter',
  'Richardson',
  'Bailey',
  'Collins',
  'Bell',
  'Shaw',
  'Murphy',
  'Miller',
  'Cox',
  'Richards',
  'Khan',
  'Marshall',
  'Anderson',
  'Simpson',
  'Ellis',
  'Adams',
  'Singh',
  'Begum',
  'Wilkinson',
  'Foster',
  'Chapman',
  'Powell',
  'Webb',
  'Rogers',
  'Gray',
  'Mason',
  'Ali',
  'Hunt',
  'Hussain',
  'Campbell',
  'Matthews',
  'Owen',
  'Palmer',
  'Holmes',
  'Mills',
  'Barnes',
  'Knight',
  'Lloyd',
  'Butler',
  'Russell',
  'Barker',
  'Fisher',
  'Stevens',
  'Jenkins',
  'Murray',
  'Dixon',
  'Harvey',
  "O'Brien",
  "O'Connor",
  "O'Neill",
  'McDonald',
  'MacKenzie',
  'McCarthy',
  'Smith-Jones',
  'Lloyd-Davies',
  'Bowes-Lyon',
  'Nowak',
  'Kowalski',
  'Wiśniewska',
  'Wójcik',
  'Kowalczyk',
  'Lewandowska',
  'Popescu',
  'Ionescu',
  'Nguyen',
  'Tran',
  'Chen',
  'Wang',
  'Ahmed',
  'Rahman',
  'Choudhury',
  'Islam',
  'Miah',
  'Akhtar',
  'Iqbal',
  'Sharma',
  'Kaur',
  'Gill',
  'Mahmood',
  'Da Silva',
  'Santos',
  'Ferreira',
  'García',
  'Müller',
  'Schäfer',
  'Dubois',
  'Lefèvre',
  'Okafor',
  'Adeyemi',
  'Mensah',
  'Osei',
  'Abubakar',
  'Yilmaz',
  'Demir',
  'Papadopoulos',
  'Fitzgerald',
  'Gallagher',
  'Doherty',
  'Quinn',
  'Brennan',
  'Whitfield',
  'Ashworth',
  'Hargreaves',
  'Pemberton',
  'Ramsbottom',
  'Sutcliffe',
  'Entwistle',
  'Greenhalgh',
  'Ackroyd',
  'Holroyd',
  'Sowerby',
  'Thistlethwaite',
  'Outhwaite',
  'Blenkinsop',
  'Postlethwaite',
];
const DISTRICTS = [
  'LS1',
  'LS6',
  'LS11',
  'BD3',
  'BD7',
  'HX1',
  'WF1',
  'WF10',
  'HD1',
  'HD8',
  'M1',
  'M14',
  'OL1',
  'BB1',
  'PR1',
  'S1',
  'S6',
  'YO1',
];

export interface PopulationPerson {
  index: number;
  fullName: string;
  dateOfBirth: string;
  postcode: string;
}

export interface SearchCase {
  /** Which person is meant (index into the population). */
  person: number;
  slip: string;
  name: string;
  dateOfBirth?: string;
  postcode?: string;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The first names of a list more common than the last, about as skewed as England's: the commonest
 * forename about 2% of people, the commonest surname (Smith) about 1%.
 */
function zipfPick<T>(items: readonly T[], random: () => number): T {
  return items[Math.min(items.length - 1, Math.floor(items.length * random() ** 1.25))];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The n-th person of a population (the same for every n whatever the size, so sets scale). */
export function populationPerson(seed: number, index: number): PopulationPerson {
  const random = prng(seed * 1_000_003 + index);
  const forename = zipfPick(FORENAMES, random);
  const middle = random() < 0.15 ? ` ${zipfPick(FORENAMES, random)}` : '';
  const surname = zipfPick(SURNAMES, random);
  const year = 1940 + Math.floor(random() * 68);
  const dateOfBirth = `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  const postcode = `${zipfPick(DISTRICTS, random)} ${1 + Math.floor(random() * 9)}${letters[Math.floor(random() * letters.length)]}${letters[Math.floor(random() * letters.length)]}`;
  return { index, fullName: `${forename}${middle} ${surname}`, dateOfBirth, postcode };
}

const NEIGHBOURS = 'qwertyuiopasdfghjklzxcvbnm';

/** The slips a coordinator typically makes typing a name someone gave them over the phone or from a form. */
const SLIPS: Record<string, (name: string, random: () => number) => string> = {
  'upper case': (name) => name.toUpperCase(),
  'lower case': (name) => name.toLowerCase(),
  'accents dropped': (name) => name.normalize('NFKD').replace(/\p{M}/gu, ''),
  'hyphen as a space': (name) => name.replace(/-/g, ' '),
  'apostrophe dropped': (name) => name.replace(/'/g, ''),
  'names swapped': (name) => {
    const parts = name.split(' ');
    return [parts[parts.length - 1], ...parts.slice(0, -1)].join(' ');
  },
  'letter mistyped': (name, random) =>
    editSurname(name, random, (word, at) => word.slice(0, at) + NEIGHBOURS[Math.floor(random() * 26)] + word.slice(at + 1)),
  'letters transposed': (name, random) =>
    editSurname(name, random, (word, at) =>
      at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word,
    ),
  'letter missed': (name, random) => editSurname(name, random, (word, at) => word.slice(0, at) + word.slice(at + 1)),
  'letter doubled': (name, random) => editSurname(name, random, (word, at) => word.slice(0, at + 1) + word[at] + word.slice(at + 1)),
  'forename misspelt': (name, random) => {
    const [first, ...rest] = name.split(' ');
    const at = 1 + Math.floor(random() * Math.max(1, first.length - 2));
    return [first.slice(0, at) + first.slice(at + 1), ...rest].join(' ');
  },
  'sounds alike': (name) =>
    name
      .replace(/ph/i, 'f')
      .replace(/th(?=[aeiou])/, 't')
      .replace(/y$/, 'ie')
      .replace(/son\b/, 'sen')
      .replace(/ck/, 'k'),
};

/** One edit inside the surname (away from its first letter, which people rarely get wrong). */
function editSurname(name: string, random: () => number, edit: (word: string, at: number) => string): string {
  const parts = name.split(' ');
  const surname = parts[parts.length - 1];
  if (surname.length < 4) return name;
  const at = 1 + Math.floor(random() * (surname.length - 2));
  parts[parts.length - 1] = edit(surname, at);
  return parts.join(' ');
}

/**
 * `count` searches for people of a population of `size`: each a name with one slip (or none), and
 * with it the date of birth (most), the postcode (some) or nothing (only for people whose name no one
 * else in the population has: by name alone nobody could tell namesakes apart).
 */
export function searchCases(seed: number, size: number, count: number): SearchCase[] {
  const random = prng(seed ^ 0x5eed);
  const slips = Object.keys(SLIPS);
  const nameCounts = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const name = populationPerson(seed, i).fullName.toLowerCase();
    nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
  }
  const cases: SearchCase[] = [];
  while (cases.length < count) {
    const index = Math.floor(random() * size);
    const person = populationPerson(seed, index);
    const slip = slips[cases.length % slips.length];
    const name = SLIPS[slip](person.fullName, random);
    const draw = random();
    const unique = nameCounts.get(person.fullName.toLowerCase()) === 1;
    if (draw < 0.7 || (!unique && draw >= 0.85)) cases.push({ person: index, slip, name, dateOfBirth: person.dateOfBirth });
    else if (draw < 0.85) cases.push({ person: index, slip, name, postcode: person.postcode });
    else cases.push({ person: index, slip, name });
  }
  return cases;
}

export interface SearchSetFigures {
  searches: number;
  /** The right person among the first three results. */
  recallTop3: number;
  /** Searches whose first result is someone else. */
  wrongFirst: number;
  wrongFirstRate: number;
  missedBySlip: Record<string, number>;
}

/** Scores a run of the set: `results[i]` are the person indexes the i-th search answered, best first. */
export function scoreSearchSet(cases: readonly SearchCase[], results: readonly (readonly number[])[]): SearchSetFigures {
  let found = 0;
  let wrongFirst = 0;
  const missedBySlip: Record<string, number> = {};
  cases.forEach((search, i) => {
    const answer = results[i];
    if (answer.slice(0, 3).includes(search.person)) found++;
    else missedBySlip[search.slip] = (missedBySlip[search.slip] ?? 0) + 1;
    if (answer.length > 0 && answer[0] !== search.person) wrongFirst++;
  });
  return {
    searches: cases.length,
    recallTop3: found / cases.length,
    wrongFirst,
    wrongFirstRate: wrongFirst / cases.length,
    missedBySlip,
  };
}
