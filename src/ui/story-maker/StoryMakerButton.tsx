// The toolbar's story maker button; the story panel itself (StoryMaker.tsx) is loaded the first time it opens.
import { useState } from 'preact/hooks';
import { userStories, type UserStoriesStore } from '../../state/user-stories';
import { t } from '../../i18n/t';
import { useAppState } from '../context';
import { lazyPart } from '../lazy';

const LazyStoryMaker = lazyPart(() => import('./StoryMaker').then((m) => m.StoryMaker));

export function StoryMakerButton({ bundledIds, stories = userStories }: { bundledIds: ReadonlySet<string>; stories?: UserStoriesStore }) {
  const [open, setOpen] = useState(false);
  const lang = useAppState((s) => s.view.lang);
  return (
    <>
      <button type="button" aria-expanded={open} aria-pressed={open} data-testid="story-maker-toggle" onClick={() => setOpen(!open)}>
        {t(lang, 'storyMaker')}
      </button>
      {open && <LazyStoryMaker bundledIds={bundledIds} stories={stories} onClose={() => setOpen(false)} />}
    </>
  );
}
