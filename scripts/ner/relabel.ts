/**
 * Turn CoNLL-2003 sentences into dyad training sentences: CoNLL's four types become dyad's six
 * (LOC → GPE or LOC, demonym MISC → NORP) by gazetteer, and hyphenated tokens can be re-split
 * the way dyad's tokenizer splits them ("Russian-French" → Russian - French).
 */
import { tokenize } from '../../src/stages/tokens/tokenize.js';
import { conllSpans, type ConllSentence } from '../../src/stages/entities/conll.js';
import { phraseWords, type GazetteerList } from '../../src/stages/entities/gazetteer.js';
import { NER_TYPES, type NerType } from '../../src/stages/entities/labels.js';
import type { TokenSpan } from '../../src/stages/entities/tagger.js';

export interface TrainSentence {
  readonly words: string[];
  readonly spans: TokenSpan[];
}

type Sets = Record<GazetteerList, Set<string>>;

const NATURAL = /^(?:river|sea|ocean|gulf|mountains?|mount|valley|lake|islands?|bay|strait|desert|coast|peninsula|basin|canal|hills|plain|plateau|channel|glacier|pass)$/;

const typeIndex = (t: NerType) => NER_TYPES.indexOf(t);

/** Whether a word list names nationalities only ("Bosnian Serb", "Russian - French"). */
function isDemonyms(words: readonly string[], sets: Sets): boolean {
  const parts = words.filter((w) => w !== '-' && w !== '/');
  return parts.length > 0 && parts.every((w) => sets.demonym.has(lastPart(w)));
}

/** "intra-Libyan" is a demonym after its prefix. */
function lastPart(word: string): string {
  const key = phraseWords(word).join(' ');
  return key.includes(' - ') ? key : key.split(' ').at(-1) ?? key;
}

/** The dyad type of a CoNLL entity. */
export function dyadType(conll: string, words: readonly string[], sets: Sets): number {
  const key = phraseWords(words.join(' ')).join(' ');
  switch (conll) {
    case 'PER':
      return typeIndex('PERSON');
    case 'ORG':
      return typeIndex('ORG');
    case 'LOC': {
      if (sets.location.has(key)) return typeIndex('LOC');
      if (sets.country.has(key) || sets.city.has(key) || sets.region.has(key)) return typeIndex('GPE');
      // CoNLL tags seats of government as places; dyad follows OntoNotes: "the Kremlin" is an ORG.
      if (sets.org.has(key)) return typeIndex('ORG');
      const parts = key.split(' ');
      return NATURAL.test(parts.at(-1) ?? '') || NATURAL.test(parts[0]) ? typeIndex('LOC') : typeIndex('GPE');
    }
    default:
      return isDemonyms(words, sets) ? typeIndex('NORP') : typeIndex('MISC');
  }
}

/** A CoNLL sentence with dyad types, tokens as CoNLL has them. */
export function relabel(sent: ConllSentence, sets: Sets): TrainSentence {
  const spans = conllSpans(sent.tags).map((s) => ({ start: s.start, end: s.end, type: dyadType(s.type, sent.words.slice(s.start, s.end), sets) }));
  return { words: sent.words, spans };
}

/** Split a word as the tokenizer would; one piece when it stays whole. */
function pieces(word: string): string[] {
  if (!/[-/]/.test(word) || word.length < 3) return [word];
  return tokenize(word, [{ start: 0, end: word.length }]).map((t) => word.slice(t.start, t.end));
}

const isCapital = (w: string) => /^\p{Lu}/u.test(w);

/** The sentence re-tokenised after dyad's hyphen rules, with spans moved to the pieces. */
export function resplit(sent: TrainSentence, sets: Sets): TrainSentence {
  const words: string[] = [];
  const spans: TokenSpan[] = [];
  const startOf: number[] = [];
  const split = sent.words.map(pieces);
  split.forEach((p, i) => {
    startOf[i] = words.length;
    words.push(...p);
  });
  startOf[sent.words.length] = words.length;
  for (const span of sent.spans) {
    const single = span.end - span.start === 1 ? split[span.start] : undefined;
    if (!single || single.length === 1) {
      spans.push({ start: startOf[span.start], end: startOf[span.end], type: span.type });
      continue;
    }
    const base = startOf[span.start];
    const named = single.map((w) => (isCapital(w) ? w : ''));
    if (named.every((w, j) => w || single[j] === '-' || single[j] === '/') && !named.every((w) => !w || sets.demonym.has(w.toLowerCase()) || sets.country.has(w.toLowerCase()))) {
      // "Rolls-Royce", "Guinea-Bissau": one name written with a hyphen.
      spans.push({ start: base, end: base + single.length, type: span.type });
      continue;
    }
    // "Russian-French", "German-born", "Serb-led": each capitalised piece is its own name.
    single.forEach((w, j) => {
      if (!isCapital(w)) return;
      const low = w.toLowerCase();
      const type = sets.demonym.has(low) ? typeIndex('NORP') : sets.country.has(low) ? typeIndex('GPE') : span.type;
      spans.push({ start: base + j, end: base + j + 1, type });
    });
  }
  return { words, spans };
}

/** Whether re-splitting would change the sentence. */
export function hasSplittable(sent: TrainSentence): boolean {
  return sent.words.some((w) => pieces(w).length > 1);
}
