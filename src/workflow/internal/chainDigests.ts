import { canonicalJson } from '../../internal/canonicalJson.js';
import type { HistoryEntry } from '../historyEntry.js';

/** The part of Web Crypto's `SubtleCrypto` the chain uses (declared here: renda's types need no DOM lib). */
export interface Digester {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

/** Web Crypto's `crypto.subtle` (Node 20+, browsers, Deno, workers), or undefined where absent. */
export function webCryptoSubtle(): Digester | undefined {
  const subtle = (globalThis as { crypto?: { subtle?: Digester } }).crypto?.subtle;
  return typeof subtle?.digest === 'function' ? subtle : undefined;
}

/** UTF-8 bytes of a text; `TextEncoder` is global wherever Web Crypto is (typed here: no DOM lib). */
function utf8(text: string): Uint8Array {
  const Encoder = (globalThis as { TextEncoder?: new () => { encode(text: string): Uint8Array } })
    .TextEncoder;
  if (Encoder === undefined) throw new Error('TextEncoder is not available');
  return new Encoder().encode(text);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (const byte of bytes) out += HEX[byte];
  return out;
}

/**
 * The digest of one link (链节): SHA-256 of the previous digest (empty for the first entry), a
 * line feed, and the entry's canonical JSON. The one definition of a link, used to seal and to
 * check.
 */
export async function linkDigest(
  subtle: Digester,
  previous: string,
  entry: HistoryEntry,
): Promise<string> {
  const text = `${previous}\n${canonicalJson(entry)}`;
  return hex(await subtle.digest('SHA-256', utf8(text)));
}

/**
 * Walks the chain from the first entry: the digests recomputed for `entries`, stopping at the
 * first whose stored digest (`stored[i]`) differs (its index in `firstMismatch`), or at the end.
 * Entries beyond `stored` are digested too when `extend` is true (sealing).
 */
export async function walkChain(
  subtle: Digester,
  entries: readonly HistoryEntry[],
  stored: readonly string[],
  extend: boolean,
): Promise<{ readonly digests: readonly string[]; readonly firstMismatch: number | undefined }> {
  const digests: string[] = [];
  let previous = '';
  const end = extend ? entries.length : Math.min(entries.length, stored.length);
  for (let i = 0; i < end; i++) {
    previous = await linkDigest(subtle, previous, entries[i] as HistoryEntry);
    if (i < stored.length && stored[i] !== previous) return { digests, firstMismatch: i };
    digests.push(previous);
  }
  return { digests, firstMismatch: undefined };
}
