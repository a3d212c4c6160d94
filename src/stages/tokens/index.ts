/**
 * Stage `tokens`: reads `sentences`, writes the `tokens` layer (offsets and sentence index).
 * Method: white-space chunks, then punctuation peeled from both ends and words split after UD
 * English EWT conventions: clitics (`n't`, `’s`), hyphens (except after prefixes such as `intra-`,
 * `non-`), dashes and slashes; URLs, e-mail addresses, numbers, dates and abbreviations
 * (`U.S.`, `Gen.`) stay whole. Where the text's case carries no information (an all lower-case
 * story, a sentence in capitals) each word also gets its restored case, `cased` (`truecase.ts`, #12).
 * Limits: multiword tokens (`gonna`) are not split.
 */
import { defineStage } from '../../core/stage.js';
import '../sentences/types.js';
import { packOf } from '../../lang/pack.js';
import { tokenize } from './tokenize.js';
import { loadCaseModel, restoreCase } from './truecase.js';
import { loadKb } from '../actors/kb.js';
import { nameKey } from '../actors/name-key.js';
import './types.js';

export interface TokenOptions {
  /** Restore the case of text whose case is uninformative (default true); false leaves `cased` out (#12). */
  readonly truecase?: boolean;
}

export const tokens = (options: TokenOptions = {}) =>
  defineStage({
    name: 'tokens',
    assigns: ['tokens'],
    requires: ['sentences'],
    run: (doc) => {
      const found = tokenize(doc.text, doc.layers.sentences, packOf(doc));
      return options.truecase === false ? found : restoreCase(doc.text, found, loadCaseModel, isActorName);
    },
  });

/** Whether the actor dictionary knows `written` as a name ("US", "WB"): loaded only when a sentence in capitals asks. */
function isActorName(written: string): boolean {
  return loadKb().named(nameKey(written)) !== undefined;
}
