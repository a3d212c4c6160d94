/**
 * An acronym of a state body that other states' bodies also go by ("SEC") is one of those states' body when a
 * country word of that state comes right before it ("the Philippine SEC") or the story is datelined there
 * (`data/shared-acronyms.tsv`): "MANILA - The SEC ordered …" is the Philippine commission, though the actors stage,
 * reading the letters alone, takes the knowledge base's one, the U.S. body. Only the dateline (or, with none, the
 * outlet's home) tells the story's state: a story's main country is often the one the body acts on ("WASHINGTON -
 * The SEC fined Thailand's PTT", review of session 59), so anywhere else the letters stay the knowledge base's
 * ("Icahn said the SEC is looking into …" in a Washington story, training gold reuters-5710). The story's own words
 * outrank its dateline: a country word or nationality adjective before the letters ("the U.S. SEC", "the American
 * SEC"), a place after them ("the SEC in Washington"), and the knowledge base's body once named so ("U.S. Securities
 * and Exchange Commission Chairman Gary Gensler … The Securities and Exchange Commission chairman"; review rv-b of
 * session 60, #5 and #6).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import type { ActorKb } from '../actors/kb.js';
import { nameKey } from '../actors/name-key.js';
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
 * A shared acronym found in a mention: the token of its letters (or spelled-out name) and the one after them (both -1
 * in a title), and the words before them, each with whether it is a name.
 */
interface Found {
  readonly acronym: SharedAcronym;
  readonly at: number;
  readonly end: number;
  readonly before: readonly { readonly text: string; readonly isName: boolean }[];
}

/**
 * The token of a shared acronym's letters, or of the first word of a name they spell out, that a mention of the
 * knowledge base's state is built on: the letters or name themselves ("SEC", "the Securities and Exchange
 * Commission"), an agent or part of them ("SEC officials", "a subcommittee of the SEC"), or a person titled by them
 * ("SEC chairman Emilio Aquino", whose title the actors stage records in its reason).
 */
function lettersIn(view: View, m: ActorMention, shared: ReadonlyMap<string, SharedAcronym>): Found | undefined {
  const words = view.texts.slice(m.tokens[0], m.tokens[1]);
  for (let i = 0; i < words.length; i++) {
    const at = acronymAt(words, i, shared);
    if (at && m.code === at.acronym.code) {
      const before = words.slice(0, i).map((text, k) => ({ text, isName: view.pos[m.tokens[0] + k]?.upos === 'PROPN' }));
      return { acronym: at.acronym, at: m.tokens[0] + i, end: m.tokens[0] + i + at.length, before };
    }
  }
  const title = m.reasons[0]?.['title'];
  if (typeof title !== 'string') return undefined;
  const titleWords = title.split(' ');
  for (let i = 0; i < titleWords.length; i++) {
    const acronym = acronymAt(titleWords, i, shared)?.acronym;
    if (acronym && m.code === acronym.code) return { acronym, at: -1, end: -1, before: titleWords.slice(0, i).map((text) => ({ text, isName: false })) };
  }
  return undefined;
}

/**
 * Whose body the words before the letters say it is: the state of a country word or nationality adjective ("the U.S.
 * SEC", "the American Securities and Exchange Commission": review rv-b of session 60, #6), else `null` for another
 * name, which says whose though not which state ("the Makati SEC"), else `undefined`.
 */
function ownerOf(found: Found, kb: ActorKb): string | null | undefined {
  let owner: string | null | undefined;
  for (const word of found.before) {
    const state = stateOf(word.text, kb);
    if (state) return state;
    if (word.isName) owner = null;
  }
  return owner;
}

/** The state a country word or nationality adjective names ("U.S.", "American"), if it is one. */
function stateOf(text: string, kb: ActorKb): string | undefined {
  const key = nameKey(text);
  return kb.adjective(key) ?? (kb.named(key) ?? []).map((i) => kb.actor(i)).find((a) => a?.kind === 'country')?.roles[0]?.code;
}

