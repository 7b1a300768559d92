// A worker thread that builds and writes the search index of every language: Node runs this file
// directly (type stripping), so it and the modules it imports use relative `.ts` imports.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ErrorCodeEntry } from '../../../schemas/error-code.ts';
import type { EventEntry } from '../../../schemas/event.ts';
import type { Lang } from '../../../i18n/keys.ts';
import { buildSearchFiles } from './files.ts';
import { indexInput } from './index-input.ts';
import type { IndexArticle } from './input.ts';
import { writeIndexFiles } from './write-index.ts';

/** What the content load hands over: the folder, and the content of every language. */
export interface IndexJob {
  dir: string;
  langs: Array<{ lang: Lang; articles: IndexArticle[] }>;
  events: EventEntry[];
  errors: ErrorCodeEntry[];
}

const job = workerData as IndexJob;
let files = 0;
for (const { lang, articles } of job.langs)
  files += writeIndexFiles(
    join(job.dir, lang),
    buildSearchFiles(indexInput(lang, articles, job.events, job.errors)),
  );
// This thread's own CPU time (building, writing, loading its modules): what the index costs the build.
const { user, system } = process.threadCpuUsage();
parentPort?.postMessage({ files, cpuMs: Math.round((user + system) / 1000) });
