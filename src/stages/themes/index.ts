/**
 * Themes stage: reads `tokens` (through their sentences); writes `themes`, the document's PLOVER
 * contexts (each with the phrases that signalled it) and its topics as a reader would name them
 * ("coronavirus", "arms control", "Libya").
 *
 * Method: phrase lexicons in the PETRARCH issues syntax. Contexts come from the Phoenix issue
 * dictionary mapped to PLOVER contexts (`models/themes/phoenix-lexicon.tsv`, built by
 * `npm run build:themes` with `data/phoenix-to-plover.tsv`) and the hand-kept `data/contexts.tsv`;
 * a context is the document's when signalled at least twice. Issue topics come from
 * `data/topics.tsv`; place topics from conflict and crisis wording around place names ("settlement
 * of conflicts in Libya, Syria and Ukraine", "the Ukrainian conflict"), resolved by the places
 * gazetteer. `contextsOf(text, span)` gives the contexts of any span, for events.
 *
 * Limits: words, not meaning: "tank" of fuel is excluded by hand, other senses may slip through;
 * no executive or political-institutions signals beyond a few phrases.
 *
 * Eval (`npm run eval places`, see eval/RESULTS.md): every required seed context found.
 */
import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { defineStage } from '../../core/stage.js';
import { documentContexts } from './contexts.js';
import { loadThemeLexicon } from './lexicon.js';
import { findTopics } from './topics.js';
import './types.js';

/**
 * The themes stage.
 * @example createPipeline([sentences(), tokens(), themes()])
 */
export const themes = () =>
  defineStage({
    name: 'themes',
    requires: ['tokens'],
    run: (doc) => {
      const lexicon = loadThemeLexicon();
      const regions = regionsOf(doc);
      return { contexts: documentContexts(doc.text, regions, lexicon), topics: findTopics(doc.text, regions, lexicon) };
    },
  });

/** The sentences; the whole text when a test gives tokens alone. */
function regionsOf(doc: Document): Span[] {
  return doc.layers.sentences && doc.layers.sentences.length > 0 ? [...doc.layers.sentences] : [{ start: 0, end: doc.text.length }];
}
