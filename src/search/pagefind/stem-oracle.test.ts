import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../bench/generate.ts';
import { stemEnglish } from './stem.ts';
import { bundleWords } from './bundle.ts';

/**
 * The oracle for src/search/pagefind/stem.ts: Pagefind itself. Every word of a vocabulary is
 * indexed by Pagefind's Node API as English, and the stems it writes must be exactly the
 * stemEnglish() of the same words; otherwise a query word in the browser could reach a stem
 * Pagefind never indexed, and the search would silently miss pages. (This is how Pagefind 1.6.0
 * was found to run Snowball 3.0's English rather than the older Porter2: see stem.ts.)
 */

const ROOT = join(import.meta.dirname, '../../..');

/** Plain lower-case words: split on anything but a letter, and only a–z kept ("café" is not one). */
function plainWords(text: string): string[] {
  return text
    .split(/\P{L}+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => /^[a-z]+$/.test(w));
}

/** The text of every string literal in a TypeScript file: the word lists a generator draws on. */
function stringLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node)
    )
      texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

// The real words for each rule of the algorithm, so a failure names something an editor knows.
const EDGE_CASES = `
  skis skies dying lying tying idly gently ugly early only singly sky news howe atlas cosmos bias andes
  inning innings outing outings canning herring herrings earring earrings proceed proceeds exceed exceeds succeed succeeds
  proceeded exceedingly succeeding proceedings
  youth yelling young yearly yield yields yes yacht yoyo yyes boy boys boyish employ employed employer enjoying
  player playing saying sayyid payable toy toys buyer flying crying cry cries cried dryly shyly spying obey obeying
  ayes eye eyes buoyancy joyful crayon layer payee keyboard beyond kayak royalty loyalty
  generate generated general generality generous generously generosity generation communism communist community
  communal communication communicate arsenal arsenic arsenals
  caresses ponies ties cries dies lies pies cats gas this gaps kiwis us bus abyss across bonus consensus focus caress
  agreed feed bleed freed needed speeding breed greed guaranteed refereed decreed indeed
  luxuriated hopped hoped hoping hopping conflated troubled sized fizzed tanned fanned filing filling failing milling
  controlled rolled planned sitting putting bled sing ring thing king bring spring sings red shed bed wed
  amazingly surprisingly exceedingly willingly lovingly reportedly supposedly markedly allegedly deservedly
  rationalized fitted begged stabbed dripping grabbed falling hissing buzzing dated faded voted cured caned
  happy enjoy fly flies apply applied dry deny denying by say
  relational conditional rational national emotional sensational operational fluency urgency efficiency consistency
  hesitancy vacancy relevancy agency tendency organizer digitizer organization civilization predication information
  creation operator indicator feudalism nationalism liberalism formality reality legality radically hopefulness
  analogously famously callousness consciousness decisiveness sensitivity activity sensibility ability possibility
  probably possibly terribly analogy apology geology pedagogy strategy hopefully carelessly firmly deftly badly oddly
  wholly quickly warmly slowly nicely roughly fairly sadly happily differently recently reasonably comfortably
  conditionally normalize formalize authenticate duplicate electricity electrical political magical hopeful careful
  goodness kindness creative demonstrative talkative authoritative relative native negative alternative
  conservative representative allowance inference airliner gyroscopic adjustable defensible irritant replacement
  adjustment dependent socialism activate angularity homologous effective bowdlerize adoption decision confusion
  union onion opinion champion probate rate cease hope sale debate create decide abide enrage controll roll fall
  enroll install consign consigned consigning consignment knightly knight
  evening evenings vying hying eying added ebbed egged erred odder inned adding ebbing
  biologist geologist ecologist paste pastes pasted pasting past pasta pastime university universal universe
  later lateral laterally interest internal international intern emergency emerging organization organism organic
  succeeding proceeding exceeding succeedly proceedly
`;

// Every suffix the algorithm knows, after stems of each shape around R1 and R2 (no vowel, one
// syllable, two, three; a y after a vowel or first; the prefixes R1 starts after; "past"; w and
// x), and with -s, -ed or -ing after them, so the region boundaries and the short-syllable tests
// are met on both sides of each suffix. Most of these are not English; Pagefind stems them anyway.
const SUFFIXES = `
  s es ss us sses ies ied eed eedly ed edly ing ingly at bl iz bb dd ff gg mm nn pp rr tt ll zz y e l
  ational tional enci anci abli entli izer ization ation ator alism aliti alli fulness ousli ousness iveness iviti
  biliti bli ogi logi ogist fulli lessli li cli dli eli gli hli kli mli nli rli tli wli
  alize icate iciti ical ful ness ative
  ement ment ence ance able ible ant ent ism ate iti ous ive ize ion sion tion nion al er ic
`;
const STEMS = `
  b a ab ba bab aba abab baba babab bababab y ay ya yay bay by boy eye l al bal babal
  arsen commun emerg gener inter later organ past univers bpast w x aw bax baw bex e ee ie
`;
const GRID = STEMS.split(/\s+/).flatMap((stem) =>
  SUFFIXES.split(/\s+/).flatMap((suffix) => [
    stem + suffix,
    `${stem}${suffix}s`,
    `${stem}${suffix}ed`,
    `${stem}${suffix}ing`,
  ]),
);

