import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { recoverInterruptedCommit, StagedDirectory } from './atomic-output.ts';

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

  test('a file the previous output holds byte for byte is linked, not written again', async () => {
    const target = previousOutput();
    writeFileSync(join(target, 'same.md'), 'Same text, é');
    const before = statSync(join(target, 'same.md')).ino;
    const staged = await StagedDirectory.begin(target);
    await staged.write('same.md', 'Same text, é');
    await staged.write('old.md', 'new text');
    await staged.commit();
    expect(statSync(join(target, 'same.md')).ino).toBe(before);
    expect(readFileSync(join(target, 'same.md'), 'utf8')).toBe('Same text, é');
    expect(readFileSync(join(target, 'old.md'), 'utf8')).toBe('new text');
  });

  test('a symbolic link in the previous output is never linked into the new one', async () => {
    const target = previousOutput();
    const elsewhere = join(target, '..', 'elsewhere.md');
    writeFileSync(elsewhere, 'Same text');
    symlinkSync(elsewhere, join(target, 'link.md'));
    const staged = await StagedDirectory.begin(target);
    await staged.write('link.md', 'Same text');
    await staged.commit();
    expect(statSync(join(target, 'link.md')).ino).not.toBe(statSync(elsewhere).ino);
    expect(readFileSync(join(target, 'link.md'), 'utf8')).toBe('Same text');
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

  test('companion files are committed with the directory, and dropped with it', async () => {
    const target = previousOutput();
    const registry = join(target, '..', 'registry.json');
    writeFileSync(registry, 'old registry');
    const dropped = await StagedDirectory.begin(target, [registry]);
    await dropped.stageFile(registry, 'dropped');
    await dropped.discard();
    expect(readFileSync(registry, 'utf8')).toBe('old registry');
    const staged = await StagedDirectory.begin(target, [registry]);
    await staged.write('a.md', 'A');
    await staged.stageFile(registry, 'new registry');
    await staged.commit();
    expect(readFileSync(registry, 'utf8')).toBe('new registry');
    expect(readdirSync(join(target, '..')).sort()).toEqual(['out', 'registry.json']);
  });

  test('a journal left by a killed commit is completed; without one the previous state stays', async () => {
    const target = previousOutput();
    const parent = join(target, '..');
    mkdirSync(join(parent, '.out.staging'));
    writeFileSync(join(parent, '.out.staging', 'new.md'), 'new');
    await recoverInterruptedCommit(target);
    expect(readdirSync(target)).toEqual(['old.md']);
    mkdirSync(join(parent, '.out.staging'), { recursive: true });
    writeFileSync(join(parent, '.out.staging', 'new.md'), 'new');
    const swaps = [
      { target, staged: join(parent, '.out.staging'), previous: join(parent, '.out.previous') },
    ];
    writeFileSync(join(parent, '.out.commit.json'), JSON.stringify({ swaps }));
    await recoverInterruptedCommit(target);
    expect(readdirSync(target)).toEqual(['new.md']);
    expect(readdirSync(parent)).toEqual(['out']);
  });
});
