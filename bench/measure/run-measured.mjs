import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { startMemorySampler } from './proc-tree.mjs';

/** Log lines that open a phase of an Astro build, and the phase's name. */
const MARKERS = [
  [/\[content\] Syncing content/, 'content sync'],
  [/\[types\] Generated/, 'build info'],
  [/Building static entrypoints/, 'vite bundling'],
  [/generating static routes/, 'page generation'],
  [/[├└]─ /, 'first page'],
  [/\[build\] \d+ page\(s\) built/, 'finishing'],
];

/**
 * Runs a command to completion while measuring its wall time and the peak memory of its whole
 * process tree. Output goes to `logFile` rather than the console, because a 20,000-page build
 * log would bury the benchmark's table; the tail is returned for error messages. After
 * `timeoutMs` (if given) the whole process group is stopped and the run says `timedOut`.
 */
export function runMeasured(command, args, { env, cwd, logFile, timeoutMs }) {
  return new Promise((resolvePromise) => {
    const log = createWriteStream(logFile);
    const t0 = performance.now();
    // With a time limit, its own process group, so the limit stops Astro's workers too.
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: timeoutMs !== undefined,
    });
    const sampler = startMemorySampler(child.pid);
    let timedOut = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              // already gone
            }
          }, timeoutMs);
    // When each phase starts, in ms since spawn: Astro's own timestamps have one-second resolution.
    const phaseStarts = [];
    let pending = '';
    child.stdout.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const line of lines) {
        for (const [re, name] of MARKERS)
          if (re.test(line) && !phaseStarts.some((p) => p.phase === name))
            phaseStarts.push({ phase: name, atMs: Math.round(performance.now() - t0) });
      }
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Math.round(performance.now() - t0);
      // The time before the first page: route paths, props and Astro's data store are read there.
      const at = (phase) => phaseStarts.find((p) => p.phase === phase)?.atMs;
      const firstPage = at('first page');
      const beforeFirstPageMs =
        firstPage === undefined ? undefined : firstPage - (at('page generation') ?? firstPage);
      const memory = sampler.stop();
      const peakPhase =
        [...phaseStarts].reverse().find((p) => p.atMs <= memory.peakAtMs)?.phase ?? 'start-up';
      log.end(() => {
        const text = readFileSync(logFile, 'utf8');
        // Astro's own count, as a cross-check of the pages counted in the output folder.
        const pages = /(\d+) page\(s\) built/.exec(text);
        resolvePromise({
          ok: code === 0 && !timedOut,
          exitCode: code ?? -1,
          signal,
          timedOut,
          wallMs,
          ...memory,
          peakPhase,
          phaseStarts,
          beforeFirstPageMs,
          astroPages: pages ? Number(pages[1]) : undefined,
          logTail: text.split('\n').slice(-25).join('\n'),
        });
      });
    });
  });
}
