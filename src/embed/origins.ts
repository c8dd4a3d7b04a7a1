// The host origins an embed talks to: a build option (VITE_EMBED_ORIGINS) and/or the link parameter `origins`,
// each a comma-separated list of origins such as https://example.org. Without either, any host (as before); a list
// given with no valid entry answers no host at all (it fails closed, and the embed says so in its console).

/** At most this many origins are read from either list. */
export const MAX_ORIGINS = 8;

/** The origins in a comma-separated list that are exactly an http(s) origin (no path, no trailing slash). */
export function parseOriginList(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const out: string[] = [];
  for (const part of raw.split(',', MAX_ORIGINS)) {
    const value = part.trim();
    try {
      const url = new URL(value);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value && !out.includes(value)) out.push(value);
    } catch {
      // not an origin: skipped
    }
  }
  return out;
}

const given = (raw: string | null | undefined): raw is string => typeof raw === 'string' && raw.trim() !== '';

/**
 * The allowed host origins, or null for any host (neither list given). A list given with no valid origin in it allows
 * no host: an empty array. A build's list cannot be widened by a link: the link's list narrows it (origins the build
 * does not allow are dropped); a link that names none of them leaves the build's list.
 */
export function allowedOrigins(built: string | undefined, linked: string | null): string[] | null {
  if (!given(built) && !given(linked)) return null;
  const fromBuild = parseOriginList(built);
  const fromLink = parseOriginList(linked);
  if (!given(built)) return fromLink;
  if (fromBuild.length === 0) return [];
  const narrowed = fromLink.filter((o) => fromBuild.includes(o));
  return narrowed.length ? narrowed : fromBuild;
}

/** The console's one line about an origin list that allows no host. */
export const NO_HOST_WARNING = 'eu-migration-map: the embed origin list names no valid origin (https://host or http://host:port); this map answers no host page.';

/** The build option, read at build time. */
export const BUILT_ORIGINS: string | undefined = import.meta.env.VITE_EMBED_ORIGINS as string | undefined;
