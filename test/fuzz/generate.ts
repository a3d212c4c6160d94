import { seededRandom } from '../../scripts/seeded-random.js';

/** The fuzz size and seeds: brief in `npm test`, long in `npm run fuzz` (`FUZZ_RUNS`, `FUZZ_SEED`). */
export function fuzzPlan(briefRuns: number): { runs: number; seed: number } {
  const runs = Number(process.env.FUZZ_RUNS ?? briefRuns);
  // `npm test` repeats one seed; `npm run fuzz` draws a new one each time unless FUZZ_SEED is given.
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Math.floor(Math.random() * 2 ** 31) : 16;
  return { runs, seed };
}

/** A seeded source of random choices for one fuzz case. */
export class Gen {
  private readonly random: () => number;
  constructor(readonly seed: number) {
    this.random = seededRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = this.int(0, 255);
    return out;
  }
  /** Text mixing ASCII, accents, CJK, emoji, quotes, control and markup characters. */
  text(n: number): string {
    const pieces = ['a', 'Z', ' ', '.', '\n', '"', '“', '”', '«', 'é', 'ü', '中', '😀', '\u0000', '\u0007', '\uFFFD', '<', '>', '&', '{', '}', '[', ']', ',', ':', '\\', "'", 'Putin', 'said', ' met ', 'MOSCOW, June 26. /TASS/.', '\r\n', '\t', '\u200B', '\uD800'];
    let out = '';
    while (out.length < n) out += this.pick(pieces);
    return out;
  }
  /** Bytes of a valid input, mangled: truncated, spliced with random bytes, re-encoded in part. */
  mangle(valid: Buffer): Buffer {
    switch (this.int(0, 5)) {
      case 0:
        return valid.subarray(0, this.int(0, valid.length));
      case 1: {
        const at = this.int(0, valid.length);
        return Buffer.concat([valid.subarray(0, at), this.bytes(this.int(1, 64)), valid.subarray(at)]);
      }
      case 2:
        return Buffer.from(valid.toString('utf8'), 'latin1');
      case 3: {
        const copy = Buffer.from(valid);
        for (let i = 0; i < this.int(1, 20); i++) copy[this.int(0, Math.max(0, copy.length - 1))] = this.int(0, 255);
        return copy;
      }
      case 4:
        return Buffer.concat(Array.from({ length: this.int(2, 40) }, () => valid));
      default:
        return Buffer.from(this.text(this.int(0, 3000)), 'utf8');
    }
  }
}

/** A failure message that names the seed, so the case can be replayed with `FUZZ_SEED`. */
export function replay(seed: number, what: string): string {
  return `fuzz case failed: ${what}\n  replay with: FUZZ_SEED=${seed} FUZZ_RUNS=1 npx vitest run test/fuzz`;
}
