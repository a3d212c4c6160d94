/**
 * "The RAC welcomed the decision", "the CBI said …", "NUM leader Arthur Scargill": an acronym the article never
 * spells out and the knowledge base lacks is a body when the text uses it as one: the subject of a verb right after
 * it, or the body whose officer a title right after it names. Without an actor its acts went unsaid (#12). The body
 * has no sector (the letters do not say which) and no country of its own: the discourse stage gives it the story's,
 * as it does the bodies of `named-body.ts`. Every use of the same letters in the article is the same body.
 * Not read: dotted or two-letter acronyms ("U.N.", "EC", "UK": places and known bodies), acronyms the entity tagger
 * does not call an organisation ("GDP rose"), letters inside a longer name, letters the article calls the press
 * ("Tehran's IRNA news agency": the press only reports, per the gold conventions); a headline in capitals
 * has no lower-case verb or title after its letters.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { isCapitalised, type Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** Three to six capitals, no dots: a body's initials ("RAC", "FNSEA"), not a place's ("U.S.") nor a bloc's ("EC"). */
const BODY_ACRONYM = /^[A-Z]{3,6}$/;
/** Titles of a body's officer right after its acronym ("NUM leader Arthur Scargill"). */
const OFFICER_TITLES = new Set(['leader', 'president', 'chairman', 'chairwoman', 'chief', 'head', 'spokesman', 'spokeswoman', 'secretary', 'director']);
/** Parts of speech of a verb the acronym is the subject of ("The RAC welcomed", "the CBI said"). */
const VERBS = new Set(['VERB', 'AUX']);
/** Words that may stand before the acronym: a subject opens its clause or follows its article. */
const ARTICLES = new Set(['the']);

/** Words that call the letters beside them the press ("IRNA news agency", "the news agency IRNA"): it only reports. */
const PRESS = new Set(['news', 'newspaper', 'radio', 'television', 'daily', 'weekly']);

/** Whether the article calls the letters `text` the press anywhere: a press word within two words either side. */
function isPress(words: Words, text: string): boolean {
  const { texts, keys, sents } = words;
  for (let i = 0; i < texts.length; i++) {
    if (texts[i] !== text) continue;
    for (let k = i - 2; k <= i + 2; k++) if (k !== i && sents[k] === sents[i] && PRESS.has(keys[k] ?? '')) return true;
  }
  return false;
}

/** What the reader needs of the earlier layers: each token's part of speech and whether the tagger calls it an organisation. */
export interface AcronymInput {
  readonly upos: readonly string[];
  readonly org: readonly boolean[];
}

/** Whether the acronym at `i` is used as a body: a verb's subject or a title's body. */
function usedAsBody(words: Words, input: AcronymInput, mentions: readonly ActorMention[], i: number): boolean {
  const { texts, keys, sents } = words;
  const before = texts[i - 1] ?? '';
  // Letters inside a longer name ("Ford UAW Council") are that name's; an article or a clause boundary opens a subject.
  if (sents[i - 1] === sents[i] && isCapitalised(before) && !ARTICLES.has(keys[i - 1] ?? '')) return false;
  if (sents[i + 1] !== sents[i]) return false;
  const next = texts[i + 1] ?? '';
  if (VERBS.has(input.upos[i + 1] ?? '') && /^\p{Ll}/u.test(next)) return true;
  return OFFICER_TITLES.has(next) && mentions.some((m) => m.kind === 'person' && m.tokens[0] <= i + 2 && i + 2 < m.tokens[1]);
}

/**
 * The mentions with a body added over every use of each acronym the article uses as one (see the file's comment).
 * @example acronymBodies(words, spans, mentions, input, pack) // "The RAC welcomed …": RAC a body, no code
 */
export function acronymBodies(words: Words, spans: readonly { start: number; end: number }[], mentions: readonly ActorMention[], input: AcronymInput, pack: LanguagePack): ActorMention[] {
  const { texts } = words;
  const covered = new Array<boolean>(texts.length).fill(false);
  for (const m of mentions) for (let t = m.tokens[0]; t < m.tokens[1]; t++) covered[t] = true;
  const bodies = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (!BODY_ACRONYM.test(text) || covered[i] || !input.org[i] || bodies.has(text)) continue;
    if (usedAsBody(words, input, mentions, i) && !isPress(words, text)) bodies.add(text);
  }
  if (!bodies.size) return [...mentions];
  const added: ActorMention[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (!bodies.has(text) || covered[i]) continue;
    const reasons = [reason('actors/acronym-used-as-body', { text })];
    added.push({
      start: spans[i]?.start ?? 0,
      end: spans[i]?.end ?? 0,
      tokens: [i, i + 1],
      actorId: `local:body:${text.toLowerCase()}`,
      name: text,
      kind: 'org',
      reasons,
      why: renderReasons(pack, reasons),
    });
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
