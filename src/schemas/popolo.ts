import { z } from 'astro/zod';

/**
 * The Popolo register of MPs as TheyWorkForYou publishes it (mySociety's parlparse,
 * `members/people.json`): persons, organizations, posts and memberships. Only the
 * fields the import reads are checked; anything else is allowed and ignored.
 */

/** A real calendar date, `YYYY-MM-DD`. */
export const popoloDateSchema = z
  .string()
  .refine((text) => isCalendarDate(text), { message: 'is not a date' });

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const identifierSchema = z.object({ scheme: z.string(), identifier: z.string().min(1) });

export const popoloOtherNameSchema = z.object({
  name: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  note: z.string().optional(),
});

export const popoloPersonSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(2),
  other_names: z.array(popoloOtherNameSchema).optional(),
  identifiers: z.array(identifierSchema).optional(),
});

export const popoloOrganizationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(2),
  classification: z.string().optional(),
  identifiers: z.array(identifierSchema).optional(),
});

export const popoloPostSchema = z.object({
  id: z.string().min(1),
  label: z.string().optional(),
  organization_id: z.string().optional(),
  area: z.object({ name: z.string().min(2), other_names: z.array(z.string()).optional() }),
});

/** A seat (`post_id`, the party in `on_behalf_of_id`) or a ministerial or shadow post (`role`). */
export const popoloMembershipSchema = z.object({
  id: z.string().min(1),
  person_id: z.string().min(1),
  organization_id: z.string().optional(),
  post_id: z.string().optional(),
  on_behalf_of_id: z.string().optional(),
  role: z.string().optional(),
  start_date: popoloDateSchema,
  end_date: popoloDateSchema.optional(),
  start_reason: z.string().optional(),
  end_reason: z.string().optional(),
  source: z.string().optional(),
});

export const popoloFileSchema = z.object({
  persons: z.array(popoloPersonSchema),
  organizations: z.array(popoloOrganizationSchema),
  posts: z.array(popoloPostSchema),
  memberships: z.array(popoloMembershipSchema),
});

export type PopoloPerson = z.infer<typeof popoloPersonSchema>;
export type PopoloOrganization = z.infer<typeof popoloOrganizationSchema>;
export type PopoloPost = z.infer<typeof popoloPostSchema>;
export type PopoloMembership = z.infer<typeof popoloMembershipSchema>;
export type PopoloFile = z.infer<typeof popoloFileSchema>;

/**
 * Parses a Popolo file, or throws one error naming each malformed record by its index
 * and id: `memberships[123] (uk.org.publicwhip/member/456): end_date "2019-13-01" is not a date`.
 * @example parsePopolo(JSON.parse(text)).persons.length // 1930
 */
export function parsePopolo(input: unknown): PopoloFile {
  const result = popoloFileSchema.safeParse(input);
  if (result.success) {
    const dangling = danglingReferences(result.data);
    if (dangling.length > 0) throw new Error(`Popolo file invalid: ${dangling.join('; ')}`);
    return result.data;
  }
  const problems = result.error.issues.slice(0, 20).map((issue) => describeIssue(input, issue));
  const more = result.error.issues.length - problems.length;
  throw new Error(
    `Popolo file invalid: ${problems.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
  );
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (path.length < 2) return `${path.join('.') || 'file'}: ${issue.message}`;
  const [list, index, ...field] = path;
  const record = (input as Record<string, unknown[]>)[list!]?.[Number(index)] as
    Record<string, unknown> | undefined;
  const id = typeof record?.['id'] === 'string' ? ` (${record['id']})` : '';
  let value: unknown = record;
  for (const key of field) value = (value as Record<string, unknown> | undefined)?.[key];
  const shown = field.length > 0 && value !== undefined ? ` ${JSON.stringify(value)}` : '';
  const name = field.length > 0 ? `${field.join('.')}${shown}` : 'record';
  return `${list}[${index}]${id}: ${name} ${issue.message}`;
}

/** Memberships naming a person, post or party the file does not hold. */
function danglingReferences(file: PopoloFile): string[] {
  const persons = new Set(file.persons.map((p) => p.id));
  const posts = new Set(file.posts.map((p) => p.id));
  const orgs = new Set(file.organizations.map((o) => o.id));
  return file.memberships.flatMap((m, i) => {
    const where = `memberships[${i}] (${m.id})`;
    const problems: string[] = [];
    if (!persons.has(m.person_id))
      problems.push(`${where}: person_id "${m.person_id}" is not a person`);
    if (m.post_id && !posts.has(m.post_id))
      problems.push(`${where}: post_id "${m.post_id}" is not a post`);
    if (m.on_behalf_of_id && !orgs.has(m.on_behalf_of_id))
      problems.push(`${where}: on_behalf_of_id "${m.on_behalf_of_id}" is not an organization`);
    if (!m.post_id && !m.role)
      problems.push(`${where}: neither a seat (post_id) nor a post (role)`);
    return problems;
  });
}
