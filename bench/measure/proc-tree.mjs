import { readdirSync, readFileSync } from 'node:fs';

// Linux only: memory is read from /proc. This kernel has no /proc/<pid>/task/<tid>/children,
// so descendants are found by scanning every process's parent id.

/** The parent pid of every live process. */
function parentMap() {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) may hold spaces and parentheses; fields after the last ')' are safe.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process exited between readdir and read.
    }
  }
  return parents;
}

/** `root` and all its live descendants. */
export function processTree(root) {
  const parents = parentMap();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** Current and peak resident memory of one process in bytes (`VmRSS`, `VmHWM`), or undefined once it exited. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/**
 * Samples the memory of a process tree until stopped. The figure kept is the larger of the
 * highest summed RSS seen in one sample and the highest single-process peak (VmHWM), because
 * a spike between two samples is only visible in VmHWM.
 */
export function startMemorySampler(root, intervalMs = 100) {
  let peakTree = 0;
  let peakSingle = 0;
  let peakAtMs = 0;
  const hwm = new Map();
  const t0 = performance.now();
  // One point a second is enough to tell which build phase the peak falls in.
  const timeline = [];
  let lastPoint = -Infinity;
  const sample = () => {
    let sum = 0;
    for (const pid of processTree(root)) {
      const m = memoryOf(pid);
      if (!m) continue;
      sum += m.rss;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, m.hwm));
      peakSingle = Math.max(peakSingle, m.hwm);
    }
    const at = Math.round(performance.now() - t0);
    if (sum > peakTree) {
      peakTree = sum;
      peakAtMs = at;
    }
    if (at - lastPoint >= 1000) {
      timeline.push([at, Math.round(sum / 2 ** 20)]);
      lastPoint = at;
    }
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    /** Stops sampling; returns peak bytes, when the peak was seen, the processes seen and an RSS timeline ([ms, MiB] pairs). */
    stop() {
      clearInterval(timer);
      return {
        peakBytes: Math.max(peakTree, peakSingle),
        peakTreeRssBytes: peakTree,
        peakSingleHwmBytes: peakSingle,
        peakAtMs,
        processes: hwm.size,
        rssTimelineMiB: timeline,
      };
    },
  };
}
