import { dateSpan, periodOnDate } from './period.ts';
import type { RegisterMeta } from '../../schemas/register.ts';
import type { PartyStint, Person, Registry, Seat } from '../../schemas/people.ts';

/** One fact the two layers state differently. `fact` and `register` key a known correction. */
export interface Disagreement {
  person: string;
  fact: string;
  editorial: string;
  register: string;
}

interface Context {
  editorial: Registry;
  meta: RegisterMeta;
}

const shift = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/**
 * An editorial date agrees with the register's within a day either way: sources differ on
 * whether a seat ends on the dissolution or the day before, and by-election starts on the
 * poll or the day after.
 */
function sameDate(editorial: string, register: string): boolean {
  const span = dateSpan(editorial);
  return shift(span.first, -1) <= register && register <= shift(span.last, 1);
}

const overlapping = (a: Seat, b: Seat) =>
  periodOnDate({ from: a.from, to: a.to }, b.from) !== 'none' ||
  periodOnDate({ from: b.from, to: b.to }, a.from) !== 'none';

function seatDates(person: string, ed: Seat, reg: Seat, meta: RegisterMeta): Disagreement[] {
  const found: Disagreement[] = [];
  const fact = (end: string) => `seat ${reg.constituency} ${end}`;
  // The register starts at its period's first day: an earlier editorial start is beyond it.
  const beforeRegister = reg.from === meta.period.from && dateSpan(ed.from).first < reg.from;
  if (!beforeRegister && !sameDate(ed.from, reg.from))
    found.push({ person, fact: fact('from'), editorial: ed.from, register: reg.from });
  if (
    (ed.to === undefined) !== (reg.to === undefined) ||
    (ed.to && reg.to && !sameDate(ed.to, reg.to))
  )
    found.push({
      person,
      fact: fact('to'),
      editorial: ed.to ?? 'no end',
      register: reg.to ?? 'no end',
    });
  return found;
}

function partiesOn(stints: readonly PartyStint[], day: string, tolerance: number): string[] {
  const days = [-tolerance, 0, tolerance].map((n) => shift(day, n));
  return [
    ...new Set(
      stints.filter((s) => days.some((d) => periodOnDate(s, d) !== 'none')).map((s) => s.party),
    ),
  ];
}

/** Party disagreements on every date where a stint of either layer starts or ends. */
function seatParties(person: string, ed: Seat, reg: Seat, context: Context): Disagreement[] {
  const partOf = new Map(context.editorial.parties.map((p) => [p.slug, p.partOf ?? p.slug]));
  const family = (slug: string) => partOf.get(slug) ?? slug;
  const until = context.meta.partiesCompleteUntil ?? '9999-12-31';
  const days = [...reg.parties, ...ed.parties]
    .flatMap((s) => [s.from, s.to])
    .filter((d): d is string => d !== undefined && d.length === 10 && d <= until)
    .filter((d) => periodOnDate({ from: reg.from, to: reg.to }, d) === 'certain')
    .filter((d) => periodOnDate({ from: ed.from, to: ed.to }, d) === 'certain');
  const found = new Map<string, Disagreement>();
  for (const day of [...new Set(days)].toSorted()) {
    const register = partiesOn(reg.parties, day, 0);
    const editorial = partiesOn(ed.parties, day, 1);
    if (register.length === 0 || editorial.length === 0) continue;
    if (register.some((r) => editorial.some((e) => family(e) === family(r)))) continue;
    const pair = `${editorial.join('/')}|${register.join('/')}`;
    if (!found.has(pair))
      found.set(pair, {
        person,
        fact: `party on ${day}`,
        editorial: editorial.join(' or '),
        register: register.join(' or '),
      });
  }
  return [...found.values()];
}

/** Every disagreement between an editorial person and the register's record of them. */
function compare(ed: Person, reg: Person, context: Context): Disagreement[] {
  const found: Disagreement[] = [];
  for (const seat of reg.seats ?? []) {
    const same = (ed.seats ?? []).filter(
      (s) => s.constituency === seat.constituency && overlapping(s, seat),
    );
    const other = (ed.seats ?? []).filter(
      (s) => s.constituency !== seat.constituency && overlapping(s, seat),
    );
    if (same[0]) {
      found.push(
        ...seatDates(ed.name, same[0], seat, context.meta),
        ...seatParties(ed.name, same[0], seat, context),
      );
    } else if (other[0]) {
      const register = `${seat.constituency} ${seat.from} to ${seat.to ?? 'no end'}`;
      found.push({
        person: ed.name,
        fact: `seat on ${seat.from}`,
        editorial: other[0].constituency,
        register,
      });
    }
  }
  return found;
}

/** The message the build prints for a disagreement. */
export const describeDisagreement = (d: Disagreement) =>
  `registry: ${d.person}: ${d.fact}: editorial says ${d.editorial}, ` +
  `TheyWorkForYou register says ${d.register} (editorial used)`;

/**
 * The disagreements between an editorial person and their imported record that the editor
 * has not listed as known corrections (`corrects`), as messages for the build to print.
 * @example disagreementsOf(cooper, importedCooper, context)
 *   // ['registry: Yvette Cooper: seat on 1997-05-01: editorial says …, TheyWorkForYou …']
 */
export function disagreementsOf(ed: Person, reg: Person, context: Context): string[] {
  const known = new Set((ed.corrects ?? []).map((c) => `${c.fact}|${c.register}`));
  return compare(ed, reg, context)
    .filter((d) => !known.has(`${d.fact}|${d.register}`))
    .map(describeDisagreement);
}
