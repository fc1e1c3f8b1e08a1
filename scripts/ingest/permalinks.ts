import type { Permalinks } from '../../src/schemas/permalinks.ts';
import { compareCodePoints } from '../../src/lib/order.ts';

export interface SlugAssignment {
  slug: string;
  /** True when this run gave the article its first permalink. */
  isNew: boolean;
  /** The provisional slug this run replaced (it now redirects), when it replaced one. */
  replaced?: string;
}

/**
 * Assigns article slugs once and for all. A file already in the registry keeps its
 * slug whatever its headline now says; a new file gets the slug of its headline,
 * made unique against every slug and redirect already taken. One pass, a Set lookup per article.
 */
export class PermalinkAssigner {
  private readonly taken = new Set<string>();
  private readonly registry: Permalinks;

  constructor(registry: Permalinks) {
    this.registry = structuredClone(registry);
    for (const entry of Object.values(registry)) {
      this.taken.add(entry.slug);
      for (const old of entry.redirectFrom) this.taken.add(old);
    }
  }

  /**
   * `suffix` disambiguates a clash deterministically (e.g. from the file's hash). A slug from
   * a derived title is `provisional`: it is replaced once, leaving a redirect, the first
   * time the article has a trusted headline (the seed's or an editor's).
   */
  assign(
    sourceFile: string,
    headlineSlug: string,
    suffix: string,
    provisional = false,
  ): SlugAssignment {
    const existing = this.registry[sourceFile];
    if (existing && (!existing.provisional || provisional || existing.slug === headlineSlug)) {
      if (existing.provisional && !provisional) delete existing.provisional;
      return { slug: existing.slug, isNew: false };
    }
    const slug = this.taken.has(headlineSlug) ? `${headlineSlug}-${suffix}` : headlineSlug;
    this.taken.add(slug);
    if (existing) {
      this.registry[sourceFile] = { slug, redirectFrom: [...existing.redirectFrom, existing.slug] };
      return { slug, isNew: false, replaced: existing.slug };
    }
    this.registry[sourceFile] = {
      slug,
      redirectFrom: [],
      ...(provisional ? { provisional: true } : {}),
    };
    return { slug, isNew: true };
  }

  /** The registry with this run's additions, keys sorted so the file diffs cleanly. */
  toJSON(): Permalinks {
    return Object.fromEntries(
      Object.entries(this.registry).sort(([a], [b]) => compareCodePoints(a, b)),
    );
  }
}
