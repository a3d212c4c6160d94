import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// An event noun that "comes as" or "comes at a time of" something sets the news's background; "come" is no verb of
// happening (rule-words `happening`), so it codes no meeting (#12: 0 of 5 such CONSULT right on the training gold).
describe('"come" with an event noun as subject', () => {
  it.each([
    'The talks between Japan and the United States came as the annual meeting of the bank opened in Miami.',
    'The meeting of Saudi Arabia and Kuwait comes at a time of guarded optimism in industry.',
  ])('%s', (text) => {
    expect(codedAt(text, 'came', '1987-03-20').concat(codedAt(text, 'comes', '1987-03-20'))).toEqual([]);
  });
});
