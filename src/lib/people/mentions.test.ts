import { describe, expect, test } from 'vitest';
import {
  seed000,
  seed001,
  seed002,
  seed003,
  seed004,
  type SeedArticle,
} from './fixtures/seed-articles.ts';
import { compileMatcher } from './matcher.ts';
import { findMentions, type ArticleText } from './mentions.ts';
import { registry as nationalRegister } from './fixtures/national-register.ts';
import { loadEditorialRegistry } from '../../archive/register.ts';

const matcher = compileMatcher(loadEditorialRegistry());
/** [text, person, kind] for every mention, optionally only in one paragraph. */
const found = (article: ArticleText, paragraph?: number) =>
  findMentions(matcher, article)
    .filter((m) => paragraph === undefined || m.paragraph === paragraph)
    .map((m) => [m.text, m.person, m.kind]);
const one = (date: string, ...paragraphs: string[]): ArticleText => ({ date, paragraphs });
const only = (seed: SeedArticle, paragraph: number): ArticleText => ({
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
    expect(
      found(one('2019-02', 'Watson spoke first.', 'Tom Watson said so.', 'Mr Watson left.')),
    ).toEqual([
      ['Tom Watson', 'tom-watson', 'full-name'],
      ['Mr Watson', 'tom-watson', 'honorific-surname'],
    ]);
    expect(
      found(
        one(
          '2019-02',
          'Tom Watson said so.',
          'Gordon Watson disagreed.',
          'Mr Watson left. Watson returned.',
        ),
      ),
    ).toEqual([
      ['Tom Watson', 'tom-watson', 'full-name'],
      ['Gordon Watson', 'gordon-watson', 'full-name'],
    ]);
  });

  test('a stranger with the same surname makes the bare surname ambiguous', () => {
    expect(
      found(one('2019-02', 'Tom Watson said so.', 'Fred Watson disagreed, and Watson left.')),
    ).toEqual([['Tom Watson', 'tom-watson', 'full-name']]);
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
    expect(
      found(one('2019-02', 'John McDonnell spoke.', 'John Bercow ruled. John agreed.')),
    ).toEqual([['John McDonnell', 'john-mcdonnell', 'full-name']]);
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
    expect(found(only(seed001, 3), 3)).toEqual([
      ['Mr McDonnell', 'john-mcdonnell', 'honorific-surname'],
    ]);
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
    expect(found(one('2018-09', 'The Prime Minister spoke.'))).toEqual([
      ['Prime Minister', 'theresa-may', 'role'],
    ]);
  });
});

