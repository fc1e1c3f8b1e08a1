import { describe, expect, test } from 'vitest';
import { stemEnglish } from './stem.ts';

/** Stems every word of `table` and compares the lot, so a failure lists each pair that differs. */
function expectStems(table: Record<string, string>): void {
  expect(Object.fromEntries(Object.keys(table).map((word) => [word, stemEnglish(word)]))).toEqual(
    table,
  );
}

// Every pair below (but the apostrophes) is also in src/search/pagefind/stem-oracle.test.ts's
// vocabulary, where Pagefind's own stemmer confirms it.

describe('stemEnglish', () => {
  test('returns words of two letters or fewer unchanged', () => {
    expectStems({ a: 'a', an: 'an', at: 'at', by: 'by', be: 'be', ab: 'ab' });
  });

  test('stems the examples a reader would try', () => {
    expectStems({
      consign: 'consign',
      consigned: 'consign',
      consigning: 'consign',
      consignment: 'consign',
      generously: 'generous',
      knightly: 'knight',
      happy: 'happi',
      skies: 'sky',
      dying: 'die',
      news: 'news',
    });
  });

  describe('exceptions', () => {
    test('maps the exceptional forms to fixed stems', () => {
      expectStems({
        skis: 'ski',
        skies: 'sky',
        idly: 'idl',
        gently: 'gentl',
        ugly: 'ugli',
        early: 'earli',
        only: 'onli',
        singly: 'singl',
      });
    });
    test('leaves the invariant words alone', () => {
      expectStems({
        sky: 'sky',
        news: 'news',
        howe: 'howe',
        atlas: 'atlas',
        cosmos: 'cosmos',
        bias: 'bias',
        andes: 'andes',
      });
    });
    test('turns a consonant plus "ying" into "-ie"', () => {
      expectStems({ dying: 'die', lying: 'lie', tying: 'tie', vying: 'vie' });
    });
    test('keeps "-ing" on the nouns inning, outing, canning, herring, earring and evening', () => {
      expectStems({
        innings: 'inning',
        outings: 'outing',
        canning: 'canning',
        herring: 'herring',
        earring: 'earring',
        evening: 'evening',
        evenings: 'evening',
      });
    });
    test('keeps "-eed" on proceed, exceed and succeed, and stems their other forms', () => {
      expectStems({
        proceed: 'proceed',
        exceed: 'exceed',
        succeed: 'succeed',
        proceeded: 'proceed',
        exceeding: 'exceed',
        succeeding: 'succeed',
        exceedingly: 'exceed',
      });
    });
  });

  describe('apostrophes and y', () => {
    test("drops a leading apostrophe and a possessive 's, s' or '", () => {
      expectStems({ "'tis": 'tis', "cat's": 'cat', "cats'": 'cat' });
    });
    test('treats a first y, or a y after a vowel, as a consonant', () => {
      expectStems({
        youth: 'youth',
        yelling: 'yell',
        yes: 'yes',
        boys: 'boy',
        enjoying: 'enjoy',
        saying: 'say',
        player: 'player',
        obeying: 'obey',
        sayyid: 'sayyid',
      });
    });
    test('treats any other y as a vowel', () => {
      expectStems({ crying: 'cri', cries: 'cri', buoyancy: 'buoyanc' });
    });
  });

  describe('regions', () => {
    test('starts R1 after gener-, commun- and arsen-, so their words keep apart', () => {
      expectStems({
        generous: 'generous',
        general: 'general',
        generality: 'general',
        generation: 'generat',
        communism: 'communism',
        community: 'communiti',
        communication: 'communic',
        arsenal: 'arsenal',
      });
    });
    test('starts R1 after emerg-, inter-, later-, organ-, past- and univers- (Snowball 3, as Pagefind)', () => {
      expectStems({
        emergency: 'emergenc',
        internal: 'internal',
        international: 'internat',
        lateral: 'lateral',
        organization: 'organiz',
        organism: 'organism',
        university: 'universiti',
        universal: 'universal',
      });
    });
    test('counts "past" as a short syllable', () => {
      expectStems({ past: 'past', paste: 'paste', pasted: 'paste', pasting: 'paste' });
    });
  });

  describe('Step 1a: plurals', () => {
    test('turns -sses into -ss and -ies or -ied into -i, or -ie after one letter', () => {
      expectStems({ caresses: 'caress', ponies: 'poni', cries: 'cri', ties: 'tie', dies: 'die' });
    });
    test('drops -s only after a vowel earlier than the letter before it', () => {
      expectStems({ cats: 'cat', gaps: 'gap', kiwis: 'kiwi', gas: 'gas', this: 'this' });
    });
    test('keeps -ss and -us', () => {
      expectStems({
        caress: 'caress',
        abyss: 'abyss',
        bus: 'bus',
        bonus: 'bonus',
        consensus: 'consensus',
        focus: 'focus',
      });
    });
  });

  describe('Step 1b: -eed, -ed and -ing', () => {
    test('turns -eed or -eedly into -ee only in R1', () => {
      expectStems({ agreed: 'agre', feed: 'feed' });
    });
    test('drops -ed, -edly, -ing and -ingly only after a vowel', () => {
      expectStems({
        reportedly: 'report',
        amazingly: 'amaz',
        failing: 'fail',
        bled: 'bled',
        sing: 'sing',
        bed: 'bed',
      });
    });
    test('adds e after at, bl and iz', () => {
      expectStems({
        conflated: 'conflat',
        troubled: 'troubl',
        sized: 'size',
        luxuriated: 'luxuri',
      });
    });
    test('undoubles bb, dd, ff, gg, mm, nn, pp, rr and tt, but not ll, ss or zz', () => {
      expectStems({
        hopped: 'hop',
        hopping: 'hop',
        tanned: 'tan',
        controlled: 'control',
        filling: 'fill',
        fizzed: 'fizz',
      });
    });
    test('keeps the double when only a, e or o precedes it (Snowball 3, as Pagefind)', () => {
      expectStems({ added: 'add', adding: 'add', ebbed: 'ebb', egged: 'egg', erred: 'err' });
    });
    test('adds e to a short word', () => {
      expectStems({ hoped: 'hope', hoping: 'hope', filing: 'file' });
    });
  });

  describe('Step 1c: y', () => {
    test('turns a final y into i after a non-vowel that is not the first letter', () => {
      expectStems({
        happy: 'happi',
        cry: 'cri',
        deny: 'deni',
        dry: 'dri',
        by: 'by',
        say: 'say',
        enjoy: 'enjoy',
      });
    });
  });

  describe('Step 2', () => {
    test('replaces its suffixes in R1', () => {
      expectStems({
        relational: 'relat',
        conditional: 'condit',
        hesitancy: 'hesit',
        digitizer: 'digit',
        predication: 'predic',
        operator: 'oper',
        feudalism: 'feudal',
        formality: 'formal',
        radically: 'radic',
        hopefulness: 'hope',
        analogously: 'analog',
        callousness: 'callous',
        decisiveness: 'decis',
        sensitivity: 'sensit',
        sensibility: 'sensibl',
        probably: 'probabl',
        hopefully: 'hope',
        carelessly: 'careless',
        differently: 'differ',
        comfortably: 'comfort',
      });
    });
    test('leaves a suffix that starts before R1', () => {
      expectStems({ rational: 'ration', fluency: 'fluenci' });
    });
    test('turns -logi into -log and -ogist into -og', () => {
      expectStems({
        analogy: 'analog',
        apology: 'apolog',
        geology: 'geolog',
        pedagogy: 'pedagogi',
        biologist: 'biolog',
      });
    });
    test('drops -li only after c, d, e, g, h, k, m, n, r or t', () => {
      expectStems({
        firmly: 'firm',
        nicely: 'nice',
        fairly: 'fair',
        wholly: 'wholli',
        slowly: 'slowli',
      });
    });
  });

  describe('Step 3', () => {
    test('replaces its suffixes in R1, and drops -ative only in R2', () => {
      expectStems({
        sensational: 'sensat',
        normalize: 'normal',
        authenticate: 'authent',
        electricity: 'electr',
        electrical: 'electr',
        magical: 'magic',
        hopeful: 'hope',
        goodness: 'good',
        demonstrative: 'demonstr',
        talkative: 'talkat',
        creative: 'creativ',
        native: 'nativ',
      });
    });
  });

  describe('Step 4', () => {
    test('drops its suffixes in R2', () => {
      expectStems({
        allowance: 'allow',
        inference: 'infer',
        airliner: 'airlin',
        gyroscopic: 'gyroscop',
        adjustable: 'adjust',
        defensible: 'defens',
        irritant: 'irrit',
        replacement: 'replac',
        adjustment: 'adjust',
        dependent: 'depend',
        socialism: 'social',
        activate: 'activ',
        angularity: 'angular',
        homologous: 'homolog',
        effective: 'effect',
        bowdlerize: 'bowdler',
      });
    });
    test('drops -ion only after s or t', () => {
      expectStems({
        adoption: 'adopt',
        decision: 'decis',
        confusion: 'confus',
        union: 'union',
        opinion: 'opinion',
        champion: 'champion',
      });
    });
  });

  describe('Step 5', () => {
    test('drops a final e in R2, or in R1 unless a short syllable precedes it', () => {
      expectStems({
        probate: 'probat',
        debate: 'debat',
        cease: 'ceas',
        decide: 'decid',
        rate: 'rate',
        hope: 'hope',
      });
    });
    test('drops the second l of a final ll in R2', () => {
      expectStems({ controll: 'control', install: 'instal', roll: 'roll', fall: 'fall' });
    });
  });
});
