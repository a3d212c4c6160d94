/**
 * The truecase model held as a key table over the model file's bytes (#13): a Map of its 17,000
 * words and pairs cost 2.8 MB of heap in every thread that met a lower-case or all-capitals story;
 * this table's arrays are ~0.6 MB, and a form is decoded only when a word asks for it.
 */
import { KeyTable } from '../../core/key-table.js';

/** What restoring case asks of the model: a word's (or space-joined pair's) usual form, if not lower-case. */
export interface CaseLookup {
  get(word: string): string | undefined;
}

/**
 * The model file's lines (`word`, or `word<TAB>form`; `#` lines skipped) as a lookup answering as
 * the Map it replaces did: the form after the tab, or each word capitalised; a later line wins.
 */
export function caseTableOf(payload: Buffer): CaseLookup {
  const entries = new Map<string, number[]>();
  for (let at = 0; at < payload.length; ) {
    const newline = payload.indexOf(0x0a, at);
    const end = newline < 0 ? payload.length : newline;
    if (end > at && payload[at] !== 0x23) {
      const tab = payload.indexOf(0x09, at);
      // The form stays in the payload as byte offsets, decoded only when a word asks for it.
      if (tab < 0 || tab > end) entries.set(payload.toString('utf8', at, end), []);
      else entries.set(payload.toString('utf8', at, tab), [tab + 1, end]);
    }
    at = end + 1;
  }
  const table = KeyTable.build(entries);
  return {
    get(word) {
      const e = table.find(word);
      if (e < 0) return undefined;
      if (table.valueCount(e) === 0) return word.split(' ').map(capitalised).join(' ');
      return payload.toString('utf8', table.value(e, 0), table.value(e, 1));
    },
  };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
