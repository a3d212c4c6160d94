/**
 * The parser's memory of role-group transition scores within one sentence (#13). A third of the
 * transition features depend on one word in one role alone (`ROLE_TEMPLATES`): the stack top's
 * form, the buffer front and the two words after it, a child's form and relation. A word keeps
 * its role over several configurations (the front stays while words are reduced or attached to
 * it), so each group's keys are hashed and its weights summed once per word and role, and reused:
 * 28% fewer table probes and half the hashing on Reuters. The sums are of int16 weights, hence
 * integers, so the transition scores and the parses are exactly those of scoring every feature.
 */
import type { Scorer } from '../../ml/linear-model.js';
import type { ParseState } from './arc-eager.js';
import { MAX_ROLE_FEATURES, ROLE_TEMPLATES, roleFeatures, roleWords, type ParseInput } from './parse-features.js';

const ROLES = ROLE_TEMPLATES.length;
/** Transition classes of the parser's action model. */
const CLASSES = 4;

/** Role-group sums and keys of one sentence's words, reused from sentence to sentence. */
export class RoleScores {
  /** The words holding each role in the current configuration (`roleWords`). */
  readonly roles = new Int32Array(ROLES);
  /** Memory slot of each role's word in the current configuration. */
  private readonly slots = new Int32Array(ROLES);
  /** Per slot (role × word, word n + 1 for none): the group's summed weights and its keys. */
  private sums = new Int32Array(0);
  private keys = new Uint32Array(0);
  /** A slot is filled for the current sentence when its stamp equals `sentence`. */
  private stamp = new Int32Array(0);
  private sentence = 0;
  private width = 0;
  private readonly groupScores = new Float64Array(CLASSES);

  /** Forget the previous sentence; the next has `n` words. */
  start(n: number): void {
    this.width = n + 2;
    if (this.stamp.length < this.width * ROLES) {
      const slots = this.width * 2 * ROLES;
      this.stamp = new Int32Array(slots);
      this.sums = new Int32Array(slots * CLASSES);
      this.keys = new Uint32Array(slots * MAX_ROLE_FEATURES);
      this.sentence = 0;
    }
    this.sentence++;
  }

  /** Find the words holding each role in `state` (into `roles`). */
  locate(state: ParseState): Int32Array {
    roleWords(state, this.roles);
    return this.roles;
  }

  /**
   * Add the transition scores of the role groups of the configuration last `locate`d to `scores`,
   * scoring with `model` the groups not yet summed in this sentence.
   */
  addTo(model: Scorer, state: ParseState, input: ParseInput, scores: Float64Array): void {
    const { sums, keys, stamp, width, sentence, groupScores } = this;
    for (let r = 0; r < ROLES; r++) {
      const word = this.roles[r];
      const slot = r * width + (word < 0 ? width - 1 : word);
      this.slots[r] = slot;
      const at = slot * CLASSES;
      if (stamp[slot] !== sentence) {
        const from = slot * MAX_ROLE_FEATURES;
        const to = roleFeatures(r, word, state, input, keys, from);
        groupScores.fill(0);
        model.addScores(keys, from, to, groupScores);
        for (let c = 0; c < CLASSES; c++) sums[at + c] = groupScores[c];
        stamp[slot] = sentence;
      }
      for (let c = 0; c < CLASSES; c++) scores[c] += sums[at + c];
    }
  }

  /** The key of the `j`-th template of role `r`'s group in the configuration last scored. */
  key(r: number, j: number): number {
    return this.keys[this.slots[r] * MAX_ROLE_FEATURES + j];
  }
}
