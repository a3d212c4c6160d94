import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Reconvening with a partner is meeting again, as "met with" (verbs.txt RECONVENE "(WITH)"; review after session 55 #12);
// a consultation names all who took part as its actors (code-events reciprocal consultation).
describe('reconvening with a partner consults', () => {
  it('"reconvened with Palestinian negotiators" is a consultation', () => {
    expect(codedAt('JERUSALEM, March 3, 1992 (AP) - The Israeli cabinet reconvened with Palestinian negotiators on Monday.', 'reconvened', '1992-03-03'))
      .toEqual(['CONSULT ISR+PSE->']);
  });

  it('"parliament reconvened" alone stays no event', () => {
    expect(codedAt('LONDON, March 3, 1992 (AP) - The British parliament reconvened on Monday.', 'reconvened', '1992-03-03')).toEqual([]);
  });
});
