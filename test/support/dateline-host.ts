/**
 * A hand-built parse shared by the discourse tests of a wire story's dateline country (multinational.test.ts,
 * many-states-later.test.ts), in parsed-doc's line format.
 */
/** "New Zealand is the host ." — the story names the dateline's country, so the dateline counts. */
export const HOST = `
  New New PROPN NNP 2 compound
  Zealand Zealand PROPN NNP 5 nsubj
  is be AUX VBZ 5 cop
  the the DET DT 5 det
  host host NOUN NN 0 root
  . . PUNCT . 5 punct`;
