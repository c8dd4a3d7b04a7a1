// Briefing mode: a story menu, then one step at a time with its sources always visible; clicker keys step through.
import { UserText } from './UserText';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { userStories } from '../state/user-stories';
import type { Story } from '../data/stories';
import { applyStoryStep } from '../state/story';
import { useActions, useAppState, useAppStore } from './context';
import { SourceQuote } from './SourceQuote';
import { t } from '../i18n/t';
import { usePresenterLink } from './presenter/usePresenterLink';
import './briefing-extras.css';
import { StepComparison } from './compare/StepComparison';
import { Handout } from './print/Handout';
import type { StaticMapProps } from './presenter/map-parts';
import { SlidesButton } from './slides/SlidesButton';

const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', ' ', 'Enter']);
const PREV_KEYS = new Set(['PageUp', 'ArrowLeft']);

export function Briefing({ stories: bundled, mapProps }: { stories: readonly Story[]; mapProps?: StaticMapProps }) {
  // Stories made in the app (or opened from a file) come first: a file that copies a bundled story overrides it.
  const made = useStore(userStories, (s) => s.stories);
  const stories = useMemo(() => [...made, ...bundled.filter((b) => !made.some((m) => m.id === b.id))], [made, bundled]);
  const store = useAppStore();
  const current = useAppState((s) => s.view.story);
  const lang = useAppState((s) => s.view.lang);
  const { setStory, setMode } = useActions();
  const story = current ? stories.find((s) => s.id === current.id) : undefined;
  // The presenter window (key P): while it is open, this window shows only the map and the step card.
  const presenter = usePresenterLink(store, stories);
  const openPresenter = useRef(presenter.open);
  openPresenter.current = presenter.open;
  // The handout is drawn when asked for (button, Ctrl+P, or the browser's print) and printed once its maps are drawn.
  const [handoutFor, setHandoutFor] = useState<string | null>(null);
  const printWhenReady = useRef(false);
  const printHandout = (): void => {
    const id = store.getState().view.story?.id;
    if (!id || !mapProps) {
      window.print();
      return;
    }
    printWhenReady.current = true;
    setHandoutFor(id);
    if (handoutFor === id && document.querySelector('.handout[data-ready="true"]')) {
      printWhenReady.current = false;
      window.print();
    }
  };
  const printRef = useRef(printHandout);
  printRef.current = printHandout;
  useEffect(() => {
    const onBeforePrint = (): void => {
      const id = store.getState().view.story?.id;
      if (id && mapProps) setHandoutFor(id);
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [store, mapProps]);

  const go = (target: Story, index: number): void => {
    const clamped = Math.max(0, Math.min(target.steps.length - 1, index));
    applyStoryStep(store, target.id, clamped, target.steps[clamped]!);
  };

  // The step in the link (story=...&step=...) is applied once when briefing opens on it.
  useEffect(() => {
    if (story && current) go(story, current.step);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [story?.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'p' || e.key === 'P')) {
        e.preventDefault();
        printRef.current();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      // Buttons and links keep Enter and Space for themselves; the slider keeps its arrows.
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      if (target && (target.tagName === 'BUTTON' || target.tagName === 'A') && (e.key === 'Enter' || e.key === ' ')) return;
      if (e.key === 'p' || e.key === 'P') {
        openPresenter.current();
        e.preventDefault();
        return;
      }
      const s = store.getState().view.story;
      const active = s ? stories.find((x) => x.id === s.id) : undefined;
      if (!active || !s) return;
      if (NEXT_KEYS.has(e.key)) go(active, s.step + 1);
      else if (PREV_KEYS.has(e.key)) go(active, s.step - 1);
      else if (e.key === 'Home') go(active, 0);
      else if (e.key === 'End') go(active, active.steps.length - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stories]);

  if (!story || !current) {
    return (
      <nav class="story-menu" aria-labelledby="story-menu-title">
        <h2 id="story-menu-title">{t(lang, 'stories')}</h2>
        <ul>
          {stories.map((s) => (
            <li key={s.id}>
              <button type="button" class="story-choice" onClick={() => go(s, 0)}>
                <strong lang="en"><UserText text={s.title} /></strong>
                <span lang="en"><UserText text={s.summary} /></span>
              </button>
              <SlidesButton story={s} named />
            </li>
          ))}
        </ul>
        <button type="button" class="button" onClick={() => setMode('explore')}>
          {t(lang, 'leaveBriefing')}
        </button>
      </nav>
    );
  }
  const step = story.steps[Math.min(current.step, story.steps.length - 1)]!;
  return (
    <article class={`story-step${presenter.connected ? ' is-presented' : ''}`} aria-labelledby="story-step-title" aria-live="polite">
      <p class="story-title" lang="en"><UserText text={story.title} /></p>
      <h2 id="story-step-title" lang="en"><UserText text={step.title} /></h2>
      <p class="story-text" lang="en"><UserText text={step.text} /></p>
      {step.state.compare && <StepComparison compare={step.state.compare} />}
      <div class="story-sources">
        {step.sources.map((c, i) => (
          <SourceQuote key={i} citation={c} alwaysOpen />
        ))}
      </div>
      <div class="story-nav">
        <button type="button" class="button" onClick={() => go(story, current.step - 1)} disabled={current.step === 0} aria-keyshortcuts="PageUp ArrowLeft">
          ‹ {t(lang, 'previous')}
        </button>
        <span class="story-counter" data-testid="story-counter">
          {current.step + 1} / {story.steps.length}
        </span>
        <button type="button" class="button" onClick={() => go(story, current.step + 1)} disabled={current.step >= story.steps.length - 1} aria-keyshortcuts="PageDown ArrowRight Space">
          {t(lang, 'next')} ›
        </button>
      </div>
      <div class="story-tools">
        <button type="button" class="link story-back" onClick={() => setStory(null)}>
          {t(lang, 'allStories')}
        </button>
        <button type="button" class="link" data-testid="open-presenter" onClick={presenter.open} aria-keyshortcuts="P">
          {t(lang, 'presenterView')}
        </button>
        <button type="button" class="link" data-testid="print-handout" onClick={printHandout} aria-keyshortcuts="Control+P">
          {t(lang, 'printHandout')}
        </button>
      </div>
      {mapProps && handoutFor === story.id && (
        <Handout
          story={story}
          lang={lang}
          mapProps={mapProps}
          onReady={() => {
            if (!printWhenReady.current) return;
            printWhenReady.current = false;
            window.print();
          }}
        />
      )}
    </article>
  );
}
