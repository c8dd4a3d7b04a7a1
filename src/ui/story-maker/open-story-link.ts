// Opening a link that carries a story (#story-data=...): checked like a stories file, then presented in briefing
// mode; a link that cannot be read or checked says why in the notices and opens nothing.
import type { Model } from '../../data/model';
import { applyStoryStep } from '../../state/story';
import type { AppStore } from '../../state/store';
import { userStories } from '../../state/user-stories';
import { checkStories } from './stories-file';
import { storyFromHash } from './story-link';

export async function openStoryFromLink(store: AppStore, model: Model, hash = location.hash): Promise<void> {
  const found = await storyFromHash(hash);
  if (!found) return;
  const s = store.getState();
  if ('error' in found) {
    s.notify(found.error);
    return;
  }
  const { stories, problems } = await checkStories([found.raw], model, s.view.lang);
  const story = stories[0];
  if (problems.length || !story) {
    for (const p of problems.slice(0, 5)) s.notify(p);
    return;
  }
  userStories.setState((u) => ({ stories: [...u.stories.filter((x) => x.id !== story.id), story], currentId: story.id }));
  s.setMode('briefing');
  applyStoryStep(store, story.id, 0, story.steps[0]!);
}
