/**
 * "Ecuador's deputy energy minister Fernando Santos Alvite arrived here": the actors stage codes "Ecuador's deputy" as
 * Ecuador's government and leaves the name with the rest of the title ("minister Fernando Santos Alvite") a person of
 * no country, which `locate` then gave the dateline's (Venezuela for a Caracas story: #12, wrong parties on wire
 * stories, training reuters-3594). A title opened by a government's possessive names whose official the person is.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { parseSingleTitles } from './titled-later.js';
import type { View } from './view.js';

/**
 * Title words a possessive's mention may end before the name's own mention ("energy" in "deputy energy minister";
 * "Agriculture and Livestock Development" in "Tanzania's Agriculture and Livestock Development Minister Paul Bomani",
 * #12 training reuters-3034, where the old gap of 3 left him the dateline's country).
 */
const TITLE_GAP = 5;

/** Tags a title's words carry: a capitalised title's nouns are tagged proper, and "and" joins two offices' nouns. */
const TITLE_TAGS = new Set(['NOUN', 'PROPN']);

/** The country of the government whose possessive opens the title right before person `m`, undefined when there is none. */
export function fromPossessiveTitle(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  if (m.kind !== 'person') return undefined;
  const sent = view.sents[m.tokens[0]];
  for (let t = m.tokens[0] - 1; t >= Math.max(0, m.tokens[0] - 1 - TITLE_GAP) && view.sents[t] === sent; t--) {
    const other = byToken[t];
    if (other) {
      // A country's own possessive governs too: "The Philippines' deputy finance minister", whose bare "'" the actors
      // stage leaves out of the mention (review rv-c 5); the office noun says the person is its government's.
      const governs = (other.sector === 'GOV' || other.kind === 'country') && !!other.code && !other.members?.length;
      return governs && isPossessive(view, other) && hasOfficeWord(view, t + 1, m.tokens[0]) && other.code
        ? { code: other.code, sector: 'GOV', why: reason('discourse/from-title', { name: other.name }) }
        : undefined;
    }
    // Only the title's nouns lie between, a conjunction between two of them, and a possessive's own mark: a comma or verb
    // ends it, and a name of its own is a mention, which the branch above stops at.
    if (!isTitleWord(view, t)) return undefined;
  }
  return undefined;
}

/** Whether token `t` may stand inside a title: a noun, the possessive's mark, or a conjunction between two nouns. */
function isTitleWord(view: View, t: number): boolean {
  const pos = view.pos[t];
  if (TITLE_TAGS.has(pos?.upos ?? '') || pos?.xpos === 'POS') return true;
  return pos?.upos === 'CCONJ' && TITLE_TAGS.has(view.pos[t - 1]?.upos ?? '') && TITLE_TAGS.has(view.pos[t + 1]?.upos ?? '');
}

/**
 * Whether mention `other` ends in a possessive, in it or right after it, read from the parse: "Brazil’s" and the plural's
 * bare "The Philippines'" are possessives too, which the string "'s" missed (review rv-c 5).
 */
function isPossessive(view: View, other: ActorMention): boolean {
  for (let t = other.tokens[0]; t <= other.tokens[1]; t++) {
    if (view.pos[t]?.xpos === 'POS') return true;
    const dep = view.deps[t];
    if (dep?.deprel === 'case' && view.deps[dep.head]?.deprel === 'nmod:poss') return true;
  }
  return false;
}

let officeWords: ReadonlySet<string> | undefined;

/** Whether a government office's noun stands in the title's gap [`from`, `name`) or opens the name's mention at `name`. */
function hasOfficeWord(view: View, from: number, name: number): boolean {
  const path = assetPath('src', 'stages', 'discourse', 'data', 'government-titles.txt');
  officeWords ??= parseSingleTitles(readDataText(path), path);
  for (let t = from; t <= name; t++) if (officeWords.has(view.words[t]?.toLowerCase() ?? '')) return true;
  return false;
}
