// The presenter window: the current step with its speaker notes and sources, the next step and a small preview of it,
// the step list, and the time since the briefing started and on this step. It moves the projector by messages;
// the projector answers with the step it shows, and that answer is what this window displays.
import { UserText } from '../UserText';
import { cleanText } from '../../outside/text';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Story } from '../../data/stories';
import { readStory } from '../../outside/story';
import { applyStoryStep } from '../../state/story';
import { formatDuration } from '../../i18n/duration';
import { t } from '../../i18n/t';
import { useAppState, useAppStore } from '../context';
import { LazySvgMap } from '../RendererSwitch';
import { SourceQuote } from '../SourceQuote';
import type { StaticMapProps } from './map-parts';
import { SlidesButton } from '../slides/SlidesButton';
import { PRESENTER_NAMESPACE, parseProjectorMessage, sameOriginOrFile, targetOrigin, type PresenterMessage } from './messages';

const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', ' ', 'Enter']);
const PREV_KEYS = new Set(['PageUp', 'ArrowLeft']);
const STARTED_KEY = 'eu-migration-map.presenter.started';
const HEARTBEAT_MS = 1000;

type Link = { kind: 'no-opener' } | { kind: 'waiting' } | { kind: 'idle' } | { kind: 'step'; story: Story; step: number };

function readStarted(): number {
  try {
    const saved = Number(sessionStorage.getItem(STARTED_KEY));
    if (Number.isFinite(saved) && saved > 0) return saved;
    const now = Date.now();
    sessionStorage.setItem(STARTED_KEY, String(now));
    return now;
  } catch {
    return Date.now();
  }
}

