/**
 * The article-record worker module's file URL, defined by astro.config.mjs for the build
 * (src/archive/record-workers.ts); undefined where Vite does not define it.
 */
declare const ARTICLE_RECORD_WORKER: string | undefined;
