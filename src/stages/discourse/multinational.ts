/**
 * "Delegates from 22 countries are meeting informally", "The finance ministers and central bank governors
 * of seven major industrial countries met today", "officials from 30 Asian countries in the Group of 77":
 * an agent noun whose "of"/"from" phrase (on the noun or a noun coordinated with it) is a plural of
 * states (`data/multinational-nouns.tsv`) names people of many countries. Such a meeting's venue, the
 * dateline's "here", was read as their country (NZL for a GATT meeting in Taupo, USA for the G-7 in
 * Washington, BGD for a Group of 77 meeting in Dhaka), and the body meeting alone came out as the host (#12).
 * A pair or a definite set ("of the two countries", "of the three Baltic states", "of the member states") is left
 * to the rules that read it as the story's named participants.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import type { ActorMention } from '../actors/types.js';
import { parsePluralNouns } from './plural-nouns.js';
import { headOf, sentenceSpan, type View } from './view.js';

let loaded: ReadonlySet<string> | undefined;

/** The plural nouns of states shipped with dyad, read once. */
export function loadMultinationalNouns(path?: string): ReadonlySet<string> {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'multinational-nouns.tsv');
  loaded = parsePluralNouns(readDataText(path), path);
  return loaded;
}

/** Prepositions that say whose or where from a noun's people are. */
const FROM = new Set(['of', 'from']);

/** Whether the agent noun of `m` is of or from many states ("Delegates from 22 countries"). */
export function isOfManyStates(view: View, m: Pick<ActorMention, 'tokens'>, nouns: ReadonlySet<string> = loadMultinationalNouns()): boolean {
  const head = headOf(view, m);
  const [first, last] = sentenceSpan(view, head);
  const heads = new Set([head]);
  for (let t = first; t <= last; t++) if (view.deps[t]?.deprel === 'conj' && view.deps[t]?.head === head) heads.add(t);
  // "Delegates from 46 countries are gathering": a sentence's first word the tagger took for a name may hang on the
  // plural as a compound, the "from" phrase then heading the subject.
  const misread = view.deps[head]?.deprel === 'compound' && (view.deps[head]?.head ?? -1) > head ? view.deps[head].head : -1;
  for (let t = first; t <= last; t++) {
    const dep = view.deps[t];
    if (!(t === misread || (dep?.deprel.startsWith('nmod') && heads.has(dep.head))) || !nouns.has(view.words[t] ?? '')) continue;
    let marked = false;
    let named = false;
    for (let c = first; c <= last; c++) {
      if (view.deps[c]?.head !== t) continue;
      const word = view.words[c] ?? '';
      if (view.deps[c]?.deprel === 'case' && FROM.has(word)) marked = true;
      if (view.pack.setDeterminers.has(word)) named = true;
    }
    if (marked && !named) return true;
  }
  return followedByStates(view, m, last, nouns);
}

/** Words that may stand between the marker and the plural of states: a count and its adjectives ("seven major industrial"). */
const BETWEEN = 3;

/**
 * "Delegates from 23 countries are attending": the parser may hang the marker on the count and make the count the
 * agent's modifier, so no relation links the agent to the plural. Read by word order instead: the marker right after
 * the mention, then at most three words (none a pair's or a definite set's, none punctuation) and the plural.
 */
function followedByStates(view: View, m: Pick<ActorMention, 'tokens'>, last: number, nouns: ReadonlySet<string>): boolean {
  const marker = m.tokens[1];
  if (marker > last || !FROM.has(view.words[marker] ?? '')) return false;
  for (let t = marker + 1; t <= Math.min(last, marker + 1 + BETWEEN); t++) {
    const word = view.words[t] ?? '';
    if (nouns.has(word)) return true;
    if (view.pack.setDeterminers.has(word) || !/\p{L}|\p{N}/u.test(word)) return false;
  }
  return false;
}
