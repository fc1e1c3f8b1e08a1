import type { PopoloMembership } from '../../src/schemas/popolo.ts';
import type { Role } from '../../src/schemas/people.ts';
import { compareCodePoints } from '../../src/lib/order.ts';

/** A row of src/data/role-phrases.json: a post title pattern, the press's phrases for its holder. */
export interface RolePhrase {
  pattern: string;
  refs: string[];
  note: string;
}

export interface RoleOptions {
  /** Posts still open in the source's snapshot are recorded up to this date only. */
  postsCompleteUntil: string;
  source: string;
  phrases: readonly RolePhrase[];
}

/**
 * A post title as the archive shows it: trimmed, without the source's leading "The ".
 * @example cleanTitle('The Chancellor of the Exchequer ') // 'Chancellor of the Exchequer'
 */
export function cleanTitle(title: string): string {
  return title
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^The\s+/, '');
}

/**
 * A matcher from a cleaned title to its refs, from the role-phrase table; titles no
 * pattern matches (generic posts such as "Opposition Whip") get none.
 * @example refsFor(phrases)('Shadow Chancellor of the Exchequer') // ['shadow chancellor', …]
 */
export function refsFor(phrases: readonly RolePhrase[]): (title: string) => string[] | undefined {
  const compiled = phrases.map((p) => ({ pattern: new RegExp(p.pattern), refs: p.refs }));
  return (title) => compiled.find((p) => p.pattern.test(title))?.refs;
}

/**
 * One person's ministerial and shadow memberships (with `role`) as the archive's roles.
 * @example rolesOf(memberships, options)
 *   // [{ title: 'Secretary of State for the Home Department', from: '2010-05-12', … }]
 */
export function rolesOf(memberships: readonly PopoloMembership[], options: RoleOptions): Role[] {
  const refs = refsFor(options.phrases);
  return memberships
    .filter((m) => m.role && !m.post_id)
    .toSorted((a, b) => compareCodePoints(a.start_date, b.start_date))
    .flatMap((m) => {
      if (m.start_date > options.postsCompleteUntil) return [];
      const title = cleanTitle(m.role!);
      const open = m.end_date === undefined || m.end_date > options.postsCompleteUntil;
      const to = open ? options.postsCompleteUntil : m.end_date!;
      const note = open
        ? `; open in the register, recorded to ${options.postsCompleteUntil} only`
        : '';
      const origin = m.source ? ` (${m.source})` : '';
      const phrases = refs(title);
      return [
        {
          title,
          from: m.start_date,
          to,
          ...(phrases ? { refs: phrases } : {}),
          ...(open ? { toIsRecordEnd: true } : {}),
          source: `${options.source}${origin}${note}`,
        },
      ];
    });
}
