/**
 * Truecasing (#12): some wire stories arrive all lower-case ("caracas, march 12 - president jaime
 * lusinchi defended …") and some sentences all capitals (headlines, whole Reuters stories). The
 * tagger, the entity model and the actor lookup lean on capitals, so such text codes almost
 * nothing. Where the case carries no information, each word token gets a restored form (`cased`)
 * that those stages read instead of the text as written; the text and the offsets never change.
 *
 * When case is uninformative: a document whose words past the first of each sentence are almost
 * never capitalised (at most 1 in 100, of 20 or more), or a sentence of three or more words all
 * written in capitals. The check reads two characters per token, so ordinary articles pay nothing
 * measurable and get no `cased` field at all.
 *
 * How a word is restored: the model (`models/truecase/truecase.tsv`, `npm run train:truecase`)
 * holds each word's most frequent written form in mid-sentence position in dyad's news text when
 * that form is not lower-case ("venezuela" → "Venezuela", "u.s." → "U.S.", "opec" → "OPEC"), and
 * the usual form of word pairs whose words alone would be cased otherwise ("world bank" → "World
 * Bank"); any other word is lower-case, and the first word of a sentence is capitalised.
 */
import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import type { Span } from '../../core/span.js';
import { caseTableOf, type CaseLookup } from './case-table.js';
import type { Token } from './types.js';

/**
 * Lower-case word → its usual written form, for words whose usual form is not lower-case; and
 * space-joined pairs of words whose usual form is not what their words give alone ("world bank").
 */
export type CaseModel = CaseLookup;

/** The fewest mid-sentence words a document needs before its lack of capitals means anything. */
const MIN_WORDS = 20;
/** At most one capitalised mid-sentence word in this many, and the document is lower-case. */
const CAPITALS_PER = 100;
/** The fewest words in capitals that make a sentence written all in capitals. */
const MIN_CAPS_WORDS = 3;

export const TRUECASE_MODEL: AssetKind<CaseModel> = { kind: 'truecase-model', version: 1, decode: (payload) => caseTableOf(payload) };

/** The shipped model, loaded on first use (only a document that needs it loads it). */
export function loadCaseModel(): CaseModel {
  return loadAsset(TRUECASE_MODEL, assetPath('models', 'truecase', 'truecase.tsv'));
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An acronym as written: two to five capitals ("US", "WB", "NATO"); the actors stage's own shape, shorter. */
const ACRONYM = /^[A-Z]{2,5}$/;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * `tokens` with the restored form of each word where the text's case is uninformative; the same
 * array when it is informative everywhere (an ordinary article).
 * `isActorName`: whether the actor dictionary knows a word as a name, asked only of an acronym-shaped word
 * in a sentence in capitals that the model would make lower-case ("US", "WB").
 * @example restoreCase('the talks in geneva ended.', tokens, loadCaseModel) // "geneva" cased "Geneva" if the document is lower-case
 */
export function restoreCase(text: string, tokens: Token[], model: () => CaseModel, isActorName?: (written: string) => boolean): Token[] {
  const where = uninformativeCase(text, tokens);
  if (where === undefined) return tokens;
  const restore = where === 'all' ? undefined : new Set(where);
  const cases = model();
  const out: Token[] = [];
  let first = true;
  let sent = -1;
  // The second word's form of a pair the previous token began.
  let paired: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sent !== sent) {
      sent = t.sent;
      first = true;
      paired = undefined;
    }
    if (restore !== undefined && !restore.has(t.sent)) {
      out.push(t);
      continue;
    }
    const written = text.slice(t.start, t.end);
    if (!/\p{L}/u.test(written)) {
      out.push(t);
      paired = undefined;
      continue;
    }
    let form = paired;
    paired = undefined;
    if (form === undefined) {
      const next = tokens[i + 1];
      const pair = next && next.sent === t.sent && next.start === t.end + 1 ? cases.get(`${written} ${text.slice(next.start, next.end)}`.toLowerCase()) : undefined;
      const space = pair === undefined ? -1 : pair.indexOf(' ');
      if (pair !== undefined && space > 0) {
        form = pair.slice(0, space);
        paired = pair.slice(space + 1);
      } else form = restoredForm(written.toLowerCase(), cases);
      // A sentence in capitals: an acronym the actor dictionary knows stays as written ("US", "WB"), not the pronoun
      // or a lower-case word the model would make of it (review a #1).
      if (restore !== undefined && form === written.toLowerCase() && ACRONYM.test(written) && isActorName?.(written)) form = written;
    }
    if (first) form = capitalised(form);
    first = false;
    out.push(form === written ? t : { start: t.start, end: t.end, sent: t.sent, cased: form });
  }
  return out;
}

/**
 * Where the case of `tokens` carries no information: `'all'` (a lower-case document), the
 * sentences written in capitals, or undefined (nowhere: an ordinary article).
 */
export function uninformativeCase(text: string, tokens: readonly (Span & { readonly sent: number })[]): 'all' | number[] | undefined {
  let midWords = 0;
  let midCapitals = 0;
  let capsSentences: number[] | undefined;
  let sentWords = 0;
  let sentCaps = 0;
  let sent = -1;
  let seenWord = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sent !== sent) {
      if (sentCaps >= MIN_CAPS_WORDS && sentCaps === sentWords) (capsSentences ??= []).push(sent);
      sent = t.sent;
      sentWords = 0;
      sentCaps = 0;
      seenWord = false;
    }
    const c0 = text.charCodeAt(t.start);
    const upper0 = isUpper(c0);
    if (!upper0 && !isLower(c0)) continue;
    if (seenWord) {
      midWords++;
      if (upper0) midCapitals++;
    }
    seenWord = true;
    // A word of two letters or more counts towards the sentence's words in capitals.
    const c1 = t.end - t.start >= 2 ? text.charCodeAt(t.start + 1) : 0;
    if (isUpper(c1) || isLower(c1)) {
      sentWords++;
      if (upper0 && isUpper(c1)) sentCaps++;
    }
  }
  if (sentCaps >= MIN_CAPS_WORDS && sentCaps === sentWords) (capsSentences ??= []).push(sent);
  if (midWords >= MIN_WORDS && midCapitals * CAPITALS_PER <= midWords) return 'all';
  return capsSentences;
}

/** The restored form of lower-case word `word` (the caller capitalises a sentence's first word). */
export function restoredForm(word: string, cases: CaseModel): string {
  let form = cases.get(word);
  // "u.s.-soviet", "anti-apartheid": each part as the model has it.
  if (form === undefined && word.includes('-')) form = word.split('-').map((part) => cases.get(part) ?? part).join('-');
  return form ?? word;
}

/** A token's text as the case-reading stages (tagger, entities, actors) read it: the restored form when there is one. */
export function casedText(text: string, token: Span & { readonly cased?: string }): string {
  return token.cased ?? text.slice(token.start, token.end);
}
