// The story panel of explore mode (opened by StoryMakerButton.tsx, loaded then): "Add this view to a story" records the view as a step; steps are edited,
// reordered, deleted, previewed in briefing mode; the stories file is downloaded and opened (checked first).
import { useState } from 'preact/hooks';
import { useStore } from 'zustand';
import type { Story, StoryStep } from '../../data/stories';
import { applyStoryStep } from '../../state/story';
import { moveItem, stepFromView, type UserStoriesStore } from '../../state/user-stories';
import { storyIdFor } from '../../outside/story';
import { plural, t } from '../../i18n/t';
import { useAppState, useAppStore } from '../context';
import { useModel } from '../context';
import { SourceQuote } from '../SourceQuote';
import { checkStories, readStoriesFile, STORIES_FILE_NAME, storiesFileText } from './stories-file';
import { describeProblems } from '../../i18n/problems';
import { cleanText } from '../../outside/text';
import { TEXT_LIMITS, type TextField } from '../../outside/vocabulary';
import type { Lang } from '../../state/types';
import { MAX_LINK_LENGTH, storyLink } from './story-link';
import './story-maker.css';
import { SlidesButton } from '../slides/SlidesButton';

/** What a person types, as the story keeps it: no hidden direction or zero-width characters, within the field's limit. */
function typed(e: Event, field: TextField): string {
  const input = e.target as HTMLInputElement | HTMLTextAreaElement;
  const clean = cleanText(input.value);
  const kept = Array.from(clean).slice(0, TEXT_LIMITS[field]).join('');
  if (kept !== input.value) input.value = kept;
  return kept;
}

/** The live count of a field's characters against its limit, read by screen readers only when asked (not live). */
function Counter({ lang, text, field }: { lang: Lang; text: string; field: TextField }) {
  const used = Array.from(text).length;
  const max = TEXT_LIMITS[field];
  return (
    <span class={used >= max ? 'text-counter text-counter-full' : 'text-counter'} data-testid="text-counter">
      {t(lang, 'textCounter', { used, max })}
    </span>
  );
}