/**
 * Whether the letters at `found` are placed in the knowledge base's state `code` right after them ("the Securities and
 * Exchange Commission in Washington", "the SEC in the United States": review rv-b of session 60, #5): a locative, any
 * definite article, then a place of that state, in the mention (the actors stage may take the place into it) or as
 * the mention after it.
 */
function isPlacedIn(view: View, m: ActorMention, found: Found, kb: ActorKb): boolean {
  const code = found.acronym.code;
  let t = found.end;
  if (t < 0 || !view.pack.locatives.has(view.words[t] ?? '')) return false;
  for (t++; view.pack.definiteArticles.has(view.words[t] ?? ''); t++);
  if (t >= m.tokens[1]) return view.mentionAt[t]?.code === code;
  const key = nameKey(view.texts.slice(t, m.tokens[1]).join(' '));
  return (kb.named(key) ?? []).some((i) => kb.actor(i)?.roles.some((r) => r.code === code));
}

/** The shared acronym whose letters, or one of whose spelled-out names, `words` hold from `i` on, with how many words. */
function acronymAt(words: readonly string[], i: number, shared: ReadonlyMap<string, SharedAcronym>): { acronym: SharedAcronym; length: number } | undefined {
  const letters = shared.get(words[i] ?? '');
  if (letters) return { acronym: letters, length: 1 };
  for (const acronym of shared.values()) {
    const name = acronym.names.find((spelled) => spelled.every((word, k) => words[i + k] === word));
    if (name) return { acronym, length: name.length };
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
 * its outlet's) when that state's body goes by the letters, unless the mention is placed in the knowledge base's
 * state or the story named that state's body before it. A Washington or London dateline, or none, keeps the
 * knowledge base's state whatever countries the story names ("WASHINGTON - The SEC fined Thailand's PTT").
 */
export function sharedAcronyms(view: View, mentions: readonly ActorMention[], home: string | undefined, shared: ReadonlyMap<string, SharedAcronym>, kb: ActorKb): ActorMention[] {
  const out: ActorMention[] = [];
  // Letters whose knowledge-base body the story has named as that state's ("U.S. Securities and Exchange Commission
  // Chairman Gary Gensler"), from the token on: later bare mentions are that body, not the dateline's (rv-b #5).
  const namedFrom = new Map<string, number>();
  for (const m of [...mentions].sort((x, y) => x.tokens[0] - y.tokens[0])) {
    const found = lettersIn(view, m, shared);
    if (!found) continue;
    const { acronym } = found;
    const before = found.at > 0 ? mentions.find((n) => n.code !== undefined && n.tokens[1] === found.at) : undefined;
    const named = ownerOf(found, kb);
    if (named === null) continue;
    const owner = named ?? before?.code;
    if (owner === acronym.code && !namedFrom.has(acronym.letters)) namedFrom.set(acronym.letters, m.tokens[1]);
    const placed = isPlacedIn(view, m, found, kb) || (namedFrom.get(acronym.letters) ?? Infinity) <= m.tokens[0];
    const code = owner ?? (placed ? undefined : home);
    if (!code || !acronym.others.has(code)) continue;
    const sector = m.sector ?? 'GOV';
    const text = view.texts.slice(m.tokens[0], m.tokens[1]).join(' ');
    const country = kb.actor(kb.country(code) ?? -1);
    const actor = m.kind === 'person' ? { actorId: m.actorId, name: m.name, kind: m.kind } : { actorId: `${code}-${sector}`, name: `${country?.name ?? code} (${sector})`, kind: 'org' as const };
    out.push(mentionOver(view, m.tokens[0], m.tokens[1], { ...actor, code, sector },
      reason('discourse/shared-acronym', { text, code, sector, kb: acronym.code })));
  }
  return out;
}

/** The story's state for shared acronyms: its dateline's, or with no dateline its outlet's home. */
export function datelineState(view: View, places: readonly Place[], datelinePlace: Span | undefined, day: string | undefined, outlet: string | undefined): string | undefined {
  const dateline = storyOf(view, [], places, datelinePlace, day).dateline;
  return dateline ? dateline.code : outlet;
}
