// Hostile stories, links and messages against the one reader of what comes from outside: it never throws, every
// message it makes is short, nothing unsound gets through, and the sound parts are kept.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import rawStories from '../../data/stories.json';
import type { Story } from '../../src/data/stories';
import { storySchema } from '../../src/data/stories';
import { readStory, readStories } from '../../src/outside/story';
import { fromBase64Url, inflateCapped, jsonDepth, MAX_DEPTH, MAX_UNPACKED_BYTES, parseBoundedJson } from '../../src/outside/bounded';
import { cleanText, hasHiddenCharacters, QUOTE_MAX } from '../../src/outside/text';
import { isRecordId, onTimeline, TEXT_LIMITS, type World } from '../../src/outside/vocabulary';
import { describeProblem, describeProblems, PROBLEM_MESSAGE_MAX } from '../../src/i18n/problems';
import { loadLanguage } from '../../src/i18n/catalogues';
import { LANGS } from '../../src/state/types';
import { storyFromHash, storyLink, STORY_HASH_KEY } from '../../src/ui/story-maker/story-link';
import { decode } from '../../src/state/url';

const bundled = rawStories as unknown as Story[];
const good = bundled[0]!;
/** A world that knows a few records: NE and TR, the route central-med, the group G5, the organisation iom. */
const world: World = {
  has: (kind, id) =>
    (kind === 'country' && ['NE', 'TR'].includes(id)) ||
    ((kind === 'route' || kind === 'routes') && id === 'central-med') ||
    (kind === 'groups' && id === 'G5') ||
    (kind === 'organisations' && id === 'iom') ||
    (kind !== 'country' && kind !== 'route' && kind !== 'routes' && kind !== 'groups' && kind !== 'organisations' && kind !== 'story'),
};
const anyWorld: World = { has: () => true };

function step(overrides: Record<string, unknown> = {}, state: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: 'A step', text: 'Some text.', camera: { lon: 10, lat: 40, zoom: 3 }, state: { date: '2016-03', layers: ['routes'], ...state }, sources: [{ background: 'A fact', reference: 'OJ L 1' }], ...overrides };
}
function story(steps: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'hostile', title: 'A story', summary: 'About it', steps, ...overrides };
}
/** Every message in every language, for every problem the reading gave. */
async function allMessages(problems: Parameters<typeof describeProblems>[1]): Promise<string[]> {
  await Promise.all(LANGS.filter((l) => l !== 'en').map((l) => loadLanguage(l)));
  return LANGS.flatMap((lang) => problems.map((p) => describeProblem(lang, p)));
}

