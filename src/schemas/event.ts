import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text.ts';

/** One Windows event: a (source, event ID) pair from `content/events/{Source}/{eventId}.yaml`. */
export const eventSchema = z.strictObject({
  /** The numeric event ID, the same as the file name. */
  id: z.number().int('expected a whole number').min(0).max(65535),
  /** The event source as shown in Event Viewer, the same as the folder name. */
  source: z
    .string()
    .trim()
    .min(1)
    .regex(/^[A-Za-z0-9._-]+$/, 'expected letters, digits, dots, dashes or underscores'),
  /** The log the event is written to (Application, System...). */
  log: z.string().trim().min(1),
  /** The event's severity, as Event Viewer names it (any letter case). */
  level: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(['critical', 'error', 'warning', 'information', 'verbose']),
  ),
  /** A short title in both languages. */
  title: localizedTextSchema,
  /** What the event means, in both languages (plain text). */
  description: localizedTextSchema,
});

/** An event entry as validated. */
export type EventEntry = z.infer<typeof eventSchema>;
