/**
 * The intergovernmental body a story's lead names, for the bare people of its meeting. "DHAKA - … told officials from
 * 30 Asian countries in the Group of 77. The officials are meeting to finalise the agenda …", "LUXEMBOURG - The
 * European Community (EC) will not issue a joint statement … discussed only briefly by foreign ministers over lunch":
 * the dateline is the meeting's venue, and its country was the fallback for "The officials" and "foreign ministers"
 * (Bangladesh, Luxembourg's story read as the USA's), though PLOVER codes a body's meeting by the body (#12). A lead
 * that names one such body, and no other, gives it to the plural agent nouns of `data/delegate-nouns.tsv` that
 * nothing else places (`context.ts` asks a place in their own sentence first), and to the people "of many states"
 * (`multinational.ts`), who otherwise take no country.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { parsePluralNouns } from './plural-nouns.js';
import type { View } from './view.js';

let loaded: ReadonlySet<string> | undefined;

/** The plural nouns of a meeting's delegates shipped with dyad, read once. */
export function loadDelegateNouns(path?: string): ReadonlySet<string> {
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'delegate-nouns.tsv');
  loaded = parsePluralNouns(readDataText(path), path);
  return loaded;
}

/**
 * The one intergovernmental body (an organisation coded IGO, with its organisation code) the story's first sentence
 * names, or undefined when it names none or several ("the IMF and the World Bank": whose meeting is not said).
 */
export function leadBody(view: View, mentions: readonly ActorMention[]): Found | undefined {
  const lead = leadSentence(view);
  let body: ActorMention | undefined;
  for (const m of mentions) {
    if (view.sents[m.tokens[0]] !== lead || m.code !== 'IGO' || m.kind === 'person' || !m.sector || m.members?.length) continue;
    if (body && body.sector !== m.sector) return undefined;
    body ??= m;
  }
  return body?.sector ? { code: 'IGO', sector: body.sector, why: reason('discourse/from-lead-body', { name: body.name }) } : undefined;
}

/** Dashes that end a dateline ("DHAKA, March 9 -"), which the sentence splitter may leave a sentence of its own. */
const DATELINE_ENDS = new Set(['-', '--', '–', '—']);

/** The story's first sentence after its dateline. */
function leadSentence(view: View): number | undefined {
  const first = view.sents[0];
  let t = 0;
  while (t < view.sents.length && view.sents[t] === first) t++;
  return DATELINE_ENDS.has(view.texts[t - 1] ?? '') ? view.sents[t] : first;
}

/** Whether `noun`, the head word of an agent mention, names a meeting's delegates ("officials", "ministers"). */
export function isDelegateNoun(noun: string | undefined, nouns: ReadonlySet<string> = loadDelegateNouns()): boolean {
  return noun !== undefined && nouns.has(noun);
}
