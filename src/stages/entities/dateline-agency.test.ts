import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { markDatelineAgency } from './dateline-agency.js';
import type { Entity } from './types.js';

const text = 'MOSCOW, June 26. /TASS/. Talks.';
const tokens = [[0, 6], [6, 7], [8, 12], [13, 15], [15, 16], [17, 18], [18, 22], [22, 23], [23, 24], [25, 30], [30, 31]].map(([start, end]) => ({ start, end, sent: 0 }));
const doc = makeDoc({ text, layers: { tokens, dateline: { agency: 'TASS', agencySpan: { start: 18, end: 22 }, sections: [], body: { start: 25, end: 31 } } } });
const moscow: Entity = { start: 0, end: 6, type: 'GPE', tokens: [0, 1], confidence: 0.9 };

describe('markDatelineAgency', () => {
  it('makes the dateline agency an organisation, replacing another type', () => {
    const found = markDatelineAgency(doc, [moscow, { start: 18, end: 22, type: 'GPE', tokens: [6, 7], confidence: 0.6 }]);
    expect(found).toEqual([moscow, { start: 18, end: 22, type: 'ORG', tokens: [6, 7], confidence: 1 }]);
  });

  it('adds the agency when the model missed it', () => {
    expect(markDatelineAgency(doc, [moscow]).map((e) => text.slice(e.start, e.end))).toEqual(['MOSCOW', 'TASS']);
  });
});
