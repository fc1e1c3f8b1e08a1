import { describe, expect, test } from 'vitest';
import { one, readingOf } from '../fixtures/quote-articles.ts';
import { resolvePhrase, subjectEnd, walkBack, wordCount } from './noun-phrase.ts';

describe('wordCount', () => {
  test('apostrophes do not split words', () => {
    expect(wordCount("I'm sorry, that’s not so")).toBe(5);
  });
});

describe('subjectEnd', () => {
  test('strips trailing adverbs before the verb', () => {
    expect(subjectEnd('Mr Corbyn instead urged', 0, 18)).toBe(9);
    expect(subjectEnd('A Labour MP has accused', 0, 16)).toBe(11);
  });

  test('strips a dash aside and a comma appositive', () => {
    const dash = 'Aaron Bastani – who founded Novara Media – posted';
    expect(subjectEnd(dash, 0, dash.indexOf('posted'))).toBe('Aaron Bastani'.length);
    const comma = 'Mr Leslie, the MP for Nottingham East, said';
    expect(subjectEnd(comma, 0, comma.indexOf('said'))).toBe('Mr Leslie'.length);
  });
});

describe('resolvePhrase', () => {
  const reading = readingOf(one('Chris Leslie said one Labour MP agreed and the motions said so.'));
  const phrase = (text: string) => {
    const start = reading.paragraphs[0]!.indexOf(text);
    return resolvePhrase(reading, 0, start, start + text.length, { p: 0, at: start });
  };

  test('a registry mention ending the phrase names the person', () => {
    expect(phrase('Chris Leslie')).toEqual({
      subject: { person: 'chris-leslie', text: 'Chris Leslie' },
      via: 'explicit',
    });
  });

  test('a short noun phrase is an anonymous speaker; lowercase words are not', () => {
    expect(phrase('one Labour MP')).toEqual({
      subject: { person: null, text: 'one Labour MP' },
      via: 'explicit',
    });
    expect(phrase('agreed')).toBeNull();
  });

  test('only space is "empty"', () => {
    expect(resolvePhrase(reading, 0, 12, 13, { p: 0, at: 12 })).toBe('empty');
  });
});

describe('walkBack', () => {
  test('the noun phrase just before a finite verb, past an appositive', () => {
    const text = 'Aaron Bastani, who founded Novara Media, posted the pictures.';
    const reading = readingOf(one(text));
    expect(walkBack(reading, 0, 0, text.indexOf('posted'))).toEqual({
      subject: { person: 'aaron-bastani', text: 'Aaron Bastani' },
      via: 'explicit',
    });
  });

  test('starts after a clause boundary such as "that"', () => {
    const text = 'Reports suggest that a spokesman said so.';
    const reading = readingOf(one(text));
    expect(walkBack(reading, 0, 0, text.indexOf('said'))).toEqual({
      subject: { person: null, text: 'a spokesman' },
      via: 'explicit',
    });
  });
});
