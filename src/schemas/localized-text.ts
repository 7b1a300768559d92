import { z } from 'astro/zod';

/** A short human text given in both site languages. */
export const localizedTextSchema = z.strictObject({
  /** The Polish text. */
  pl: z.string().trim().min(1, 'expected a non-empty Polish text'),
  /** The English text. */
  en: z.string().trim().min(1, 'expected a non-empty English text'),
});

/** A text in both languages, as validated. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
