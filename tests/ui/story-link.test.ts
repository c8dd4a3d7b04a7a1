// A story in a link: round trip, a cut link is reported, a long story is refused with its length, never truncated.
import { describe, expect, it } from 'vitest';
import stories from '../../data/stories.json';
import type { Story } from '../../src/data/stories';
import { MAX_LINK_LENGTH, storyFromHash, storyLink } from '../../src/ui/story-maker/story-link';

const story = (stories as unknown as Story[])[0]!;
const base = 'file:///media/usb/index.html';

describe('story links', () => {
  it('carries a whole story and reads it back', async () => {
    const made = await storyLink(story, base);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const back = await storyFromHash(new URL(made.link).hash);
    expect(back).toEqual({ raw: story });
  });

  it('says so when a link was cut, and ignores other fragments', async () => {
    const made = await storyLink(story, base);
    if (!made.ok) throw new Error('expected a link');
    const cut = new URL(made.link).hash.slice(0, 200);
    const back = await storyFromHash(cut);
    expect(back && 'problem' in back).toBe(true);
    expect(await storyFromHash('#map')).toBeNull();
  });

  it('refuses a story too long for a link, with its length', async () => {
    const long: Story = { ...story, steps: Array.from({ length: 60 }, (_, i) => ({ ...story.steps[0]!, title: `Step ${i} ${Math.random()}`, text: Array.from({ length: 40 }, () => Math.random().toString(36).slice(2)).join(' ').slice(0, 400) })) };
    const made = await storyLink(long, base);
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });
});