export function StoryMaker({ bundledIds, stories, onClose }: { bundledIds: ReadonlySet<string>; stories: UserStoriesStore; onClose(): void }) {
  const store = useAppStore();
  const { model, world } = useModel();
  const lang = useAppState((s) => s.view.lang);
  const all = useStore(stories, (s) => s.stories);
  const currentId = useStore(stories, (s) => s.currentId);
  const story = all.find((s) => s.id === currentId) ?? all[0];
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');

  const update = (next: Story): void => {
    stories.setState((s) => ({ stories: s.stories.map((x) => (x.id === next.id ? next : x)), currentId: next.id }));
  };
  const updateStep = (index: number, change: Partial<StoryStep>): void => {
    if (story) update({ ...story, steps: story.steps.map((step, i) => (i === index ? { ...step, ...change } : step)) });
  };

  const addView = (): void => {
    const s = store.getState();
    if (!story) {
      const title = t(lang, 'newStoryTitle');
      const taken = new Set([...bundledIds, ...all.map((x) => x.id)]);
      const created: Story = { id: storyIdFor(title, taken), title, summary: title, steps: [stepFromView(s, model, t(lang, 'newStepTitle', { n: 1 }))] };
      stories.setState((st) => ({ stories: [...st.stories, created], currentId: created.id }));
    } else {
      update({ ...story, steps: [...story.steps, stepFromView(s, model, t(lang, 'newStepTitle', { n: story.steps.length + 1 }))] });
    }
    setProblems([]);
  };

  const download = async (): Promise<void> => {
    const { problems: found } = await checkStories(all, model, lang);
    setProblems(found);
    if (found.length) {
      setStatus(t(lang, 'storiesNotDownloaded'));
      return;
    }
    setStatus('');
    const url = URL.createObjectURL(new Blob([storiesFileText(all)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = STORIES_FILE_NAME;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const openFile = async (file: File): Promise<void> => {
    // Read as anything from outside: bounded, checked against the map's world; the sound stories are opened.
    const checked = await readStoriesFile(file, world ?? { has: () => true });
    setProblems(describeProblems(lang, checked.problems, 8));
    if (!checked.stories.length) {
      setStatus(t(lang, 'storiesInvalid'));
      return;
    }
    setStatus(plural(lang, 'storiesLoaded', checked.stories.length, { file: cleanText(file.name).slice(0, 60) }));
    stories.setState({ stories: checked.stories, currentId: checked.stories[0]?.id ?? null });
  };

  const makeLink = async (): Promise<void> => {
    if (!story) return;
    const { problems: found } = await checkStories([story], model, lang);
    setProblems(found);
    setLink('');
    if (found.length) {
      setStatus(t(lang, 'storiesNotDownloaded'));
      return;
    }
    const base = `${location.origin === 'null' ? location.href.split(/[?#]/)[0] : `${location.origin}${location.pathname}`}`;
    const made = await storyLink(story, base);
    if (made.ok) {
      setStatus('');
      setLink(made.link);
    } else setStatus(t(lang, 'storyLinkTooLong', { length: made.length, max: MAX_LINK_LENGTH }));
  };

  const preview = (): void => {
    if (!story) return;
    store.getState().setMode('briefing');
    applyStoryStep(store, story.id, 0, story.steps[0]!);
  };

  return (
    <section class="story-maker" aria-labelledby="story-maker-title" data-testid="story-maker">
      <header class="story-maker-head">
        <h2 id="story-maker-title">{t(lang, 'storyMakerTitle')}</h2>
        <button type="button" class="button" onClick={onClose} aria-label={t(lang, 'close')}>
          ×
        </button>
      </header>
      <button type="button" class="button story-maker-add" data-testid="add-view" onClick={addView}>
        {t(lang, 'addViewToStory')}
      </button>
      {all.length > 1 && (
        <select aria-label={t(lang, 'stories')} value={story?.id} onChange={(e) => stories.setState({ currentId: (e.target as HTMLSelectElement).value })}>
          {all.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      )}
      {!story && <p class="empty-state">{t(lang, 'storyMakerEmpty')}</p>}
      {story && (
        <>
          <label class="story-maker-field">
            {t(lang, 'storyTitleField')}
            <input type="text" data-testid="story-title" value={story.title} maxLength={TEXT_LIMITS.storyTitle} onInput={(e) => update({ ...story, title: typed(e, 'storyTitle') })} />
            <Counter lang={lang} text={story.title} field="storyTitle" />
          </label>
          <label class="story-maker-field">
            {t(lang, 'storySummaryField')}
            <textarea rows={2} value={story.summary} maxLength={TEXT_LIMITS.summary} onInput={(e) => update({ ...story, summary: typed(e, 'summary') })} />
            <Counter lang={lang} text={story.summary} field="summary" />
          </label>
          <ol class="story-maker-steps">
            {story.steps.map((step, i) => (
              <li key={`${i}:${story.steps.length}`} class="story-maker-step" data-testid="story-maker-step">
                <label class="story-maker-field">
                  {t(lang, 'stepTitleField', { n: i + 1 })}
                  <input type="text" data-field="title" value={step.title} maxLength={TEXT_LIMITS.stepTitle} onInput={(e) => updateStep(i, { title: typed(e, 'stepTitle') })} />
                  <Counter lang={lang} text={step.title} field="stepTitle" />
                </label>
                <label class="story-maker-field">
                  {t(lang, 'stepTextField')}
                  <textarea rows={3} data-field="text" value={step.text} maxLength={TEXT_LIMITS.stepText} onInput={(e) => updateStep(i, { text: typed(e, 'stepText') })} />
                  <Counter lang={lang} text={step.text} field="stepText" />
                </label>
                <label class="story-maker-field">
                  {t(lang, 'stepNotesField')}
                  <textarea
                    rows={2}
                    data-field="notes"
                    value={(step.notes ?? []).map((n) => n.text).join('\n')}
                    onInput={(e) => {
                      // One note a line, each cut to the note's limit.
                      const lines = cleanText((e.target as HTMLTextAreaElement).value)
                        .split('\n')
                        .filter((l) => l.trim() !== '')
                        .map((l) => Array.from(l).slice(0, TEXT_LIMITS.note).join(''));
                      // A note cites the step's own sources: the app makes no claim the step does not.
                      updateStep(i, { notes: lines.length && step.sources.length ? lines.map((text) => ({ text, sources: step.sources })) : undefined });
                    }}
                  />
                  <Counter lang={lang} text={(step.notes ?? []).reduce((longest, n) => (n.text.length > longest.length ? n.text : longest), '')} field="note" />
                </label>
                <details class="story-maker-sources">
                  <summary>{step.sources.length ? t(lang, 'stepSources', { n: step.sources.length }) : t(lang, 'stepNoSources')}</summary>
                  {step.sources.map((c, j) => (
                    <SourceQuote key={j} citation={c} alwaysOpen />
                  ))}
                </details>
                <div class="story-maker-actions">
                  <button type="button" class="button" onClick={() => applyStoryStep(store, story.id, i, step)}>
                    {t(lang, 'showStep')}
                  </button>
                  <button type="button" class="button" disabled={i === 0} onClick={() => update({ ...story, steps: moveItem(story.steps, i, i - 1) })}>
                    ↑ <span class="visually-hidden">{t(lang, 'moveUp')}</span>
                  </button>
                  <button type="button" class="button" disabled={i === story.steps.length - 1} onClick={() => update({ ...story, steps: moveItem(story.steps, i, i + 1) })}>
                    ↓ <span class="visually-hidden">{t(lang, 'moveDown')}</span>
                  </button>
                  <button
                    type="button"
                    class="button"
                    onClick={() => {
                      const steps = story.steps.filter((_, j) => j !== i);
                      if (steps.length) update({ ...story, steps });
                      else stories.setState((s) => ({ stories: s.stories.filter((x) => x.id !== story.id), currentId: null }));
                    }}
                  >
                    {t(lang, 'deleteStep')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <div class="story-maker-actions">
            <button type="button" class="button" data-testid="preview-story" onClick={preview}>
              {t(lang, 'previewBriefing')}
            </button>
            <button type="button" class="button" data-testid="download-stories" onClick={() => void download()}>
              {t(lang, 'downloadStories')}
            </button>
            <SlidesButton story={story} class="button" />
            <button type="button" class="button" data-testid="story-link" onClick={() => void makeLink()}>
              {t(lang, 'storyLink')}
            </button>
          </div>
          {link && (
            <label class="story-maker-field">
              {t(lang, 'storyLinkReady', { length: link.length })}
              <input type="text" readOnly value={link} data-testid="story-link-output" onFocus={(e) => (e.target as HTMLInputElement).select()} />
            </label>
          )}
        </>
      )}
      <label class="story-maker-field story-maker-open">
        {t(lang, 'openStories')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="open-stories"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void openFile(file);
            input.value = '';
          }}
        />
      </label>
      {(status || problems.length > 0) && (
        <div class="story-maker-status" role="alert" data-testid="story-maker-status">
          {status && <p>{status}</p>}
          {problems.length > 0 && (
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
