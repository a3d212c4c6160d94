/**
 * The state a place's country lay in on the article's day (`data/historical-members.tsv`): the gazetteer and the
 * nationality words know today's borders, so "BELGRADE, March 15 -", "Zagreb police" and "Croatian strikers" of 1987
 * would read Serbia's and Croatia's codes where the state of the day was Yugoslavia (#12). One table for both stages:
 * the events stage recodes each event's parties (`events/states-of-day.ts`, per event, so a dispute inside a union
 * keeps its members' codes), and the discourse stage reads the dateline's, the sentences' and the story's places
 * through `stateOnDay` (context.ts `storyOf`).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';

/** One member's days in a union: the union's code, first and last day (ISO, both inside). */
interface Membership { readonly union: string; readonly from: string; readonly to: string }

/** Members by their code today. */
export type HistoricalMembers = ReadonlyMap<string, readonly Membership[]>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{3}$/;

/** Rows `union<TAB>member<TAB>first day<TAB>last day`; `#` a comment; a bad row is E170 naming its line. */
export function parseHistoricalMembers(text: string, path: string): HistoricalMembers {
  const out = new Map<string, Membership[]>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [union, member, from, to, ...rest] = line.split('\t').map((c) => c.trim());
    if (rest.length || !CODE.test(union ?? '') || !CODE.test(member ?? '') || !DAY.test(from ?? '') || !DAY.test(to ?? '') || (to ?? '') < (from ?? '')) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected union code, member code, first day, last day not before it (tab-separated)' });
    }
    out.set(member, [...(out.get(member) ?? []), { union, from, to }]);
  });
  return out;
}

let loaded: HistoricalMembers | undefined;

/** The table shipped with dyad, read once. */
export function loadHistoricalMembers(): HistoricalMembers {
  if (loaded) return loaded;
  const path = assetPath('src', 'stages', 'actors', 'data', 'historical-members.tsv');
  loaded = parseHistoricalMembers(readDataText(path), path);
  return loaded;
}

/**
 * `code` as the state of `day` (ISO): the union it lay in then, else itself; itself when the day is unknown.
 * @example stateOnDay('SRB', '1987-03-15') // 'YUG'
 */
export function stateOnDay(code: string, day: string | undefined, members: HistoricalMembers = loadHistoricalMembers()): string {
  if (!day) return code;
  const d = day.slice(0, 10);
  return members.get(code)?.find((m) => m.from <= d && d <= m.to)?.union ?? code;
}

/**
 * The unions `code` is, or lay in on any day: a member still inside on the day and one that had left ("Ukraine accused
 * Russia" on 1991-12-20) are both parties to a dispute inside the union.
 * @example unionsOf('UKR') // ['SUN']
 */
export function unionsOf(code: string, members: HistoricalMembers = loadHistoricalMembers()): string[] {
  return [...new Set([...(unions(members).has(code) ? [code] : []), ...(members.get(code)?.map((m) => m.union) ?? [])])];
}

const unionSets = new WeakMap<HistoricalMembers, ReadonlySet<string>>();

/** The union codes of the table, once per table. */
function unions(members: HistoricalMembers): ReadonlySet<string> {
  let found = unionSets.get(members);
  if (!found) unionSets.set(members, (found = new Set([...members.values()].flatMap((list) => list.map((m) => m.union)))));
  return found;
}
