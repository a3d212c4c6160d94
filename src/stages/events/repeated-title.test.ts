import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// "The prince" after "Crown Prince Abdullah" is the prince named before (training gold reuters-20719): a title the
// actors stage reads as no agent, used alone for the one person the story named with it
// (discourse/data/repeated-titles.txt).
const PRINCE = "WASHINGTON, Oct 20 - Saudi Arabian Crown Prince Abdullah bin Abdul Aziz was thanked by the Reagan administration for his country's close, and closed-mouthed, cooperation with Washington in the Gulf, a senior U.S. official said.\n\n\"The Saudis are being very cooperative. It would be nice if the Saudis would go more public, but it's their real estate,\" said the official who asked not to be named.\n\nHe declined to describe what sort of help the Saudis were providing, saying that Saudi officials are reluctant to acknowledge their role in the Gulf where the United States has stationed forces to protect shipping lanes.\n\nThe prince met Vice President George Bush on Monday after U.S. naval forces attacked offshore Iranian oil platforms in what Washington said was retaliation for an Iranian attack on a ship moored off Kuwait and flying the U.S. flag.";

describe('a title used alone is the person the story named with it', () => {
  it('issue-12: reuters-20719 "The prince met Vice President George Bush" is a Saudi meeting with the United States', () => {
    expect(codedAt(PRINCE, 'met', '1987-10-20')).toEqual(['CONSULT SAU+USA->']);
  });

  it('leaves "the prince" unread when the story named no prince', () => {
    // Another person named before, without the title, is not its holder.
    const text = 'RIYADH, Oct 20 - Foreign Minister Saud al-Faisal thanked the United States for its help in the Gulf. The prince met Vice President George Bush on Monday.';
    const doc = defaultPipeline({ layers: ['discourse'] }).run(makeDoc({ text, meta: { date: '1987-10-20' } }));
    const prince = (doc.layers.discourse?.mentions ?? []).find((m) => text.slice(m.start, m.end) === 'The prince');
    expect(prince?.reasons.map((r) => r.rule) ?? []).not.toContain('discourse/repeated-title');
  });
});
