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
 * Eval (`npm run eval places`, eval/RESULTS.md): seed article 5/5 required contexts, none outside
 * the required and acceptable ones; topics include coronavirus, arms control, climate change,
 * terrorism, Libya, Syria and Ukraine.
 */
import { defineStage } from '../../core/stage.js';
import { sentenceRegions } from '../../core/text-regions.js';
import { documentContexts } from './contexts.js';
import { loadGazetteer } from '../places/gazetteer.js';
import { loadThemeLexicon } from './lexicon.js';
import { wordsOf } from './phrases.js';
import { findTopics } from './topics.js';
import './types.js';

/**
 * The themes stage.
 * @example createPipeline([sentences(), tokens(), themes()])
 */
export const themes = () =>
  defineStage({
    name: 'themes',
    assigns: ['themes'],
    requires: ['tokens'],
    optional: ['sentences'],
    run: (doc) => {
      const lexicon = loadThemeLexicon();
      const regions = sentenceRegions(doc);
      // A loop, not a `map` closure made per call, which loses its optimised code at each full collection (#13).
      const words: ReturnType<typeof wordsOf>[] = [];
      for (const region of regions) words.push(wordsOf(doc.text.slice(region.start, region.end)));
      return { contexts: documentContexts(doc.text, regions, lexicon, words), topics: findTopics(doc.text, regions, lexicon, loadGazetteer(), words) };
    },
  });
