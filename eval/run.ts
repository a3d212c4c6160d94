/** `npm run eval [name…]`: accuracy of each layer against gold data; never part of `npm test`. */
import { runReports } from './report.js';

await runReports({
  dir: import.meta.dirname,
  entry: 'eval.ts',
  command: 'npm run eval',
  preamble: '# Evaluation results\n\nAccuracy of each layer against gold data, written by `npm run eval` (`eval/run.ts`). Development splits only: the test splits are scored separately.\n\n',
  only: process.argv.slice(2),
});
