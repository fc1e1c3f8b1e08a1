/**
 * Benchmark corpus generator (issue 8): writes N seed-like article text files, in the
 * shapes of the five real seeds, into a scratch directory (never seeds/).
 *
 *   node bench/generate.ts --n 1000 [--out bench/out/corpus-1000] [--seed 8]
 *
 * Deterministic: a seeded PRNG, and article i depends only on (seed, i) and the registries,
 * so reruns are byte-identical and the N = 1,000 corpus is the first 1,000 files of N = 10,000.
 * Names come from src/data/people.json and src/data/constituencies.json when they exist,
 * else from a built-in list of the seeds' people and seats. Writes `<out>/seeds/*.txt` and
 * `<out>/manifest.json` (counts, and names the search benchmark can query).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { webClosing, webInterlude, webOpening } from './lib/web-page.ts';
import { compareCodePoints } from '../src/lib/order.ts';

// ---------------------------------------------------------------------------------------------
// PRNG

/** 32-bit FNV-1a, to derive one PRNG seed per article from a string. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for text generation, identical on every platform. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  hex(length: number): string {
    let s = '';
    while (s.length < length) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
}

/** Samples indexes 0..n-1 with probability ∝ 1/(k+1)^s: a few names are everywhere, most are rare. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(n: number, s: number) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / (k + 1) ** s;
      this.cumulative[k] = total;
    }
    for (let k = 0; k < n; k++) this.cumulative[k]! /= total;
  }
  sample(rng: Rng): number {
    const x = rng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------------------------------------
// Registries

export interface Person {
  name: string;
  surname: string;
  gender: 'm' | 'f' | 'x';
  seat: string | null;
  /** From the project's registry (src/data/people.json) or the built-in seed list; false for invented names. */
  known: boolean;
}

/** The people and seats of the five seeds, used when the registries are not there yet. */
const SEED_PEOPLE: readonly [string, 'm' | 'f', string | null][] = [
  ['Jeremy Corbyn', 'm', 'Islington North'],
  ['John McDonnell', 'm', 'Hayes and Harlington'],
  ['Joan Ryan', 'f', 'Enfield North'],
  ['Gavin Shuker', 'm', 'Luton South'],
  ['Chris Leslie', 'm', 'Nottingham East'],
  ['Luciana Berger', 'f', 'Liverpool Wavertree'],
  ['Rosie Duffield', 'f', 'Canterbury'],
  ['Chuka Umunna', 'm', 'Streatham'],
  ['Tom Watson', 'm', 'West Bromwich East'],
  ['Ian Austin', 'm', 'Dudley North'],
  ['Frank Field', 'm', 'Birkenhead'],
  ['Kate Hoey', 'f', 'Vauxhall'],
  ['Nick Boles', 'm', 'Grantham and Stamford'],
  ['Yvette Cooper', 'f', 'Normanton, Pontefract and Castleford'],
  ['Ed Miliband', 'm', 'Doncaster North'],
  ['Andy Burnham', 'm', 'Leigh'],
  ['Harriet Harman', 'f', 'Camberwell and Peckham'],
  ['Michael Dugher', 'm', 'Barnsley East'],
  ['Theresa May', 'f', 'Maidenhead'],
  ['Julian Brazier', 'm', 'Canterbury'],
  ['Aaron Bastani', 'm', null],
  ['Iain McNicol', 'm', null],
];

const FEMALE_FIRST = new Set(
  'Joan Luciana Rosie Kate Yvette Harriet Theresa Diane Emily Angela Jess Rachel Lisa Anneliese Liz Priti Suella Nicola Caroline Anna Margaret Jo Stella Lucy Jess Louise Bridget Rebecca Dawn Ruth Sarah Helen Mary Andrea Kemi Penny Thangam Shabana Lillian Tulip Rushanara Kerry Alison Catherine Meg Jacqui Gloria Keir'
    .split(' ')
    .filter((n) => n !== 'Keir'),
);

