// Hosts the MapLibre canvas; the controller owns the map, this component only owns the element.
import { useLayoutEffect, useRef } from 'preact/hooks';

interface MapViewProps {
  /** Creates the map inside the element and returns its teardown. */
  mount(container: HTMLElement): () => void;
}

export function MapView({ mount }: MapViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Created as soon as the element is in the document, before the browser paints the panels: MapLibre's worker starts
  // tiling while the main thread lays out and paints the rest of the page.
  useLayoutEffect(() => {
    if (!ref.current) return undefined;
    return mount(ref.current);
  }, [mount]);
  return <div ref={ref} class="map" data-testid="map" />;
}
