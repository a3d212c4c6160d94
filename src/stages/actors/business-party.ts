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

let parties: ReadonlyMap<string, PartyPlace> | undefined;

/** Rows of `unlocated-parties.tsv`: kind, then |-separated nouns; problems carry their line. */
export function parseUnlocatedParties(text: string): { readonly nouns: Map<string, PartyPlace>; readonly problems: { line: number; reason: string }[] } {
  const nouns = new Map<string, PartyPlace>();
  const problems: { line: number; reason: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [kind, words = ''] = line.split('\t');
    const list = words.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean);
    if ((kind !== 'party' && kind !== 'subject') || !list.length) problems.push({ line: i + 1, reason: 'expected party or subject, a tab and |-separated nouns' });
    else for (const w of list) nouns.set(w, kind);
  });
  return { nouns, problems };
}

function unlocatedParties(): ReadonlyMap<string, PartyPlace> {
  if (parties) return parties;
  const path = assetPath('src', 'stages', 'actors', 'data', 'unlocated-parties.tsv');
  const { nouns, problems } = parseUnlocatedParties(readDataText(path));
  if (problems[0]) throw new DyadError('E170', { path, line: problems[0].line, problem: problems[0].reason });
  parties = nouns;
  return nouns;
}

/** Where an agent noun of this key is a party the text may leave unlocated, if it is one (never for its own sectors). */
export function unlocatedParty(key: string): PartyPlace | undefined {
  return unlocatedParties().get(key);
}

/** Whether an agent noun of this key and sector is a business party the text may leave unlocated anywhere. */
export function isBusinessParty(key: string, sector: string | undefined): boolean {
  return sector === 'BUS' && unlocatedParty(key) === 'party';
}

/** What the word before a group noun makes of the group: a sector, NGO (no country), or none (no side). */
let groupKinds: ReadonlyMap<string, string> | undefined;

/** Rows of `group-kinds.tsv`: kind (a sector code, NGO or none), then |-separated words; problems carry their line. */
export function parseGroupKinds(text: string): { readonly words: Map<string, string>; readonly problems: { line: number; reason: string }[] } {
  const words = new Map<string, string>();
  const problems: { line: number; reason: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [kind = '', list = ''] = line.split('\t');
    const items = list.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean);
    if (!/^(?:[A-Z]{3}|none)$/.test(kind) || !items.length) problems.push({ line: i + 1, reason: 'expected a sector code, NGO or none, a tab and |-separated words' });
    else for (const w of items) words.set(w, kind);
  });
  return { words, problems };
}

/**
 * What the modifiers before a group noun ("Trade union groups", "Younger age groups": their keys in text order) make
 * of it by `data/group-kinds.tsv`: the nearest listed word's kind, or undefined when none is listed.
 */
export function groupKind(modifiers: readonly string[]): string | undefined {
  if (!groupKinds) {
    const path = assetPath('src', 'stages', 'actors', 'data', 'group-kinds.tsv');
    const { words, problems } = parseGroupKinds(readDataText(path));
    if (problems[0]) throw new DyadError('E170', { path, line: problems[0].line, problem: problems[0].reason });
    groupKinds = words;
  }
  for (let i = modifiers.length - 1; i >= 0; i--) {
    const kind = groupKinds.get(modifiers[i] ?? '');
    if (kind) return kind;
  }
  return undefined;
}