describe('a story read from outside', () => {
  it('keeps a bundled story as it is, with no problem', () => {
    for (const s of bundled) {
      const read = readStory(s, 'storyLink', anyWorld);
      expect(read.problems).toEqual([]);
      expect(read.story).toEqual(s);
    }
  });

  it('refuses an id nested as arrays 100,000 deep without throwing, and names the field in a short message', async () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    const read = readStory(story([step()], { id: nested }), 'storyLink', world);
    expect(read.story?.id).toBe('a-story');
    expect(read.problems.map((p) => [p.field, p.code])).toEqual([['id', 'malformed']]);
    for (const m of await allMessages(read.problems)) expect(m.length).toBeLessThanOrEqual(PROBLEM_MESSAGE_MAX);
  });

  it('quotes at most a few dozen characters of a 200,000-character id', async () => {
    const read = readStory(story([step()], { id: 'a'.repeat(200_000) }), 'storyLink', world);
    expect(read.story).not.toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]!.quote!.length).toBeLessThanOrEqual(QUOTE_MAX + 1);
    for (const m of await allMessages(read.problems)) expect(m.length).toBeLessThanOrEqual(PROBLEM_MESSAGE_MAX);
  });

  it('leaves out a step dated 1900-01 with a message, and keeps the sound steps', () => {
    const read = readStory(story([step({ title: 'Old' }, { date: '1900-01' }), step({ title: 'Sound' })]), 'storyLink', world);
    expect(read.story?.steps.map((s) => s.title)).toEqual(['Sound']);
    expect(read.problems.map((p) => [p.field, p.code, p.quote])).toEqual([['step 1, date', 'offTimeline', '1900-01']]);
    expect(describeProblem('en', read.problems[0]!)).toBe('Story link, step 1, date “1900-01”: outside the timeline (2004-01…2025-12). Step left out.');
  });

  it('refuses a story whose only step is off the timeline', () => {
    const read = readStory(story([step({}, { date: '1900-01' })]), 'storyLink', world);
    expect(read.story).toBeNull();
    expect(read.problems).toHaveLength(1);
  });

  it('leaves out filter values that name no record (groups, organisations, agreement types) and keeps the known ones', () => {
    const read = readStory(story([step({}, { filters: { groups: ['G5', 'NOPE'], organisations: ['iom', 'ghost-org'], routes: ['central-med'] } })]), 'storyLink', world);
    expect(read.story?.steps[0]!.state.filters).toEqual({ groups: ['G5'], organisations: ['iom'], routes: ['central-med'] });
    // One message for the step, quoting the first value that names no record.
    expect(read.problems.map((p) => [p.field, p.code, p.quote])).toEqual([['step 1, filters.groups', 'noRecord', 'NOPE']]);
  });

  it('takes a right-to-left override and zero-width characters out of a title, and says so', () => {
    const read = readStory(story([step()], { title: 'Safe \u202Etxt.exe\u202C\u200B story\uFEFF' }), 'storyLink', world);
    expect(read.story?.title).toBe('Safe txt.exe story');
    expect(read.problems.map((p) => [p.field, p.code])).toEqual([['title', 'hiddenCharacters']]);
  });

  it('cuts a text longer than its field to the limit and says so', () => {
    const read = readStory(story([step({ title: 'W'.repeat(5_000) })], { title: 'T'.repeat(1_000) }), 'storyLink', world);
    expect(Array.from(read.story!.title)).toHaveLength(TEXT_LIMITS.storyTitle);
    expect(Array.from(read.story!.steps[0]!.title)).toHaveLength(TEXT_LIMITS.stepTitle);
    expect(read.problems.map((p) => p.code)).toEqual(['tooLong', 'tooLong']);
  });

  it('never shows a sentence of the input: only one-word values are quoted', () => {
    const read = readStory(story([step({}, { selection: { kind: 'country', id: 'Call +1 555 now' } })]), 'storyLink', world);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]!.quote).toBeUndefined();
  });
});

