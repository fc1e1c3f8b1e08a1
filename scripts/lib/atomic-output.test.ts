import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { StagedDirectory } from './atomic-output.ts';

describe('StagedDirectory', () => {
  function previousOutput(): string {
    const target = join(mkdtempSync(join(tmpdir(), 'staged-')), 'out');
    mkdirSync(target);
    writeFileSync(join(target, 'old.md'), 'old');
    return target;
  }

  test('commit replaces the whole directory with what was written', async () => {
    const target = previousOutput();
    const staged = await StagedDirectory.begin(target);
    await staged.write('a.md', 'A');
    await staged.write('b.md', 'B');
    expect(readdirSync(target)).toEqual(['old.md']);
    await staged.commit();
    expect(readdirSync(target).sort()).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(target, 'b.md'), 'utf8')).toBe('B');
    expect(readdirSync(join(target, '..'))).toEqual(['out']);
  });

  test('discard leaves the previous output exactly as it was', async () => {
    const target = previousOutput();
    const staged = await StagedDirectory.begin(target);
    await staged.write('a.md', 'A');
    await staged.discard();
    expect(readdirSync(target)).toEqual(['old.md']);
    expect(readdirSync(join(target, '..'))).toEqual(['out']);
  });

  test('refuses to write one name twice', async () => {
    const staged = await StagedDirectory.begin(previousOutput());
    await staged.write('a.md', 'A');
    await expect(staged.write('a.md', 'again')).rejects.toThrow('a.md written twice');
  });
});
