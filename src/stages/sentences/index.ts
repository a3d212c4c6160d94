/**
 * Stage `sentences`: reads `paragraphs` and `dateline` (body span and headings), writes the
 * `sentences` layer. Method: rule-based boundaries after `.`, `!`, `?` and `…` (with closing
 * quotes), vetoed after abbreviations, titles and initials unless a typical sentence opener
 * follows (a conjunction, preposition or time phrase after a dotted abbreviation, "U.S. And",
 * "U.S. Last year", continues; so does a bracket closing an abbreviation, "(U.S.) Treasury"); the dateline and
 * headings are sentences of their own. Limits: a sentence that opens in lower case after
 * a period is not split, except in a document written without case (an all lower-case wire story,
 * `isUncased`: there any letter may open a sentence); quotation marks are never balanced, by design (see split-sentences.ts).
 */
import { defineStage } from '../../core/stage.js';
import '../dateline/types.js';
import '../paragraphs/types.js';
import { packOf } from '../../lang/pack.js';
import { splitSentences } from './split-sentences.js';
import './types.js';

export const sentences = () =>
  defineStage({
    name: 'sentences',
    assigns: ['sentences'],
    requires: ['paragraphs', 'dateline'],
    run: (doc) => {
      const { dateline } = doc.layers;
      const body = splitSentences(doc.text, doc.layers.paragraphs, dateline.body, dateline.sections, packOf(doc));
      // The dateline is a sentence of its own, so its place and agency get tokens and entities
      // ("MOSCOW", "TASS") without being read as part of the first sentence.
      return dateline.span ? [dateline.span, ...body] : body;
    },
  });