function surnameOf(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A registry file's entries: an array, or an object of entries. */
function entriesOf(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  return raw && typeof raw === 'object' ? Object.values(raw) : [];
}

/** Seat names by slug (or by name, for a seat without a slug). */
function seatNames(root: string): Map<string, string> {
  const seatBySlug = new Map<string, string>();
  for (const entry of entriesOf(readJson(join(root, 'src/data/constituencies.json')))) {
    if (!entry || typeof entry !== 'object') continue;
    const record = entry as Record<string, unknown>;
    const name = str(record['name']);
    if (name) seatBySlug.set(str(record['slug']) ?? name, name);
  }
  return seatBySlug;
}

/** A person's seat: `constituency`, `seat`, or the last of `seats`/`constituencies`. */
function seatRefOf(record: Record<string, unknown>): string | null {
  const seatList = Array.isArray(record['seats'])
    ? record['seats']
    : Array.isArray(record['constituencies'])
      ? record['constituencies']
      : [];
  const seatValue = record['constituency'] ?? record['seat'] ?? seatList.at(-1);
  if (str(seatValue)) return str(seatValue);
  if (!seatValue || typeof seatValue !== 'object') return null;
  const seat = seatValue as Record<string, unknown>;
  return str(seat['slug'] ?? seat['constituency']);
}

/** A person's gender from `gender`/`honorific`/`pronoun`, else from the first name. */
function genderOf(record: Record<string, unknown>, name: string): Person['gender'] {
  const hint =
    `${str(record['gender']) ?? ''} ${str(record['honorific']) ?? ''} ${str(record['pronoun']) ?? ''}`.toLowerCase();
  if (/\b(f|female|woman|ms|mrs|miss|she)\b/.test(hint)) return 'f';
  if (/\b(m|male|man|mr|he)\b/.test(hint)) return 'm';
  return FEMALE_FIRST.has(name.split(/\s+/)[0] ?? '') ? 'f' : 'm';
}

/** The registry's people, each with their seat's name. */
function registryPeople(root: string, seatBySlug: ReadonlyMap<string, string>): Person[] {
  const people: Person[] = [];
  for (const entry of entriesOf(readJson(join(root, 'src/data/people.json')))) {
    if (!entry || typeof entry !== 'object') continue;
    const record = entry as Record<string, unknown>;
    const name = str(record['name']) ?? str(record['fullName']);
    if (!name) continue;
    const seatRef = seatRefOf(record);
    const seat = seatRef ? (seatBySlug.get(seatRef) ?? seatRef) : null;
    people.push({
      name,
      surname: surnameOf(name),
      gender: genderOf(record, name),
      seat,
      known: true,
    });
  }
  return people;
}

/**
 * Reads people and seats from the project's registries, tolerating schema changes: an array
 * (or an object of entries) whose items have a `name`; a person's seat from `constituency`,
 * `seat`, or the last of `seats`/`constituencies` (a slug, a name, or `{ constituency }`); gender from `gender`/`honorific`/`pronoun`.
 */
export function loadRegistries(root: string): {
  people: Person[];
  seats: string[];
  source: string;
} {
  const seatBySlug = seatNames(root);
  const people = registryPeople(root, seatBySlug);
  if (people.length > 0 && seatBySlug.size > 0) {
    return {
      people,
      seats: [...seatBySlug.values()],
      source: 'src/data/people.json + src/data/constituencies.json',
    };
  }
  const fallbackPeople = SEED_PEOPLE.map(([name, gender, seat]) => ({
    name,
    surname: surnameOf(name),
    gender,
    seat,
    known: true,
  }));
  const seats =
    seatBySlug.size > 0
      ? [...seatBySlug.values()]
      : [...new Set(SEED_PEOPLE.flatMap(([, , s]) => (s ? [s] : [])))];
  return {
    people: people.length > 0 ? people : fallbackPeople,
    seats,
    source: `${people.length > 0 ? 'src/data/people.json' : 'built-in seed people'} + ${seatBySlug.size > 0 ? 'src/data/constituencies.json' : 'built-in seed seats'}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: invented people and places give the long tail of proper nouns a real archive has.

const FIRST_M =
  'Adam Alan Alex Andrew Ben Callum Daniel David Ewan Gareth Graham Hamish Imran James Jonathan Kevin Liam Mark Martin Neil Oliver Owen Patrick Paul Peter Rhys Richard Robert Sajid Simon Stephen Tariq Thomas Wes Wayne'.split(
    ' ',
  );
const FIRST_F =
  'Aisha Alison Amira Bethan Caroline Claire Deborah Eleanor Fiona Grace Hannah Helen Jasmine Joanne Karen Laura Linda Megan Nadia Niamh Rachel Rebecca Samira Sarah Shona Siobhan Sophie Tanya Uzma Victoria Yasmin Zoe'.split(
    ' ',
  );
const SYLLABLES_A =
  'Ash Bar Black Brad Brom Carr Chad Cres Dal Dun Ell Fair Farn Gar Glen Hal Hart Hol Kel Kirk Lang Lind Mar Mill Mor Nor Pen Pem Rad Red Ros Sal Shel Stan Thorn Tre Wal War Wen Whit Wyn'.split(
    ' ',
  );
const SYLLABLES_B =
  'ley ford ton wick by well worth field more dale bury stone hurst mouth ham ridge wood combe shaw brook'.split(
    ' ',
  );
const SYLLABLES_C = ['', '', '', 'ing', 'ers', 'en', 'ett', 'ow', 'is'];

function inventSurname(rng: Rng): string {
  return `${rng.pick(SYLLABLES_A)}${rng.pick(SYLLABLES_C)}${rng.pick(SYLLABLES_B)}`;
}

interface Pools {
  unknownPeople: Person[];
  unknownZipf: Zipf;
  places: string[];
  placeZipf: Zipf;
  knownZipf: Zipf;
  seatZipf: Zipf;
}

const UNKNOWN_POOL = 20_000;
const PLACE_POOL = 3_000;

function buildPools(seed: number, registries: { people: Person[]; seats: string[] }): Pools {
  const rng = new Rng(hash32(`pools:${seed}`));
  const unknownPeople: Person[] = [];
  const usedNames = new Set(registries.people.map((p) => p.name));
  while (unknownPeople.length < UNKNOWN_POOL) {
    const gender = rng.chance(0.45) ? 'f' : 'm';
    const name = `${rng.pick(gender === 'f' ? FIRST_F : FIRST_M)} ${inventSurname(rng)}`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    unknownPeople.push({ name, surname: surnameOf(name), gender, seat: null, known: false });
  }
  const places = new Set<string>();
  // 40 × 9 × 19 combinations: enough for the pool, with a suffix for a few.
  while (places.size < PLACE_POOL) {
    const place = `${rng.pick(SYLLABLES_A)}${rng.pick(SYLLABLES_C)}${rng.pick(SYLLABLES_B)}`;
    places.add(
      places.has(place)
        ? `${place} ${rng.pick(['Green', 'Cross', 'Vale', 'Heath', 'Bridge', 'Park', 'Moor'])}`
        : place,
    );
  }
  return {
    unknownPeople,
    unknownZipf: new Zipf(UNKNOWN_POOL, 1.0),
    places: [...places],
    placeZipf: new Zipf(PLACE_POOL, 0.9),
    knownZipf: new Zipf(registries.people.length, 0.8),
    seatZipf: new Zipf(registries.seats.length, 0.5),
  };
}

// ---------------------------------------------------------------------------------------------
// Beats: each article is about one or two, which sets its vocabulary (and, through the
// topic terms in src/data/topics.json, which topic pages it lands on).

interface Beat {
  issue: readonly string[];
  doing: readonly string[];
  quote: readonly string[];
}

const BEATS: readonly Beat[] = [
  {
    issue: [
      'the threat of deselection',
      'a vote of no confidence',
      'a motion of censure',
      'the trigger ballot process',
      'mandatory reselection',
      'the no-confidence motion',
    ],
    doing: [
      'faced a vote of no confidence from local members',
      'lost a confidence vote in the constituency party',
      'was warned of deselection by activists',
      'survived a motion of censure by a handful of votes',
      'called the trigger ballot a distraction',
    ],
    quote: [
      'Nobody should be hounded out of their own party for speaking their mind',
      'The members have every right to hold their MP to account',
      'This is about democratic accountability, not a purge',
      'I will not be bullied out of the party I have served all my life',
    ],
  },
  {
    issue: [
      'entryism',
      'claims of infiltration',
      'the influx of registered supporters',
      'fears of Tory infiltrators',
      'the vetting of new members',
    ],
    doing: [
      'raised fears of entryism with the general secretary',
      'demanded tougher checks on infiltration',
      'wrote to party officials about infiltrators',
      'dismissed the entryism claims as a smear',
    ],
    quote: [
      'There is potentially more that can be done to weed out infiltrators',
      'These claims of entryism are nonsense and everyone knows it',
      'The integrity of the contest must not be called into question',
    ],
  },
  {
    issue: [
      'antisemitism in the party',
      'the code of conduct on antisemitism',
      'the handling of complaints',
      'the backlog of disciplinary cases',
    ],
    doing: [
      'criticised the handling of antisemitism complaints',
      'called for the full international definition to be adopted',
      'attended a rally against antisemitism in Parliament Square',
    ],
    quote: [
      'We have to root out antisemitism wherever it festers',
      'The party has been far too slow to act on complaints',
      'Jewish members deserve far better than this',
    ],
  },
  {
    issue: [
      'Brexit',
      'the backstop',
      'Article 50',
      'a no-deal Brexit',
      'the withdrawal agreement',
      "a People's Vote",
    ],
    doing: [
      'voted against the withdrawal agreement',
      'backed an amendment to extend Article 50',
      'warned that a no-deal Brexit would be a disaster',
      'called for a fresh referendum on Brexit',
    ],
    quote: [
      'Brexit will be a disaster for the people I represent',
      'We must respect the result of the referendum',
      'The backstop is simply unacceptable as drafted',
    ],
  },
  {
    issue: [
      'the leadership contest',
      'the leadership election',
      'the leadership race',
      'the hustings',
      'nominations for the leadership',
    ],
    doing: [
      'launched a campaign in the leadership contest',
      'won the backing of the unions in the leadership race',
      'trailed in the polls in the leadership election',
      'secured enough nominations to make the ballot',
    ],
    quote: [
      'Whoever is elected will be legally elected and the result will stand',
      'This contest is wide open and I intend to win it',
      'Members want a leader who can win a general election',
    ],
  },
  {
    issue: [
      'NHS waiting lists',
      'the junior doctors’ strike',
      'social care funding',
      'A&E performance',
      'the winter crisis in hospitals',
    ],
    doing: [
      'demanded an emergency funding package for the NHS',
      'visited a hospital struggling with waiting lists',
      'accused ministers of running down social care',
    ],
    quote: [
      'Patients are waiting longer than ever for treatment',
      'The NHS cannot survive another winter like the last',
      'Social care has been neglected for more than a decade',
    ],
  },
  {
    issue: [
      'the cost of living',
      'interest rates',
      'inflation',
      'fuel duty',
      'the spending review',
      'austerity',
    ],
    doing: [
      'attacked the Chancellor over the cost of living',
      'set out plans to freeze fuel duty',
      'warned that austerity had hollowed out public services',
    ],
    quote: [
      'Families are being squeezed from every direction',
      'The Treasury has run out of excuses',
      'Working people are paying the price for this government’s failure',
    ],
  },
  {
    issue: [
      'housing',
      'rents',
      'the planning reforms',
      'the green belt',
      'council housing',
      'leasehold reform',
    ],
    doing: [
      'promised a new generation of council homes',
      'opposed building on the green belt',
      'called for rent controls in the capital',
    ],
    quote: [
      'A whole generation has been locked out of owning a home',
      'We need to build, and build quickly',
      'Local people must have a say over what is built',
    ],
  },
  {
    issue: [
      'immigration',
      'the asylum backlog',
      'small boat crossings',
      'net migration',
      'the Rwanda plan',
    ],
    doing: [
      'criticised the Home Office over the asylum backlog',
      'defended the government’s Rwanda plan',
      'called for safe routes for refugees',
    ],
    quote: [
      'The system is broken and everyone can see it',
      'We must control our borders',
      'These are people fleeing war and persecution',
    ],
  },
  {
    issue: [
      'Scottish independence',
      'a second independence referendum',
      'devolution',
      'the Barnett formula',
    ],
    doing: [
      'ruled out a second independence referendum',
      'argued for more powers for Holyrood',
      'campaigned for the union in Glasgow',
    ],
    quote: [
      'Scotland’s future is in the United Kingdom',
      'The people of Scotland must decide their own future',
      'Devolution was never meant to stand still',
    ],
  },
  {
    issue: ['net zero', 'onshore wind', 'flood defences', 'fracking', 'the energy price cap'],
    doing: [
      'backed a ban on fracking',
      'called for more investment in flood defences',
      'defended the net zero target',
    ],
    quote: [
      'The climate emergency will not wait for the next election',
      'Bills are too high and they are going higher',
      'Communities flooded twice in five years deserve answers',
    ],
  },
  {
    issue: ['HS2', 'rail strikes', 'bus services', 'the northern rail network', 'road maintenance'],
    doing: [
      'demanded a decision on the northern leg of HS2',
      'blamed ministers for the rail strikes',
      'campaigned to save local bus services',
    ],
    quote: [
      'The north has waited long enough for proper transport',
      'Passengers are fed up with cancellations',
      'Every week of delay adds to the bill',
    ],
  },
  {
    issue: [
      'the general election',
      'the by-election',
      'marginal seats',
      'the polls',
      'the local elections',
    ],
    doing: [
      'knocked on doors in the marginal seats',
      'conceded that the polls were tight',
      'predicted a hung parliament',
      'held the seat with a reduced majority',
    ],
    quote: [
      'We take nothing for granted',
      'Every vote in this constituency will count',
      'The voters have sent a clear message',
    ],
  },
];

const ROLES = [
  'the shadow chancellor',
  'the former minister',
  'the party chair',
  'the chief whip',
  'a senior backbencher',
  'the shadow home secretary',
  'the deputy leader',
  'a former cabinet minister',
  'the select committee chair',
];
const UNKNOWN_ROLES = [
  'a councillor in',
  'the constituency party secretary in',
  'a Momentum organiser in',
  'a union official in',
  'the local party chair in',
  'a campaigner from',
  'a shop steward in',
  'a parish councillor in',
];
const PARTIES = ['Labour', 'Conservative', 'Liberal Democrat', 'SNP', 'Green', 'Plaid Cymru'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const OUTLETS = [
  'the BBC',
  'Sky News',
  'the Today programme',
  'ITV News',
  'PoliticsHome',
  'LBC',
  'the Guardian',
  'Channel 4 News',
];
const CREDITS = ['PA Media', 'Getty Images', 'UK Parliament', 'Reuters', 'EPA', 'AFP'];
const CONNECTIVES = [
  'However,',
  'Meanwhile,',
  'Earlier this week,',
  'Last month,',
  'On Tuesday,',
  'In a statement,',
  'Speaking in the Commons,',
  'Separately,',
  'Privately,',
  'At the time,',
];
const NOUNS = [
  'members',
  'activists',
  'voters',
  'MPs',
  'councillors',
  'officials',
  'ministers',
  'campaigners',
  'supporters',
  'critics',
];
const ADJECTIVES = [
  'angry',
  'frustrated',
  'divided',
  'confident',
  'nervous',
  'furious',
  'relieved',
  'uneasy',
  'defiant',
  'sceptical',
];

// ---------------------------------------------------------------------------------------------
// One article

type Style = 'herald' | 'bbc' | 'spectator' | 'independent' | 'huffpost' | 'web';
/** The styles of outlets' pages as copied from print layouts (every style but `web`). */
type PrintStyle = Exclude<Style, 'web'>;

const STYLE_WEIGHTS: readonly [Style, number][] = [
  ['herald', 0.16],
  ['bbc', 0.2],
  ['spectator', 0.1],
  ['independent', 0.14],
  ['huffpost', 0.1],
  // A news website's page copied as text: chrome, byline and a printed timestamp, no marker.
  ['web', 0.3],
];

const INDEPENDENT_APPEAL = [
  'Your support helps us to tell the story',
  "From reproductive rights to climate change to Big Tech, The Independent is on the ground when the story is developing. Whether it's investigating the financials of Elon Musk's pro-Trump PAC or producing our latest documentary, 'The A Word', which shines a light on the American women fighting for reproductive rights, we know how important it is to parse out the facts from the messaging.",
  'At such a critical moment in US history, we need reporters on the ground. Your donation allows us to keep sending journalists to speak to both sides of the story.',
  'The Independent is trusted by Americans across the entire political spectrum. And unlike many other quality news outlets, we choose not to lock Americans out of our reporting and analysis with paywalls. We believe quality journalism should be available to everyone, paid for by those who can afford it.',
];

interface Cast {
  main: Person;
  others: Person[];
  unknowns: { person: Person; role: string; place: string }[];
  seat: string;
  beats: Beat[];
  place: string;
}

class Writer {
  private readonly rng: Rng;
  private readonly cast: Cast;
  private readonly style: Style;
  private readonly introduced = new Set<string>();
  readonly mentionedKnown = new Set<string>();
  readonly mentionedUnknown = new Set<string>();
  readonly mentionedSeats = new Set<string>();

  constructor(rng: Rng, cast: Cast, style: Style) {
    this.rng = rng;
    this.cast = cast;
    this.style = style;
  }

  private beat(): Beat {
    return this.rng.pick(this.cast.beats);
  }

  private person(): Person {
    const { main, others } = this.cast;
    return others.length === 0 || this.rng.chance(0.5) ? main : this.rng.pick(others);
  }

  /** Full name the first time, "Mr/Ms Surname" (or the bare surname, Spectator-style) after. */
  private refer(p: Person): string {
    (p.known ? this.mentionedKnown : this.mentionedUnknown).add(p.name);
    if (!this.introduced.has(p.name)) {
      this.introduced.add(p.name);
      return p.name;
    }
    if (this.style === 'spectator') return this.rng.chance(0.6) ? p.surname : p.name;
    return this.rng.chance(0.15) ? p.name : `${p.gender === 'f' ? 'Ms' : 'Mr'} ${p.surname}`;
  }

  private possessive(p: Person): string {
    const apostrophe = this.rng.chance(0.4) ? '’' : "'";
    const base = this.introduced.has(p.name)
      ? this.rng.chance(0.5)
        ? p.surname
        : `${p.gender === 'f' ? 'Ms' : 'Mr'} ${p.surname}`
      : p.name;
    this.introduced.add(p.name);
    (p.known ? this.mentionedKnown : this.mentionedUnknown).add(p.name);
    return `${base}${apostrophe}s`;
  }

  private pronoun(p: Person): string {
    return p.gender === 'f' ? 'she' : 'he';
  }

  private seat(): string {
    this.mentionedSeats.add(this.cast.seat);
    return this.cast.seat;
  }

  private seatOf(p: Person): string | null {
    if (!p.seat) return null;
    this.mentionedSeats.add(p.seat);
    return p.seat;
  }

  private number(): string {
    const n = this.rng.pick([
      this.rng.int(2, 40),
      this.rng.int(100, 999),
      this.rng.int(1000, 60000),
    ]);
    return n >= 1000 ? n.toLocaleString('en-GB') : String(n);
  }

  private unknown(): string {
    const u = this.rng.pick(this.cast.unknowns);
    if (this.introduced.has(u.person.name)) return this.refer(u.person);
    return `${this.refer(u.person)}, ${u.role} ${u.place},`;
  }

  private quote(): string {
    const b = this.beat();
    const first = this.rng.pick(b.quote);
    return this.rng.chance(0.4) ? `${first}. ${this.rng.pick(this.rng.pick(BEATS).quote)}` : first;
  }

  /** One sentence of reporting, ending in a full stop (or a quote closing after one). */
  sentence(): string {
    const r = this.rng;
    const p = this.person();
    const b = this.beat();
    switch (r.int(0, 19)) {
      case 0:
        return `${this.refer(p)} ${r.pick(b.doing)}.`;
      case 1:
        return `${r.pick(CONNECTIVES)} ${this.refer(p)} said: "${this.quote()}."`;
      case 2:
        return `"${this.quote()}," ${this.pronoun(p)} told ${r.pick(OUTLETS)}.`;
      case 3: {
        const seat = this.seatOf(p) ?? this.seat();
        return `${seat} MP ${this.refer(p)} ${r.pick(b.doing)}.`;
      }
      case 4: {
        const seat = this.seatOf(p) ?? this.seat();
        return `${this.refer(p)}, who represents ${seat}, said ${r.pick(NOUNS)} were ${r.pick(ADJECTIVES)} about ${r.pick(b.issue)}.`;
      }
      case 5:
        return `Team ${p.surname} have decided to raise ${r.pick(b.issue)} with party officials, according to ${r.pick(NOUNS)} close to the campaign.`;
      case 6:
        return `${this.possessive(p)} allies insisted ${r.pick(b.issue)} would not dominate the ${r.pick(PARTIES)} conference.`;
      case 7:
        return `${this.unknown()} said ${r.pick(NOUNS)} in ${this.cast.place} were ${r.pick(ADJECTIVES)} about ${r.pick(b.issue)}.`;
      case 8:
        return `"${this.quote()}," said ${this.unknown().replace(/,$/, '')}.`;
      case 9:
        return `An extraordinary meeting has been called in the ${this.seat()} constituency on ${r.pick(WEEKDAYS)} to discuss ${r.pick(b.issue)}.`;
      case 10:
        return `More than ${this.number()} ${r.pick(NOUNS)} have signed a letter about ${r.pick(b.issue)}, ${r.pick(['it was reported', 'the paper understands', 'sources said', 'officials confirmed'])}.`;
      case 11:
        return `${this.refer(p)}, ${r.pick(ROLES)}, ${r.pick(b.doing)} on ${r.pick(WEEKDAYS)}.`;
      case 12:
        return `The ${r.pick(PARTIES)} MP for ${this.seat()} won the seat with a majority of ${this.number()} at the last election.`;
      case 13:
        return `${this.refer(p)} told ${r.pick(OUTLETS)} that ${r.pick(b.issue)} was "${r.pick(['a serious moment', 'a terrible judgement', 'nothing untoward', 'completely wrong', 'long overdue', 'a distraction'])}".`;
      case 14:
        return `${r.pick(ADJECTIVES).replace(/^./, (c) => c.toUpperCase())} ${r.pick(NOUNS)} in ${r.pick([this.cast.place, this.seat()])} say ${r.pick(b.issue)} has gone on for too long.`;
      case 15: {
        const seat = this.seatOf(p);
        const other = [this.cast.main, ...this.cast.others].find((o) => o !== p);
        return seat && other
          ? `${seat}’s ${this.refer(p)} and ${this.refer(other)} are expected to speak at a rally in ${this.cast.place}.`
          : `${this.refer(p)} is expected to speak at a rally in ${this.cast.place}.`;
      }
      case 16:
        return `Asked about ${r.pick(b.issue)}, ${this.refer(p)} said ${this.pronoun(p)} would "${r.pick(['not shy away from standing up', 'keep fighting', 'listen to the members', 'let the process run its course'])}".`;
      case 17:
        return `The row over ${r.pick(b.issue)} follows weeks of ${r.pick(['bitter recriminations', 'briefing and counter-briefing', 'internal wrangling', 'speculation at Westminster'])}.`;
      case 18:
        return `Figures seen by ${this.style === 'independent' ? 'The Independent' : this.style === 'herald' ? 'The Herald' : 'the BBC'} suggest ${this.number()} ${r.pick(NOUNS)} could be affected.`;
      default:
        return `${this.refer(p)} ${r.pick(b.doing)}, and ${this.pronoun(p)} said ${r.pick(NOUNS)} were ${r.pick(ADJECTIVES)}.`;
    }
  }

  paragraph(): string {
    const count = this.rng.pick([1, 1, 2, 2, 2, 3]);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(this.sentence());
    return sentences.join(' ');
  }

  /** A quotation split over two paragraphs, the first left open, as the seeds print them. */
  openQuote(): [string, string] {
    const p = this.person();
    return [
      `${this.refer(p)} said: "${this.quote()}. ${this.quote()}.`,
      `"${this.quote()}," ${this.pronoun(p)} told the BBC.`,
    ];
  }

  headline(): string {
    const r = this.rng;
    const p = this.cast.main;
    const b = this.beat();
    const issue = r.pick(b.issue).replace(/^the /, '');
    const forms = [
      `${p.name} ${r.pick(['faces', 'rejects', 'hits back over', 'urged to act on', 'under fire over', 'defends stance on'])} ${issue}`,
      `${r.pick(PARTIES)} row erupts over ${issue} in ${this.cast.seat}`,
      `${p.surname} ${r.pick(['allies', 'critics', 'rivals'])} clash over ${issue}`,
      `${issue.replace(/^./, (c) => c.toUpperCase())}: ${p.surname} ${r.pick(['warns', 'insists', 'admits'])} party must change`,
      `MPs 'To Meet Over' ${issue.replace(/\b\w/g, (c) => c.toUpperCase())}`,
    ];
    return r.pick(forms);
  }

  standfirst(): string {
    const r = this.rng;
    return `${r.pick(['Anger over', 'Row over', 'Fresh questions over'])} ${r.pick(this.beat().issue)} in ${this.cast.place} - but ${this.cast.main.surname} says it ${r.pick(["'would be wrong' to step in", 'is a matter for members', "'will not be distracted'"])}`;
  }

  crosshead(): string {
    return this.rng.pick([
      "'Terrible judgement'",
      'Brexit rebels',
      'What happens next?',
      "'Serious moment'",
      'Anger in the constituency',
      'Analysis',
      'Local fury',
    ]);
  }

  /** An unpunctuated caption line of six or more words, as HuffPost and PA copy print them. */
  inlineCaption(): string {
    return `${this.cast.main.name} ${this.rng.pick(['is currently the frontrunner in the race', 'speaking at the party conference in the summer', 'has faced criticism from colleagues in recent weeks', 'arrives in Downing Street for the cabinet meeting'])}`;
  }
}

