import { describe, expect, test } from 'vitest';
import { loadRegistry } from './people/registry.ts';
import { describePersonAt, personAt } from './person-at.ts';

const registry = loadRegistry();
const person = (slug: string) => registry.people.find((p) => p.slug === slug)!;
const partyName = (slug: string) => registry.parties.find((p) => p.slug === slug)!.shortName;
const seatName = (slug: string) => registry.constituencies.find((c) => c.slug === slug)!.name;
const describe_ = (slug: string, date: string | null) => describePersonAt(personAt(person(slug), date, partyName, seatName));

describe('personAt and describePersonAt', () => {
  test('an MP on a known day: party and seat', () => {
    expect(describe_('rosie-duffield', '2018-09-11')).toBe('Labour MP for Canterbury');
  });
  test('a shadow minister: role first, then party and seat', () => {
    expect(describe_('john-mcdonnell', '2018-09-11')).toMatch(/^Shadow Chancellor.* · Labour MP for Hayes and Harlington$/);
  });
  test('in the month an MP changed party, both parties and a note', () => {
    expect(describe_('luciana-berger', '2019-02')).toContain('(changed party that month)');
  });
  test('after leaving Labour, the new party', () => {
    expect(personAt(person('luciana-berger'), '2019-03-01', partyName, seatName).parties).not.toContain('Labour');
  });
  test('an undated article says nothing rather than guess', () => {
    expect(describe_('rosie-duffield', null)).toBe('');
  });
});
