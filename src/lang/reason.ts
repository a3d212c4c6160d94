/**
 * Machine-readable reasons: every `why` a stage gives is a list of `Reason`s (a rule id and the
 * fields it used), and the human sentence is rendered from them with the language pack's
 * templates (`src/lang/<code>/reasons.tsv`). Code tests rule ids and fields, never the prose.
 */
import type { LanguagePack } from './pack.js';

/** A field of a reason: a word or number it used, the reason it builds on, or an enumeration of reasons. */
export type ReasonField = string | number | Reason | readonly Reason[];

/** Why a stage decided something: a stable rule id (`roles/passive-subject`) and its fields. */
export interface Reason {
  readonly rule: string;
  readonly [field: string]: ReasonField | undefined;
}

/**
 * A reason for `rule` with its fields.
 * @example reason('flags/modal', { aux: 'could' }) // rendered: modal "could"
 */
export function reason(rule: string, fields: Readonly<Record<string, ReasonField>> = {}): Reason {
  return { rule, ...fields };
}

/** The human sentence of one reason; a rule without a template shows its id and fields. */
export function renderReason(pack: LanguagePack, r: Reason): string {
  const template = pack.reasons.get(r.rule);
  if (template === undefined) return `${r.rule} ${JSON.stringify(r)}`;
  const parts = templateParts(template);
  // A template without fields is its text ("[x].join('')" is x).
  if (parts.length === 1) return parts[0] ?? '';
  // Joined, not concatenated piece by piece: one flat string, as the pattern's `replace` made.
  const text = parts.slice();
  for (let k = 1; k < parts.length; k += 2) {
    const value = r[parts[k]];
    text[k] = value === undefined ? `{${parts[k]}}` : renderField(pack, value);
  }
  return text.join('');
}

const splitTemplates = new Map<string, readonly string[]>();

/**
 * A template split once into text and field names, alternating (`'met {name}.'` → `['met ', 'name',
 * '.']`): every mention and event renders its reasons, and matching the template's pattern again
 * each time cost ~1% of the pipeline's CPU (#13).
 */
function templateParts(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) splitTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/** Several reasons as one sentence, separated by semicolons. */
export function renderReasons(pack: LanguagePack, reasons: readonly Reason[]): string {
  // Nearly every mention has one reason: its sentence, without the array and the join of several (#13).
  if (reasons.length === 1) return renderReason(pack, reasons[0]);
  return reasons.map((r) => renderReason(pack, r)).join('; ');
}

function renderField(pack: LanguagePack, value: ReasonField): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  // A list inside a reason is an enumeration ("country RUS, title …"), separated by commas.
  return Array.isArray(value) ? (value as readonly Reason[]).map((r) => renderReason(pack, r)).join(', ') : renderReason(pack, value as Reason);
}
