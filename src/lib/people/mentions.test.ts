import { describe, expect, test } from 'vitest';
import { seed000, seed001, seed002, seed003, seed004, type SeedArticle } from './fixtures/seed-articles.ts';
import { compileMatcher } from './matcher.ts';
import { findMentions, type Article } from './mentions.ts';
import { loadRegistry } from './registry.ts';

const matcher = compileMatcher(loadRegistry());
/** [text, person, kind] for every mention, optionally only in one paragraph. */
const found = (article: Article, paragraph?: number) =>
  findMentions(matcher, article)
    .filter((m) => paragraph === undefined || m.paragraph === paragraph)
    .map((m) => [m.text, m.person, m.kind]);
const one = (date: string, ...paragraphs: string[]): Article => ({ date, paragraphs });
const only = (seed: SeedArticle, paragraph: number): Article => ({
  date: seed.date,
  paragraphs: seed.paragraphs.slice(0, paragraph),
});

describe('findMentions: names', () => {
  test('full names, honorific + surname and possessives, with offsets into the paragraph', () => {
    const [corbyn, mcdonnell] = findMentions(matcher, seed000);
    expect(corbyn).toEqual({
      person: 'jeremy-corbyn',
      paragraph: 1,
      start: 79,
      end: 94,
      text: "Jeremy Corbyn's",
      kind: 'full-name',
      possessive: true,
      inQuote: false,
    });
    expect(seed000.paragraphs[0]!.slice(mcdonnell!.start, mcdonnell!.end)).toBe('John McDonnell');
    expect(found(seed000, 4)).toEqual([
      ['Mr McDonnell’s', 'john-mcdonnell', 'honorific-surname'],
      ['Joan Ryan', 'joan-ryan', 'full-name'],
      ['Gavin Shuker', 'gavin-shuker', 'full-name'],
    ]);
  });

  test('misspelt names count for the right person: "Iain McNico" (seed 002), "Iain McNichol" (seed 004)', () => {
    expect(found(seed002, 1)).toContainEqual(['Iain McNico', 'iain-mcnicol', 'misspelling']);
    expect(found(seed004, 12)).toEqual([
      ["Mr Burnham's", 'andy-burnham', 'honorific-surname'],
      ['Michael Dugher', 'michael-dugher', 'full-name'],
      ['Iain McNichol', 'iain-mcnicol', 'misspelling'],
    ]);
  });

  test('names inside quotations count, and say so', () => {
    const quoted = findMentions(matcher, seed001)
      .filter((m) => m.inQuote)
      .map((m) => [m.paragraph, m.text, m.person, m.kind]);
    expect(quoted).toEqual([
      [15, 'Jeremy Corbyn', 'jeremy-corbyn', 'full-name'],
      [18, 'Luciana', 'luciana-berger', 'first-name'],
      [20, 'Jeremy Corbyn', 'jeremy-corbyn', 'full-name'],
      [25, 'Luciana', 'luciana-berger', 'first-name'],
      [26, 'Luciana', 'luciana-berger', 'first-name'],
      [28, 'Luciana', 'luciana-berger', 'first-name'],
    ]);
    // "Jeremy is vulnerable …, because Rosie is not a factionalist" (seed 003).
    expect(found(seed003, 14)).toEqual([
      ['Jeremy', 'jeremy-corbyn', 'first-name'],
      ['Rosie', 'rosie-duffield', 'first-name'],
    ]);
  });
});

describe('findMentions: two Watsons are never confused (seed 001)', () => {
  test("Labour's deputy leader Tom Watson is Tom; Gordon Watson, the Labour deputy leader of Rotherham Council, is Gordon, and not a role reference to Tom", () => {
    expect(found(seed001, 5)).toEqual([
      ['Tom Watson', 'tom-watson', 'full-name'],
      ['Ms Berger', 'luciana-berger', 'honorific-surname'],
    ]);
    expect(found(seed001, 37)).toEqual([['Gordon Watson', 'gordon-watson', 'full-name']]);
  });

  test('a bare "Watson" or "Mr Watson" names the one Watson named in full before it, and no one once both are', () => {
    expect(found(one('2019-02', 'Watson spoke first.', 'Tom Watson said so.', 'Mr Watson left.'))).toEqual([
      ['Tom Watson', 'tom-watson', 'full-name'],
      ['Mr Watson', 'tom-watson', 'honorific-surname'],
    ]);
    expect(
      found(one('2019-02', 'Tom Watson said so.', 'Gordon Watson disagreed.', 'Mr Watson left. Watson returned.')),
    ).toEqual([
      ['Tom Watson', 'tom-watson', 'full-name'],
      ['Gordon Watson', 'gordon-watson', 'full-name'],
    ]);
  });

  test('a stranger with the same surname makes the bare surname ambiguous', () => {
    expect(found(one('2019-02', 'Tom Watson said so.', 'Fred Watson disagreed, and Watson left.'))).toEqual([
      ['Tom Watson', 'tom-watson', 'full-name'],
    ]);
  });
});

