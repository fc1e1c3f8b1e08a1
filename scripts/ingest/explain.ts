import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type BuiltArticle, buildArticle } from './build-article.ts';
import { decodeSeed } from './decode.ts';
import { IngestError } from './errors.ts';
import { type ContextPaths, loadEditorial } from './seed-builder.ts';

/** How much of a line an explanation shows. */
const SHOWN_CHARS = 72;
const REMOVED_LOG = /: removed boilerplate \(/;

function shown(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > SHOWN_CHARS ? `${t.slice(0, SHOWN_CHARS - 1)}…` : t;
}

/** What the ingest did with each source line that it kept or removed, by line number. */
function lineDecisions(article: BuiltArticle): Map<number, string> {
  const decisions = new Map<number, string>();
  const { data, blocks, header } = article;
  for (const r of data.removedBoilerplate) {
    const lines = r.text.split('\n').length;
    for (let i = 0; i < lines; i++) decisions.set(r.line + i, `removed (${r.rule})`);
  }
  const byline = data.removedBoilerplate.find((r) => r.rule === 'byline');
  if (byline && data.byline) decisions.set(byline.line, `byline: kept as "${data.byline}"`);
  if (header.headline !== null) decisions.set(header.headline, 'headline');
  if (header.standfirst !== null) decisions.set(header.standfirst, 'standfirst');
  for (const block of blocks) {
    const note =
      block.kind === 'caption' && block.credit ? `caption (credit: ${block.credit})` : block.kind;
    decisions.set(
      block.line,
      decisions.has(block.line) ? `${decisions.get(block.line)} + ${note}` : note,
    );
  }
  return decisions;
}

/**
 * One seed's decisions, line by line: each non-blank source line as headline, standfirst,
 * byline, paragraph, subheading or caption, or removed by a rule; then the title, date and
 * publisher decisions with their evidence. Writes nothing.
 * @example explainArticle(path, sourceText, built)[0] // 'seeds/x.txt'
 */
export function explainArticle(path: string, sourceText: string, article: BuiltArticle): string[] {
  const decisions = lineDecisions(article);
  const out = [path];
  let previous = '';
  for (const [index, text] of sourceText.split('\n').entries()) {
    if (text.trim() === '') continue;
    const line = index + 1;
    // A caption block starts at its credit line and takes the caption line under it.
    const decision =
      decisions.get(line) ?? (previous.startsWith('caption') ? 'caption (continued)' : 'not used');
    previous = decision;
    out.push(`${String(line).padStart(4)}  ${decision.padEnd(28)} ${shown(text)}`);
  }
  const { data } = article;
  const record = data as typeof data & { dateLine?: number | null };
  const publication = data.publication as typeof data.publication & { confidence?: string };
  out.push(
    `title: ${data.title} (${data.titleSource})`,
    `slug: ${data.slug}${data.titleSource === 'derived' ? ' (provisional)' : ''}`,
    `byline: ${data.byline ?? 'none'}`,
    `date: ${data.date ?? 'none'} (${data.datePrecision}, ${data.dateSource}` +
      `${record.dateLine ? `, line ${record.dateLine}` : ''})` +
      `${data.dateEvidence ? `: ${shown(data.dateEvidence)}` : ''}`,
    `publisher: ${publication.name} (${publication.source}` +
      `${publication.confidence ? `, ${publication.confidence}` : ''})` +
      `${publication.evidence ? `: ${shown(publication.evidence)}` : ''}`,
    ...data.ingestNotes.map((note) => `note: ${note}`),
    // Removed lines are listed above, line by line; the log's other decisions follow.
    ...article.log.filter((line) => !REMOVED_LOG.test(line)).map((line) => `log: ${line}`),
  );
  return out;
}

/**
 * `npm run ingest -- --explain seeds/FILE`: builds one seed with the editorial context and
 * returns its explanation, or the `file:line: problem` that stops it. Writes nothing.
 */
export async function explainSeedFile(path: string, paths: ContextPaths): Promise<string[]> {
  const context = await loadEditorial(paths);
  const bytes = await readFile(path);
  const seed = { path, name: basename(path), bytes };
  try {
    const article = buildArticle(seed, context);
    return explainArticle(path, decodeSeed(path, bytes).text, article);
  } catch (error) {
    if (error instanceof IngestError) return [path, `error: ${error.message}`];
    throw error;
  }
}
