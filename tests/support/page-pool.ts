import { availableParallelism } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';

/** How many tabs a gate drives at once: one per core, at most 4 (each tab is a renderer process). */
export const PAGE_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/**
 * A few reusable tabs shared by a file's concurrent tests: a test borrows a tab, visits
 * and checks its page, and hands the tab back (no tab is opened per page).
 */
export class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: Array<(page: Page) => void> = [];

  private constructor(pages: Page[]) {
    this.idle.push(...pages);
    this.size = pages.length;
  }

  /** How many tabs the pool holds. */
  readonly size: number;

  static async open(context: BrowserContext, size = PAGE_CONCURRENCY): Promise<PagePool> {
    return new PagePool(await Promise.all(Array.from({ length: size }, () => context.newPage())));
  }

  async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page =
      this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }

  /** Runs `work` over every item, as many at once as there are tabs. */
  async forEach<T>(
    items: readonly T[],
    work: (page: Page, item: T) => Promise<void>,
  ): Promise<void> {
    await Promise.all(items.map((item) => this.use((page) => work(page, item))));
  }
}
