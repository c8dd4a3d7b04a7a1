// The timeline: a month slider with play/pause, speed and steps, a per-year chart and event markers above it.
import { memo } from 'preact/compat';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { scaleBand, scaleLinear } from '../selectors/scales';
import { useActions, useAppState } from './context';
import { TIMELINE_END, TIMELINE_START } from '../state/defaults';
import { monthFromIndex, monthIndex } from '../state/month';
import { formatList, formatMonth, formatNumber } from '../i18n/format';
import { t } from '../i18n/t';
import { activeMapDrawn } from '../map/active-map';
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
/** Up to this speed, play waits for the map to draw each month before the next: every month reaches the screen. */
const WAIT_FOR_MAP_UP_TO = 2;
/** The longest play waits for the map (a map that never settles must not stop play). */
const MAP_WAIT_CAP_MS = 5000;
const WIDTH = 1000;
const CHART_HEIGHT = 34;
const YEARS: readonly number[] = Array.from({ length: Math.floor(END / 12) - Math.floor(START / 12) + 1 }, (_, i) => Math.floor(START / 12) + i);
const YEAR_X = scaleBand<number>(YEARS, [0, WIDTH], 0.15);
const monthX = (m: Month): number => ((monthIndex(m) - START + 0.5) / (END - START + 1)) * WIDTH;

interface Marker {
  event: TimelineEventMarker;
  index: number;
  left: string;
  label: string;
}

/**
 * The month of the latest marker at or before the month (-1 when none). A marker is past exactly when its month is at
 * or before this one, so two months with the same latest marker mark the same markers as past.
 */
function latestMarkerUpTo(markers: readonly Marker[], current: number): number {
  let latest = -1;
  for (const m of markers) if (m.index <= current && m.index > latest) latest = m.index;
  return latest;
}

/** One event marker: re-rendered only when it becomes past or future (or its label changes). */
const TimelineMarker = memo(function TimelineMarker({ marker: { event: e, left, label }, past, onPick }: { marker: Marker; past: boolean; onPick(e: TimelineEventMarker): void }) {
  return <button type="button" class={`timeline-event${past ? ' past' : ''}`} style={{ insetInlineStart: left }} title={label} aria-label={label} onClick={() => onPick(e)} />;
});

interface MarkerRun {
  markers: readonly Marker[];
  first: number;
  last: number;
}

/** A run of markers of one year, the markers up to `pastUpTo` marked as past. */
const MarkerYear = memo(function MarkerYear({ run, pastUpTo, onPick }: { run: MarkerRun; pastUpTo: number; onPick(e: TimelineEventMarker): void }) {
  return (
    <>
      {run.markers.map((m) => (
        <TimelineMarker key={m.event.id} marker={m} past={m.index <= pastUpTo} onPick={onPick} />
      ))}
    </>
  );
});

/**
 * The event markers, those up to `pastUpTo` marked as past, in runs of one year: each run is given `pastUpTo` clamped
 * to its own months, so a step re-renders only the run it is in (and the one it leaves).
 */
const TimelineMarkers = memo(function TimelineMarkers({ markers, pastUpTo, onPick }: { markers: readonly Marker[]; pastUpTo: number; onPick(e: TimelineEventMarker): void }) {
  const runs = useMemo(() => {
    const out: MarkerRun[] = [];
    let run: Marker[] = [];
    const close = (): void => {
      if (run.length) out.push({ markers: run, first: Math.min(...run.map((m) => m.index)), last: Math.max(...run.map((m) => m.index)) });
      run = [];
    };
    markers.forEach((m, i) => {
      if (i > 0 && Math.floor(m.index / 12) !== Math.floor(markers[i - 1]!.index / 12)) close();
      run.push(m);
    });
    close();
    return out;
  }, [markers]);
  return (
    <div class="timeline-events">
      {runs.map((run) => (
        <MarkerYear key={run.markers[0]!.event.id} run={run} pastUpTo={pastUpTo < run.first ? -1 : Math.min(pastUpTo, run.last)} onPick={onPick} />
      ))}
    </div>
  );
});

/** The per-year bars: they depend on the data only. */
const TimelineBars = memo(function TimelineBars({ bars }: { bars: readonly YearBar[] }) {
  const y = scaleLinear([0, Math.max(1, ...bars.map((b) => b.value))], [0, CHART_HEIGHT - 4]);
  return (
    <>
      {bars.map((b) => {
        const bx = YEAR_X(b.year);
        if (bx === undefined) return null;
        const h = y(b.value);
        return <rect key={b.year} x={bx} y={CHART_HEIGHT - h} width={YEAR_X.bandwidth()} height={h} class="timeline-bar" />;
      })}
    </>
  );
});

