import { firstNameOf, surnameOf, type Constituency, type Person, type Registry, type Role } from './schema.ts';
import { NON_PERSON_NAMES } from './stop-list.ts';
import { normalizeGap, tokenize, type Token } from './tokens.ts';

/** A person who holds (at some date) a role the press can name them by. */
export interface RoleHolder {
  person: string;
  role: Role;
}

interface Payload {
  /** Full names, aliases and misspellings ending here. */
  name?: { form: 'full-name' | 'alias' | 'misspelling'; person: string };
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
 * name, alias, misspelling, surname, first name, constituency and non-person proper
 * noun (case-sensitive), and one over every role phrase (lowercased). Scanning a
 * paragraph is one pass over its tokens, each trying at most the longest phrase's
 * length: linear in the text, whatever the registry's size.
 */
export interface Matcher {
  readonly registry: Registry;
  readonly people: ReadonlyMap<string, Person>;
  readonly constituencies: ReadonlyMap<string, Constituency>;
  /** Registry people by surname (including misspelt surnames). */
  readonly bySurname: ReadonlyMap<string, readonly string[]>;
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
    for (const form of [c.name, ...c.aliases]) insert(names, form, (p) => (p.constituency = c.slug));
  }
  for (const person of registry.people) {
    const first = firstNameOf(person);
    const surname = surnameOf(person);
    const surnames = new Set([surname]);
    const firsts = new Set([first]);
    insert(names, person.name, (p) => (p.name = { form: 'full-name', person: person.slug }));
    for (const alias of person.aliases) {
      insert(names, alias, (p) => (p.name = { form: 'alias', person: person.slug }));
      firsts.add(alias.split(/\s+/)[0]!);
    }
    for (const { text } of person.misspellings) {
      insert(names, text, (p) => (p.name = { form: 'misspelling', person: person.slug }));
      const words = text.split(/\s+/);
      if (words.length > 1 && words[0] === first) surnames.add(words.at(-1)!);
    }
    for (const s of surnames) {
      insert(names, s, (p) => (p.surnameOf = addTo(p.surnameOf, person.slug)));
      bySurname.set(s, addTo(bySurname.get(s), person.slug));
    }
    for (const f of firsts) insert(names, f, (p) => (p.firstNameOf = addTo(p.firstNameOf, person.slug)));
    for (const role of person.roles) {
      for (const ref of role.refs ?? []) {
        insert(roles, ref, (p) => {
          p.role ??= { ref, holders: [] };
          p.role.holders.push({ person: person.slug, role });
        });
      }
    }
  }

  const longest = (root: TrieNode, tokens: Token[], text: string, i: number, lower: boolean) => {
    let node: TrieNode | undefined = root;
    let best: { end: number; payload: Payload } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      const token = lower ? tokens[j]!.text.toLowerCase() : tokens[j]!.text;
      const key = j === i ? token : `${normalizeGap(text.slice(tokens[j - 1]!.end, tokens[j]!.start))}\u0000${token}`;
      node = node.next.get(key);
      if (node?.payload) best = { end: j + 1, payload: node.payload };
    }
    return best;
  };

  return {
    registry,
    people,
    constituencies,
    bySurname,
    scan(text: string): ScannedParagraph {
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
    },
  };
}
