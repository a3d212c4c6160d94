/**
 * An acronym of a state body that other states' bodies also go by ("SEC") is one of those states' body when a
 * country word of that state comes right before it ("the Philippine SEC") or the story is datelined there
 * (`data/shared-acronyms.tsv`): "MANILA - The SEC ordered …" is the Philippine commission, though the actors stage,
 * reading the letters alone, takes the knowledge base's one, the U.S. body. Only the dateline (or, with none, the
 * outlet's home) tells the story's state: a story's main country is often the one the body acts on ("WASHINGTON -
 * The SEC fined Thailand's PTT", review of session 59), so anywhere else the letters stay the knowledge base's
 * ("Icahn said the SEC is looking into …" in a Washington story, training gold reuters-5710).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import type { ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';
import type { Span } from '../../core/span.js';
import type { Place } from '../places/types.js';
import { storyOf } from './context.js';
import { mentionOver, type View } from './view.js';

/** Letters the knowledge base gives to `code` that the bodies of `others` also go by, with the names they spell out. */
export interface SharedAcronym {
  readonly letters: string;
  readonly code: string;
  readonly others: ReadonlySet<string>;
  /** The whole names the letters stand for, which those bodies bear too, each as its words. */
  readonly names: readonly (readonly string[])[];
}

let loaded: ReadonlyMap<string, SharedAcronym> | undefined;

/** The list at `path`, or the one shipped with dyad, read once (only the shipped one is kept). */
export function loadSharedAcronyms(path?: string): ReadonlyMap<string, SharedAcronym> {
  if (path !== undefined) return parseSharedAcronyms(readDataText(path), path);
  const shipped = assetPath('src', 'stages', 'discourse', 'data', 'shared-acronyms.tsv');
  loaded ??= parseSharedAcronyms(readDataText(shipped), shipped);
  return loaded;
}

const CODE = /^[A-Z]{3}$/;

/** Rows `letters<TAB>code<TAB>other|other…[<TAB>name|name…]`; `#` starts a comment line. */
export function parseSharedAcronyms(text: string, path: string): ReadonlyMap<string, SharedAcronym> {
  const out = new Map<string, SharedAcronym>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [letters = '', code = '', others = '', spelled = ''] = line.split('\t').map((f) => f.trim());
    const states = others.split('|');
    const names = spelled ? spelled.split('|').map((n) => n.split(' ')) : [];
    if (!/^[A-Z]{2,6}$/.test(letters) || !CODE.test(code) || !states.every((s) => CODE.test(s) && s !== code)
      || !names.every((words) => words.length > 1 && words.every(Boolean))) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected capital letters, the knowledge base\'s ISO alpha-3 state, other states\' codes (|-separated) and optionally the names spelled out (|-separated, two words or more), tab-separated' });
    }
    out.set(letters, { letters, code, others: new Set(states), names });
  });
  return out;
}

/**
 * The token of a shared acronym's letters, or of the first word of a name they spell out, that a mention of the
 * knowledge base's state is built on: the letters or name themselves ("SEC", "the Securities and Exchange
 * Commission"), an agent or part of them ("SEC officials", "a subcommittee of the SEC"), or a person titled by them
 * ("SEC chairman Emilio Aquino", whose title the actors stage records in its reason).
 */
function lettersIn(view: View, m: ActorMention, shared: ReadonlyMap<string, SharedAcronym>): { acronym: SharedAcronym; at: number } | undefined {
  const words = view.texts.slice(m.tokens[0], m.tokens[1]);
  for (let i = 0; i < words.length && m.kind !== 'person'; i++) {
    const acronym = acronymAt(words, i, shared);
    if (acronym && m.code === acronym.code) return { acronym, at: m.tokens[0] + i };
    // A name before the letters in the mention ("the U.S. SEC") says whose body it is.
    if (view.pos[m.tokens[0] + i]?.upos === 'PROPN') return undefined;
  }
  const title = m.reasons[0]?.['title'];
  if (typeof title !== 'string') return undefined;
  const titleWords = title.split(' ');
  for (let i = 0; i < titleWords.length; i++) {
    const acronym = acronymAt(titleWords, i, shared);
    if (acronym && m.code === acronym.code) return { acronym, at: -1 };
  }
  return undefined;
}

/** The shared acronym whose letters, or one of whose spelled-out names, `words` hold from `i` on. */
function acronymAt(words: readonly string[], i: number, shared: ReadonlyMap<string, SharedAcronym>): SharedAcronym | undefined {
  const letters = shared.get(words[i] ?? '');
  if (letters) return letters;
  for (const acronym of shared.values()) {
    if (acronym.names.some((name) => name.every((word, k) => words[i + k] === word))) return acronym;
  }
  return undefined;
}

/** Whether a mention is built on the letters of a shared acronym and coded the knowledge base's state. */
export function sharedAcronymOf(view: View, m: ActorMention, shared: ReadonlyMap<string, SharedAcronym>): SharedAcronym | undefined {
  return lettersIn(view, m, shared)?.acronym;
}

/**
 * The mentions built on shared acronyms that are another state's body: the state of a country word right before the
 * letters ("the Philippine SEC", in any story), else the story's state `home` (its dateline's, or with no dateline
 * its outlet's) when that state's body goes by the letters. A Washington or London dateline, or none, keeps the
 * knowledge base's state whatever countries the story names ("WASHINGTON - The SEC fined Thailand's PTT").
 */
export function sharedAcronyms(view: View, mentions: readonly ActorMention[], home: string | undefined, shared: ReadonlyMap<string, SharedAcronym>, kb: ActorKb): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    const found = lettersIn(view, m, shared);
    if (!found) continue;
    const before = found.at > 0 ? mentions.find((n) => n.code !== undefined && n.tokens[1] === found.at) : undefined;
    const code = before ? before.code : home;
    if (!code || !found.acronym.others.has(code)) continue;
    const sector = m.sector ?? 'GOV';
    const text = view.texts.slice(m.tokens[0], m.tokens[1]).join(' ');
    const country = kb.actor(kb.country(code) ?? -1);
    const actor = m.kind === 'person' ? { actorId: m.actorId, name: m.name, kind: m.kind } : { actorId: `${code}-${sector}`, name: `${country?.name ?? code} (${sector})`, kind: 'org' as const };
    out.push(mentionOver(view, m.tokens[0], m.tokens[1], { ...actor, code, sector },
      reason('discourse/shared-acronym', { text, code, sector, kb: found.acronym.code })));
  }
  return out;
}

/** The story's state for shared acronyms: its dateline's, or with no dateline its outlet's home. */
export function datelineState(view: View, places: readonly Place[], datelinePlace: Span | undefined, day: string | undefined, outlet: string | undefined): string | undefined {
  const dateline = storyOf(view, [], places, datelinePlace, day).dateline;
  return dateline ? dateline.code : outlet;
}
