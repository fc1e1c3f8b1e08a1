/**
 * A worker thread of {@link ArticleBodyRenderers} (article-body-renderers.ts): reads the
 * article file it is sent and posts back its body as HTML, or the error that stops the page.
 */
import { parentPort } from 'node:worker_threads';
import { articleBodyHtml } from './article-body.ts';
import type { RenderReply, RenderRequest } from './article-body-renderers.ts';

const port = parentPort;
if (!port) throw new Error('article-body-worker.ts runs as a worker thread (article-body-renderers.ts starts it)');

port.on('message', async ({ id, filePath }: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id, html: await articleBodyHtml(filePath) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
