import { readFileSync } from 'node:fs';

/** Where a function comes from: our `src/…` file, a package under node_modules, or Node itself. */
export function origin(url, root) {
  if (!url) return '(native/vm)';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 14).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (path.startsWith('node:')) return 'node:internal';
  if (root && path.startsWith(root)) return path.slice(root.length + 1).split('?')[0];
  return path.split('?')[0];
}

/**
 * Summarises a V8 `.cpuprofile`: total sampled time, self time by origin (package or file),
 * and inclusive time of every function (each sample counted once per function on its stack,
 * so recursion is not double-counted). Times are in milliseconds.
 */
export function analyzeProfile(file, root) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) =>
    `${n.callFrame.functionName || '(anonymous)'} ${origin(n.callFrame.url, root)}:${n.callFrame.lineNumber + 1}`;

  const selfByOrigin = new Map();
  const selfByFn = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const node = byId.get(id);
    const fn = node.callFrame.functionName;
    const o =
      fn === '(garbage collector)'
        ? '(garbage collector)'
        : fn === '(idle)'
          ? '(idle)'
          : fn === '(program)'
            ? '(program)'
            : origin(node.callFrame.url, root);
    selfByOrigin.set(o, (selfByOrigin.get(o) ?? 0) + ms);
    selfByFn.set(key(node), (selfByFn.get(key(node)) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  });
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    selfByOrigin: sorted(selfByOrigin),
    selfByFunction: sorted(selfByFn),
    inclusive: sorted(inclusive),
  };
}

/** Inclusive time of the first function whose key matches `pattern` (name and origin). */
export function inclusiveOf(summary, pattern) {
  return summary.inclusive.filter(([k]) => pattern.test(k));
}
