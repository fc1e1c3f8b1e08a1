/**
 * The article-body worker module's file URL, defined by astro.config.mjs for the build
 * (src/lib/markdown/article-body-renderers.ts); undefined where Vite does not define it.
 */
declare const ARTICLE_BODY_WORKER: string | undefined;
