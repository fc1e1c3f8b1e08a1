import { describe, expect, test } from 'vitest';
import { PermalinkAssigner } from './permalinks.ts';

describe('PermalinkAssigner', () => {
  test('a registered file keeps its slug even when its headline changed', () => {
    const assigner = new PermalinkAssigner({ 'a.txt': { slug: 'old-headline', redirectFrom: [] } });
    expect(assigner.assign('a.txt', 'new-headline', 'abc123')).toEqual({
      slug: 'old-headline',
      isNew: false,
    });
  });
  test('a new file gets its headline slug and is recorded', () => {
    const assigner = new PermalinkAssigner({});
    expect(assigner.assign('b.txt', 'labour-row', 'abc123')).toEqual({
      slug: 'labour-row',
      isNew: true,
    });
    expect(assigner.toJSON()).toEqual({ 'b.txt': { slug: 'labour-row', redirectFrom: [] } });
  });
  test('a new slug never reuses a taken slug or an old slug that now redirects', () => {
    const assigner = new PermalinkAssigner({
      'a.txt': { slug: 'current', redirectFrom: ['renamed'] },
    });
    expect(assigner.assign('b.txt', 'current', 'abc123').slug).toBe('current-abc123');
    expect(assigner.assign('c.txt', 'renamed', 'def456').slug).toBe('renamed-def456');
  });
  test('keys come out sorted', () => {
    const assigner = new PermalinkAssigner({ 'z.txt': { slug: 'z', redirectFrom: [] } });
    assigner.assign('a.txt', 'a', '1');
    expect(Object.keys(assigner.toJSON())).toEqual(['a.txt', 'z.txt']);
  });
});

describe('provisional permalinks', () => {
  test('a derived title gives a provisional slug, recorded as such', () => {
    const assigner = new PermalinkAssigner({});
    expect(assigner.assign('d.txt', 'claims-that-activists', 'abc123', true)).toEqual({
      slug: 'claims-that-activists',
      isNew: true,
    });
    expect(assigner.toJSON()['d.txt']).toEqual({
      slug: 'claims-that-activists',
      redirectFrom: [],
      provisional: true,
    });
  });
  test('a provisional slug stays while the title is still derived', () => {
    const assigner = new PermalinkAssigner({
      'd.txt': { slug: 'opening-words', redirectFrom: [], provisional: true },
    });
    expect(assigner.assign('d.txt', 'other-opening-words', 'abc123', true)).toEqual({
      slug: 'opening-words',
      isNew: false,
    });
  });
  test('the first trusted headline replaces it once and the old slug redirects', () => {
    const assigner = new PermalinkAssigner({
      'd.txt': { slug: 'opening-words', redirectFrom: [], provisional: true },
    });
    expect(assigner.assign('d.txt', 'editors-headline', 'abc123')).toEqual({
      slug: 'editors-headline',
      isNew: false,
      replaced: 'opening-words',
    });
    expect(assigner.toJSON()['d.txt']).toEqual({
      slug: 'editors-headline',
      redirectFrom: ['opening-words'],
    });
    expect(assigner.assign('d.txt', 'a-later-headline', 'abc123').slug).toBe('editors-headline');
  });
  test('a replacement never takes a slug another file holds', () => {
    const assigner = new PermalinkAssigner({
      'a.txt': { slug: 'editors-headline', redirectFrom: [] },
      'd.txt': { slug: 'opening-words', redirectFrom: [], provisional: true },
    });
    expect(assigner.assign('d.txt', 'editors-headline', 'abc123').slug).toBe(
      'editors-headline-abc123',
    );
  });
});
