// The one-date map, or the comparison while the state has one (the comparison's code is loaded when it starts).
import type { ComponentChildren } from 'preact';
import { useAppState } from '../context';

export function CompareOrSingle({ single, compare }: { single: ComponentChildren; compare: ComponentChildren }) {
  const comparing = useAppState((s) => s.compare !== null);
  return <>{comparing ? compare : single}</>;
}
