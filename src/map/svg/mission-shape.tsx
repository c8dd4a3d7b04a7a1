// The mission symbol as SVG, for the legend and the SVG map: the shape the WebGL map draws (style/missions.ts).
import { memo } from 'preact/compat';
import type { MissionKind } from '../../data/schema';
import type { MapTheme } from '../theme';
import { missionSymbol } from '../style/missions';

/** Memoised: the legend re-renders when what it lists changes, and its mission symbols stay as they were. */
export const MissionShape = memo(function MissionShape({ kind, theme, size = 18 }: { kind: MissionKind; theme: MapTheme; size?: number }) {
  const symbol = missionSymbol(kind, theme, size);
  return (
    <svg width={size} height={size} aria-hidden="true" class="mission-shape">
      <path d={symbol.path} fill={symbol.fill} stroke={symbol.stroke} stroke-width={symbol.strokeWidth} />
    </svg>
  );
});
