/**
 * The arc-eager transition system (Nivre 2003) with the root placed after the last word
 * (Ballesteros & Nivre 2013): a stack, a buffer whose front is `next`, and four transitions.
 * Every word ends with a head; words attached to the root position become sentence roots.
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const TRANSITIONS = ['shift', 'reduce', 'left', 'right'] as const;

/**
 * A parser configuration over `n` words; index `n` is the root. A parser reuses one state from
 * sentence to sentence (`reset`), so parsing allocates no arrays once the longest sentence is seen.
 */
export class ParseState {
  n = 0;
  stack!: Int32Array;
  depth = 0;
  /** Front of the buffer; the parse ends when it reaches the root and the stack is empty. */
  next = 0;
  heads!: Int32Array;
  labels!: Int32Array;
  leftmost!: Int32Array;
  rightmost!: Int32Array;
  /** Second leftmost and second rightmost children, for third-order features. */
  leftmost2!: Int32Array;
  rightmost2!: Int32Array;
  leftCount!: Uint8Array;
  rightCount!: Uint8Array;

  constructor(n: number) {
    this.reset(n);
  }

  /** Start over on a sentence of `n` words. */
  reset(n: number): void {
    if (this.stack === undefined || this.stack.length < n + 1) this.grow(n + 1);
    this.n = n;
    this.depth = 0;
    this.next = 0;
    this.heads.fill(-1, 0, n + 1);
    this.labels.fill(-1, 0, n + 1);
    this.leftmost.fill(-1, 0, n + 1);
    this.rightmost.fill(-1, 0, n + 1);
    this.leftmost2.fill(-1, 0, n + 1);
    this.rightmost2.fill(-1, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
  }

  private grow(size: number): void {
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.labels = new Int32Array(size);
    this.leftmost = new Int32Array(size);
    this.rightmost = new Int32Array(size);
    this.leftmost2 = new Int32Array(size);
    this.rightmost2 = new Int32Array(size);
    this.leftCount = new Uint8Array(size);
    this.rightCount = new Uint8Array(size);
  }

  get isFinal(): boolean {
    return this.next >= this.n && this.depth === 0;
  }

  /** The word `i` places below the stack top (0 = top), or -1. */
  stackAt(i: number): number {
    return this.depth > i ? this.stack[this.depth - 1 - i] : -1;
  }

  isValid(t: number): boolean {
    switch (t) {
      case SHIFT:
        return this.next < this.n;
      case REDUCE:
        return this.depth > 0 && this.heads[this.stack[this.depth - 1]] >= 0;
      case LEFT:
        return this.depth > 0 && this.heads[this.stack[this.depth - 1]] < 0;
      default:
        return this.depth > 0 && this.next < this.n;
    }
  }

  /**
   * The one valid transition when there is no choice, else -1: SHIFT on an empty stack; REDUCE
   * or LEFT (to the root) once the buffer holds only the root. RIGHT is never forced.
   */
  onlyValid(): number {
    if (this.depth === 0) return this.next < this.n ? SHIFT : -1;
    if (this.next < this.n) return -1;
    return this.heads[this.stack[this.depth - 1]] >= 0 ? REDUCE : LEFT;
  }

  apply(t: number, label: number): void {
    if (t === SHIFT) {
      this.stack[this.depth++] = this.next++;
    } else if (t === REDUCE) {
      this.depth--;
    } else if (t === LEFT) {
      this.attach(this.next, this.stack[--this.depth], label);
    } else {
      this.attach(this.stack[this.depth - 1], this.next, label);
      this.stack[this.depth++] = this.next++;
    }
  }

  private attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    if (dep < head) {
      if (this.leftmost[head] < 0 || dep < this.leftmost[head]) {
        this.leftmost2[head] = this.leftmost[head];
        this.leftmost[head] = dep;
      } else if (this.leftmost2[head] < 0 || dep < this.leftmost2[head]) {
        this.leftmost2[head] = dep;
      }
      if (this.leftCount[head] < 255) this.leftCount[head]++;
    } else {
      if (dep > this.rightmost[head]) {
        this.rightmost2[head] = this.rightmost[head];
        this.rightmost[head] = dep;
      } else if (dep > this.rightmost2[head]) {
        this.rightmost2[head] = dep;
      }
      if (this.rightCount[head] < 255) this.rightCount[head]++;
    }
  }
}
