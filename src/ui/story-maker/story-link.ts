// A story in a link: the story's JSON, deflated and base64url-encoded in the address's fragment (never sent to a
// server). A link longer than MAX_LINK_LENGTH is refused with its length, never cut: the file carries any story.
// Reading one back is bounded before any parsing (outside/bounded.ts): packed characters, unpacked bytes, depth.
import type { Story } from '../../data/stories';
import { fromBase64Url, inflateCapped, MAX_PACKED_CHARS, MAX_UNPACKED_BYTES, parseBoundedJson, type Bounded } from '../../outside/bounded';
import { problem, type Problem } from '../../outside/problem';

export const STORY_HASH_KEY = 'story-data';
/** Longer links break in e-mail clients, chat tools and some browsers' address bars. */
export const MAX_LINK_LENGTH = 8000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type StoryLink = { ok: true; link: string } | { ok: false; length: number };

/** The link to `base` (the page's address without query or fragment) that opens the story in briefing mode. */
export async function storyLink(story: Story, base: string): Promise<StoryLink> {
  const packed = toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(story)), new CompressionStream('deflate-raw')));
  const link = `${base}#${STORY_HASH_KEY}=${packed}`;
  return link.length <= MAX_LINK_LENGTH ? { ok: true, link } : { ok: false, length: link.length };
}

const failed = (why: Extract<Bounded<unknown>, { ok: false }>): { problem: Problem } => ({ problem: problem('storyLink', 'story-data', why.why, 'refused', undefined, why.limit) });

/**
 * The story data of a fragment (`#story-data=...`), unpacked and parsed within bounds but not yet checked; null when
 * there is none. A link that is too long, unpacks too large, nests too deep or cannot be read gives one problem.
 */
export async function storyFromHash(hash: string): Promise<{ raw: unknown } | { problem: Problem } | null> {
  const prefix = `#${STORY_HASH_KEY}=`;
  if (!hash.startsWith(prefix)) return null;
  const packed = fromBase64Url(hash.slice(prefix.length), MAX_PACKED_CHARS);
  if (!packed.ok) return failed(packed);
  const bytes = await inflateCapped(packed.value, MAX_UNPACKED_BYTES);
  if (!bytes.ok) return failed(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
  } catch {
    return failed({ ok: false, why: 'unreadable' });
  }
  const parsed = parseBoundedJson(text);
  return parsed.ok ? { raw: parsed.value } : failed(parsed);
}
