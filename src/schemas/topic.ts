import { z } from 'astro/zod';

/**
 * An editorial topic (src/data/topics.json) with the rule that assigns articles to
 * it: an article belongs when its text contains the topic's terms at least
 * `minMatches` times (case-insensitive, a term matches at a word start).
 */
export const topicSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string(),
  description: z.string(),
  terms: z.array(z.string().min(2)).min(1),
  minMatches: z.number().int().positive(),
});

export const topicsFileSchema = z.array(topicSchema);

/**
 * A story thread (src/data/story-threads.json): the articles of one topic within a
 * period, read in order, e.g. the 2015 leadership contest's entryism claims.
 */
export const storyThreadSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string(),
  summary: z.string(),
  topic: z.string(),
  /** First and last month of the thread, `YYYY-MM`. */
  from: z.string().regex(/^\d{4}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}$/),
});

export type StoryThread = z.infer<typeof storyThreadSchema>;

/** Why an article is in a topic: the words found (lowercased) and how many matches in all. */
export const topicAssignmentSchema = z.object({
  topic: z.string(),
  matches: z.number().int().positive(),
  terms: z.array(z.string()),
});

export type Topic = z.infer<typeof topicSchema>;
export type TopicAssignment = z.infer<typeof topicAssignmentSchema>;
