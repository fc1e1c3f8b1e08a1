import { describe, expect, test } from 'vitest';
import { seed000, seed001, seed002, seed003, seed004 } from '../fixtures/seed-articles.ts';
import { quotesIn, summary } from '../fixtures/quote-articles.ts';

describe('findQuotes on the seeds', () => {
  test('seed 000: McDonnell’s quote runs from paragraph 6 into 7, which ends "he told the BBC"', () => {
    const quote = quotesIn(seed000).find((q) => q.paragraph === 6)!;
    expect(quote).toEqual({
      speaker: 'john-mcdonnell',
      speakerText: 'Mr McDonnell',
      paragraph: 6,
      lastParagraph: 7,
      attribution: 'explicit',
      text:
        "I'm sorry, that does not bear relation to reality. We now have 500,000 members. It's a huge mass party now, and, of course, those members want to get involved in discussions about policy.\n" +
        "Also, they will reflect at times their view about the performances of their local MP. And we have had a small number of incidences that we have seen, two or three, where parties have come together and they have expressed concerns about the performance of their MP. That's happened right the way through the history of our party but it's nothing untoward",
    });
  });

  test('seed 000: every quotation and its speaker; "one such Labour MP" stays anonymous', () => {
    expect(summary(seed000)).toEqual([
      [3, 3, null, 'one such Labour MP', 'pronoun', 'the Opposition within the Opposition'],
      [
        5,
        5,
        'aaron-bastani',
        'Aaron Bastani',
        'explicit',
        'I’m reliably informed the deselection ex',
      ],
      [
        6,
        7,
        'john-mcdonnell',
        'Mr McDonnell',
        'explicit',
        "I'm sorry, that does not bear relation t",
      ],
      [
        9,
        9,
        'john-mcdonnell',
        'the Shadow Chancellor',
        'pronoun',
        'People will have their view about mandat',
      ],
      [11, 11, 'jeremy-corbyn', 'Mr Corbyn', 'explicit', 'not his role to interfere'],
    ]);
  });

  test('seed 001: each speaker, the shadow chancellor as McDonnell, quote-only paragraphs carrying on McDonnell', () => {
    expect(summary(seed001)).toEqual([
      [1, 1, null, 'A Labour MP', 'explicit', 'letting his allies go after'],
      [
        5,
        5,
        'tom-watson',
        "Labour's deputy leader Tom Watson",
        'explicit',
        'our solidarity and... our support as she',
      ],
      [
        6,
        6,
        'ian-austin',
        'Labour MP Ian Austin',
        'explicit',
        "It's like something out of the Soviet Un",
      ],
      [7, 7, 'luciana-berger', 'Ms Berger', 'explicit', 'distracted from fighting for the interes'],
      [9, 9, null, 'The motions', 'explicit', 'Instead of fighting for a Labour governm'],
      [
        14,
        14,
        'luciana-berger',
        'Ms Berger',
        'pronoun',
        'long-held view that Brexit will be a dis',
      ],
      [14, 14, 'luciana-berger', 'Ms Berger', 'pronoun', 'not shy away from standing up'],
      [
        15,
        15,
        'luciana-berger',
        'Ms Berger',
        'pronoun',
        'no secret that, as a Jewish woman repres',
      ],
      [
        16,
        16,
        'luciana-berger',
        'Ms Berger',
        'explicit',
        'Nothing will deter me from exposing anti',
      ],
      [17, 17, 'chris-leslie', 'Mr Leslie', 'explicit', 'demanded an oath of loyalty from her to '],
      [17, 18, 'chris-leslie', 'Mr Leslie', 'explicit', 'I have never heard of such of a ridiculo'],
      // "Asked if he was considering …, the MP did not rule it out, and said his "patience …""
      [19, 19, 'chris-leslie', 'Mr Leslie', 'pronoun', 'patience is wearing pretty thin'],
      [20, 21, 'chris-leslie', 'Mr Leslie', 'pronoun', 'Of course I have my issues with Jeremy C'],
      [
        24,
        24,
        'john-mcdonnell',
        'Mr McDonnell',
        'pronoun',
        '[The motion] is an expression of views',
      ],
      // Paragraph 25 leaves its quote open and paragraph 26 carries it on.
      [
        25,
        26,
        'john-mcdonnell',
        'Mr McDonnell',
        'continuation',
        'If people are doing that because Luciana',
      ],
      [
        28,
        29,
        'john-mcdonnell',
        'the shadow chancellor',
        'explicit',
        'My advice to Luciana is just tell people',
      ],
      [
        30,
        30,
        'chuka-umunna',
        'Chuka Umunna',
        'explicit',
        'Are we going to act? Defend a colleague ',
      ],
      [
        37,
        37,
        'gordon-watson',
        'Gordon Watson',
        'explicit',
        'Failing to vote against the Tory deal is',
      ],
    ]);
  });

  test('seed 002: the letter is unattributed (the sentence introducing it names Dugher and the Burnham camp, and has no speech verb), "as one put it" is anonymous', () => {
    expect(summary(seed002)).toEqual([
      [3, 5, null, '', 'none', 'There do however remain concerns about p'],
      [7, 7, null, 'one', 'explicit', 'why wait so long?'],
      [8, 8, 'yvette-cooper', 'Cooper', 'explicit', 'I see no evidence to mount a legal chall'],
    ]);
  });

  test('seed 003: Corbyn’s three-paragraph quote carries on from his “turn our fire outwards”; "one Labour MP told The Independent" stays anonymous', () => {
    expect(summary(seed003)).toEqual([
      [5, 5, 'jeremy-corbyn', 'Mr Corbyn', 'pronoun', 'I know what it feels like to be the targ'],
      [
        7,
        9,
        'jeremy-corbyn',
        'Mr Corbyn',
        'continuation',
        'The Labour party has always been a broad',
      ],
      [14, 14, null, 'one Labour MP', 'explicit', 'Jeremy is vulnerable unless he acts on t'],
    ]);
  });

  test('seed 004: Harriet Harman’s "Because this is the first time…", Dugher’s letter, and two anonymous spokesmen', () => {
    expect(summary(seed004)).toEqual([
      [6, 6, 'harriet-harman', 'Ms Harman', 'pronoun', 'Because this is the first time we have o'],
      [
        7,
        7,
        'harriet-harman',
        'Ms Harman',
        'continuation',
        'So whoever is elected they will be legal',
      ],
      [8, 9, 'harriet-harman', 'Ms Harman', 'pronoun', 'People who do support the Labour Party w'],
      [
        12,
        12,
        'michael-dugher',
        "Mr Burnham's campaign chief Michael Dugher",
        'explicit',
        'allowing the issue to drift, and potenti',
      ],
      [
        13,
        13,
        'michael-dugher',
        "Mr Burnham's campaign chief Michael Dugher",
        'pronoun',
        'potentially more that can be done by the',
      ],
      [
        14,
        14,
        'michael-dugher',
        "Mr Burnham's campaign chief Michael Dugher",
        'pronoun',
        'We are also concerned that given the par',
      ],
      [
        18,
        18,
        null,
        'A spokesman for her campaign',
        'explicit',
        'focusing on winning arguments and votes ',
      ],
      [20, 20, null, 'A spokesman', 'explicit', 'The purely internal procedural obsession'],
    ]);
  });
});
