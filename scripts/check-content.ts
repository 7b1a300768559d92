// `npm run check:content`: checks the whole content tree as the build would, without building
// pages. Prints every problem as `file:line:column field: message`, then a summary; exit 1 on a
// refusal. Node runs this file directly (type stripping), like the render worker.
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';

const root = process.cwd();
// Node strips the types of our modules on every start: cached, a second check starts faster.
enableCompileCache(resolve(root, 'node_modules/.cache/kb-check/compiled'));
const { checkContent } = await import('../src/lib/content/check-content.ts');

const contentDir = resolve(root, process.env['KB_CONTENT_DIR'] ?? 'content');
const workers = process.env['KB_RENDER_WORKERS'];
try {
  const report = await checkContent(
    root,
    contentDir,
    workers === undefined ? undefined : Number(workers),
  );
  for (const line of report.lines) console.log(line);
  process.exitCode = report.errors > 0 ? 1 : 0;
} catch (error) {
  // Not a content problem: our own failure, so the stack helps whoever fixes it.
  console.error(error);
  process.exitCode = 2;
}
