import { createWriteStream, writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where a command writes: a file when `-o` names one, else standard output. */
export interface Output {
  write(text: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Open the output; writes wait for the stream to drain, so memory stays flat on large exports. */
export function openOutput(path: string | undefined): Output {
  const out: Writable = path ? createWriteStream(path) : process.stdout;
  return {
    write: async (text) => {
      if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
    },
    close: async () => {
      if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
    },
  };
}

/** Write a sidecar beside the output file (`<file>.meta.json`), or to the file `--meta` names. */
export function writeSidecar(text: string, options: { out?: string; meta?: string }): void {
  const path = options.meta ?? (options.out ? `${options.out}.meta.json` : undefined);
  if (path) writeFileSync(path, text);
}
