import { careerOf, type Career } from './career.ts';
import { derivedNameForms } from './given-names.ts';
import { firstNameOf, surnameOf } from './name-parts.ts';
import type { Constituency, Person, Registry, Role, Seat } from '../../schemas/people.ts';
import { NON_PERSON_NAMES } from './stop-list.ts';
import { normalizeGap, tokenize, type Token } from './tokens.ts';

/** A person who holds (at some date) a role the press can name them by. */
export interface RoleHolder {
  person: string;
  role: Role;
}

/**
 * A whole name of a person: as the registry writes it (`full-name`, `alias`,
 * `misspelling`) or `derived` from it by an equivalent given name ("Andy" for "Andrew").
 */
export interface NameEntry {
  form: 'full-name' | 'alias' | 'misspelling' | 'derived';
  person: string;
}

/** A person's seat, for finding who held a constituency on a date. */
export interface SeatHolder {
  person: string;
  seat: Seat;
}

interface Payload {
  /** Every person this whole name can be: several people may share a full name. */
  names?: NameEntry[];
  /** People whose surname (or a misspelt surname) this is. */
  surnameOf?: string[];
  /** People whose first name this is. */
  firstNameOf?: string[];
  constituency?: string;
  nonPerson?: true;
  /** Role phrase (case-insensitive trie only). */
  role?: { ref: string; holders: RoleHolder[] };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  payload?: Payload;
}

/** One recognised phrase in a paragraph: tokens [tokenStart, tokenEnd), characters [start, end). */
export interface Hit {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
  payload: Readonly<Payload>;
}

/** A paragraph's tokens and the non-overlapping registry phrases found in it, in order. */
export interface ScannedParagraph {
  text: string;
  tokens: Token[];
  hits: Hit[];
}

/**
 * The registry compiled once for the whole corpus: a token trie over every full
 * name, alias, misspelling, name derived by an equivalent given name, surname, first
 * name, constituency and non-person proper noun (case-sensitive), and one over every
 * role phrase (lowercased). A node carries everyone who has that phrase. Scanning a
 * paragraph is one pass over its tokens, each trying at most the longest phrase's
 * length: linear in the text, whatever the registry's size.
 */
export interface Matcher {
  readonly registry: Registry;
  readonly people: ReadonlyMap<string, Person>;
  readonly constituencies: ReadonlyMap<string, Constituency>;
  /** Registry people by surname (including misspelt surnames). */
  readonly bySurname: ReadonlyMap<string, readonly string[]>;
  /** Each person's career span (null: no dated fact), for placing a name in time. */
  readonly careers: ReadonlyMap<string, Career | null>;
  /** Who held each constituency, and when. */
  readonly seatHolders: ReadonlyMap<string, readonly SeatHolder[]>;
  scan(text: string): ScannedParagraph;
}

function keyFor(tokens: Token[], i: number, text: string): string {
  if (i === 0) return tokens[0]!.text;
  return `${normalizeGap(text.slice(tokens[i - 1]!.end, tokens[i]!.start))}\u0000${tokens[i]!.text}`;
}

function insert(root: TrieNode, phrase: string, update: (payload: Payload) => void): void {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) throw new Error(`Cannot match an empty phrase: "${phrase}"`);
  let node = root;
  tokens.forEach((_, i) => {
    const key = keyFor(tokens, i, phrase);
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  });
  node.payload ??= {};
  update(node.payload);
}

function addTo(list: string[] | undefined, slug: string): string[] {
  const out = list ?? [];
  if (!out.includes(slug)) out.push(slug);
  return out;
}

/**
 * Compiles the registry into a matcher. Call once per build and share it.
 * @example const matcher = compileMatcher(loadRegistry());
 *          matcher.scan('Mr McDonnell said').hits.map((h) => h.text) // ['McDonnell']
 */
