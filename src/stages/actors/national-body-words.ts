/**
 * How the guard of the UK bodies reads some of their written forms (`data/national-body-words.tsv`, #12): forms that
 * are also ordinary English words ("Labour", "Conservative") and forms only Britain's bodies have ("Plaid Cymru",
 * "the Tories"), which tell a story is British.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { nameKey } from './name-key.js';

const READINGS = ['common', 'british'] as const;
export type BodyWordReading = (typeof READINGS)[number];

/** Rows `form<TAB>reading`; `#` starts a comment. Keys are the forms' name keys, as the knowledge base matches them. */
export function parseBodyWords(text: string, path: string): ReadonlyMap<string, BodyWordReading> {
  const out = new Map<string, BodyWordReading>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [form = '', reading = '', ...rest] = line.split('\t').map((f) => f.trim());
    const known = READINGS.find((r) => r === reading);
    if (!form || !known || rest.length > 0) throw new DyadError('E170', { path, line: i + 1, problem: `expected form<TAB>${READINGS.join('|')}` });
    out.set(nameKey(form), known);
  });
  return out;
}

let shipped: ReadonlyMap<string, BodyWordReading> | undefined;

/** How the shipped data reads a body's name as written (`surface`), if it says. */
export function bodyWordReading(surface: string): BodyWordReading | undefined {
  // Asked for at every name: the path is made once, with the table (#13).
  if (!shipped) {
    const path = assetPath('src', 'stages', 'actors', 'data', 'national-body-words.tsv');
    shipped = parseBodyWords(readDataText(path), path);
  }
  return shipped.get(nameKey(surface));
}
