import { afterEach, describe, expect, test } from 'vitest';
import { WorkerPool } from './pool.ts';

const WORKER = new URL('./fixtures/arithmetic-worker.ts', import.meta.url);

describe('WorkerPool', () => {
  let pool: WorkerPool<number, number> | undefined;
  const start = (size: number) =>
    (pool = new WorkerPool<number, number>(WORKER, {
      size,
      workerData: { offset: 1 },
      name: 'a test',
    }));
  afterEach(() => pool?.close());

  test('gives each task its own answer, whichever thread ran it and whenever it finished', async () => {
    const inputs = Array.from({ length: 40 }, (_, i) => i + 1);
    expect(await Promise.all(inputs.map((n) => start(3).run(n)))).toEqual(
      inputs.map((n) => n * n + 1),
    );
  });

  test("fails a task with the worker's error and stack, and goes on with the next", async () => {
    start(2);
    const failed = await pool!.run(-2).catch((error: Error) => error);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toBe('cannot take -2');
    expect((failed as Error).stack).toContain('arithmetic-worker.ts');
    expect(await pool!.run(4)).toBe(17);
  });

  test('a thread that exits fails what it held; the others take later tasks', async () => {
    start(2);
    await expect(pool!.run(0)).rejects.toThrow('a test worker exited with code 3');
    expect(await Promise.all([5, 6, 7].map((n) => pool!.run(n)))).toEqual([26, 37, 50]);
  });

  test('with every thread stopped, a task fails at once rather than waiting for ever', async () => {
    start(1);
    await expect(pool!.run(0)).rejects.toThrow('exited with code 3');
    await expect(pool!.run(2)).rejects.toThrow('exited with code 3');
  });
});
