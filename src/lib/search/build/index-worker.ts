// A worker thread that builds and writes the search index of every language: Node runs this file
// directly (type stripping), so it and the modules it imports use relative `.ts` imports.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ErrorCodeEntry } from '../../../schemas/error-code.ts';
import type { EventEntry } from '../../../schemas/event.ts';
import type { Lang } from '../../../i18n/keys.ts';
import { emitSearchFiles } from './files.ts';
import { indexInput } from './index-input.ts';
import type { IndexArticle } from './input.ts';
import { unpackText, type PackedTexts } from './packed-texts.ts';
import { indexWriter } from './write-index.ts';

/** What the content load hands over: the folder, and the content of every language. */
export interface IndexJob {
  dir: string;
  langs: Array<{
    lang: Lang;
    /** The articles without their rendered bodies... */
    articles: Array<Omit<IndexArticle, 'html'>>;
    /** ...which come packed, in the same order. */
    bodies: PackedTexts;
  }>;
  events: EventEntry[];
  errors: ErrorCodeEntry[];
}

const job = workerData as IndexJob;
let files = 0;
for (const { lang, articles, bodies } of job.langs) {
  const decoder = new TextDecoder();
  // Each body is decoded when its text is read, and is garbage right after: holding them all
  // made the collector copy hundreds of megabytes at 10,000 articles.
  const full = articles.map((a, i) => ({
    ...a,
    get html() {
      return unpackText(bodies, i, decoder);
    },
  }));
  const writer = indexWriter(join(job.dir, lang));
  emitSearchFiles(indexInput(lang, full, job.events, job.errors), writer.write);
  files += writer.count();
}
// This thread's own CPU time (building, writing, loading its modules): what the index costs the build.
const { user, system } = process.threadCpuUsage();
parentPort?.postMessage({ files, cpuMs: Math.round((user + system) / 1000) });