const YearLabels = memo(function YearLabels() {
  return (
    <div class="timeline-years" aria-hidden="true">
      {YEARS.filter((yr) => yr % 2 === 0).map((yr) => (
        <span key={yr} style={{ insetInlineStart: `${(((yr * 12 - START + 0.5) / (END - START + 1)) * 100).toFixed(2)}%` }}>
          {yr}
        </span>
      ))}
    </div>
  );
});


export function Timeline({ events, bars, barsLabel, onEvent }: TimelineProps) {
  const date = useAppState((s) => s.time.date);
  const playing = useAppState((s) => s.time.playing);
  const speed = useAppState((s) => s.time.speed);
  const lang = useAppState((s) => s.view.lang);
  // While comparing, the timeline moves month A (the store keeps the date on A).
  const comparing = useAppState((s) => s.compare !== null);
  const { setDate, stepDate, setPlaying, setSpeed } = useActions();
  const shownDate = comparing ? t(lang, 'compareSideA', { month: formatMonth(lang, date) }) : formatMonth(lang, date);

  // Months the map had not drawn when play moved on (only faster than WAIT_FOR_MAP_UP_TO): said on screen.
  const [skipping, setSkipping] = useState(false);
  useEffect(() => {
    if (!playing) {
      setSkipping(false);
      return undefined;
    }
    let cancelled = false;
    let drawn = false;
    const mapDrawn = Promise.race([activeMapDrawn(), new Promise<void>((resolve) => setTimeout(resolve, MAP_WAIT_CAP_MS))]).then(() => {
      drawn = true;
    });
    const advance = (): void => {
      if (cancelled) return;
      if (monthIndex(date) >= END) setPlaying(false);
      else stepDate(1);
    };
    const timer = setTimeout(() => {
      if (speed <= WAIT_FOR_MAP_UP_TO) void mapDrawn.then(advance);
      else {
        if (!drawn) setSkipping(true);
        advance();
      }
    }, STEP_MS / speed);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [playing, speed, date, stepDate, setPlaying]);

  const current = monthIndex(date);
  // Labels and positions of the event markers depend on the language only, not on the date: formatted once.
  const markers = useMemo(
    () => events.map((e) => ({ event: e, index: monthIndex(e.month), left: `${(monthX(e.month) / WIDTH) * 100}%`, label: `${formatMonth(lang, e.month)}: ${e.title}` })),
    [events, lang],
  );
  // A step re-renders the date, the slider and the cursor; the bars, the year labels and the markers (which change
  // only where the step passes one) are kept from the last render, so Preact skips them.
  const pastUpTo = useMemo(() => latestMarkerUpTo(markers, current), [markers, current]);
  const pick = useMemo(
    () =>
      (e: TimelineEventMarker): void => {
        setDate(e.month);
        onEvent(e.id);
      },
    [setDate, onEvent],
  );
  const barsText = useMemo(
    () => (
      <p class="visually-hidden">
        {barsLabel ?? t(lang, 'eventsPerYear')}: {formatList(lang, bars.map((b) => `${b.year} ${formatNumber(lang, b.value)}`))}
      </p>
    ),
    [bars, barsLabel, lang],
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
          {shownDate}
        </output>
        {playing && skipping && speed > WAIT_FOR_MAP_UP_TO ? (
          <span class="timeline-skipping" role="status">
            {t(lang, 'playSkipsMonths')}
          </span>
        ) : null}
      </div>
      <div class="timeline-track">
        <svg class="timeline-chart" viewBox={`0 0 ${WIDTH} ${CHART_HEIGHT + 12}`} preserveAspectRatio="none" aria-hidden="true">
          <TimelineBars bars={bars} />
          <line x1={monthX(date)} x2={monthX(date)} y1={0} y2={CHART_HEIGHT + 12} class="timeline-cursor" />
        </svg>
        {barsText}
        <TimelineMarkers markers={markers} pastUpTo={pastUpTo} onPick={pick} />
        <input
          type="range"
          class="timeline-slider"
          min={START}
          max={END}
          step={1}
          value={current}
          aria-label={t(lang, 'date')}
          aria-valuetext={shownDate}
          onInput={(e) => setDate(monthFromIndex(Number((e.currentTarget as HTMLInputElement).value)))}
        />
        <YearLabels />
      </div>
    </div>
  );
}
