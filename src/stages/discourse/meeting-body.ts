/**
 * "OPEC's meeting opened in Vienna … Officials said", "at the GATT talks … delegates said": in a wire story (one with a
 * dateline) a plural agent noun ("officials", "ministers", "delegates": `data/meeting-delegates.tsv`) whose mention is
 * the noun alone or with "the" (uncoded words before it may stand: "producer delegates", "farm ministers"), in a
 * sentence that names no place or country, in the sentence of an international body's meeting or the one after it,
 * is that body's people, not the dateline's country (PLOVER codes an organisation's meeting of delegates as the
 * organisation). The body holds the meeting: it is the subject of a meeting verb ("OPEC met"), or the owner, compound
 * or "of" phrase of a meeting noun ("OPEC's meeting", "the EC ministers' meeting", "the GATT talks", "a meeting of
 * ICO members"). Session 59 gave such nouns the IGO the lead names whatever it did (173 of 230 firings replaced a
 * right country); this asks for the meeting.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { parseKindWords } from '../../core/kind-words.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { headOf, sentenceSpan, type View } from './view.js';

/** Relations by which a body holds the meeting word it hangs on. */
const HOLDS = new Set(['nsubj', 'nmod:poss', 'compound', 'nmod']);

const WORD_KINDS = ['delegate', 'meeting'] as const;
let loaded: Readonly<Record<(typeof WORD_KINDS)[number], ReadonlySet<string>>> | undefined;

/** The words of `data/meeting-delegates.tsv`, read once; a malformed row is E170 naming its line. */
function words(): Readonly<Record<(typeof WORD_KINDS)[number], ReadonlySet<string>>> {
  const path = assetPath('src', 'stages', 'discourse', 'data', 'meeting-delegates.tsv');
  loaded ??= parseKindWords(readDataText(path), path, WORD_KINDS);
  return loaded;
}

/** The one international body holding a meeting in sentence `[first, last]`, undefined for none or two. */
function meetingHolder(view: View, [first, last]: readonly [number, number], byToken: readonly (ActorMention | undefined)[]): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (let t = first; t <= last; t++) {
    const body = byToken[t];
    if (body?.code !== 'IGO' || headOf(view, body) !== t) continue;
    const dep = view.deps[t];
    const at = dep?.head ?? -1;
    if (!dep || !HOLDS.has(dep.deprel) || !words().meeting.has(view.words[at] ?? '')) continue;
    if (found && found.sector !== body.sector) return undefined;
    found = body;
  }
  return found;
}

/** Whether `m` is a plural agent noun alone ("officials", "the delegates") in a sentence naming no place or country. */
function isBareDelegates(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[], placed: boolean): boolean {
  const head = headOf(view, m);
  if (!words().delegate.has(view.words[head] ?? '') || placed) return false;
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) if (t !== head && view.words[t] !== 'the') return false;
  const [first, last] = sentenceSpan(view, head);
  for (let t = first; t <= last; t++) if (byToken[t]?.code && byToken[t]?.code !== 'IGO') return false;
  return true;
}

/** The body whose meeting the bare delegates `m` of a wire story attend, when its or the previous sentence holds one. */
export function fromMeetingBody(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[], wire: boolean, placed: boolean): Found | undefined {
  if (!wire || !isBareDelegates(view, m, byToken, placed)) return undefined;
  const [first, last] = sentenceSpan(view, m.tokens[0]);
  const body = meetingHolder(view, [first, last], byToken) ?? (first > 0 ? meetingHolder(view, sentenceSpan(view, first - 1), byToken) : undefined);
  return body ? { code: 'IGO', ...(body.sector ? { sector: body.sector } : {}), why: reason('discourse/meeting-body', { name: body.name }) } : undefined;
}
