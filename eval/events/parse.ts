/**
 * `npx tsx eval/events/parse.ts "<words of a sentence>"`: the dependency parse (word, tag, head,
 * relation) of every tune-half news-dev sentence that contains the words, for classifying a miss
 * by its cause (no trigger, a rule, the parse). Refuses the check half: it stands in for the
 * kept-aside test sets and is never read (eval/events/README.md). Layers come from the eval's
 * cache (layer-cache.ts). Reads ../shared; never part of `npm test`.
 */
import type { Document } from '../../src/core/document.js';
import { publicId } from '../../src/core/document.js';
import { codeWithLayerCache } from './layer-cache.js';
import { scoreNewsDev } from './newsdev.js';

const needle = process.argv[2];
if (!needle) {
  console.error('usage: parse.ts "<words of a sentence>"');
  process.exit(2);
}
const coded: Document[] = [];
const articles = await scoreNewsDev((docs) => {
  const done = codeWithLayerCache(docs);
  coded.push(...done);
  return done;
});
const tune = new Set(articles.filter((a) => a.half === 'tune').map((a) => a.docId));
for (const doc of coded) {
  if (!tune.has(publicId(doc))) continue;
  const { sentences = [], tokens = [], pos = [], deps = [] } = doc.layers;
  for (const sent of sentences) {
    const text = doc.text.slice(sent.start, sent.end);
    if (!text.includes(needle)) continue;
    console.log(`# ${publicId(doc)}\n# ${text}`);
    tokens.forEach((token, i) => {
      if (token.start < sent.start || token.end > sent.end) return;
      const head = deps[i]?.head ?? -1;
      console.log([i, doc.text.slice(token.start, token.end), pos[i]?.upos, pos[i]?.xpos, pos[i]?.lemma, head, head >= 0 ? doc.text.slice(tokens[head].start, tokens[head].end) : 'ROOT', deps[i]?.deprel].join('\t'));
    });
  }
}
