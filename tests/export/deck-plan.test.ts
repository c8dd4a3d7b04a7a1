// What a story's slides say: one slide per step with its maps, sources and notes, the figures of each map taken from
// the routes selector at that map's date, the comparison's two dates, and the reader's language and direction.
import { describe, expect, it } from 'vitest';
import rawStories from '../../data/stories.json';
import { loadDataset } from '../../src/data/load';
import { validateStories } from '../../src/data/stories';
import { createViewSelectors } from '../../src/selectors/view';
import { deckPlan, stepState } from '../../src/export/slides/deck-plan';
import { HIGH_CONTRAST_THEME } from '../../src/map/theme';
import { loadLanguage } from '../../src/i18n/catalogues';

const model = loadDataset();
const views = createViewSelectors(model);
const { stories } = validateStories(rawStories, model);
const label = (r: { route: { name: string } }): string => r.route.name;
const made = new Date(Date.UTC(2026, 11, 7, 12));

describe('deckPlan', () => {
  it('has a slide per step with its title, text, date line, map, legend, alt text, sources and notes', () => {
    for (const story of stories) {
      const plan = deckPlan(model, views, label, story, 'en', made);
      expect(plan.steps).toHaveLength(story.steps.length);
      expect(plan.fileName).toBe(`${story.id}-2026-12-07.pptx`);
      plan.steps.forEach((slide, i) => {
        const step = story.steps[i]!;
        expect(slide.title).toBe(step.title);
        expect(slide.text).toBe(step.text);
        expect(slide.maps).toHaveLength(step.state.compare ? 2 : 1);
        expect(slide.maps[0]!.altText).toMatch(/^Map for \w+ \d{4}: .+\. Legend: EU member states/);
        // The projector colours of briefing mode, as the room sees the story.
        expect(slide.maps[0]!.legend[0]).toMatchObject({ label: 'EU member states', colour: HIGH_CONTRAST_THEME.eu });
        // Each document the step cites, once, by its title (never its file name).
        for (const c of step.sources) {
          const source = 'seed' in c ? model.sourceBySeed.get(c.seed) : undefined;
          if (source) expect(slide.sources.filter((l) => !l.label && l.key === `doc:${source.id}`)).toHaveLength(1);
        }
        expect(slide.sources.every((l) => !l.text.includes('.txt'))).toBe(true);
        if (step.notes?.length) expect(slide.notes).toContain(step.notes[0]!.text);
      });
      // Every document cited is on the closing slide once.
      const keys = plan.allSources.map((l) => l.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("lists the figures of a map from the routes selector at the map's own date, with their documents and links", () => {
    const story = stories.find((s) => s.id === 'crisis-2015-routes')!;
    const plan = deckPlan(model, views, label, story, 'en', made);
    story.steps.forEach((step, i) => {
      const drawn = step.state.layers.includes('routes') ? views.routes(stepState(story, i, 'en')).filter((r) => r.figure) : [];
      const listed = plan.steps[i]!.sources.filter((l) => l.label?.startsWith('Figures on the map'));
      expect(listed.map((l) => l.label)).toEqual(drawn.map((r) => `Figures on the map: ${r.route.name}`));
      for (const line of listed) expect(line.link).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
    });
  });

  it('draws a comparison step at both of its dates', () => {
    const story = stories.find((s) => s.id === 'western-balkans-2015-2024')!;
    const last = deckPlan(model, views, label, story, 'en', made).steps.at(-1)!;
    expect(last.maps.map((m) => m.state.time.date)).toEqual(['2015-09', '2024-06']);
    expect(last.maps.map((m) => m.label)).toEqual(['A · September 2015', 'B · June 2024']);
  });

  it("speaks the reader's language, right to left in Arabic, and keeps the story's own words", async () => {
    await loadLanguage('ar');
    const story = stories[0]!;
    const plan = deckPlan(model, views, label, story, 'ar', made);
    expect(plan.direction).toBe('rtl');
    expect(plan.madeOn).toContain('أُعدّت في');
    expect(plan.steps[0]!.title).toBe(story.steps[0]!.title);
    expect(plan.steps[0]!.maps[0]!.altText).toMatch(/^خريطة /);
  });
});
