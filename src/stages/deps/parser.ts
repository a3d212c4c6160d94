/**
 * The greedy transition parser: at each configuration the best-scoring valid transition is taken,
 * and an arc's relation comes from a second linear model over the same features joined with the
 * arc's direction. Linear time in the sentence length.
 */
import type { LinearModel } from '../../ml/linear-model.js';
import { LEFT, ParseState, RIGHT } from './arc-eager.js';
import {
  CONFIGURATION_TEMPLATES,
  LABEL_TEMPLATES,
  MAX_PARSE_FEATURES,
  ROLE_TEMPLATES,
  configurationFeatures,
  labelKey,
  type ParseInput,
} from './parse-features.js';
import { PunctuationLeaves } from './punctuation-leaves.js';
import { RoleScores } from './role-scores.js';
import { lowerWordHash } from './word-hash.js';

/** One word's parse: head index within the sentence (-1 for the root) and relation. */
export interface ParsedWord {
  readonly head: number;
  readonly deprel: string;
}

/**
 * Where the parser finds each of the relation model's templates (`LABEL_TEMPLATES` order) among the
 * keys it computed for the transition model: the role group holding it (`LABEL_ROLE`, -1 for none)
 * and its index in that group or else in the configuration features (`LABEL_INDEX`). Typed arrays,
 * read once per template of every arc: no tuple to unpack (#13).
 */
const LABEL_ROLE = Int32Array.from(LABEL_TEMPLATES, (t) => ROLE_TEMPLATES.findIndex((group) => group.includes(t)));
const LABEL_INDEX = Int32Array.from(LABEL_TEMPLATES, (t, f) =>
  LABEL_ROLE[f] >= 0 ? ROLE_TEMPLATES[LABEL_ROLE[f]].indexOf(t) : CONFIGURATION_TEMPLATES.indexOf(t),
);

/** A loaded parser. */
export class Parser {
  private readonly actions: LinearModel;
  private readonly labels: LinearModel;
  private readonly tagIds: Map<string, number>;
  /** Tag id by UPOS, then XPOS: the stage looks tags up without building `UPOS XPOS` strings. */
  private readonly tagIdsByUpos = new Map<string, Map<string, number>>();
  /** Keys of the current configuration's features in no role group. */
  private readonly features = new Uint32Array(MAX_PARSE_FEATURES);
  private readonly arcFeatures = new Uint32Array(MAX_PARSE_FEATURES);
  private readonly roleScores = new RoleScores();
  private readonly actionScores = new Float64Array(4);
  private readonly labelScores: Float64Array;
  private readonly rootLabel: number;
  /** Punctuation takes no dependent in UD (#12). */
  private readonly leaves: PunctuationLeaves;
  /** The configuration and word/tag ids of the sentence being parsed, reused from sentence to sentence. */
  private readonly state = new ParseState(64);
  private words = new Int32Array(64);
  private tags = new Int32Array(64);

  /** `tags` lists the tag strings (`UPOS XPOS`) the parser was trained with, in id order. */
  constructor(actions: LinearModel, labels: LinearModel, tags: readonly string[]) {
    this.actions = actions;
    this.labels = labels;
    this.tagIds = new Map(tags.map((t, i) => [t, i]));
    for (const [tag, id] of this.tagIds) {
      const [upos, xpos] = tag.split(' ');
      const byXpos = this.tagIdsByUpos.get(upos) ?? new Map<string, number>();
      byXpos.set(xpos, id);
      this.tagIdsByUpos.set(upos, byXpos);
    }
    this.labelScores = new Float64Array(labels.classes.length);
    this.rootLabel = labels.classes.indexOf('root');
    this.leaves = new PunctuationLeaves(tags, labels.classes);
  }

  /** The id the features use for a tag; tags unseen in training share one id. */
  tagId(upos: string, xpos: string): number {
    return this.tagIdsByUpos.get(upos)?.get(xpos) ?? this.tagIds.size;
  }

  /** Heads and relations of one sentence, given its words and `UPOS XPOS` tags. */
  parse(words: readonly string[], tags: readonly string[]): ParsedWord[] {
    return this.parseWith(words, (i) => this.tagIds.get(tags[i]) ?? this.tagIds.size);
  }

  /** Heads and relations of one sentence, given its words and the tag id of word `i` (`tagId`). */
  parseWith(words: readonly string[], tagOf: (i: number) => number): ParsedWord[] {
    const out: ParsedWord[] = [];
    this.parseInto(words, tagOf, 0, out);
    return out;
  }

