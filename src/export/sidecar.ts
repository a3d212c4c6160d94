/**
 * The sidecar of an export or panel (`<file>.meta.json`): which dyad wrote it, under which coding
 * lock the store's events were coded, which CAMEO↔PLOVER crosswalk mapped them, and what the
 * format left out. It holds no time stamp, so the same store gives the same sidecar (see #17).
 */
import { readFileSync } from 'node:fs';
import { assetPath } from '../core/assets.js';
import type { Store } from '../store/store.js';
import { crosswalkVersion } from './cameo.js';
import { storeLocks } from './lock.js';

export interface Sidecar {
  readonly format: string;
  readonly dyad: string;
  /** The lock the store's documents were coded with; `mixed` when more than one. */
  readonly lock: { readonly id: string | null; readonly mixed: boolean; readonly ids: readonly string[] };
  readonly crosswalk: string;
  readonly [key: string]: unknown;
}

/** The sidecar for an export of this store, with the format's own notes added. */
export async function sidecarOf(store: Store, format: string, extra: Record<string, unknown> = {}): Promise<Sidecar> {
  const { version } = JSON.parse(readFileSync(assetPath('package.json'), 'utf8')) as { version: string };
  const locks = await storeLocks(store);
  return {
    format,
    dyad: version,
    lock: { id: locks.latest?.id ?? null, mixed: locks.ids.length > 1, ids: locks.ids },
    crosswalk: crosswalkVersion(),
    ...extra,
  };
}

/** Sidecar text: pretty JSON ending with a newline. */
export function formatSidecar(sidecar: Sidecar): string {
  return JSON.stringify(sidecar, null, 2) + '\n';
}
