/** The `q`-quantile of `xs` (nearest rank). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

/** The median of `xs`. */
export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Rounded to hundredths, for tables. */
export const round = (x: number) => Math.round(x * 100) / 100;
