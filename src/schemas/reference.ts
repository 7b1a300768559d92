import { z } from 'astro/zod';
import { ERROR_KINDS } from '../lib/codes/error-codes.ts';

/** A reference to an event: `Source/eventId` (`MSExchangeTransport/7004`). */
export const eventRefSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9._-]+\/\d+$/,
    'expected an event reference Source/eventId, such as MSExchangeTransport/7004',
  );

/** A reference to an error code: `kind/code` (`smtp/504`, `hresult/0x8009030c`). */
export const errorRefSchema = z
  .string()
  .regex(
    new RegExp(`^(${ERROR_KINDS.join('|')})/[0-9a-zA-Z.]+$`),
    'expected an error reference kind/code, such as smtp/504 or hresult/0x8009030c',
  );

/**
 * A KB number, written as a number or a string (`123456`, `KB123456`, `Q123456`); kept as digits
 * in canonical form, without leading zeros (`0123456` is KB 123456, as search finds it).
 */
export const kbNumberSchema = z
  .union([
    z.number().int().nonnegative(),
    z
      .string()
      .trim()
      .regex(/^(?:KB|Q)?\s?\d+$/i, 'expected a KB number such as 123456'),
  ])
  .transform((v) =>
    String(v)
      .replace(/^(?:KB|Q)?\s?/i, '')
      .replace(/^0+(?=\d)/, ''),
  );

/** A lowercase slug used as an id in URLs (`tls-before-auth`). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug (a-z, 0-9 and single dashes)');
