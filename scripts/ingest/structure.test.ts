import { describe, expect, test } from 'vitest';
import { toSourceLines } from './lines.ts';
import {
  classifyUnpunctuated,
  countWords,
  endsLikeSentence,
  isHeadlineLike,
  recoverStructure,
} from './structure.ts';

describe('endsLikeSentence', () => {
  test('sentences may end inside closing quotes or with a trailing comma', () => {
    expect(endsLikeSentence('He said it was "wrong".')).toBe(true);
    expect(endsLikeSentence('"the result will stand," she said,')).toBe(true);
    expect(endsLikeSentence('even-handed way,"')).toBe(true);
    expect(endsLikeSentence('Brexit rebels')).toBe(false);
    expect(endsLikeSentence("'Terrible judgement'")).toBe(false);
  });
});

describe('isHeadlineLike', () => {
  test('a short line without a full stop is a headline; a sentence is not', () => {
    expect(
      isHeadlineLike("Labour Leadership Election Candidates 'To Meet Over Infiltrator Claims'"),
    ).toBe(true);
    expect(
      isHeadlineLike('Whoever wins the Labour leadership contest, questions will be raised.'),
    ).toBe(false);
  });
});

describe('classifyUnpunctuated', () => {
  test('short lines are crossheads, long ones captions, quote-closing ones paragraphs', () => {
    expect(classifyUnpunctuated('Brexit rebels')).toBe('subheading');
    expect(
      classifyUnpunctuated('Jeremy Corbyn is currently the frontrunner in the leadership'),
    ).toBe('caption');
    expect(classifyUnpunctuated('He said the party would "never give up on its members"')).toBe(
      'paragraph',
    );
  });
});

describe('countWords', () => {
  test('counts whitespace-separated words', () => {
    expect(countWords('  Team Burnham  have decided ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});

describe('recoverStructure', () => {
  test('headline, standfirst glued under it, then body', () => {
    const lines = toSourceLines(
      'Jeremy Corbyn refuses to intervene\nAnger over a motion of censure against the Canterbury MP, party leader says\nFirst paragraph.',
    );
    const result = recoverStructure(lines, false);
    expect(result.headline).toEqual({ line: 1, text: 'Jeremy Corbyn refuses to intervene' });
    expect(result.standfirst?.line).toBe(2);
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: 'First paragraph.', line: 3 }]);
  });

  test('a line after a blank line is not a standfirst', () => {
    const lines = toSourceLines(
      'Headline here\n\nA caption-like line with no full stop at all\n\nBody.',
    );
    const result = recoverStructure(lines, false);
    expect(result.standfirst).toBeNull();
    expect(result.blocks[0]).toEqual({
      kind: 'caption',
      caption: 'A caption-like line with no full stop at all',
      credit: null,
      line: 3,
    });
  });

  test('when a date marker opened the file, the first line is body, not a headline', () => {
    const result = recoverStructure(
      toSourceLines('CLAIMS that activists are infiltrating Labour'),
      true,
    );
    expect(result.headline).toBeNull();
  });

  test('BBC picture credit and caption lines become one captioned figure', () => {
    const lines = toSourceLines(
      'Head\n\nimage copyrightGetty Images\nimage captionLuciana Berger and Chris Leslie\n\nimage copyrightUK Parliament\n\nBody.',
    );
    expect(recoverStructure(lines, false).blocks).toEqual([
      {
        kind: 'caption',
        credit: 'Getty Images',
        caption: 'Luciana Berger and Chris Leslie',
        line: 3,
      },
      { kind: 'caption', credit: 'UK Parliament', caption: null, line: 6 },
      { kind: 'paragraph', text: 'Body.', line: 8 },
    ]);
  });
});