describe('findMentions: surnames and first names in context', () => {
  test('Team Burnham, the Burnham camp, the Cooper camp and bare surnames (seed 002, August 2015)', () => {
    expect(found(seed002)).toEqual([
      ['Corbyn', 'jeremy-corbyn', 'surname'],
      ['Andy Burnham', 'andy-burnham', 'full-name'],
      ['Yvette Cooper', 'yvette-cooper', 'full-name'],
      ['Team Burnham', 'andy-burnham', 'camp'],
      ['Michael Dugher', 'michael-dugher', 'full-name'],
      ['Burnham’s', 'andy-burnham', 'surname'],
      ['Iain McNico', 'iain-mcnicol', 'misspelling'],
      ['Dugher', 'michael-dugher', 'surname'],
      ['Burnham camp', 'andy-burnham', 'camp'],
      ['Team Burnham', 'andy-burnham', 'camp'],
      ['Burnham camp', 'andy-burnham', 'camp'],
      ['Cooper camp', 'yvette-cooper', 'camp'],
      ['Burnham camp', 'andy-burnham', 'camp'],
      ['Cooper', 'yvette-cooper', 'surname'],
    ]);
  });

  test('a distinctive surname (surnameAlone: always) counts before the full name: "If Corbyn loses" opens seed 002', () => {
    expect(found(one('2015-08', 'If Corbyn loses, Burnham wins.'))).toEqual([
      ['Corbyn', 'jeremy-corbyn', 'surname'],
      ['Burnham', 'andy-burnham', 'surname'],
    ]);
    // Not so for an ordinary one: "Cooper" alone before "Yvette Cooper" is no one.
    expect(found(one('2015-08', 'Cooper said no.', 'Yvette Cooper said yes.'))).toEqual([
      ['Yvette Cooper', 'yvette-cooper', 'full-name'],
    ]);
  });

  test('"May" alone is never Theresa May; "Mrs May" is, once she is named in full', () => {
    expect(found(one('2019-02', 'Mrs May spoke in May.'))).toEqual([]);
    expect(found(one('2019-02', "Theresa May's deal.", 'Mrs May spoke in May.'))).toEqual([
      ["Theresa May's", 'theresa-may', 'full-name'],
      ['Mrs May', 'theresa-may', 'honorific-surname'],
    ]);
  });

  test('an honorific must fit: "Mr Berger" is not Luciana Berger', () => {
    expect(found(one('2019-02', 'Luciana Berger spoke.', 'Mr Berger replied.'))).toEqual([
      ['Luciana Berger', 'luciana-berger', 'full-name'],
    ]);
  });

  test('a registry first name inside a stranger’s name is not a mention', () => {
    expect(found(one('2019-02', 'John McDonnell spoke.', 'John Bercow ruled. John agreed.'))).toEqual([
      ['John McDonnell', 'john-mcdonnell', 'full-name'],
    ]);
  });
});

describe('findMentions: role phrases name the holder on the article’s date', () => {
  test('"The Shadow Chancellor’s rejection" and "the Labour leader" in seed 000 (11 September 2018)', () => {
    expect(found(seed000, 2)).toEqual([
      ['Shadow Chancellor’s', 'john-mcdonnell', 'role'],
      ['Labour leader', 'jeremy-corbyn', 'role'],
    ]);
    expect(found(seed000, 8)).toEqual([
      ['Corbyn', 'jeremy-corbyn', 'surname'],
      ['Shadow Chancellor', 'john-mcdonnell', 'role'],
    ]);
  });

  test('"Mr Leslie - a former shadow chancellor himself" is Leslie and McDonnell by name, not a role reference', () => {
    expect(found(seed001, 17)).toEqual([
      ['Mr Leslie', 'chris-leslie', 'honorific-surname'],
      ['Mr McDonnell', 'john-mcdonnell', 'honorific-surname'],
    ]);
    expect(found(seed001, 28)).toEqual([
      ['shadow chancellor', 'john-mcdonnell', 'role'],
      ['Luciana', 'luciana-berger', 'first-name'],
    ]);
  });

  test('a title before a name is not a second mention: "Shadow chancellor Mr McDonnell", "acting leader Harriet Harman"', () => {
    expect(found(only(seed001, 3), 3)).toEqual([['Mr McDonnell', 'john-mcdonnell', 'honorific-surname']]);
    expect(found(seed004, 3)).toEqual([['Harriet Harman', 'harriet-harman', 'full-name']]);
  });

  test('the same phrase names whoever held the role then, and no one in the month it changed hands', () => {
    const article = (date: string) => one(date, 'The shadow chancellor spoke.');
    expect(found(article('2015-07'))).toEqual([['shadow chancellor', 'chris-leslie', 'role']]);
    expect(found(article('2018-09-11'))).toEqual([['shadow chancellor', 'john-mcdonnell', 'role']]);
    expect(found(article('2015-09'))).toEqual([]);
  });

  test('"the shadow home secretary" in August 2015 is Yvette Cooper (seed 004)', () => {
    expect(found(seed004, 18)).toEqual([['shadow home secretary', 'yvette-cooper', 'role']]);
  });

  test('a role phrase with no registry holder on the date names no one: "the Prime Minister" in 2015', () => {
    expect(found(one('2015-08', 'The Prime Minister spoke.'))).toEqual([]);
    expect(found(one('2018-09', 'The Prime Minister spoke.'))).toEqual([['Prime Minister', 'theresa-may', 'role']]);
  });
});
