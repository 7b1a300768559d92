import { createRng, hashSeed } from './prng.mjs';
import { paragraph } from './phrases.mjs';
import {
  COMPONENTS,
  EVENT_SOURCES,
  HRESULT_PREFIXES,
  LOGS,
  NAME_PARTS,
  SMTP_BASIC,
  SMTP_ENHANCED,
  SYMPTOMS,
} from './terms.mjs';

const LEVELS = ['error', 'error', 'warning', 'information'];

/** A short [en, pl] title for a catalog entry. */
function title(rng) {
  const [cen, cpl] = rng.pick(COMPONENTS);
  const [sen, spl] = rng.pick(SYMPTOMS);
  const en = `${cen[0].toUpperCase()}${cen.slice(1)}: ${sen}`;
  const pl = `${cpl[0].toUpperCase()}${cpl.slice(1)}: ${spl}`;
  return { en, pl };
}

/** Plain-text description in both languages (catalog descriptions are not Markdown). */
function description(rng, ctx) {
  const p = paragraph(rng, ctx, 2, 3);
  const strip = (s) => s.replace(/[`*]/g, '');
  return { en: strip(p.en), pl: strip(p.pl) };
}

/**
 * The event and error-code catalogs for a corpus of `n` articles. Sizes grow with the corpus
 * (about one event and one code per four articles) because large knowledge bases cite many
 * distinct codes, and every catalog entry becomes a page of its own.
 */
export function generateCatalogs(seed, n) {
  const rng = createRng(hashSeed(seed, 'catalogs'));
  const eventCount = Math.max(12, Math.round(n / 4));
  const errorCount = Math.max(12, Math.round(n / 4));
  const ctx = { events: [], errors: [], products: [] };

  const events = [];
  const eventKeys = new Set();
  while (events.length < eventCount) {
    const source = rng.pickSkewed(EVENT_SOURCES);
    const id = rng.chance(0.7) ? rng.int(1000, 9999) : rng.int(1, 65535);
    const key = `${source}/${id}`;
    if (eventKeys.has(key)) continue;
    eventKeys.add(key);
    events.push({
      key,
      source,
      id,
      log: rng.pick(LOGS),
      level: rng.pick(LEVELS),
      title: title(rng),
      description: description(rng, { ...ctx, events: [{ id, source }] }),
    });
  }

  const errors = [];
  const errorKeys = new Set();
  const add = (entry) => {
    const key = `${entry.kind}/${entry.code}`;
    if (errorKeys.has(key)) return;
    errorKeys.add(key);
    errors.push({
      key,
      ...entry,
      title: title(rng),
      description: description(rng, { ...ctx, errors: [{ display: entry.display }] }),
    });
  };
  // Every kind and both SMTP forms appear even in the smallest corpus.
  for (const [code, text] of SMTP_BASIC.filter(([c]) =>
    ['504', '505', '550', '421', '451', '530'].includes(c),
  ))
    add({ kind: 'smtp', code, text, display: code });
  for (const code of SMTP_ENHANCED.slice(0, 3))
    add({ kind: 'smtp', code, text: `${code} Delivery not authorized`, display: code });
  while (errors.length < errorCount) {
    const roll = rng.next();
    if (roll < 0.15) {
      const [code, text] = rng.pick(SMTP_BASIC);
      add({ kind: 'smtp', code, text, display: code });
    } else if (roll < 0.3) {
      const code = rng.chance(0.3)
        ? rng.pick(SMTP_ENHANCED)
        : `${rng.pick([4, 5])}.${rng.int(0, 7)}.${rng.int(0, 999)}`;
      add({
        kind: 'smtp',
        code,
        text: `${code} ${rng.pick(['Access denied', 'Recipient rejected', 'Message expired', 'Relay not permitted'])}`,
        display: code,
      });
    } else if (roll < 0.65) {
      const value = (0x80000000 + rng.int(0, 0x7fffffff)) >>> 0;
      const code = `0x${value.toString(16).padStart(8, '0')}`;
      // Logs print HRESULTs in upper case; the catalog stores the normal (lower-case) form.
      add({
        kind: 'hresult',
        code,
        name: `${rng.pick(HRESULT_PREFIXES)}${rng.pick(NAME_PARTS)}`,
        display: `0x${code.slice(2).toUpperCase()}`,
      });
    } else {
      const code = String(rng.int(1, 15999));
      add({
        kind: 'win32',
        code,
        ...(rng.chance(0.6) ? { name: `ERROR_${rng.pick(NAME_PARTS)}` } : {}),
        display: code,
      });
    }
  }
  return { events, errors };
}

/** The YAML object of an event, in the contract's field order. */
export const eventYaml = (e) => ({
  id: e.id,
  source: e.source,
  log: e.log,
  level: e.level,
  title: { pl: e.title.pl, en: e.title.en },
  description: { pl: e.description.pl, en: e.description.en },
});

/** The YAML object of an error code, in the contract's field order. */
export const errorYaml = (e) => ({
  code: e.code,
  kind: e.kind,
  ...(e.name ? { name: e.name } : {}),
  ...(e.text ? { text: e.text } : {}),
  title: { pl: e.title.pl, en: e.title.en },
  description: { pl: e.description.pl, en: e.description.en },
});
