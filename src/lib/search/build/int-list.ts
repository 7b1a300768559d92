/** A list of int32 that grows: the term ids of the whole corpus, one after another. */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1 << 16) {
    this.data = new Int32Array(capacity);
  }
  /** Makes room for `n` more. */
  room(n: number): void {
    if (this.length + n <= this.data.length) return;
    const next = new Int32Array(Math.max(this.data.length * 2, this.length + n));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  /** Appends all of `xs`. */
  add(xs: Int32Array): void {
    this.room(xs.length);
    for (let k = 0; k < xs.length; k++) this.data[this.length++] = xs[k]!;
  }
  /** Appends a copy of its own range `[from, to)`. */
  repeat(from: number, to: number): void {
    this.room(to - from);
    this.data.copyWithin(this.length, from, to);
    this.length += to - from;
  }
}
