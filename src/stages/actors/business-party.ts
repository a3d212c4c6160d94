/**
 * Agent nouns outside resolve.ts's party sectors (business, civil society) that still make a mention when the text
 * never says whose they are, so that the discourse stage can give them a country from context:
 * `data/unlocated-parties.tsv` (#12). `party` nouns count wherever a plural heads its phrase ("Employers offered IG
 * Metall a 2.7 pct rise"); `subject` nouns only as a plural opening a clause before its verb ("Church groups
 * welcomed the limit", "sugar traders threaten to …"), since elsewhere they are mostly no side.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';

/** Where a listed noun is a party: anywhere it heads a plural phrase, or only as a clause's opening subject. */
export type PartyPlace = 'party' | 'subject';

/** A kind<TAB>|-separated words file read into word → kind; rows with another kind or no word are problems. */
function parseKindLists<K extends string>(text: string, isKind: (kind: string) => kind is K, expected: string): { readonly words: Map<string, K>; readonly problems: { line: number; reason: string }[] } {
  const words = new Map<string, K>();
  const problems: { line: number; reason: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [kind = '', list = ''] = line.split('\t');
    const items = list.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean);
    if (!isKind(kind) || !items.length) problems.push({ line: i + 1, reason: `expected ${expected}, a tab and |-separated words` });
    else for (const w of items) words.set(w, kind);
  });
  return { words, problems };
}

/** One of the stage's kind-list data files, loaded once; a bad row stops loading with E170 naming its line. */
function loadKindLists<K extends string>(file: string, isKind: (kind: string) => kind is K, expected: string): ReadonlyMap<string, K> {
  const path = assetPath('src', 'stages', 'actors', 'data', file);
  const { words, problems } = parseKindLists(readDataText(path), isKind, expected);
  if (problems[0]) throw new DyadError('E170', { path, line: problems[0].line, problem: problems[0].reason });
  return words;
}

const isPartyPlace = (kind: string): kind is PartyPlace => kind === 'party' || kind === 'subject';
const isGroupKind = (kind: string): kind is string => /^(?:[A-Z]{3}|none)$/.test(kind);

/** Rows of `unlocated-parties.tsv`: party or subject, then |-separated nouns; problems carry their line. */
export const parseUnlocatedParties = (text: string) => parseKindLists(text, isPartyPlace, 'party or subject');

let parties: ReadonlyMap<string, PartyPlace> | undefined;
const unlocatedParties = (): ReadonlyMap<string, PartyPlace> => (parties ??= loadKindLists('unlocated-parties.tsv', isPartyPlace, 'party or subject'));

/** Where an agent noun of this key is a party the text may leave unlocated, if it is one (never for its own sectors). */
export function unlocatedParty(key: string): PartyPlace | undefined {
  return unlocatedParties().get(key);
}

/** Whether an agent noun of this key and sector is a business party the text may leave unlocated anywhere. */
export function isBusinessParty(key: string, sector: string | undefined): boolean {
  return sector === 'BUS' && unlocatedParty(key) === 'party';
}

/** Rows of `group-kinds.tsv`: kind (a sector code, NGO or none), then |-separated words; problems carry their line. */
export const parseGroupKinds = (text: string) => parseKindLists(text, isGroupKind, 'a sector code, NGO or none');

/** What the word before a group noun makes of the group: a sector, NGO (no country), or none (no side). */
let groupKinds: ReadonlyMap<string, string> | undefined;

/**
 * What the modifiers before a group noun ("Trade union groups", "Younger age groups": their keys in text order) make
 * of it by `data/group-kinds.tsv`: the nearest listed word's kind, or undefined when none is listed.
 */
export function groupKind(modifiers: readonly string[]): string | undefined {
  groupKinds ??= loadKindLists('group-kinds.tsv', isGroupKind, 'a sector code, NGO or none');
  for (let i = modifiers.length - 1; i >= 0; i--) {
    const kind = groupKinds.get(modifiers[i] ?? '');
    if (kind) return kind;
  }
  return undefined;
}
