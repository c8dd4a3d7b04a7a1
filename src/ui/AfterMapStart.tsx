// Holds back part of the page until the map has started: the map's worker then tiles the first view while the main
// thread renders the panels, instead of waiting for them.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface AfterMapStartProps {
  /** Resolves once the map is created, or has given way to the SVG map. */
  started: Promise<void>;
  children: ComponentChildren;
}

export function AfterMapStart({ started, children }: AfterMapStartProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let live = true;
    void started.then(() => {
      if (live) setShown(true);
    });
    return () => {
      live = false;
    };
  }, [started]);
  return shown ? <>{children}</> : null;
}

/** A promise and the function that resolves it (once; later calls do nothing). */
export function mapStartSignal(): { started: Promise<void>; release(): void } {
  let release = (): void => undefined;
  const started = new Promise<void>((resolve) => {
    release = () => resolve();
  });
  return { started, release };
}