describe('findMentions at national scale (a register with many shared surnames)', () => {
  const national = compileMatcher(nationalRegister);
  const at = (date: string, ...paragraphs: string[]) =>
    findMentions(national, { date, paragraphs }).map((m) => [m.text, m.person, m.kind]);

  test('a shared surname alone, bare or titled, names no one before a full name', () => {
    expect(at('2016-03-01', 'Smith said no. Mr Smith, Ms Jones and Dr Watson agreed.')).toEqual([]);
  });

  test('after a full name it names that person, and no one once a second person of the name appears', () => {
    expect(at('2016-03-01', 'Mary Smith spoke.', 'Ms Smith and Smith’s allies left.')).toEqual([
      ['Mary Smith', 'mary-smith', 'full-name'],
      ['Ms Smith', 'mary-smith', 'honorific-surname'],
      ['Smith’s', 'mary-smith', 'surname'],
    ]);
    expect(at('2016-03-01', 'Mary Smith spoke.', 'Peter Smith replied.', 'Smith left.')).toEqual([
      ['Mary Smith', 'mary-smith', 'full-name'],
      ['Peter Smith', 'peter-smith', 'full-name'],
    ]);
  });

  test('an honorific must fit a registered honorific; a stranger with the surname blocks it', () => {
    expect(at('2016-03-01', 'Mary Smith and Peter Smith spoke.', 'Mr Smith left.')).toEqual([
      ['Mary Smith', 'mary-smith', 'full-name'],
      ['Peter Smith', 'peter-smith', 'full-name'],
      ['Mr Smith', 'peter-smith', 'honorific-surname'],
    ]);
    expect(at('2016-03-01', 'Mary Smith spoke.', 'Fred Smith replied.', 'Ms Smith left.')).toEqual([
      ['Mary Smith', 'mary-smith', 'full-name'],
    ]);
  });

  test('a seat or post beside a shared surname picks its person, who then counts as named', () => {
    expect(
      at(
        '2017-03-01',
        'Ms Smith, the Westford North MP, spoke.',
        'Peter Smith agreed.',
        'Smith left; Ms Smith stayed.',
      ),
    ).toEqual([
      ['Ms Smith', 'mary-smith', 'honorific-surname'],
      ['Peter Smith', 'peter-smith', 'full-name'],
      ['Ms Smith', 'mary-smith', 'honorific-surname'],
    ]);
    expect(at('2013-03-01', 'Mr Smith, the widgets minister, spoke.')).toEqual([
      ['Mr Smith', 'peter-smith', 'honorific-surname'],
      ['widgets minister', 'peter-smith', 'role'],
    ]);
    expect(at('2013-03-01', 'Mr Smith, the Millbrook MP, spoke.')).toEqual([]);
  });

  test('a name that is also a word is the word at the start of a sentence, the person elsewhere', () => {
    const withHope = compileMatcher({
      ...nationalRegister,
      people: [
        ...nationalRegister.people,
        {
          ...nationalRegister.people.find((p) => p.slug === 'kevan-jones')!,
          slug: 'will-hope',
          name: 'Will Hope',
        },
      ],
    });
    const mentions = findMentions(withHope, {
      date: '2016-03-01',
      paragraphs: [
        'Will Hope spoke. Hope is fading, he said. "Will it pass?" asked Hope; Will agreed.',
      ],
    }).map((m) => m.text);
    expect(mentions).toEqual(['Will Hope', 'Hope', 'Will']);
    const spoke = findMentions(withHope, {
      date: '2016-03-01',
      paragraphs: ['Will Hope spoke. Hope said no. Hope’s allies agreed. Will told them.'],
    }).map((m) => m.text);
    expect(spoke).toEqual(['Will Hope', 'Hope', 'Hope’s', 'Will']);
  });

  test('"surnameAlone: always" counts before the full name only if no one else of that surname sits then', () => {
    const withAlways = compileMatcher({
      ...nationalRegister,
      people: nationalRegister.people.map((p) =>
        p.slug === 'tom-watson' || p.slug === 'keir-starmer'
          ? { ...p, surnameAlone: 'always' as const }
          : p,
      ),
    });
    const atAlways = (date: string, text: string) =>
      findMentions(withAlways, { date, paragraphs: [text] }).map((m) => [m.text, m.person]);
    expect(atAlways('2018-03-01', 'Starmer and Watson spoke.')).toEqual([
      ['Starmer', 'keir-starmer'],
    ]);
    expect(atAlways('2020-03-01', 'Watson spoke.')).toEqual([]); // no Watson sits in 2020
    expect(atAlways('2012-03-01', 'Watson spoke.')).toEqual([]); // Rachel Watson sits too
  });

  test('titles never break a name: Sir, Dame, Dr, Lord, the Rt Hon … MP', () => {
    expect(
      at(
        '2021-03-01',
        'Sir Keir Starmer met Dame Margaret Hodge, Dr Liam Fox and the Rt Hon Sajid Javid MP.',
        'Sir Keir and Dame Margaret spoke; Dr Fox and Mr Javid did not.',
      ),
    ).toEqual([
      ['Keir Starmer', 'keir-starmer', 'full-name'],
      ['Margaret Hodge', 'margaret-hodge', 'full-name'],
      ['Liam Fox', 'liam-fox', 'full-name'],
      ['Sajid Javid', 'sajid-javid', 'full-name'],
      ['Sir Keir', 'keir-starmer', 'first-name'],
      ['Dame Margaret', 'margaret-hodge', 'first-name'],
      ['Dr Fox', 'liam-fox', 'honorific-surname'],
      ['Mr Javid', 'sajid-javid', 'honorific-surname'],
    ]);
  });

  test('"Sir Keir" before the full name, and "Dame" for a man, name no one', () => {
    expect(at('2021-03-01', 'Sir Keir spoke.', 'Keir Starmer agreed.')).toEqual([
      ['Keir Starmer', 'keir-starmer', 'full-name'],
    ]);
    expect(at('2021-03-01', 'Keir Starmer spoke.', 'Dame Keir agreed.')).toEqual([
      ['Keir Starmer', 'keir-starmer', 'full-name'],
    ]);
  });

  test('"the Home Secretary" names whoever held the post on the date, and no one as it changed hands', () => {
    const article = (date: string) => at(date, 'The Home Secretary spoke.');
    expect(article('2015-03-01')).toEqual([['Home Secretary', 'theresa-may', 'role']]);
    expect(article('2017-03-01')).toEqual([['Home Secretary', 'amber-rudd', 'role']]);
    expect(article('2019-03-01')).toEqual([['Home Secretary', 'sajid-javid', 'role']]);
    expect(article('2016-07')).toEqual([]);
    expect(article('2018-04')).toEqual([]);
  });

  test('a post two people may hold on the date names no one, even if one of them holds it certainly', () => {
    const shared = compileMatcher({
      ...nationalRegister,
      people: nationalRegister.people.map((p) =>
        p.slug === 'mary-smith'
          ? {
              ...p,
              roles: [
                {
                  title: 'Minister for Widgets',
                  from: '2014-07',
                  refs: ['widgets minister'],
                  source: 's',
                },
              ],
            }
          : p,
      ),
    });
    const holder = (date: string) =>
      findMentions(shared, { date, paragraphs: ['The widgets minister spoke.'] }).map(
        (m) => m.person,
      );
    expect(holder('2013-05-01')).toEqual(['peter-smith']);
    expect(holder('2014-07-01')).toEqual([]); // Peter Smith certainly, Mary Smith perhaps
    expect(holder('2014-07-10')).toEqual([]);
    expect(holder('2014-09-01')).toEqual(['mary-smith']);
  });

  test('"the chancellor, Angela Merkel": a name in apposition that is not the holder’s is another office', () => {
    expect(at('2017-03-01', 'The home secretary, Fred Bloggs, spoke.')).toEqual([]);
    expect(at('2017-03-01', 'The home secretary, Sajid Javid, spoke.')).toEqual([
      ['Sajid Javid', 'sajid-javid', 'full-name'],
    ]);
    expect(at('2017-03-01', 'The home secretary, Amber Rudd, spoke.')).toEqual([
      ['home secretary', 'amber-rudd', 'role'],
      ['Amber Rudd', 'amber-rudd', 'full-name'],
    ]);
  });

  test('"Lord" and "Baroness" never name a sitting MP, nor with a territory; "Lady" names no one', () => {
    expect(
      at(
        '2016-07-20',
        'Mary Smith spoke. Baroness Smith agreed; Lady Smith did not.',
        'Gordon Brown was there, and Baroness Smith of Basildon.',
      ),
    ).toEqual([
      ['Mary Smith', 'mary-smith', 'full-name'],
      ['Gordon Brown', 'gordon-brown', 'full-name'],
    ]);
    expect(at('2016-07-20', 'Harold Smith spoke. Lord Smith agreed.')).toEqual([
      ['Harold Smith', 'harold-smith', 'full-name'],
      ['Lord Smith', 'harold-smith', 'honorific-surname'],
    ]);
  });

  test('"former", "ex-" and "then" home secretaries are not the current holder', () => {
    expect(
      at(
        '2017-03-01',
        'The former home secretary spoke. The then home secretary agreed.',
        'An ex-home secretary and a former Home Secretary also spoke.',
      ),
    ).toEqual([]);
  });

  test('"Prime Minister Gordon Brown": the name is the mention, not the title before it', () => {
    expect(at('2008-03-01', 'Prime Minister Gordon Brown spoke.')).toEqual([
      ['Gordon Brown', 'gordon-brown', 'full-name'],
    ]);
  });
});