function pickStyle(rng: Rng): Style {
  let x = rng.next();
  for (const [style, weight] of STYLE_WEIGHTS) {
    x -= weight;
    if (x < 0) return style;
  }
  return 'bbc';
}

function isoDate(rng: Rng): string {
  const year = rng.int(2010, 2024);
  const month = rng.int(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = rng.int(1, days);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface GeneratedArticle {
  name: string;
  text: string;
  known: string[];
  unknown: string[];
  seats: string[];
  dated: boolean;
  headline: boolean;
  words: number;
}

/** Who the article is about: its main person, others, invented people, its seat and beats. */
function castFor(rng: Rng, registries: { people: Person[]; seats: string[] }, pools: Pools): Cast {
  const main = registries.people[pools.knownZipf.sample(rng)]!;
  const others: Person[] = [];
  for (let k = rng.int(0, 3); k > 0; k--) {
    const other = registries.people[pools.knownZipf.sample(rng)]!;
    if (other !== main && !others.includes(other)) others.push(other);
  }
  const unknowns = Array.from({ length: rng.int(1, 4) }, () => ({
    person: pools.unknownPeople[pools.unknownZipf.sample(rng)]!,
    role: rng.pick(UNKNOWN_ROLES),
    place: pools.places[pools.placeZipf.sample(rng)]!,
  }));
  const beats = [rng.pick(BEATS)];
  if (rng.chance(0.5)) beats.push(rng.pick(BEATS));
  return {
    main,
    others,
    unknowns,
    seat: main.seat && rng.chance(0.6) ? main.seat : registries.seats[pools.seatZipf.sample(rng)]!,
    beats,
    place: pools.places[pools.placeZipf.sample(rng)]!,
  };
}

/** The journalism: paragraphs (some quotes) to a log-normal length, and one only this article says. */
function articleParagraphs(rng: Rng, w: Writer, cast: Cast, index: number): string[] {
  // Lengths: log-normal around ~650 words, from 200 to 4,000.
  const targetWords = Math.round(
    Math.min(4000, Math.max(200, Math.exp(Math.log(650) + 0.6 * rng.normal()))),
  );
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const next = rng.chance(0.08) ? w.openQuote() : [w.paragraph()];
    for (const p of next) {
      paragraphs.push(p);
      words += p.split(/\s+/).length;
    }
  }
  // Something only this article says, so no two generated articles share their journalism.
  paragraphs.push(
    `The ${['first', 'second', 'third'][index % 3]} count in ${cast.place} recorded ${index + 1} ${rng.pick(NOUNS)} and ${rng.int(1, 9999)} ${rng.pick(NOUNS)} in all.`,
  );
  return paragraphs;
}

/** Generates article `index` of the corpus: a function of (seed, index, registries) only. */
export function generateArticle(
  seed: number,
  index: number,
  registries: { people: Person[]; seats: string[] },
  pools: Pools,
): GeneratedArticle {
  const rng = new Rng(hash32(`article:${seed}:${index}`));
  const style = pickStyle(rng);
  const cast = castFor(rng, registries, pools);
  const w = new Writer(rng, cast, style);
  const paragraphs = articleParagraphs(rng, w, cast, index);
  if (style === 'web') return webArticle(rng, index, w, cast, paragraphs);
  return printStyleArticle(rng, index, w, style, paragraphs);
}

/** A text's lines; `push` adds a paragraph and, in styles that space them, a blank line. */
interface TextLines {
  lines: string[];
  push(line: string): void;
}

function textLines(blank: boolean): TextLines {
  const lines: string[] = [];
  return {
    lines,
    push: (line) => {
      lines.push(line);
      if (blank) lines.push('');
    },
  };
}

/**
 * An article as one of the print outlets' pages come: dates are mostly a `date` marker on
 * the first line (which then cannot be a headline, as in seed 000); the rest open with a
 * headline (seeds 001, 003, 004) or neither (002).
 */
function printStyleArticle(
  rng: Rng,
  index: number,
  w: Writer,
  style: PrintStyle,
  paragraphs: string[],
): GeneratedArticle {
  const marker = style !== 'spectator' && rng.chance(0.7) ? isoDate(rng) : null;
  const glued = marker !== null && rng.chance(0.6);
  const headline =
    marker === null && style !== 'spectator' && rng.chance(0.9) ? w.headline() : null;
  const text = textLines(style !== 'spectator' && !(style === 'independent' && rng.chance(0.7)));
  if (marker && !glued) text.push(`date ${marker}`);
  if (headline) text.push(headline);
  let first = paragraphs.shift()!;
  if (marker && glued) {
    const opening = rng.chance(0.3) ? first.replace(/^(\S+)/, (word) => word.toUpperCase()) : first;
    first = `${rng.chance(0.5) ? ' ' : ''}date ${marker} ${opening}`;
  }
  printOpening(rng, w, style, text, first, headline !== null);
  printBody(rng, w, style, text, paragraphs);
  printClosing(rng, style, text);
  return finish(rng, index, w, text.lines, { dated: marker !== null, headline: headline !== null });
}

/** The first paragraph, behind the furniture some outlets print before it. */
function printOpening(
  rng: Rng,
  w: Writer,
  style: Style,
  text: TextLines,
  first: string,
  headed: boolean,
): void {
  if (style === 'independent' && headed) {
    text.lines.push(w.standfirst());
    for (const line of INDEPENDENT_APPEAL) text.lines.push(line);
    text.push(`Your support makes all the difference.${first}`);
  } else if (style === 'bbc' && headed && rng.chance(0.6)) {
    text.push(`image copyright${rng.pick(CREDITS)}`);
    text.push(first);
  } else {
    text.push(first);
  }
}

/** The other paragraphs, with each outlet's captions, crossheads and reworded quotes. */
function printBody(rng: Rng, w: Writer, style: Style, text: TextLines, paragraphs: string[]): void {
  const { push } = text;
  paragraphs.forEach((paragraph, i) => {
    if (style === 'bbc' && i > 0 && i % rng.int(8, 14) === 0) {
      text.lines.push(`image copyright${rng.pick(CREDITS)}`);
      push(`image caption${w.inlineCaption()}`);
    }
    if ((style === 'bbc' || style === 'huffpost') && i > 4 && rng.chance(0.05)) push(w.crosshead());
    if (style === 'huffpost' && i > 2 && rng.chance(0.06)) push(w.inlineCaption());
    if (style === 'spectator' && i === 3)
      push(
        `Coffee House understands that ${paragraph.charAt(0).toLowerCase()}${paragraph.slice(1)}`,
      );
    else if (style === 'herald' && i === 2)
      push(
        `One ${rng.pick(PARTIES)} MP told The Herald: "${paragraph.replace(/"/g, "'").replace(/\.$/, '')}."`,
      );
    else if (style === 'independent' && i === 4)
      push(
        `Following the meeting, one MP told The Independent: "${paragraph.replace(/"/g, "'").replace(/\.$/, '')}."`,
      );
    else push(paragraph);
  });
}

/** The furniture after the article: related links, comments, an outlet's community box. */
function printClosing(rng: Rng, style: PrintStyle, text: TextLines): void {
  switch (style) {
    case 'bbc':
      text.push('More on this story');
      if (rng.chance(0.5)) text.push('Related Topics');
      break;
    case 'spectator':
      text.push('Comments');
      break;
    case 'independent':
      text.lines.push(
        'Join our commenting forum',
        'Join thought-provoking conversations, follow other Independent readers and see their replies',
        'Comments',
      );
      break;
    case 'huffpost':
      text.push('Popular in the Community');
      break;
    case 'herald':
      break;
  }
}

function finish(
  rng: Rng,
  index: number,
  w: Writer,
  lines: string[],
  flags: { dated: boolean; headline: boolean },
): GeneratedArticle {
  while (lines.at(-1) === '') lines.pop();
  const text = `${lines.join('\n')}\n`;
  return {
    name: `${String(index).padStart(6, '0')}_${rng.hex(16)}.txt`,
    text,
    known: [...w.mentionedKnown].sort(),
    unknown: [...w.mentionedUnknown].sort(),
    seats: [...w.mentionedSeats].sort(),
    ...flags,
    words: text.split(/\s+/).length,
  };
}

/** A "web" article: the page furniture of bench/lib/web-page.ts around the journalism. */
function webArticle(
  rng: Rng,
  index: number,
  w: Writer,
  cast: Cast,
  paragraphs: string[],
): GeneratedArticle {
  const date = isoDate(rng);
  const reporter = cast.unknowns[0]!.person.name;
  const lines = webOpening(rng, {
    headline: w.headline(),
    standfirst: `${w.standfirst()}.`,
    reporter,
    date,
  });
  for (const paragraph of paragraphs) {
    lines.push(paragraph);
    const interlude = webInterlude(rng, () => w.headline());
    if (interlude) lines.push(interlude);
  }
  lines.push(...webClosing(rng, date.slice(0, 4)));
  return finish(
    rng,
    index,
    w,
    lines.flatMap((line) => [line, '']),
    { dated: true, headline: true },
  );
}

export interface Manifest {
  n: number;
  seed: number;
  registries: string;
  bytes: number;
  words: number;
  dated: number;
  withHeadline: number;
  /** Articles mentioning each registry person / seat. */
  people: Record<string, number>;
  seats: Record<string, number>;
  /** A few invented names that occur in exactly one article, for "rare name" searches. */
  rareNames: string[];
  /** Distinct invented names in the corpus. */
  unknownNames: number;
}

/** Never writes a corpus over the project's own seeds. */
function refuseRealSeeds(realSeeds: string, target: string): void {
  for (const dir of [target, join(target, 'seeds')]) {
    const rel = relative(realSeeds, dir);
    if (!rel.startsWith('..') && !isAbsolute(rel))
      throw new Error(`refusing to write a benchmark corpus into ${realSeeds}`);
  }
}

/** Writes the corpus: `<out>/seeds/*.txt` and `<out>/manifest.json`. Refuses to write into the project's seeds/. */
export function generateCorpus({
  n,
  out,
  seed = 8,
  root = process.cwd(),
}: {
  n: number;
  out: string;
  seed?: number;
  root?: string;
}): Manifest {
  const target = resolve(out);
  refuseRealSeeds(resolve(root, 'seeds'), target);
  const registries = loadRegistries(root);
  const pools = buildPools(seed, registries);
  const seedsDir = join(target, 'seeds');
  if (existsSync(seedsDir)) rmSync(seedsDir, { recursive: true, force: true });
  mkdirSync(seedsDir, { recursive: true });
  const people: Record<string, number> = {};
  const seats: Record<string, number> = {};
  const unknownCounts = new Map<string, number>();
  let bytes = 0;
  let words = 0;
  let dated = 0;
  let withHeadline = 0;
  for (let i = 0; i < n; i++) {
    const article = generateArticle(seed, i, registries, pools);
    writeFileSync(join(seedsDir, article.name), article.text, 'utf8');
    bytes += Buffer.byteLength(article.text);
    words += article.words;
    if (article.dated) dated++;
    if (article.headline) withHeadline++;
    for (const name of article.known) people[name] = (people[name] ?? 0) + 1;
    for (const name of article.seats) seats[name] = (seats[name] ?? 0) + 1;
    for (const name of article.unknown) unknownCounts.set(name, (unknownCounts.get(name) ?? 0) + 1);
  }
  const rareNames = [...unknownCounts.entries()]
    .filter(([, count]) => count === 1)
    .map(([name]) => name)
    .sort()
    .slice(0, 5);
  const manifest: Manifest = {
    n,
    seed,
    registries: registries.source,
    bytes,
    words,
    dated,
    withHeadline,
    people: Object.fromEntries(Object.entries(people).sort(([a], [b]) => compareCodePoints(a, b))),
    seats: Object.fromEntries(Object.entries(seats).sort(([a], [b]) => compareCodePoints(a, b))),
    rareNames,
    unknownNames: unknownCounts.size,
  };
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return manifest;
}

/** Lists a corpus's seed files (sorted), for callers that copy them. */
export function corpusFiles(out: string): string[] {
  return readdirSync(join(out, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

if (import.meta.url === `file://${process.argv[1] ? resolve(process.argv[1]) : ''}`) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '8' },
    },
  });
  const n = Number(values.n);
  const out = values.out ?? join('bench', 'out', `corpus-${n}`);
  const started = performance.now();
  const manifest = generateCorpus({ n, out, seed: Number(values.seed) });
  console.log(
    `generate: ${n} article(s), ${(manifest.bytes / 1024 / 1024).toFixed(1)} MB, ${manifest.words} words -> ${out}/seeds in ${Math.round(performance.now() - started)} ms (names from ${manifest.registries})`,
  );
}