export function compileMatcher(registry: Registry): Matcher {
  const names: TrieNode = { next: new Map() };
  const roles: TrieNode = { next: new Map() };
  const people = new Map(registry.people.map((p) => [p.slug, p]));
  const constituencies = new Map(registry.constituencies.map((c) => [c.slug, c]));
  const bySurname = new Map<string, string[]>();

  for (const phrase of NON_PERSON_NAMES) insert(names, phrase, (p) => (p.nonPerson = true));
  for (const c of registry.constituencies) {
    for (const form of [c.name, ...c.aliases])
      insert(names, form, (p) => (p.constituency = c.slug));
  }
  const careers = new Map(registry.people.map((p) => [p.slug, careerOf(p)]));
  const seatHolders = new Map<string, SeatHolder[]>();
  const nameForms: [string, NameEntry][] = [];
  for (const person of registry.people) {
    addPerson(person, names, roles, bySurname, nameForms);
    for (const seat of person.seats ?? []) {
      const list = seatHolders.get(seat.constituency) ?? [];
      list.push({ person: person.slug, seat });
      seatHolders.set(seat.constituency, list);
    }
  }
  // Derived forms after the exact ones, so a person's own exact form is never doubled.
  for (const [form, entry] of nameForms) addName(names, form, entry);

  return {
    registry,
    people,
    constituencies,
    bySurname,
    careers,
    seatHolders,
    scan: (text: string) => scanParagraph(names, roles, text),
  };
}

function addName(root: TrieNode, phrase: string, entry: NameEntry): void {
  insert(root, phrase, (p) => {
    p.names ??= [];
    if (!p.names.some((e) => e.person === entry.person)) p.names.push(entry);
  });
}

/** Inserts one person's names, surnames, first names and role phrases. */
function addPerson(
  person: Person,
  names: TrieNode,
  roles: TrieNode,
  bySurname: Map<string, string[]>,
  derived: [string, NameEntry][],
): void {
  const first = firstNameOf(person);
  const surnames = new Set([surnameOf(person)]);
  const firsts = new Set([first]);
  const slug = person.slug;
  addName(names, person.name, { form: 'full-name', person: slug });
  for (const alias of person.aliases) {
    addName(names, alias, { form: 'alias', person: slug });
    firsts.add(alias.split(/\s+/)[0]!);
  }
  for (const { text } of person.misspellings) {
    addName(names, text, { form: 'misspelling', person: slug });
    const words = text.split(/\s+/);
    if (words.length > 1 && words[0] === first) surnames.add(words.at(-1)!);
  }
  for (const form of [person.name, ...person.aliases].flatMap(derivedNameForms))
    derived.push([form, { form: 'derived', person: slug }]);
  for (const s of surnames) {
    insert(names, s, (p) => (p.surnameOf = addTo(p.surnameOf, slug)));
    bySurname.set(s, addTo(bySurname.get(s), slug));
  }
  for (const f of firsts) insert(names, f, (p) => (p.firstNameOf = addTo(p.firstNameOf, slug)));
  for (const role of person.roles) {
    for (const ref of role.refs ?? []) {
      insert(roles, ref, (p) => {
        p.role ??= { ref, holders: [] };
        p.role.holders.push({ person: slug, role });
      });
    }
  }
}

/** The longest phrase of the trie starting at token i, with where it ends. */
function longest(root: TrieNode, tokens: Token[], text: string, i: number, lower: boolean) {
  let node: TrieNode | undefined = root;
  let best: { end: number; payload: Payload } | undefined;
  for (let j = i; j < tokens.length && node; j++) {
    const token = lower ? tokens[j]!.text.toLowerCase() : tokens[j]!.text;
    const key =
      j === i
        ? token
        : `${normalizeGap(text.slice(tokens[j - 1]!.end, tokens[j]!.start))}\u0000${token}`;
    node = node.next.get(key);
    if (node?.payload) best = { end: j + 1, payload: node.payload };
  }
  return best;
}

/** One pass over a paragraph's tokens: at each, the longest name or role phrase. */
function scanParagraph(names: TrieNode, roles: TrieNode, text: string): ScannedParagraph {
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length;) {
    const byName = longest(names, tokens, text, i, false);
    const byRole = longest(roles, tokens, text, i, true);
    const best = byRole && (!byName || byRole.end > byName.end) ? byRole : byName;
    if (!best) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[best.end - 1]!.end;
    hits.push({
      start,
      end,
      tokenStart: i,
      tokenEnd: best.end,
      text: text.slice(start, end),
      payload: best.payload,
    });
    i = best.end;
  }
  return { text, tokens, hits };
}
