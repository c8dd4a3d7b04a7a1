// Chooses the WebGL map or the simplified SVG map; the SVG map's code (and d3-geo) is loaded only when needed.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RendererChoice } from '../map/renderer';
import type { SvgMapProps } from '../map/svg/SvgMap';
import { useAppState } from './context';
import { t } from '../i18n/t';

interface RendererSwitchProps {
  choice: RendererChoice;
  webgl: ComponentChildren;
  svg: ComponentChildren;
  /** Called once the simplified map is shown (to say so). */
  onSvg?(): void;
}

/** Shows the WebGL map or the simplified one, following the renderer choice (which may switch after a lost context). */
export function RendererSwitch({ choice, webgl, svg, onSvg }: RendererSwitchProps) {
  const [renderer, setRenderer] = useState(choice.get());
  useEffect(() => {
    setRenderer(choice.get());
    return choice.subscribe(setRenderer);
  }, [choice]);
  const onSvgRef = useRef(onSvg);
  onSvgRef.current = onSvg;
  useEffect(() => {
    if (renderer === 'svg') onSvgRef.current?.();
  }, [renderer]);
  return <>{renderer === 'webgl' ? webgl : svg}</>;
}

/** The SVG map with its keyboard walk, fetched as its own chunk the first time it is shown; if the chunk does not arrive, says so and offers to retry. */
export function LazySvgMap(props: SvgMapProps) {
  const [Component, setComponent] = useState<((p: SvgMapProps) => ComponentChildren) | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const lang = useAppState((s) => s.view.lang);
  useEffect(() => {
    let live = true;
    // The SVG map and its keyboard walk come as one chunk; the app hands the walk to the map (map/ imports nothing from ui/).
    Promise.all([import('../map/svg/SvgMap'), import('./map-keys/svg')])
      .then(([m, keys]) => {
        const WithKeys = (p: SvgMapProps): ComponentChildren => <m.SvgMap {...p} bindKeys={keys.bindSvgMapKeys} />;
        if (live) setComponent(() => WithKeys);
      })
      .catch((error: unknown) => {
        console.error(error);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [attempt]);
  if (Component) return <Component {...props} />;
  if (failed)
    return (
      <div class="map-message" role="alert">
        <p>{t(lang, 'svgMapLoadError')}</p>
        <button
          type="button"
          class="button"
          onClick={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          {t(lang, 'retry')}
        </button>
      </div>
    );
  return (
    <p class="map-message" role="status">
      {t(lang, 'loading')}
    </p>
  );
}
