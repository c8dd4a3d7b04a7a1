// "Download as slides (.pptx)": fetches the deck code (its own chunk, with PptxGenJS) when pressed, says how far the
// maps are, and says so in a sentence if the deck cannot be made.
import { useState } from 'preact/hooks';
import type { Story } from '../../data/stories';
import { t } from '../../i18n/t';
import { loadDeck } from '../../export/slides/load-deck';
import { useAppState, useAppStore, useModel } from '../context';

type Status = { kind: 'idle' } | { kind: 'busy'; done: number; total: number } | { kind: 'done'; file: string } | { kind: 'error'; message: string };

interface SlidesButtonProps {
  /** The story to download; without one, the current view as one slide. */
  story?: Story;
  /** Names the story in the button's accessible name, where several stories' buttons stand together. */
  named?: boolean;
  class?: string;
}

export function SlidesButton({ story, named = false, class: className = 'link' }: SlidesButtonProps) {
  const { model, views } = useModel();
  const store = useAppStore();
  const lang = useAppState((s) => s.view.lang);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';
  const make = async (): Promise<void> => {
    setStatus({ kind: 'busy', done: 0, total: 0 });
    try {
      const deck = await loadDeck();
      const request = { model, views, onProgress: (done: number, total: number) => setStatus({ kind: 'busy', done, total }) };
      const file = story ? await deck.downloadStoryDeck(story, lang, request) : await deck.downloadViewSlide(store.getState(), request);
      setStatus({ kind: 'done', file });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const label = story ? t(lang, 'downloadSlides') : t(lang, 'viewAsSlide');
  return (
    <span class="slides-export">
      <button type="button" class={className} data-testid={story ? 'download-slides' : 'view-as-slide'} aria-label={story && named ? t(lang, 'downloadSlidesOf', { story: story.title }) : undefined} disabled={busy} onClick={() => void make()}>
        {label}
      </button>
      <span class="slides-status" role="status" data-testid="slides-status" data-state={status.kind}>
        {status.kind === 'busy' && t(lang, 'slidesMaking', { done: status.done, total: status.total || '…' })}
        {status.kind === 'done' && t(lang, 'slidesReady', { file: status.file })}
      </span>
      {status.kind === 'error' && (
        <span class="slides-error" role="alert">
          {t(lang, 'slidesError', { message: status.message })}
        </span>
      )}
    </span>
  );
}
