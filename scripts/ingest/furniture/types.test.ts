import { describe, expect, test } from 'vitest';
import { anyOf, wordCount } from './types.ts';

describe('anyOf', () => {
  test('matches a line any of the patterns matches, keeping each pattern’s anchors and flags', () => {
    const isPrompt = anyOf([/^share$/i, /^copy link$/i, /^\p{Lu}+ only$/u]);
    expect(isPrompt('Share')).toBe(true);
    expect(isPrompt('COPY LINK')).toBe(true);
    expect(isPrompt('ÉTÉ only')).toBe(true);
    expect(isPrompt('Share this story with a friend who cares')).toBe(false);
    expect(isPrompt('été only')).toBe(false);
  });
  test('an empty family matches nothing', () => {
    expect(anyOf([])('anything')).toBe(false);
  });
});

describe('wordCount', () => {
  test('counts words across spaces, tabs and no-break spaces', () => {
    expect(wordCount('Skip to\tmain\u00a0content')).toBe(4);
    expect(wordCount('   ')).toBe(0);
  });
});
