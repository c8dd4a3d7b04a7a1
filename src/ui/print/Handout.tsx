// The printed handout of a story (A4): a title page with the steps and the documents cited (their dates are the
// date of the data), then one section per step with its map, title, text and source quotes. Each map is the SVG map
// drawn from a store of its own, set to that step, so the print needs no WebGL and no screenshot.
import { UserText } from '../UserText';
import { cleanText } from '../../outside/text';
import { createPortal } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Story } from '../../data/stories';
import { createAppStore } from '../../state/store';
import { defaultState } from '../../state/defaults';
import { applyStoryStep } from '../../state/story';
import { formatMonth, formatPartialDate } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { Lang } from '../../state/types';
import { StoreContext } from '../context';
import { useModel } from '../context';
import { LazySvgMap } from '../RendererSwitch';
import { SourceQuote } from '../SourceQuote';
import type { StaticMapProps } from '../presenter/map-parts';
import { cssString } from './css-string';
import './print.css';
import { HandoutComparison } from '../compare/HandoutComparison';

interface HandoutProps {
  story: Story;
  lang: Lang;
  mapProps: StaticMapProps;
  /** Called once every step's map is drawn. */
  onReady(): void;
}

export function Handout({ story, lang, mapProps, onReady }: HandoutProps) {
  const { model } = useModel();
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const stores = useMemo(
    () =>
      story.steps.map((step, i) => {
        const store = createAppStore(defaultState());
        store.getState().setLang(lang);
        applyStoryStep(store, story.id, i, step);
        return store;
      }),
    [story, lang],
  );
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  useEffect(() => {
    setReady(false);
    const timer = setInterval(() => {
      const maps = root.current?.querySelectorAll('.handout-map');
      const drawn = [...(maps ?? [])].filter((m) => m.querySelector('.svg-country')).length;
      // A comparison step has two maps (issue 19): ready when every map is drawn.
      if (maps && maps.length >= story.steps.length && drawn === maps.length) {
        clearInterval(timer);
        setReady(true);
        onReadyRef.current();
      }
    }, 100);
    return () => clearInterval(timer);
  }, [stores, story.steps.length]);

  // The documents the story cites, with their dates: the date of the data.
  const documents = useMemo(() => {
    const seeds = new Set<string>();
    for (const step of story.steps) for (const c of step.sources) if ('seed' in c && c.seed) seeds.add(c.seed);
    return [...seeds].flatMap((seed) => {
      const source = model.sourceBySeed.get(seed);
      return source ? [source] : [];
    });
  }, [story, model]);
  const footer = `${footerTitle(story.title)} · ${t(lang, 'appTitle')}`;
  // The page rule carries the story's title, so it is built at run time; a constructed stylesheet (CSSOM), not a
  // <style> element, which the strict content security policy blocks.
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return undefined;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { size: A4; margin: 14mm 14mm 16mm; @bottom-left { content: ${cssString(footer)}; font: 8pt sans-serif; overflow-wrap: anywhere; width: 85%; } @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; width: 15%; white-space: nowrap; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [footer]);

  return createPortal(
    <div class="handout" ref={root} data-ready={ready ? 'true' : 'false'} data-testid="handout" lang={lang} aria-hidden="true">
      <section class="handout-title-page">
        <p class="handout-kicker">{t(lang, 'appTitle')}</p>
        <h1 lang="en"><UserText text={story.title} /></h1>
        <p class="handout-summary" lang="en"><UserText text={story.summary} /></p>
        <h2>{t(lang, 'handoutContents')}</h2>
        <ol>
          {story.steps.map((step, i) => (
            <li key={i}>
              <bdi lang="en" class="user-text">{cleanText(step.title)}</bdi> <span class="handout-month">({formatMonth(lang, step.state.date)})</span>
            </li>
          ))}
        </ol>
        {/* A story made in the app may cite background facts only: no documents to list, no date of the data to give. */}
        {documents.length > 0 && (
          <>
            <h2>{t(lang, 'sourcesHeading')}</h2>
            <ul class="handout-documents">
              {documents.map((d) => (
                <li key={d.id}>
                  <bdi lang="en"><strong>{d.reference ? `${d.reference}, ` : ''}“{d.title}”</strong>, {d.publisher}.</bdi> {d.date ? formatPartialDate(lang, d.date) : (d.dateNote ?? '')}
                </li>
              ))}
            </ul>
            <p class="handout-data-date">{t(lang, 'handoutDataDate', { date: latestDate(lang, documents) })}</p>
          </>
        )}
      </section>
      {story.steps.map((step, i) => (
        <section class="handout-step" key={i} data-step={i + 1}>
          <h2>
            {i + 1}. <bdi lang="en" class="user-text">{cleanText(step.title)}</bdi>
          </h2>
          {step.state.compare ? (
            <HandoutComparison store={stores[i]!} lang={lang} mapProps={mapProps} />
          ) : (
            <figure class="handout-figure">
              <div class="handout-map">
                <StoreContext.Provider value={stores[i]!}>
                  <LazySvgMap {...mapProps} />
                </StoreContext.Provider>
              </div>
              <figcaption>{t(lang, 'handoutStepDate', { date: formatMonth(lang, step.state.date) })}</figcaption>
            </figure>
          )}
          <p class="handout-text" lang="en"><UserText text={step.text} /></p>
          <div class="handout-sources">
            {step.sources.map((c, j) => (
              <SourceQuote key={j} citation={c} alwaysOpen />
            ))}
          </div>
        </section>
      ))}
    </div>,
    document.body,
  );
}

/** Characters of the story's title in the running footer: the title page shows it whole. */
const FOOTER_TITLE_MAX = 60;

/** The story's title as the footer of each page shows it: cleaned, and cut with "…" to share one line with the page number. */
function footerTitle(title: string): string {
  const chars = Array.from(cleanText(title));
  return chars.length > FOOTER_TITLE_MAX ? `${chars.slice(0, FOOTER_TITLE_MAX - 1).join('')}…` : chars.join('');
}

/** The latest date among the documents: a dated one, or the year a dated note names ("web page of 2024-2025"). */
function latestDate(lang: Lang, documents: ReadonlyArray<{ date?: string | null; dateNote?: string | null }>): string {
  let best = '';
  for (const d of documents) {
    const candidates = [d.date ?? '', ...((d.dateNote ?? '').match(/\b(19|20)\d{2}\b/g) ?? [])];
    for (const c of candidates) if (c && c > best) best = c;
  }
  return best.length > 4 ? formatPartialDate(lang, best) : best;
}
