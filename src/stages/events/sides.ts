/**
 * Whether two coded participants are different sides, for the rules that never let a side accuse, judge or blame
 * itself (speech-content.ts, judged-predicates.ts, blame-predicates.ts, code-nominal.ts, reported-accusations.ts).
 * Different codes are different sides; within one code, only sectors that are rivals
 * (data/rival-sectors.tsv: a government and its opposition, "the Tories accused the government", #12) are.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';

interface Sided {
  readonly code?: string;
  readonly sector?: string;
}

let rivals: ReadonlySet<string> | undefined;

/** Rows `sector<TAB>sector`, each pair read both ways; `#` starts a comment line. */
export function parseRivalSectors(text: string, path: string): ReadonlySet<string> {
  const out = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const fields = line.split('\t').map((f) => f.trim());
    const [a = '', b = ''] = fields;
    if (fields.length !== 2 || !/^[A-Z]{3}$/.test(a) || !/^[A-Z]{3}$/.test(b) || a === b) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected two different three-letter sectors, tab-separated' });
    }
    out.add(`${a}\t${b}`).add(`${b}\t${a}`);
  });
  return out;
}

function rivalSectors(): ReadonlySet<string> {
  const path = assetPath('src', 'stages', 'events', 'data', 'rival-sectors.tsv');
  rivals ??= parseRivalSectors(readDataText(path), path);
  return rivals;
}

/** Whether `a` and `b` are both coded and are different sides (different codes, or rival sectors of one code). */
export function isOtherSide(a: Sided | undefined, b: Sided, pairs: ReadonlySet<string> = rivalSectors()): boolean {
  if (!a?.code || !b.code) return false;
  if (a.code !== b.code) return true;
  return !!a.sector && !!b.sector && pairs.has(`${a.sector}\t${b.sector}`);
}
