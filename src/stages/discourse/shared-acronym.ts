/**
 * A bare acronym of a state body that other states' bodies also go by ("SEC") is the story's state's body when the
 * story is one of those states' (`data/shared-acronyms.tsv`): "MANILA - The SEC ordered …" is the Philippine
 * commission, though the actors stage, reading the letters alone, takes the knowledge base's one, the U.S. body. The
 * story's state is its dateline's or main country's, counted without these letters' own mentions, which would
 * otherwise vote for the knowledge base's state; in any other story, or one with no country, the letters stay the
 * knowledge base's ("Icahn said the SEC is looking into …" in a Washington story, training gold reuters-5710).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import type { ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';
import { mentionOver, type View } from './view.js';

/** Letters the knowledge base gives to `code` that the bodies of `others` also go by. */
export interface SharedAcronym {
  readonly letters: string;
  readonly code: string;
  readonly others: ReadonlySet<string>;
}

let loaded: ReadonlyMap<string, SharedAcronym> | undefined;

/** The list shipped with dyad, by letters, read once. */
export function loadSharedAcronyms(path?: string): ReadonlyMap<string, SharedAcronym> {
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'shared-acronyms.tsv');
  loaded = parseSharedAcronyms(readDataText(path), path);
  return loaded;
}

const CODE = /^[A-Z]{3}$/;

/** Rows `letters<TAB>code<TAB>other|other…`; `#` starts a comment line. */
export function parseSharedAcronyms(text: string, path: string): ReadonlyMap<string, SharedAcronym> {
  const out = new Map<string, SharedAcronym>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [letters = '', code = '', others = ''] = line.split('\t').map((f) => f.trim());
    const states = others.split('|');
    if (!/^[A-Z]{2,6}$/.test(letters) || !CODE.test(code) || !states.every((s) => CODE.test(s) && s !== code)) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected capital letters, the knowledge base\'s ISO alpha-3 state and other states\' codes (|-separated), tab-separated' });
    }
    out.set(letters, { letters, code, others: new Set(states) });
  });
  return out;
}

/** Whether a mention is the bare letters of a shared acronym with the knowledge base's state ("the SEC", "SEC"). */
export function sharedAcronymOf(view: View, m: ActorMention, shared: ReadonlyMap<string, SharedAcronym>): SharedAcronym | undefined {
  const texts = view.texts.slice(m.tokens[0], m.tokens[1]);
  const bare = view.words[m.tokens[0]] === 'the' ? texts.slice(1) : texts;
  const acronym = bare.length === 1 ? shared.get(bare[0] ?? '') : undefined;
  return acronym && m.code === acronym.code ? acronym : undefined;
}

/** The mentions of shared acronyms that, in a story of `home` (the story's state without them), are its body. */
export function sharedAcronyms(view: View, mentions: readonly ActorMention[], home: string | undefined, shared: ReadonlyMap<string, SharedAcronym>, kb: ActorKb): ActorMention[] {
  if (!home) return [];
  const country = kb.actor(kb.country(home) ?? -1);
  const out: ActorMention[] = [];
  for (const m of mentions) {
    const acronym = sharedAcronymOf(view, m, shared);
    if (!acronym?.others.has(home)) continue;
    const sector = m.sector ?? 'GOV';
    const text = view.texts.slice(m.tokens[0], m.tokens[1]).join(' ');
    out.push(mentionOver(view, m.tokens[0], m.tokens[1], { actorId: `${home}-${sector}`, name: `${country?.name ?? home} (${sector})`, code: home, sector, kind: 'org' },
      reason('discourse/shared-acronym', { text, code: home, sector, kb: acronym.code })));
  }
  return out;
}
