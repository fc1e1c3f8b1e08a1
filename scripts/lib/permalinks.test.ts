import { describe, expect, test } from 'vitest';
import { PermalinkAssigner } from './permalinks.ts';

describe('PermalinkAssigner', () => {
  test('a registered file keeps its slug even when its headline changed', () => {
    const assigner = new PermalinkAssigner({ 'a.txt': { slug: 'old-headline', redirectFrom: [] } });
    expect(assigner.assign('a.txt', 'new-headline', 'abc123')).toEqual({ slug: 'old-headline', isNew: false });
  });
  test('a new file gets its headline slug and is recorded', () => {
    const assigner = new PermalinkAssigner({});
    expect(assigner.assign('b.txt', 'labour-row', 'abc123')).toEqual({ slug: 'labour-row', isNew: true });
    expect(assigner.toJSON()).toEqual({ 'b.txt': { slug: 'labour-row', redirectFrom: [] } });
  });
  test('a new slug never reuses a taken slug or an old slug that now redirects', () => {
    const assigner = new PermalinkAssigner({ 'a.txt': { slug: 'current', redirectFrom: ['renamed'] } });
    expect(assigner.assign('b.txt', 'current', 'abc123').slug).toBe('current-abc123');
    expect(assigner.assign('c.txt', 'renamed', 'def456').slug).toBe('renamed-def456');
  });
  test('keys come out sorted', () => {
    const assigner = new PermalinkAssigner({ 'z.txt': { slug: 'z', redirectFrom: [] } });
    assigner.assign('a.txt', 'a', '1');
    expect(Object.keys(assigner.toJSON())).toEqual(['a.txt', 'z.txt']);
  });
});
