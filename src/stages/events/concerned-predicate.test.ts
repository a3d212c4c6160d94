import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Made-up sentences through the real pipeline. "is concerned about/over/with/at X" is mostly worry FOR a side ("the
// stability of Pakistan", "Brazil's economy", "Afghan refugees"), or "deals with" ("concerned with U.S. trade issues"),
// not disapproval of it: the predicate-adjectives.tsv "concerned" rows (session 61, ev-concern) coded these as ACCUSE and
// were removed (session 61, fix-c: restricted to act nouns they kept no training item, README).
const DATE = '1987-03-03';

describe('issue-12: "is concerned about/over/with/at X" codes no ACCUSE of X', () => {
  it.each([
    'Washington is concerned about the stability of Pakistan.',
    'France is concerned about the security of Chad.',
    'Egypt is concerned about Sudan\'s famine.',
    'Moscow is concerned about the survival of the Afghan government.',
    'India is concerned over the earthquake victims in Nepal.',
    'The United Nations is concerned about Afghan refugees in Pakistan.',
    'The IMF is concerned about Brazil\'s economy.',
    'Thailand is concerned about the Vietnamese occupation of Cambodia.',
    'Britain is concerned about attacks on Kuwaiti tankers.',
    'Japan is concerned about Japan\'s trade surplus with the United States.',
    'Mexico is concerned about its debt to U.S. banks.',
    'Japan\'s trade ministry is concerned with U.S. trade issues and export controls.',
  ])('"%s"', (text) => {
    expect(codedAt(text, 'concerned', DATE)).toEqual([]);
  });
});
