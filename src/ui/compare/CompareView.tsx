// The comparison on the map: map A and map B of one camera, B laid over A and cut at a divider that is a slider
// (arrow keys, Home/End, or drag); both labelled with their month; one above the other on a narrow screen. The SVG map
// draws the two side by side. Each side reads its own store (the app's state at its month) from context, so the
// same map code and overlays draw both.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createSideStore, type CompareSide } from '../../state/compare-side';
import type { AppStore } from '../../state/store';
import { formatMonth } from '../../i18n/format';
import { t } from '../../i18n/t';
import { StoreContext, useAppState, useAppStore } from '../context';
import { MapView } from '../MapView';
import './compare.css';

export type MountSide = (side: CompareSide, store: AppStore) => (container: HTMLElement) => () => void;

interface CompareViewProps {
  /** Creates the WebGL map of one side (swipe); without it, `svgSide` draws each side (side by side). */
  mountSide?: MountSide;
  svgSide?: () => ComponentChildren;
}

const STEP = 5;
const BIG_STEP = 20;

export function CompareView({ mountSide, svgSide }: CompareViewProps) {
  const main = useAppStore();
  const compare = useAppState((s) => s.compare);
  const lang = useAppState((s) => s.view.lang);
  const sides = useMemo(() => ({ a: createSideStore(main, 'a'), b: createSideStore(main, 'b') }), [main]);
  useEffect(() => () => {
    sides.a.destroy();
    sides.b.destroy();
  }, [sides]);
  const mounts = useMemo(() => (mountSide ? { a: mountSide('a', sides.a.store), b: mountSide('b', sides.b.store) } : null), [mountSide, sides]);
  const [position, setPosition] = useState(50);
  const frame = useRef<HTMLDivElement>(null);
  if (!compare) return null;
  const a = formatMonth(lang, compare.a);
  const b = formatMonth(lang, compare.b);
  const swipe = mounts !== null;
  const clamp = (p: number): number => Math.max(0, Math.min(100, Math.round(p)));
  const onKey = (e: KeyboardEvent): void => {
    const next = ({ ArrowLeft: position - STEP, ArrowDown: position - STEP, ArrowRight: position + STEP, ArrowUp: position + STEP, PageDown: position - BIG_STEP, PageUp: position + BIG_STEP, Home: 0, End: 100 } as Record<string, number>)[e.key];
    if (next === undefined) return;
    e.preventDefault();
    // The app's own keys (timeline steps, briefing) do not also act on an arrow meant for the divider.
    e.stopPropagation();
    setPosition(clamp(next));
  };
  const onPointerDown = (e: PointerEvent): void => {
    const box = frame.current?.getBoundingClientRect();
    if (!box) return;
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent): void => setPosition(clamp(((ev.clientX - box.left) / box.width) * 100));
    const up = (): void => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const side = (s: CompareSide) => (
    <div class={`compare-side compare-side-${s}`} data-testid={`compare-side-${s}`} style={s === 'b' && swipe ? { clipPath: `inset(0 0 0 ${position}%)` } : undefined}>
      <StoreContext.Provider value={sides[s].store}>{mounts ? <MapView mount={mounts[s]} /> : svgSide?.()}</StoreContext.Provider>
    </div>
  );
  return (
    <div ref={frame} class={`compare-maps ${swipe ? 'compare-swipe' : 'compare-side-by-side'}`} data-testid="compare-maps" data-position={position}>
      {side('a')}
      {side('b')}
      <span class="compare-label compare-label-a" data-testid="compare-label-a">
        {t(lang, 'compareSideA', { month: a })}
      </span>
      <span class="compare-label compare-label-b" data-testid="compare-label-b">
        {t(lang, 'compareSideB', { month: b })}
      </span>
      {swipe && (
        <div
          class="compare-divider"
          role="slider"
          tabIndex={0}
          aria-label={t(lang, 'compareDivider', { a, b })}
          aria-orientation="horizontal"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={position}
          aria-valuetext={t(lang, 'compareDividerValue', { percent: position, a })}
          data-testid="compare-divider"
          style={{ left: `${position}%` }}
          onKeyDown={onKey}
          onPointerDown={onPointerDown}
        >
          <span class="compare-divider-handle" aria-hidden="true">
            ⟷
          </span>
        </div>
      )}
    </div>
  );
}
