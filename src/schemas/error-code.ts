import { z } from 'astro/zod';
import { ERROR_KINDS } from '../lib/codes/error-codes.ts';
import { localizedTextSchema } from './localized-text.ts';

/** One error code from `content/errors/{kind}/{code}.yaml`. */
export const errorCodeSchema = z.strictObject({
  /** The normalised code, the same as the file name (`504`, `5.7.1`, `0x8009030c`, `1326`). */
  code: z.union([z.string(), z.number()]).transform(String),
  /** Which family the code belongs to. */
  kind: z.enum(ERROR_KINDS),
  /** The symbolic name, if it has one (`SEC_E_LOGON_DENIED`). */
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'expected a symbolic name such as SEC_E_LOGON_DENIED')
    .optional(),
  /** The literal reply as it appears in logs (`504 need to authenticate first`). */
  text: z.string().trim().min(1).optional(),
  /** A short title in both languages. */
  title: localizedTextSchema,
  /** What the code means, in both languages (plain text). */
  description: localizedTextSchema,
});

/** An error-code entry as validated. */
export type ErrorCodeEntry = z.infer<typeof errorCodeSchema>;
