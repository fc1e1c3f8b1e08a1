import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleBodyHtml } from './article-body.ts';

/** What the page thread asks a worker: one article file's body. */
export interface RenderRequest {
  id: number;
  filePath: string;
}
/** What a worker answers: the body's HTML, or why it could not be rendered. */
export type RenderReply = { id: number; html: string } | { id: number; error: string };

interface Pending {
  resolve: (html: string) => void;
  reject: (error: Error) => void;
}

/**
 * Renders article bodies on worker threads, so that a build's page thread, which renders
 * every other part of every page on one core, does not also parse and render ten thousand
 * markdown bodies (a fifth of a 10,000-article build; BENCHMARKS.md). Each request goes to
 * the worker with the fewest waiting; a worker holds the process open only while it has
 * work, so a finished build exits without anyone closing the pool.
 */
export class ArticleBodyRenderers {
  readonly #workers: { worker: Worker; pending: Map<number, Pending> }[];
  #nextId = 0;

  constructor(workerUrl: URL, size: number) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(workerUrl);
      const pending = new Map<number, Pending>();
      const failAll = (error: Error) => {
        for (const [, p] of pending) p.reject(error);
        pending.clear();
        worker.unref();
      };
      worker.on('message', (reply: RenderReply) => {
        const waiting = pending.get(reply.id);
        if (!waiting) return;
        pending.delete(reply.id);
        if ('html' in reply) waiting.resolve(reply.html);
        else waiting.reject(new Error(reply.error));
        if (pending.size === 0) worker.unref();
      });
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`an article-body worker exited with code ${code}`)));
      worker.unref();
      return { worker, pending };
    });
  }

  /** The body of the article file at `filePath` as HTML, rendered on a worker. */
  render(filePath: string): Promise<string> {
    const least = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.#nextId++;
    return new Promise<string>((resolvePromise, reject) => {
      least.pending.set(id, { resolve: resolvePromise, reject });
      least.worker.ref();
      least.worker.postMessage({ id, filePath: resolve(filePath) } satisfies RenderRequest);
    });
  }

  /** Stops every worker (tests; a build simply exits). */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

let shared: ArticleBodyRenderers | undefined;

/**
 * An article body as HTML for its page. In `astro build` the bodies render on worker
 * threads, one per core beyond the page thread's; in `astro dev` (where an edited plugin
 * must take effect at once) and on a single core they render on the page thread.
 * `ARTICLE_BODY_WORKER` is the worker module's path, defined by astro.config.mjs: the page
 * code runs from Astro's bundle, where the worker's own path is not known.
 */
export function renderArticleBodyForPage(filePath: string): Promise<string> {
  const workers = availableParallelism() - 1;
  if (import.meta.env.DEV || workers < 1 || typeof ARTICLE_BODY_WORKER !== 'string') return articleBodyHtml(filePath);
  shared ??= new ArticleBodyRenderers(new URL(ARTICLE_BODY_WORKER), workers);
  return shared.render(filePath);
}
