/**
 * Stage `tokens`: reads `sentences`, writes the `tokens` layer (offsets and sentence index).
 * Method: white-space chunks, then punctuation peeled from both ends and words split after UD
 * English EWT conventions: clitics (`n't`, `’s`), hyphens (except after prefixes such as `intra-`,
 * `non-`), dashes and slashes; URLs, e-mail addresses, numbers, dates and abbreviations
 * (`U.S.`, `Gen.`) stay whole. Limits: multiword tokens (`gonna`) are not split.
 */
import { defineStage } from '../../core/stage.js';
import '../sentences/types.js';
import { packOf } from '../../lang/pack.js';
import { tokenize } from './tokenize.js';
import './types.js';

export const tokens = () =>
  defineStage({ name: 'tokens', assigns: ['tokens'], requires: ['sentences'], run: (doc) => tokenize(doc.text, doc.layers.sentences, packOf(doc)) });
