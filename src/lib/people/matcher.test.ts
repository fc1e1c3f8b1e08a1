import { describe, expect, test } from 'vitest';
import { seeds } from './fixtures/seed-articles.ts';
import { compileMatcher } from './matcher.ts';
import { loadEditorialRegistry } from '../../archive/register.ts';
import type { Person, Registry } from '../../schemas/people.ts';

const matcher = compileMatcher(loadEditorialRegistry());
const hits = (text: string) =>
  matcher.scan(text).hits.map((h) => {
    const p = h.payload;
    const what = p.names
      ? p.names.map((n) => `${n.form}:${n.person}`).join('|')
      : p.role
        ? `role:${p.role.holders.map((x) => x.person).join('|')}`
        : p.constituency
          ? `seat:${p.constituency}`
          : p.nonPerson
            ? 'non-person'
            : `short:${[...(p.surnameOf ?? []), ...(p.firstNameOf ?? [])].join('|')}`;
    return [h.text, what];
  });

describe('compileMatcher(...).scan', () => {
  test('finds full names, misspellings, surnames, seats and non-person names, longest first', () => {
    expect(
      hits('Labour general secretary Iain McNico met Mr McDonnell in Parliament Square'),
    ).toEqual([
      ['Labour general secretary', 'role:iain-mcnicol'],
      ['Iain McNico', 'misspelling:iain-mcnicol'],
      ['McDonnell', 'short:john-mcdonnell'],
      ['Parliament Square', 'non-person'],
    ]);
  });

  test('a surname shared by two people is one hit naming both; resolution is the mention finder’s job', () => {
    expect(hits('Watson said')).toEqual([['Watson', 'short:tom-watson|gordon-watson']]);
    expect(hits('Gordon Watson and Tom Watson')).toEqual([
      ['Gordon Watson', 'full-name:gordon-watson'],
      ['Tom Watson', 'full-name:tom-watson'],
    ]);
  });

  test('role phrases match in any case, with curly or straight apostrophes', () => {
    expect(hits('The Shadow Chancellor, the shadow chancellor, Labour’s deputy leader')).toEqual([
      ['Shadow Chancellor', 'role:john-mcdonnell|chris-leslie'],
      ['shadow chancellor', 'role:john-mcdonnell|chris-leslie'],
      ['Labour’s deputy leader', 'role:tom-watson|harriet-harman'],
    ]);
  });

  test('names are case-sensitive: "may" is not Theresa May, "corbyn" is no one', () => {
    expect(hits('it may rain on corbyn')).toEqual([]);
  });

  test('seat names with punctuation match with the same punctuation', () => {
    expect(hits('Normanton, Pontefract and Castleford MP Yvette Cooper')).toEqual([
      ['Normanton, Pontefract and Castleford', 'seat:normanton-pontefract-and-castleford'],
      ['Yvette Cooper', 'full-name:yvette-cooper'],
    ]);
  });

  test('a name inside a longer word is not a hit', () => {
    expect(hits('the Corbynites')).toEqual([]);
  });

  test('scanning is one pass: time grows with the text, not with the registry', () => {
    const text = seeds.flatMap((s) => s.paragraphs).join(' ');
    const long = text.repeat(Math.ceil(1_000_000 / text.length));
    const started = performance.now();
    const scanned = matcher.scan(long);
    const elapsed = performance.now() - started;
    expect(scanned.hits.length).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('compileMatcher at national scale', () => {
  const GIVEN = [
    'Angela',
    'John',
    'Mary',
    'David',
    'Sarah',
    'Peter',
    'Helen',
    'Andrew',
    'Emma',
    'James',
  ];
  const FAMILY = ['Smith', 'Jones', 'Brown', 'Watson', 'Allen', 'Johnson', 'Lewis', 'Murray'];
  const big: Registry = {
    constituencies: Array.from({ length: 650 }, (_, i) => ({
      slug: `seat-${i}`,
      name: `Seatham ${i}`,
      aliases: [],
      nameIsAlsoPlace: false,
      source: 's',
    })),
    parties: [],
    people: Array.from({ length: 2000 }, (_, i): Person => {
      const name = `${GIVEN[i % 10]} ${FAMILY[Math.floor(i / 10) % 8]}${i < 80 ? '' : `-${i}`}`;
      const from = `${1997 + (i % 25)}-05-01`;
      const seat = {
        constituency: `seat-${i % 650}`,
        from,
        parties: [{ party: 'p', from, source: 's' }],
        source: 's',
      };
      const roles = [{ title: 'Minister', from, refs: [`minister number ${i % 40}`], source: 's' }];
      return {
        slug: `p-${i}`,
        name,
        aliases: [],
        misspellings: [],
        description: 'A test person.',
        source: 's',
        roles,
        seats: [seat],
      };
    }),
  };

  test('compiles 2,000 people well within a second (bench/matcher.ts has the figures)', () => {
    const started = performance.now();
    compileMatcher(big);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  test('a shared full name carries every person; a derived given name is marked as derived', () => {
    const shared = compileMatcher({
      ...big,
      people: [
        ...big.people,
        { ...big.people[0]!, slug: 'p-twin' },
        { ...big.people[7]!, slug: 'p-andrew' },
      ],
    });
    const [angela] = shared.scan('Angela Smith').hits;
    expect(angela!.payload.names).toEqual([
      { form: 'full-name', person: 'p-0' },
      { form: 'full-name', person: 'p-twin' },
    ]);
    const [andy] = shared.scan('Andy Smith').hits;
    expect(andy!.payload.names).toEqual([
      { form: 'derived', person: 'p-7' },
      { form: 'derived', person: 'p-andrew' },
    ]);
  });
});
