import type { PopoloMembership } from '../../src/schemas/popolo.ts';
import type { PartyStint, Seat } from '../../src/schemas/people.ts';
import { daysBetween, laterEnd } from './dates.ts';
import { compareCodePoints } from '../../src/lib/order.ts';

/**
 * Memberships of the same seat this close together are one continuous seat: re-election
 * leaves a gap of the dissolution and campaign (under two months); a party change starts
 * a new membership the same day.
 */
const SAME_SEAT_GAP_DAYS = 62;

export interface SeatOptions {
  /** Party stints end here; the seats go on (the source has no party changes after it). */
  partiesCompleteUntil: string | null;
  /** `TheyWorkForYou register, imported <date>`. */
  source: string;
  /** The archive's slug for a Popolo post id and a party organization id. */
  constituencyOf: (postId: string) => string;
  partyOf: (organizationId: string) => string;
}

interface Run {
  post: string;
  from: string;
  to: string | undefined;
  stints: { party: string; from: string; to: string | undefined }[];
  sources: Set<string>;
}

const continues = (run: Run, m: PopoloMembership) =>
  run.post === m.post_id &&
  run.to !== undefined &&
  daysBetween(run.to, m.start_date) <= SAME_SEAT_GAP_DAYS;

/**
 * One person's seat memberships (with `post_id`) as the archive's seats: consecutive
 * memberships of one seat joined, party stints of one party joined, stints clipped at
 * `partiesCompleteUntil` (and dropped when they start after it).
 * @example seatsOf(memberships, options)
 *   // [{ constituency: 'leigh', from: '2001-06-07', to: '2017-05-03', parties: [...] }]
 */
export function seatsOf(memberships: readonly PopoloMembership[], options: SeatOptions): Seat[] {
  const sorted = memberships
    .filter((m) => m.post_id)
    .toSorted((a, b) => compareCodePoints(a.start_date, b.start_date));
  const runs: Run[] = [];
  for (const m of sorted) {
    const stint = {
      party: options.partyOf(m.on_behalf_of_id ?? 'independent'),
      from: m.start_date,
      to: m.end_date,
    };
    const run = runs.at(-1);
    if (run && continues(run, m)) {
      run.to = laterEnd(run.to, m.end_date);
      const last = run.stints.at(-1)!;
      if (last.party === stint.party) last.to = laterEnd(last.to, stint.to);
      else run.stints.push(stint);
    } else {
      runs.push({
        post: m.post_id!,
        from: m.start_date,
        to: m.end_date,
        stints: [stint],
        sources: new Set(),
      });
    }
    if (m.source) runs.at(-1)!.sources.add(m.source);
  }
  return runs.map((run) => toSeat(run, options));
}

function toSeat(run: Run, options: SeatOptions): Seat {
  const source = `${options.source} (${[...run.sources].join(', ')})`.replace(' ()', '');
  const until = options.partiesCompleteUntil;
  const parties: PartyStint[] = [];
  for (const stint of run.stints) {
    if (until && stint.from > until) continue;
    const clipped = until !== null && (stint.to === undefined || stint.to > until);
    const to = clipped ? until : stint.to;
    const note = clipped ? `${options.source}; party recorded to ${until} only` : options.source;
    parties.push({ party: stint.party, from: stint.from, ...(to ? { to } : {}), source: note });
  }
  return {
    constituency: options.constituencyOf(run.post),
    from: run.from,
    ...(run.to ? { to: run.to } : {}),
    parties,
    source,
  };
}
