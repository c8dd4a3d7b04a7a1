// Chooses the WebGL map or the simplified SVG map; the SVG map's code (and d3-geo) is loaded only when needed.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RendererChoice } from '../map/renderer';
import type { SvgMapProps } from './SvgMap';

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

/** The SVG map, fetched as its own chunk the first time it is shown. */
export function LazySvgMap(props: SvgMapProps) {
  const [Component, setComponent] = useState<((p: SvgMapProps) => ComponentChildren) | null>(null);
  useEffect(() => {
    let live = true;
    void import('./SvgMap').then((m) => {
      if (live) setComponent(() => m.SvgMap);
    });
    return () => {
      live = false;
    };
  }, []);
  return Component ? <Component {...props} /> : <p class="boot-message">…</p>;
}
