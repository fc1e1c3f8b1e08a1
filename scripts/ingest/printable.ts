/**
 * Characters a terminal or a reader would act on rather than show: C0 and C1 controls
 * (escape sequences start with ESC or CSI), DEL, bidi embeddings, overrides and isolates,
 * and zero-width characters. One pattern, shared by the seed listing and the log.
 */
export const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * A file name as it may be printed in a log: each unprintable character written as a
 * `\u{…}` escape, so a name cannot move the cursor, recolour the terminal or reorder text.
 * @example printableName('seeds/\u001b[31mred.txt') // 'seeds/\\u{1b}[31mred.txt'
 */
export function printableName(name: string): string {
  return name.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Whether a name holds a character {@link printableName} would escape. */
export function hasUnprintable(name: string): boolean {
  return name.search(UNPRINTABLE) !== -1;
}
