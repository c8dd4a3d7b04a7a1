// The slide deck's entry point, loaded (with PptxGenJS) only when a deck is asked for: plans the slides, draws their
// maps off screen, writes the file and hands it to the browser as a download.
import type { Model } from '../../data/model';
import type { Story } from '../../data/stories';
import type { ViewSelectors } from '../../selectors/view';
import type { AppState, Lang } from '../../state/types';
import { deckPlan, viewPlan, type DeckPlan, type RouteLabel } from './deck-plan';
import { openSlideMapDrawer, SLIDE_MAP } from './slide-maps';
import { mapWithLegend } from './slide-image';
import { writeDeck } from './pptx';
import { mapParts } from '../../map/active-map';

export interface DeckRequest {
  model: Model;
  views: ViewSelectors;
  /** Maps drawn so far and in all, as the maps are the slow part. */
  onProgress?(done: number, total: number): void;
}

async function makeDeck(plan: DeckPlan, { model, views, onProgress }: DeckRequest): Promise<{ blob: Blob; fileName: string }> {
  const maps = plan.steps.flatMap((s) => s.maps);
  const first = maps[0];
  if (!first) throw new Error('nothing to draw');
  const drawer = await openSlideMapDrawer({ model, views }, first.state);
  let done = 0;
  const pictures: string[][] = [];
  try {
    for (const step of plan.steps) {
      const drawn: string[] = [];
      for (const map of step.maps) {
        onProgress?.(done, maps.length);
        drawn.push(await mapWithLegend(await drawer.draw(map.state), map.legend, SLIDE_MAP.scale, plan.direction));
        done += 1;
      }
      pictures.push(drawn);
    }
  } finally {
    drawer.destroy();
  }
  onProgress?.(done, maps.length);
  return { blob: await writeDeck(plan, pictures), fileName: plan.fileName };
}

function save({ blob, fileName }: { blob: Blob; fileName: string }): string {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return fileName;
}

/** How the page's map labels a route (name and figure), for the slides' lists of the figures on each map. */
function routeLabel(): RouteLabel {
  const parts = mapParts();
  if (!parts) throw new Error('the map is not ready yet');
  return parts.routeLabel;
}

/** A story's deck, downloaded; returns the file's name. */
export async function downloadStoryDeck(story: Story, lang: Lang, request: DeckRequest): Promise<string> {
  return save(await makeDeck(deckPlan(request.model, request.views, routeLabel(), story, lang, new Date()), request));
}

/** The current view as one slide, downloaded; returns the file's name. */
export async function downloadViewSlide(state: AppState, request: DeckRequest): Promise<string> {
  return save(await makeDeck(viewPlan(request.model, request.views, routeLabel(), state, new Date()), request));
}
