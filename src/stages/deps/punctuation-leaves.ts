/**
 * UD makes punctuation a leaf (`punct` never takes a dependent), but the greedy parser, trained
 * without that constraint, hangs about 1,650 words of the events training gold's parses on a
 * comma, quote or full stop (subjects 395, `cc` 195, `advcl` 175, `case` 154, …) and makes 194
 * marks sentence roots: later stages then lose the subject, clause or partner (#12). The repair
 * lifts each such word to the mark's nearest head that is no punctuation, with its relation kept;
 * lifting in a projective tree keeps it projective and adds no cycle. Measured against
 * constraining the decoder (no LEFT/RIGHT arc with a punctuation head): on EWT dev the constraint
 * lost (LAS 79.81 → 79.78), the repair gained (→ 79.85), as the transitions the model chose
 * around the mark stay its own.
 */

/** Parts of speech a noun phrase's head has. */
const NOMINAL_UPOS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Relations by which the parser hangs a phrase's own noun on the mark (events session 49, ev-thirdparty). */
const NOMINAL_RELS = new Set(['nsubj', 'nsubj:pass', 'obj', 'obl', 'nmod']);

/** Word classes and relation ids the repair reads, looked up once per model (no string per word, #13). */
export class PunctuationLeaves {
  /** By tag id (the unseen-tag id last): 1 for PUNCT, VERB, and a nominal. */
  private readonly punctTags: Uint8Array;
  private readonly verbTags: Uint8Array;
  private readonly nominalTags: Uint8Array;
  /** By relation id: 1 for `case` (with any subtype), 1 for a nominal's relation. */
  private readonly caseLabels: Uint8Array;
  private readonly nominalLabels: Uint8Array;
  private readonly oblLabel: number;
  private readonly nmodLabel: number;
  private isLeaf = new Uint8Array(64);

  /** `tags` are the parser's `UPOS XPOS` strings in id order, `labels` its relations. */
  constructor(tags: readonly string[], labels: readonly string[]) {
    const uposOf = (i: number) => tags[i]?.split(' ')[0] ?? '';
    this.punctTags = Uint8Array.from({ length: tags.length + 1 }, (_, i) => (uposOf(i) === 'PUNCT' ? 1 : 0));
    this.verbTags = Uint8Array.from({ length: tags.length + 1 }, (_, i) => (uposOf(i) === 'VERB' ? 1 : 0));
    this.nominalTags = Uint8Array.from({ length: tags.length + 1 }, (_, i) => (NOMINAL_UPOS.has(uposOf(i)) ? 1 : 0));
    this.caseLabels = Uint8Array.from(labels, (l) => (l.split(':')[0] === 'case' ? 1 : 0));
    this.nominalLabels = Uint8Array.from(labels, (l) => (NOMINAL_RELS.has(l) ? 1 : 0));
    this.oblLabel = labels.indexOf('obl');
    this.nmodLabel = labels.indexOf('nmod');
  }

  /** 1 when word `i` of the last sentence `repair` saw is punctuation. */
  isPunctuation(i: number): boolean {
    return this.isLeaf[i] === 1;
  }

  /**
   * Repair one sentence's arc-eager result in place. `heads[i]` is a word index, `n` (the root
   * position) or -1; `tags[i]` its tag id. Returns the word that should be the sentence's root
   * when a mark was the root and words were lifted from it (the first headless verb: the mark's
   * clause is the sentence's), else -1, and the caller keeps its own choice.
   */
  repair(heads: Int32Array, labels: Int32Array, tags: Int32Array, n: number): number {
    if (this.isLeaf.length < n) this.isLeaf = new Uint8Array(n * 2);
    const leaf = this.isLeaf;
    let marksWithChildren = false;
    for (let i = 0; i < n; i++) leaf[i] = this.punctTags[tags[i]];
    for (let i = 0; i < n; i++) if (leaf[i] === 0 && heads[i] >= 0 && heads[i] < n && leaf[heads[i]] === 1) marksWithChildren = true;
    if (!marksWithChildren) return -1;
    for (let p = 0; p < n; p++) if (leaf[p] === 1 && heads[p] >= 0 && heads[p] < n) this.handPhraseToNoun(p, heads, labels, tags, n);
    let liftedToRoot = false;
    for (let i = 0; i < n; i++) {
      let head = heads[i];
      // Punctuation under punctuation stays: EWT's gold has such arcs (8 on dev), never a word under a mark.
      if (leaf[i] === 1 || head < 0 || head >= n || leaf[head] === 0) continue;
      while (head >= 0 && head < n && leaf[head] === 1) head = heads[head];
      heads[i] = head >= 0 && head < n ? head : n;
      if (heads[i] === n) liftedToRoot = true;
    }
    if (!liftedToRoot) return -1;
    for (let i = 0; i < n; i++) if ((heads[i] === n || heads[i] < 0) && leaf[i] === 0 && this.verbTags[tags[i]] === 1) return i;
    return -1;
  }

  /**
   * A mark with a `case` child and exactly one nominal child hands the phrase to that noun, which
   * takes the mark's place (`obl` under a verb, else `nmod`): "spoke today with His Majesty
   * Haitham bin Tariq Al Said, the Sultan of Oman." hangs "with" and the name on the full stop.
   * The mark's other words follow the noun (ev-thirdparty's events-tree repair, moved here and removed there).
   */
  private handPhraseToNoun(p: number, heads: Int32Array, labels: Int32Array, tags: Int32Array, n: number): void {
    let hasCase = false;
    let noun = -1;
    for (let k = 0; k < n; k++) {
      if (heads[k] !== p || this.isLeaf[k] === 1) continue;
      if (this.caseLabels[labels[k]] === 1) hasCase = true;
      else if (this.nominalLabels[labels[k]] === 1 && this.nominalTags[tags[k]] === 1) {
        if (noun >= 0) return;
        noun = k;
      }
    }
    if (!hasCase || noun < 0) return;
    const head = heads[p];
    heads[noun] = head;
    labels[noun] = this.verbTags[tags[head]] === 1 ? this.oblLabel : this.nmodLabel;
    for (let k = 0; k < n; k++) if (heads[k] === p && k !== noun && this.isLeaf[k] === 0) heads[k] = noun;
  }
}
