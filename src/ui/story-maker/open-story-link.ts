// Opening a link that carries a story (#story-data=...): read within bounds and checked against the map's world
// (outside/story.ts), then presented in briefing mode with what is sound; each problem is one short notice in the
// reader's language. A link that cannot be read, or whose story has no sound step, opens nothing.
import { describeProblems } from '../../i18n/problems';
import { readStory } from '../../outside/story';
import type { World } from '../../outside/vocabulary';
import { applyStoryStep } from '../../state/story';
import type { AppStore } from '../../state/store';
import { userStories } from '../../state/user-stories';
import { storyFromHash } from './story-link';

/** The name of the performance measure of each story link read (DevTools' timeline and the e2e tests read it). */
export const STORY_LINK_MEASURE = 'eu-migration-map: story link read';

export async function openStoryFromLink(store: AppStore, world: World, hash = location.hash): Promise<void> {
  const started = performance.now();
  const found = await storyFromHash(hash);
  if (!found) return;
  try {
    await openFound(store, world, found);
  } finally {
    performance.measure(STORY_LINK_MEASURE, { start: started });
  }
}

async function openFound(store: AppStore, world: World, found: NonNullable<Awaited<ReturnType<typeof storyFromHash>>>): Promise<void> {
  const s = store.getState();
  const notify = (problems: Parameters<typeof describeProblems>[1]): void => {
    for (const n of describeProblems(store.getState().view.lang, problems)) store.getState().notify(n);
  };
  if ('problem' in found) {
    notify([found.problem]);
    return;
  }
  const { story, problems } = readStory(found.raw, 'storyLink', world, new Set(userStories.getState().stories.map((x) => x.id)));
  notify(problems);
  if (!story) return;
  userStories.setState((u) => ({ stories: [...u.stories.filter((x) => x.id !== story.id), story], currentId: story.id }));
  s.setMode('briefing');
  applyStoryStep(store, story.id, 0, story.steps[0]!);
}