/** Values an attacker would try, at every place of a story. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom('1900-01', '2004-00', '2026-01', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '__proto__', 'constructor', '\u202Egnp.exe', 'a\u200Bb', 'x'.repeat(10_000), 'NE', 'ZZ', ''),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const hostileStep = fc.record(
  {
    title: hostileValue,
    text: hostileValue,
    camera: fc.oneof(hostileValue, fc.record({ lon: fc.double(), lat: fc.double(), zoom: fc.double() })),
    state: fc.oneof(
      hostileValue,
      fc.record(
        {
          date: fc.oneof(hostileValue, fc.constantFrom('2016-03', '1900-01', '2099-12')),
          layers: fc.oneof(hostileValue, fc.array(fc.oneof(fc.constantFrom('routes', 'bogus', 'funding'), hostileValue), { maxLength: 12 })),
          selection: fc.oneof(hostileValue, fc.record({ kind: fc.oneof(fc.constantFrom('country', 'route', 'x'), hostileValue), id: fc.oneof(fc.constantFrom('NE', 'ZZ'), hostileValue) })),
          filters: fc.oneof(hostileValue, fc.dictionary(fc.constantFrom('groups', 'organisations', 'agreementTypes', 'themes', 'evil', '__proto__'), fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 5 })))),
          compare: fc.oneof(hostileValue, fc.record({ a: fc.oneof(fc.constant('2016-03'), hostileValue), b: fc.oneof(fc.constantFrom('2020-01', '2016-03', '1900-01'), hostileValue) })),
        },
        { requiredKeys: [] },
      ),
    ),
    sources: fc.oneof(hostileValue, fc.array(fc.oneof(fc.constant({ background: 'b', reference: 'r' }), hostileValue), { maxLength: 4 })),
    notes: fc.oneof(hostileValue, fc.array(fc.record({ text: hostileValue, sources: hostileValue }), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const hostileStory = fc.oneof(
  hostileValue,
  fc.record({ id: hostileValue, title: hostileValue, summary: hostileValue, steps: fc.oneof(hostileValue, fc.array(fc.oneof(hostileStep, fc.constant(step())), { maxLength: 6 })), extra: hostileValue }, { requiredKeys: [] }),
);

describe('generated hostile stories', () => {
  it('never throw; a story read is sound by the schema and the world; every message is short in every language', async () => {
    await Promise.all(LANGS.filter((l) => l !== 'en').map((l) => loadLanguage(l)));
    let kept = 0;
    fc.assert(
      fc.property(hostileStory, (raw) => {
        const { story: read, problems } = readStory(raw, 'storyLink', world);
        for (const lang of LANGS) for (const m of describeProblems(lang, problems)) expect(m.length).toBeLessThanOrEqual(PROBLEM_MESSAGE_MAX);
        for (const p of problems) if (p.quote !== undefined) expect(Array.from(p.quote).length).toBeLessThanOrEqual(QUOTE_MAX + 1);
        if (!read) return;
        kept += 1;
        expect(storySchema.safeParse(read).success).toBe(true);
        for (const s of read.steps) {
          expect(onTimeline(s.state.date)).toBe(true);
          for (const text of [s.title, s.text, ...(s.notes ?? []).map((n) => n.text)]) expect(hasHiddenCharacters(text)).toBe(false);
          if (s.state.selection) expect(world.has(s.state.selection.kind, s.state.selection.id)).toBe(true);
          for (const [key, values] of Object.entries(s.state.filters ?? {})) for (const v of values ?? []) expect(isRecordId(v) && world.has(key as 'groups', v)).toBe(true);
        }
        expect(hasHiddenCharacters(read.title)).toBe(false);
      }),
      { numRuns: 3_000 },
    );
    // The generator must reach the end of the reader, not only its first checks.
    expect(kept).toBeGreaterThan(100);
  }, 60_000);

  it('a stories file of hostile stories keeps the sound ones', () => {
    const { stories, problems } = readStories([good, story([step()], { id: 'a'.repeat(90) }), 42, story([step({}, { date: '1900-01' })])], 'storiesFile', anyWorld);
    expect(stories.map((s) => s.id)).toEqual([good.id, 'a-story']);
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe('bounds before parsing', () => {
  it('counts depth on the text without recursion, strings and escapes included', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[[\\"]]]"}]}')).toBe(3);
    expect(jsonDepth('['.repeat(100_000) + ']'.repeat(100_000))).toBe(MAX_DEPTH + 1);
    const deep = parseBoundedJson(`{"id":${'['.repeat(100_000)}"x"${']'.repeat(100_000)}}`);
    expect(deep).toEqual({ ok: false, why: 'tooDeep', limit: MAX_DEPTH });
  });

  it('stops inflating at the cap: 8 MB of zeros packed in 8 KB is refused as too large', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const packed = new Uint8Array(await new Response(new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    expect(packed.length).toBeLessThan(16_000);
    expect(await inflateCapped(packed)).toEqual({ ok: false, why: 'tooLarge', limit: MAX_UNPACKED_BYTES });
    expect(await inflateCapped(packed, zeros.length)).toMatchObject({ ok: true });
  });

  it('refuses a story link whose packed part is too long or not base64url, and reads a real one back', async () => {
    expect(await storyFromHash(`#${STORY_HASH_KEY}=${'A'.repeat(300_000)}`)).toMatchObject({ problem: { code: 'tooLarge', source: 'storyLink' } });
    expect(await storyFromHash(`#${STORY_HASH_KEY}=<script>`)).toMatchObject({ problem: { code: 'unreadable' } });
    expect(fromBase64Url('A')).toEqual({ ok: false, why: 'unreadable' });
    const made = await storyLink(good, 'https://maps.example/');
    if (!made.ok) throw new Error('expected a link');
    expect(await storyFromHash(new URL(made.link).hash)).toEqual({ raw: good });
  });

  it('cleans direction controls and zero-width characters, and nothing else', () => {
    expect(cleanText('a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u200Bm\u200Cn\u200Do\u2060p\uFEFFq')).toBe('abcdefghijklmnopq');
    expect(cleanText('العربية — Français\n2016')).toBe('العربية — Français\n2016');
  });
});

describe('generated hostile links', () => {
  it('give at most three short notices in every language', async () => {
    await Promise.all(LANGS.filter((l) => l !== 'en').map((l) => loadLanguage(l)));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom('date', 'sel', 'group', 'org', 'agreement', 'compare', 'story', 'layers'), fc.string()), hostileValue.map((v) => (typeof v === 'string' ? v : fc.stringify(v)))), { maxLength: 12 }), (pairs) => {
        const p = new URLSearchParams();
        for (const [k, v] of pairs) p.append(k, v);
        const { problems } = decode(p.toString(), world);
        for (const lang of LANGS) {
          const notices = describeProblems(lang, problems);
          expect(notices.length).toBeLessThanOrEqual(3);
          for (const n of notices) expect(n.length).toBeLessThanOrEqual(PROBLEM_MESSAGE_MAX);
        }
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
