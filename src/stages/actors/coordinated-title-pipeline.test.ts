import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// A bare title joined by "and" to a named holder of the same title is not that holder, through the real tagger and
// parser: before this "The President" of a White House readout's "The President and President López Obrador agreed"
// referred back to López Obrador (MEXGOV), and the event lost its US side (training gold USAGOV+MEXGOV; session 50,
// ev-names).
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string) =>
  (pipeline.run(makeDoc({ text, meta: { date: '2023-12-21' } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('a title beside a named holder of it', () => {
  it('refers back past the person named beside it', () => {
    const text = 'Today, President Joseph R. Biden, Jr. spoke with President Andrés Manuel López Obrador of Mexico. '
      + 'The President and President López Obrador agreed that additional enforcement actions are urgently needed.';
    expect(mentions(text)).toContain('The President=USAGOV');
  });

  it('still refers back to the holder named before when another person is beside it', () => {
    const text = 'President Joe Biden spoke today with Amir Tamim bin Hamad Al Thani of Qatar. '
      + 'The Amir and President Biden agreed to stay in close touch.';
    expect(mentions(text)).toContain('The Amir=QATGOV');
  });

  // A neighbour who shares a word with the holder but holds another title is no reason to rule the holder out
  // (review c of session 50: a shared title word, family name or given name, or the title "Sheikh", lost the country).
  it('refers back when the neighbour holds another title that shares a word with it', () => {
    const text = 'Prime Minister Justin Trudeau arrived in Kyiv on Saturday. '
      + 'The Prime Minister and Deputy Prime Minister Chrystia Freeland met President Volodymyr Zelensky.';
    expect(mentions(text)).toContain('The Prime Minister=CANGOV');
  });

  it('refers back when the neighbour shares the holder\'s family name', () => {
    const text = 'President Joe Biden arrived in Tokyo on Sunday. The President and Dr. Biden met Emperor Naruhito at the Imperial Palace.';
    expect(mentions(text)).toContain('The President=USAGOV');
  });

  it('refers back when the neighbour shares the holder\'s given name', () => {
    const text = 'President Joe Biden arrived in Ottawa on Thursday. '
      + 'The President and Senator Joe Manchin met Canadian Prime Minister Justin Trudeau.';
    expect(mentions(text)).toContain('The President=USAGOV');
  });

  it('refers back when the neighbour shares only a title word of the holder\'s name', () => {
    const text = 'UAE President Sheikh Mohamed bin Zayed arrived in Paris on Monday. '
      + 'The President and Sheikh Hamdan bin Rashid Al Maktoum received French ministers.';
    expect(mentions(text)).toContain('The President=AREGOV');
  });
});
