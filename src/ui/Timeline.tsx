// The timeline: a month slider with play/pause, speed and steps, a per-year chart and event markers above it.
import { useEffect, useMemo } from 'preact/hooks';
import { scaleBand, scaleLinear } from '../selectors/scales';
import { useActions, useAppState } from './context';
import { TIMELINE_END, TIMELINE_START } from '../state/defaults';
import { monthFromIndex, monthIndex } from '../state/month';
import { formatMonth, formatNumber } from '../i18n/format';
import { t } from '../i18n/t';
import type { Month } from '../state/types';

export interface TimelineEventMarker {
  id: string;
  month: Month;
  title: string;
}

export interface YearBar {
  year: number;
  value: number;
}

interface TimelineProps {
  events: readonly TimelineEventMarker[];
  bars: readonly YearBar[];
  /** Screen-reader caption of the per-year chart; defaults to the catalogue's "dated events per year". */
  barsLabel?: string;
  onEvent(id: string): void;
}

const START = monthIndex(TIMELINE_START);
const END = monthIndex(TIMELINE_END);
const STEP_MS = 700;

export function Timeline({ events, bars, barsLabel, onEvent }: TimelineProps) {
  const date = useAppState((s) => s.time.date);
  const playing = useAppState((s) => s.time.playing);
  const speed = useAppState((s) => s.time.speed);
  const lang = useAppState((s) => s.view.lang);
  const { setDate, stepDate, setPlaying, setSpeed } = useActions();

  useEffect(() => {
    if (!playing) return undefined;
    const timer = setInterval(() => {
      if (monthIndex(date) >= END) setPlaying(false);
      else stepDate(1);
    }, STEP_MS / speed);
    return () => clearInterval(timer);
  }, [playing, speed, date, stepDate, setPlaying]);

  const width = 1000;
  const chartHeight = 34;
  const years = useMemo(() => {
    const list: number[] = [];
    for (let y = Math.floor(START / 12); y <= Math.floor(END / 12); y++) list.push(y);
    return list;
  }, []);
  const x = useMemo(() => scaleBand(years, [0, width], 0.15), [years]);
  const maxValue = Math.max(1, ...bars.map((b) => b.value));
  const y = scaleLinear([0, maxValue], [0, chartHeight - 4]);
  const monthX = (m: Month): number => ((monthIndex(m) - START + 0.5) / (END - START + 1)) * width;
  const current = monthIndex(date);
  // Labels and positions of the event markers depend on the language only, not on the date: formatted once.
  const markers = useMemo(
    () => events.map((e) => ({ event: e, index: monthIndex(e.month), left: `${(monthX(e.month) / width) * 100}%`, label: `${formatMonth(lang, e.month)}: ${e.title}` })),
    // monthX and width are constants of the component.
    [events, lang],
  );

  return (
    <div class="timeline" role="group" aria-label={t(lang, 'timeline')}>
      <div class="timeline-controls">
        <button type="button" class="button timeline-arrow" onClick={() => stepDate(-12)} aria-label={t(lang, 'yearBack')}>
          «
        </button>
        <button type="button" class="button timeline-arrow" onClick={() => stepDate(-1)} aria-label={t(lang, 'monthBack')}>
          ‹
        </button>
        <button type="button" class="button play" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? t(lang, 'pause') : t(lang, 'play')}
        </button>
        <button type="button" class="button timeline-arrow" onClick={() => stepDate(1)} aria-label={t(lang, 'monthForward')}>
          ›
        </button>
        <button type="button" class="button timeline-arrow" onClick={() => stepDate(12)} aria-label={t(lang, 'yearForward')}>
          »
        </button>
        <label class="timeline-speed">
          <span class="visually-hidden">{t(lang, 'speed')}</span>
          <select value={String(speed)} onChange={(e) => setSpeed(Number((e.currentTarget as HTMLSelectElement).value) as 1 | 2 | 4)}>
            <option value="1">1×</option>
            <option value="2">2×</option>
            <option value="4">4×</option>
          </select>
        </label>
        <output class="timeline-date" aria-live="polite" data-testid="timeline-date">
          {formatMonth(lang, date)}
        </output>
      </div>
      <div class="timeline-track">
        <svg class="timeline-chart" viewBox={`0 0 ${width} ${chartHeight + 12}`} preserveAspectRatio="none" aria-hidden="true">
          {bars.map((b) => {
            const bx = x(b.year);
            if (bx === undefined) return null;
            const h = y(b.value);
            return <rect key={b.year} x={bx} y={chartHeight - h} width={x.bandwidth()} height={h} class="timeline-bar" />;
          })}
          <line x1={monthX(date)} x2={monthX(date)} y1={0} y2={chartHeight + 12} class="timeline-cursor" />
        </svg>
        <p class="visually-hidden">{barsLabel ?? t(lang, 'eventsPerYear')}: {bars.map((b) => `${b.year} ${formatNumber(lang, b.value)}`).join(', ')}</p>
        <div class="timeline-events">
          {markers.map(({ event: e, index, left, label }) => (
            <button
              type="button"
              key={e.id}
              class={`timeline-event${index <= current ? ' past' : ''}`}
              style={{ insetInlineStart: left }}
              title={label}
              aria-label={label}
              onClick={() => {
                setDate(e.month);
                onEvent(e.id);
              }}
            />
          ))}
        </div>
        <input
          type="range"
          class="timeline-slider"
          min={START}
          max={END}
          step={1}
          value={current}
          aria-label={t(lang, 'date')}
          aria-valuetext={formatMonth(lang, date)}
          onInput={(e) => setDate(monthFromIndex(Number((e.currentTarget as HTMLInputElement).value)))}
        />
        <div class="timeline-years" aria-hidden="true">
          {years.filter((yr) => yr % 2 === 0).map((yr) => (
            <span key={yr} style={{ insetInlineStart: `${(((yr * 12 - START + 0.5) / (END - START + 1)) * 100).toFixed(2)}%` }}>
              {yr}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