/** The projector window's messages, checked; and a way to send it ours. */
function useProjector(): { link: Link; send(message: PresenterMessage): void } {
  const opener = window.opener as Window | null;
  const [link, setLink] = useState<Link>(opener ? { kind: 'waiting' } : { kind: 'no-opener' });
  const lastRaw = useRef('');
  const send = (message: PresenterMessage): void => {
    if (!opener || opener.closed) return;
    try {
      opener.postMessage(message, targetOrigin());
    } catch {
      // The projector is reloading: the next heartbeat reaches it.
    }
  };
  useEffect(() => {
    if (!opener) return;
    const onMessage = (event: MessageEvent): void => {
      if (event.source !== opener || !sameOriginOrFile(event.origin)) return;
      const message = parseProjectorMessage(event.data);
      if (!message) return;
      if (message.type === 'idle') {
        lastRaw.current = '';
        setLink({ kind: 'idle' });
        return;
      }
      // Read as anything from outside (bounded, typed, cleaned) before it is compared or shown.
      const { story } = readStory(message.story, 'presenter');
      if (!story || message.step >= story.steps.length) {
        console.warn('presenter: ignored a malformed story from the projector window');
        return;
      }
      const raw = `${message.step}|${JSON.stringify(story)}`;
      if (raw === lastRaw.current) return;
      lastRaw.current = raw;
      setLink({ kind: 'step', story, step: message.step });
    };
    window.addEventListener('message', onMessage);
    const hello = (): void => send({ namespace: PRESENTER_NAMESPACE, type: 'hello' });
    hello();
    const beat = setInterval(hello, HEARTBEAT_MS);
    const bye = (): void => send({ namespace: PRESENTER_NAMESPACE, type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('message', onMessage);
      window.removeEventListener('pagehide', bye);
      clearInterval(beat);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { link, send };
}

function useClock(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function PresenterView({ mapProps }: { mapProps: StaticMapProps }) {
  const lang = useAppState((s) => s.view.lang);
  const store = useAppStore();
  const { link, send } = useProjector();
  const now = useClock();
  const [started, setStarted] = useState(readStarted);
  const stepKey = link.kind === 'step' ? `${link.story.id}#${link.step}` : link.kind;
  const stepStart = useRef({ key: stepKey, at: Date.now() });
  if (stepStart.current.key !== stepKey) stepStart.current = { key: stepKey, at: Date.now() };

  const go = (index: number): void => {
    if (link.kind !== 'step') return;
    const step = Math.max(0, Math.min(link.story.steps.length - 1, index));
    if (step !== link.step) send({ namespace: PRESENTER_NAMESPACE, type: 'go', storyId: link.story.id, step });
  };
  const goRef = useRef(go);
  goRef.current = go;
  // Read at key time, not captured by the listener: an effect runs after the browser paints, which a window in the
  // background may put off, and a key pressed once the step shows but before then would meet the old link.
  const linkRef = useRef(link);
  linkRef.current = link;

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'BUTTON' || target.tagName === 'A') && (e.key === 'Enter' || e.key === ' ')) return;
      const link = linkRef.current;
      const current = link.kind === 'step' ? link : null;
      if (!current) return;
      if (NEXT_KEYS.has(e.key)) goRef.current(current.step + 1);
      else if (PREV_KEYS.has(e.key)) goRef.current(current.step - 1);
      else if (e.key === 'Home') goRef.current(0);
      else if (e.key === 'End') goRef.current(current.story.steps.length - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The preview map draws the next step from this window's own store.
  const next = link.kind === 'step' ? link.story.steps[link.step + 1] : undefined;
  useEffect(() => {
    if (link.kind === 'step' && next) applyStoryStep(store, link.story.id, link.step + 1, next);
  }, [store, link, next]);

  const title = link.kind === 'step' ? `${t(lang, 'presenterView')} — ${cleanText(link.story.title)}` : t(lang, 'presenterView');
  useEffect(() => {
    document.title = title;
  }, [title]);

  const steps = useMemo(() => (link.kind === 'step' ? link.story.steps : []), [link]);
  if (link.kind !== 'step') {
    return (
      <main class="presenter presenter-empty">
        <h1>{t(lang, 'presenterView')}</h1>
        <p data-testid="presenter-status">{t(lang, link.kind === 'no-opener' ? 'presenterNoOpener' : 'presenterWaiting')}</p>
      </main>
    );
  }
  const step = link.story.steps[link.step]!;
  return (
    <main class="presenter" lang={lang}>
      <header class="presenter-bar">
        <p class="presenter-story"><UserText text={link.story.title} /></p>
        <p class="presenter-counter" data-testid="presenter-counter">
          {t(lang, 'stepOf', { n: link.step + 1, total: link.story.steps.length })}
        </p>
        <p class="presenter-clock">
          <span>
            {t(lang, 'elapsedTotal')} <strong data-testid="presenter-elapsed-total">{formatDuration(now - started)}</strong>
          </span>
          <span>
            {t(lang, 'elapsedStep')} <strong data-testid="presenter-elapsed-step">{formatDuration(now - stepStart.current.at)}</strong>
          </span>
          <button
            type="button"
            class="button"
            onClick={() => {
              const at = Date.now();
              try {
                sessionStorage.setItem(STARTED_KEY, String(at));
              } catch {
                // Timers still reset for this page.
              }
              setStarted(at);
              stepStart.current = { key: stepKey, at };
            }}
          >
            {t(lang, 'resetTimer')}
          </button>
        </p>
        <p class="presenter-slides">
          <SlidesButton story={link.story} class="button" />
        </p>
      </header>
      <section class="presenter-current" aria-labelledby="presenter-step-title">
        <h1 id="presenter-step-title" data-testid="presenter-step-title">
          <UserText text={step.title} />
        </h1>
        <p class="presenter-text"><UserText text={step.text} /></p>
        {step.notes && step.notes.length > 0 && (
          <section class="presenter-notes" aria-label={t(lang, 'speakerNotes')}>
            <h2>{t(lang, 'speakerNotes')}</h2>
            <ul>
              {step.notes.map((note, i) => (
                <li key={i}>
                  <p><UserText text={note.text} /></p>
                  <div class="presenter-note-sources">
                    {note.sources.map((c, j) => (
                      <SourceQuote key={j} citation={c} />
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section class="presenter-sources" aria-label={t(lang, 'sourcesHeading')}>
          <h2>{t(lang, 'sourcesHeading')}</h2>
          {step.sources.map((c, i) => (
            <SourceQuote key={i} citation={c} alwaysOpen />
          ))}
        </section>
      </section>
      <aside class="presenter-side">
        <section class="presenter-next" aria-label={t(lang, 'nextStep')}>
          <h2>{t(lang, 'nextStep')}</h2>
          <p class="presenter-next-title" data-testid="presenter-next-title">
            {next ? <UserText text={next.title} /> : t(lang, 'endOfStory')}
          </p>
          <div class="presenter-preview" aria-hidden="true">
            {next && <LazySvgMap {...mapProps} />}
          </div>
        </section>
        <nav class="presenter-steps" aria-label={t(lang, 'stepList')}>
          <h2>{t(lang, 'stepList')}</h2>
          <ol data-testid="presenter-step-list">
            {steps.map((s, i) => (
              <li key={i}>
                <button type="button" class={`presenter-step${i === link.step ? ' is-current' : ''}`} aria-current={i === link.step ? 'step' : undefined} onClick={() => go(i)}>
                  <UserText text={s.title} />
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </aside>
    </main>
  );
}
