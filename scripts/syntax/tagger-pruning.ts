/**
 * The smallest |weight| the shipped tagger keeps (#13, session 24): `npm run train:syntax` prunes its
 * export to it and `prune-models.ts` re-encodes a shipped model the same way. The tagger adds ~34
 * class weights per row it finds, and a weight below about one update (its quantisation scale is
 * ~604 int16 units per update) changes few tags. Pruning the shipped tagger alone, UD EWT dev:
 *
 * | kept \|weight\| ≥ | rows | UPOS | XPOS | LAS (its tags) | news-dev events all / tune / check |
 * | --- | ---: | ---: | ---: | ---: | --- |
 * | 151 (all, before) | 258k | 94.88 | 94.27 | 80.05 | 0.618 / 0.721 / 0.486 |
 * | 453 | 210k | 94.90 | | 80.03 | |
 * | 512 (shipped) | 186k | 94.91 | 94.25 | 80.00 | 0.618 / 0.723 / 0.485 |
 * | 604 | 82k | 94.77 | | 79.93 | |
 * | 768 | 67k | 94.72 | | 79.82 | |
 *
 * The parser's models were pruned the same way and not kept: see `src/stages/deps/README.md`.
 */
export const TAGGER_MIN_WEIGHT = 512;
