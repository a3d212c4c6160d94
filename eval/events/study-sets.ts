/**
 * The scored articles a study script reads, chosen by its flags: news-dev (`--cached`: through the layer cache), the
 * held-out gold (`--outside-gold`, numbers only) or the training gold (`--train-gold`, through its own cache). Each
 * article says which half it is in: news-dev's `tune` or `check`, `held-out`, or `train`.
 */
import { defaultPipeline } from '../../src/pipeline.js';
import { codeWithLayerCache } from './layer-cache.js';
import { pipelineCoder, scoreNewsDev, type NewsDevArticle } from './newsdev.js';
import { scoreOutsideGold } from './outside-gold.js';
import { codeTrainGold } from './train-gold.js';

/** What the study scripts read of a scored article, news-dev's, the held-out set's or the training gold's. */
export type StudiedArticle = Pick<NewsDevArticle, 'folder' | 'docId' | 'text' | 'gold' | 'records' | 'rejected' | 'score'> & { readonly half: string };

/** The articles `args` name, coded and scored (news-dev when neither gold flag is given). */
export async function scoreStudySet(args: readonly string[]): Promise<StudiedArticle[]> {
  const outside = args.includes('--outside-gold') ? 'held-out' : args.includes('--train-gold') ? 'train' : undefined;
  if (outside) {
    const articles = outside === 'train' ? (await codeTrainGold()).articles : await scoreOutsideGold(pipelineCoder(defaultPipeline()));
    return articles.map((a) => ({ ...a, half: outside, text: a.input.text }));
  }
  return args.includes('--cached') ? scoreNewsDev((docs) => codeWithLayerCache(docs)) : scoreNewsDev();
}
