/**
 * An article-record worker thread (record-workers.ts): runs each record task it is sent
 * (record-tasks.ts) and answers with the result, or the error that stops the page.
 */
import { serveTasks } from '../workers/serve-tasks.ts';
import { runRecordTask } from './record-tasks.ts';

serveTasks(runRecordTask);
