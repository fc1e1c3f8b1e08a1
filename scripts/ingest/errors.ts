/**
 * An ingest failure that points at the exact place in a seed, so an editor can
 * open the file and fix it: `seeds/x.txt:12: unparseable date marker ...`.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number;
  readonly problem: string;

  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
