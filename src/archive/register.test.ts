import { describe, expect, test } from 'vitest';
import { loadRegistry } from './register.ts';

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
