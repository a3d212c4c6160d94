import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';

describe('bodyOfNamedCountry', () => {
  it.each([
    ['Zelenskyy met with Secretary of State for Defence of the United Kingdom Ben Wallace.', '2021-11-16', 'Secretary of State', 'GBR'],
    ['Yermak met the Head of the International Policy Bureau at the Chancellery of the President of the Republic of Poland Jakub Kumoch.', '2022-05-01', 'Chancellery', 'POL'],
    ['Next year we will hold the 20th Congress of the Communist Party of China.', '2021-12-15', 'Congress', 'CHN'],
  ])('issue-12: %s (%s): "%s" is %s', (text, date, words, code) => {
    const result = run(text, date);
    const m = result.mentions.find((x) => result.text.slice(x.start, x.end).includes(words));
    expect(m?.code).toBe(code);
  });

  it.each([
    ['Assistant Secretary of State for Western Hemisphere Affairs Brian Nichols met President Petro.', '2023-05-01', 'Secretary of State', 'USA'],
    ['The Chancellery said so.', '2022-05-01', 'Chancellery', 'DEU'],
  ])('keeps the knowledge base\'s country when the title names none: %s', (text, date, words, code) => {
    const result = run(text, date);
    const m = result.mentions.find((x) => result.text.slice(x.start, x.end).includes(words));
    expect(m?.code).toBe(code);
  });
});
