import { describe, expect, test } from 'vitest';
import { loadRegistry, registerFiles } from './register.ts';

describe('loadRegistry', () => {
  test('reads and cross-checks src/data once, and returns the same registry after', () => {
    const registry = loadRegistry();
    expect(registry.people.find((p) => p.slug === 'luciana-berger')?.name).toBe('Luciana Berger');
    expect(registry.constituencies.find((c) => c.slug === 'liverpool-wavertree')?.name).toBe(
      'Liverpool Wavertree',
    );
    expect(loadRegistry()).toBe(registry);
  });
});

describe('registerFiles', () => {
  test('names the editorial files, and the import unless there is none', () => {
    const editorial = [
      'src/data/people.json',
      'src/data/constituencies.json',
      'src/data/parties.json',
    ];
    expect(registerFiles('src/data', '')).toEqual(editorial);
    expect(registerFiles('src/data', 'src/data/imported')).toEqual([
      ...editorial,
      'src/data/imported/register.json',
    ]);
  });
});
