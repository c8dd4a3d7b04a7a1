// A story in a link: the story's JSON, deflated and base64url-encoded in the address's fragment (never sent to a
// server). A link longer than MAX_LINK_LENGTH is refused with its length, never cut: the file carries any story.
import type { Story } from '../../data/stories';

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

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export type StoryLink = { ok: true; link: string } | { ok: false; length: number };

/** The link to `base` (the page's address without query or fragment) that opens the story in briefing mode. */
export async function storyLink(story: Story, base: string): Promise<StoryLink> {
  const packed = toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(story)), new CompressionStream('deflate-raw')));
  const link = `${base}#${STORY_HASH_KEY}=${packed}`;
  return link.length <= MAX_LINK_LENGTH ? { ok: true, link } : { ok: false, length: link.length };
}

/** The story data of a fragment (`#story-data=...`), parsed but not yet checked; null when there is none. */
export async function storyFromHash(hash: string): Promise<{ raw: unknown } | { error: string } | null> {
  const prefix = `#${STORY_HASH_KEY}=`;
  if (!hash.startsWith(prefix)) return null;
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(prefix.length)), new DecompressionStream('deflate-raw'));
    return { raw: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch (error) {
    return { error: `the story in the link cannot be read (${error instanceof Error ? error.message : String(error)}); it may have been cut` };
  }
}
