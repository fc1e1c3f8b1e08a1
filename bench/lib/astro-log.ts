/**
 * Reads Astro's build log for where the time went: content sync, type generation, the Vite
 * builds, page generation (each route's `(+N ms)`, summed by section), and the slowest pages.
 */

export interface AstroBuildTimings {
  /** `[content] Syncing content` to `Synced content`, from the log's clock (1 s resolution). */
  contentSyncS: number | null;
  /** Per section (first path segment), pages and their summed render time. */
  sections: { section: string; pages: number; ms: number }[];
  slowest: { path: string; ms: number }[];
  /** "Completed in" lines in order: collecting build info, static entrypoints, generating pages… */
  completed: number[];
}

function clock(line: string): number | null {
  const m = /^(\d\d):(\d\d):(\d\d)/.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}

export function astroBuildTimings(log: string): AstroBuildTimings {
  const lines = log.split('\n');
  const syncing = lines.find((l) => l.includes('[content] Syncing content'));
  const synced = lines.find((l) => l.includes('[content] Synced content'));
  const a = syncing ? clock(syncing) : null;
  const b = synced ? clock(synced) : null;
  const sections = new Map<string, { pages: number; ms: number }>();
  const pages: { path: string; ms: number }[] = [];
  for (const line of lines) {
    const m = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line);
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const path = m[1]!;
    pages.push({ path, ms });
    const section = `/${path.split('/')[1] ?? ''}/`.replace(/\/[^/]*\.(html|xml|txt)\/$/, '/');
    const entry = sections.get(section) ?? { pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += ms;
    sections.set(section, entry);
  }
  const completed = lines.flatMap((l) => {
    const m = /Completed in (\d+(?:\.\d+)?)(ms|s)/.exec(l);
    return m ? [Number(m[1]) * (m[2] === 's' ? 1 : 0.001)] : [];
  });
  return {
    contentSyncS: a !== null && b !== null ? b - a : null,
    sections: [...sections].map(([section, v]) => ({ section, ...v })).sort((x, y) => y.ms - x.ms),
    slowest: pages.sort((x, y) => y.ms - x.ms).slice(0, 10),
    completed,
  };
}
