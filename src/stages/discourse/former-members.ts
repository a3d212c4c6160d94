/**
 * The union state a place's country lay in on the article's day (`data/former-members.tsv`): the gazetteer knows
 * today's borders, so "BELGRADE, March 15 -" in 1987 is Serbia's and the workers of a Yugoslav strike story took
 * Serbia's code from the dateline (#12). `storyOf` (context.ts) reads every place's country through it, so the
 * dateline, the sentence's place and the story's main country name the state of the day, as the actors stage's
 * historical states do for the people ("Yugoslav" YUG, "Soviet" SUN).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';

/** One member's days in a union: the union's code, first and last day (ISO, both inside). */
interface Membership { readonly union: string; readonly from: string; readonly to: string }

/** Members by their code today. */
export type FormerMembers = ReadonlyMap<string, readonly Membership[]>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Rows `union<TAB>member<TAB>first day<TAB>last day`; `#` a comment; a bad row is E170 naming its line. */
export function parseFormerMembers(text: string, path: string): FormerMembers {
  const out = new Map<string, Membership[]>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [union, member, from, to, ...rest] = line.split('\t').map((c) => c.trim());
    if (rest.length || !/^[A-Z]{3}$/.test(union ?? '') || !/^[A-Z]{3}$/.test(member ?? '') || !DAY.test(from ?? '') || !DAY.test(to ?? '')) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected union code, member code, first day, last day (tab-separated)' });
    }
    out.set(member, [...(out.get(member) ?? []), { union, from, to }]);
  });
  return out;
}

let loaded: FormerMembers | undefined;

/** The list shipped with dyad, read once. */
export function loadFormerMembers(): FormerMembers {
  if (loaded) return loaded;
  const path = assetPath('src', 'stages', 'discourse', 'data', 'former-members.tsv');
  loaded = parseFormerMembers(readDataText(path), path);
  return loaded;
}

/** `code` as the state of `day` (ISO): the union it lay in then, else itself; itself when the day is unknown. */
export function stateOnDay(code: string, day: string | undefined, members: FormerMembers = loadFormerMembers()): string {
  if (!day) return code;
  const d = day.slice(0, 10);
  return members.get(code)?.find((m) => m.from <= d && d <= m.to)?.union ?? code;
}