  /**
   * `parseWith` for a sentence whose first word is word `first` of a document: its words' parses,
   * with heads as document indices, are pushed onto `out` (the stage builds its layer so, making
   * no array and no object per word besides the layer's own, #13).
   */
  parseInto(words: readonly string[], tagOf: (i: number) => number, first: number, out: ParsedWord[]): void {
    this.fit(words.length);
    for (let i = 0; i < words.length; i++) this.tags[i] = tagOf(i);
    this.parseFitted(words, first, out);
  }

  /**
   * `parseInto` for a sentence whose tags are those of a document's `pos` layer from its word
   * `first` on: the stage's path, with no closure per sentence and no call per word to find a tag (#13).
   */
  parseTagged(words: readonly string[], tags: readonly { readonly upos: string; readonly xpos: string }[], first: number, out: ParsedWord[]): void {
    this.fit(words.length);
    for (let i = 0; i < words.length; i++) this.tags[i] = this.tagId(tags[first + i].upos, tags[first + i].xpos);
    this.parseFitted(words, first, out);
  }

  /** Make room for a sentence of `n` words. */
  private fit(n: number): void {
    if (this.words.length < n) {
      this.words = new Int32Array(n * 2);
      this.tags = new Int32Array(n * 2);
    }
  }

  /** Parse `words`, whose tag ids are in `this.tags`, onto `out` (`parseInto`). */
  private parseFitted(words: readonly string[], first: number, out: ParsedWord[]): void {
    const n = words.length;
    for (let i = 0; i < n; i++) this.words[i] = lowerWordHash(words[i]);
    const state = this.state;
    state.reset(n);
    this.run(state, { words: this.words, tags: this.tags });
    let root = this.leaves.repair(state.heads, state.labels, this.tags, n);
    // Words still on the stack at the end all hang from the root position; the leftmost (the
    // bottom of the stack) that is no mark becomes the sentence root and the others attach to it,
    // as UD wants exactly one root per sentence. A mark left there hangs as `punct`.
    for (let i = 0; i < n && root < 0; i++) if (!this.leaves.isPunctuation(i) && (state.heads[i] === n || state.heads[i] < 0)) root = i;
    for (let i = 0; i < n; i++) {
      const head = state.heads[i];
      if (head === n || head < 0) {
        if (root < 0) root = i;
        if (root === i) out.push({ head: -1, deprel: 'root' });
        else out.push({ head: first + root, deprel: this.leaves.isPunctuation(i) ? 'punct' : 'parataxis' });
      } else {
        out.push({ head: first + head, deprel: this.labels.classes[state.labels[i]] });
      }
    }
  }

  /** Take transitions until the state is final. */
  run(state: ParseState, input: ParseInput): void {
    const scores = this.actionScores;
    this.roleScores.start(state.n);
    while (!state.isFinal) {
      const only = state.onlyValid();
      if (only >= 0) {
        // No choice to score: on an empty stack only SHIFT is valid, and once the buffer is
        // exhausted the stack is popped (the root's LEFT arcs take the root relation).
        state.apply(only, only === LEFT ? this.rootLabel : -1);
        continue;
      }
      // The same scores as of all `parseFeatures`, the role groups' summed once per word (#13).
      const count = configurationFeatures(state, input, this.roleScores.locate(state), this.features, 0);
      scores.fill(0);
      this.actions.addScores(this.features, 0, count, scores);
      this.roleScores.addTo(this.actions, state, input, scores);
      let best = -1;
      for (let t = 0; t < 4; t++) if (state.isValid(t) && (best < 0 || scores[t] > scores[best])) best = t;
      let label = -1;
      if (best === LEFT || best === RIGHT) label = this.predictLabel(state, best);
      state.apply(best, label);
    }
  }

  /** The relation of the arc that transition `t` would add. */
  predictLabel(state: ParseState, t: number): number {
    if (t === LEFT && state.next === state.n) return this.rootLabel;
    // `labelFeatures` of the configuration's `parseFeatures`, from the keys already computed.
    const direction = t === LEFT ? 1 : 2;
    const features = this.arcFeatures;
    for (let f = 0; f < LABEL_TEMPLATES.length; f++) {
      const role = LABEL_ROLE[f];
      features[f] = labelKey(role >= 0 ? this.roleScores.key(role, LABEL_INDEX[f]) : this.features[LABEL_INDEX[f]], direction);
    }
    const scores = this.labelScores;
    scores.fill(0);
    this.labels.addScores(features, 0, LABEL_TEMPLATES.length, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return best;
  }
}