function vocabulary(): string[] {
  const words = new Set<string>();
  const add = (text: string) => plainWords(text).forEach((w) => words.add(w));
  const seeds = join(ROOT, 'seeds');
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt')))
    add(readFileSync(join(seeds, name), 'utf8'));
  // Its word lists, and a small corpus for the names it composes from syllables and registries.
  for (const text of stringLiterals(join(ROOT, 'bench/generate.ts'))) add(text);
  const corpus = mkdtempSync(join(tmpdir(), 'stem-corpus-'));
  try {
    generateCorpus({ n: 100, out: corpus, root: ROOT });
    const dir = join(corpus, 'seeds');
    for (const name of readdirSync(dir)) add(readFileSync(join(dir, name), 'utf8'));
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
  add(EDGE_CASES);
  add(GRID.join(' '));
  return [...words].sort();
}

/** Splits words into groups in which no two words share a stem of ours. */
function groupsWithDistinctStems(words: string[]): string[][] {
  const groups: string[][] = [];
  const seen = new Map<string, number>();
  for (const word of words) {
    const stem = stemEnglish(word);
    const k = seen.get(stem) ?? 0;
    seen.set(stem, k + 1);
    (groups[k] ??= []).push(word);
  }
  return groups;
}

/** The words Pagefind indexes for `words` as `language` (its stems), read back from its own files. */
async function pagefindStems(words: string[], language: string): Promise<Set<string>> {
  const out = mkdtempSync(join(tmpdir(), 'stem-oracle-'));
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind createIndex: ${errors.join('; ')}`);
    const added = await index.addCustomRecord({
      url: '/vocabulary/',
      content: words.join(' '),
      language,
    });
    if (added.errors.length > 0)
      throw new Error(`Pagefind addCustomRecord: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0)
      throw new Error(`Pagefind writeFiles: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    return bundleWords(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('stemEnglish against Pagefind', () => {
  const words = vocabulary();

  test('the vocabulary is large enough to mean something', () => {
    expect(words.length).toBeGreaterThan(10_000);
  });

  // The site's pages are lang="en-GB" (Pagefind writes wasm.en-gb.pagefind); "en" is what a
  // custom record would normally say. Both must reach the same English stemmer.
  test('Pagefind stems the whole vocabulary as we do, for "en-gb" and for "en"', async () => {
    try {
      const ours = [...new Set(words.map(stemEnglish))].sort();
      expect([...(await pagefindStems(words, 'en-gb'))].sort()).toEqual(ours);
      expect([...(await pagefindStems(words, 'en'))].sort()).toEqual(ours);
    } finally {
      await pagefind.close();
    }
  }, 120_000);

  // Pagefind keeps every word of a record (one letter or many; none of these are numbers or
  // split), so each index must hold exactly our stems. One index for the whole vocabulary could
  // hide a word stemmed differently behind other words that reach both stems (as "abbed" hid
  // behind "ab" and "abbs"), so the words go in groups where each of our stems comes from one
  // word: a stem of ours Pagefind lacks then names the one word it stems differently, and only
  // mis-stemmed words swapping stems among themselves could escape.
  test('gives exactly the stem Pagefind indexes for every word ("en-gb")', async () => {
    const differences: { notIndexed: Record<string, string>; notReached: string[] }[] = [];
    try {
      for (const group of groupsWithDistinctStems(words)) {
        const indexed = await pagefindStems(group, 'en-gb');
        const ours = new Map(group.map((word) => [stemEnglish(word), word]));
        // word -> our stem, for each of our stems Pagefind never wrote.
        const notIndexed = Object.fromEntries(
          [...ours].filter(([stem]) => !indexed.has(stem)).map(([stem, word]) => [word, stem]),
        );
        const notReached = [...indexed].filter((stem) => !ours.has(stem)).sort();
        if (Object.keys(notIndexed).length > 0 || notReached.length > 0)
          differences.push({ notIndexed, notReached });
      }
    } finally {
      await pagefind.close();
    }
    expect(differences).toEqual([]);
  }, 300_000);
});
