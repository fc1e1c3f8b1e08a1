import { describe, expect, test } from 'vitest';
import { queryTerms, queryWords } from './query.ts';
import { stemEnglish } from './stem.ts';

describe('queryWords', () => {
  test('the example: quotes, a hyphen and an apostrophe go, the words are lower-cased', () => {
    expect(queryWords('“Vote of no-confidence”, McDonnell’s')).toEqual([
      'vote',
      'of',
      'noconfidence',
      'mcdonnells',
    ]);
  });

  describe('removes punctuation, joining what it stood between', () => {
    test('hyphens and dashes', () => {
      expect(queryWords('no-confidence')).toEqual(['noconfidence']);
      expect(queryWords('Brexit—again')).toEqual(['brexitagain']);
      expect(queryWords('1997–2010')).toEqual(['19972010']);
      expect(queryWords('Labour – the party')).toEqual(['labour', 'the', 'party']);
    });

    test('brackets of every shape', () => {
      expect(queryWords('(Labour) [sic] {note}')).toEqual(['labour', 'sic', 'note']);
      expect(queryWords('MP(s)')).toEqual(['mps']);
    });

    test('curly, straight and angle quotes', () => {
      expect(queryWords('“Berger” ‘Wavertree’ "Corbyn" \'Cox\' «Davey»')).toEqual([
        'berger',
        'wavertree',
        'corbyn',
        'cox',
        'davey',
      ]);
    });

    test('apostrophes, curly and straight', () => {
      expect(queryWords('McDonnell’s')).toEqual(['mcdonnells']);
      expect(queryWords("don't")).toEqual(['dont']);
      expect(queryWords('O’Brien')).toEqual(['obrien']);
    });

    test('full stops, commas, question and exclamation marks, colons, ellipses', () => {
      expect(queryWords('U.K. e.g. end.')).toEqual(['uk', 'eg', 'end']);
      expect(queryWords('1,000 Corbyn, Jeremy')).toEqual(['1000', 'corbyn', 'jeremy']);
      expect(queryWords('Why? Now! Brexit: deal; done…')).toEqual([
        'why',
        'now',
        'brexit',
        'deal',
        'done',
      ]);
    });

    test('other punctuation: slashes, ampersands, hashes, at signs', () => {
      expect(queryWords('Q&A and/or #GE2019 @bbc')).toEqual(['qa', 'andor', 'ge2019', 'bbc']);
    });
  });

  test('keeps symbols, which are not punctuation, as Pagefind does', () => {
    expect(queryWords('£5bn 2+2')).toEqual(['£5bn', '2+2']);
  });

  test('lower-cases', () => {
    expect(queryWords('BERGER McDonnell WaVeRtReE')).toEqual(['berger', 'mcdonnell', 'wavertree']);
  });

  test('folds diacritics', () => {
    expect(queryWords('Müller')).toEqual(['muller']);
    expect(queryWords('Zoë')).toEqual(['zoe']);
    expect(queryWords('Siân Öpik ÉCOLE')).toEqual(['sian', 'opik', 'ecole']);
  });

  test('folds diacritics written as combining marks', () => {
    expect(queryWords('Zoe\u0308 Mu\u0308ller')).toEqual(['zoe', 'muller']);
  });

  describe('spaces', () => {
    test('splits on spaces, collapsing runs of them', () => {
      expect(queryWords('Luciana   Berger')).toEqual(['luciana', 'berger']);
      expect(queryWords('a b  c   d')).toEqual(['a', 'b', 'c', 'd']);
    });

    test('ignores leading and trailing spaces', () => {
      expect(queryWords('   Berger  ')).toEqual(['berger']);
    });

    test('spaces left either side of removed punctuation make one break', () => {
      expect(queryWords('Berger - Wavertree')).toEqual(['berger', 'wavertree']);
      expect(queryWords('Berger ( ) Wavertree')).toEqual(['berger', 'wavertree']);
    });
  });

  describe('kept characters (those Pagefind was told to index)', () => {
    test('are kept where they would be removed', () => {
      expect(queryWords('C# and F#', ['#'])).toEqual(['c#', 'and', 'f#']);
      expect(queryWords('C# and F#')).toEqual(['c', 'and', 'f']);
      expect(queryWords('no-confidence', ['-'])).toEqual(['no-confidence']);
      expect(queryWords('no-confidence vote.', ['-'])).toEqual(['no-confidence', 'vote']);
    });

    test('"_" is kept when in keep', () => {
      expect(queryWords('snake_case', ['_'])).toEqual(['snake_case']);
    });

    test('"_" is connector punctuation, which Pagefind never removed anyway', () => {
      expect(queryWords('snake_case')).toEqual(['snake_case']);
    });

    test('are kept as they are, not lower-cased', () => {
      expect(queryWords('XY', ['X'])).toEqual(['Xy']);
    });
  });

  describe('no words', () => {
    test('for the empty query', () => {
      expect(queryWords('')).toEqual([]);
    });

    test('for spaces alone', () => {
      expect(queryWords('   ')).toEqual([]);
    });

    test('for punctuation alone', () => {
      expect(queryWords('“—”?!…')).toEqual([]);
      expect(queryWords('- - -')).toEqual([]);
      expect(queryWords('(…)')).toEqual([]);
    });
  });
});

describe('queryTerms', () => {
  test('each word with the stem Pagefind looks up', () => {
    expect(queryTerms('Luciana Berger')).toEqual([
      { word: 'luciana', stem: stemEnglish('luciana') },
      { word: 'berger', stem: stemEnglish('berger') },
    ]);
    expect(queryTerms('Elections')).toEqual([{ word: 'elections', stem: 'elect' }]);
  });

  test('drops a word whose stem repeats an earlier one, keeping the first', () => {
    expect(queryTerms('Elections and the election')).toEqual([
      { word: 'elections', stem: 'elect' },
      { word: 'and', stem: 'and' },
      { word: 'the', stem: 'the' },
    ]);
    expect(queryTerms('Votes vote voting')).toEqual([{ word: 'votes', stem: 'vote' }]);
    expect(queryTerms('the THE The')).toEqual([{ word: 'the', stem: 'the' }]);
  });

  test('keeps a word whose stem only begins with an earlier stem: "elector" stems to itself', () => {
    expect(queryTerms('Elections and the elector')).toEqual([
      { word: 'elections', stem: 'elect' },
      { word: 'and', stem: 'and' },
      { word: 'the', stem: 'the' },
      { word: 'elector', stem: 'elector' },
    ]);
  });

  test('stems the normalised words: punctuation gone, lower case, diacritics folded', () => {
    expect(queryTerms('“Müller’s” NO-CONFIDENCE')).toEqual([
      { word: 'mullers', stem: stemEnglish('mullers') },
      { word: 'noconfidence', stem: stemEnglish('noconfidence') },
    ]);
  });

  test('passes kept characters through', () => {
    expect(queryTerms('C#', ['#'])).toEqual([{ word: 'c#', stem: stemEnglish('c#') }]);
  });

  test('no terms for a query of no words', () => {
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(' “—” ')).toEqual([]);
  });
});
