// Hosts the MapLibre canvas; the controller owns the map, this component only owns the element.
import { useEffect, useRef } from 'preact/hooks';

interface MapViewProps {
  /** Creates the map inside the element and returns its teardown. */
  mount(container: HTMLElement): () => void;
}

export function MapView({ mount }: MapViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    return mount(ref.current);
  }, [mount]);
  return <div ref={ref} class="map" data-testid="map" />;
}
