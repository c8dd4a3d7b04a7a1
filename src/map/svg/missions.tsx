// Missions on the SVG map: the same symbols, sizes and opacities as the WebGL layer (style/missions.ts).
import type { FeatureCollection, Point } from 'geojson';
import { MissionShape } from './mission-shape';
import { atZoom, opacityAt, standingFactor } from '../style/common';
import { MISSION_STYLE, missionOpacity, type MissionProperties } from '../style/missions';
import { pixelOf, selectAttr, type SvgFrame } from './common';

export function SvgMissions({ features, frame }: { features: FeatureCollection<Point, MissionProperties>; frame: SvgFrame }) {
  const { theme } = frame;
  const size = MISSION_STYLE.iconPx * atZoom(MISSION_STYLE.iconScale, frame.zoom);
  const levels = missionOpacity(theme);
  return (
    <g class="svg-missions">
      {features.features.map((f) => {
        const p = f.properties;
        const at = pixelOf(frame, f.geometry.coordinates);
        if (!at) return null;
        const x = at[0] + p.offset[0] - size / 2;
        const y = at[1] + p.offset[1] - size / 2;
        return (
          <g key={p.id} class="svg-mission" data-id={p.id} data-kind={p.kind} data-standing={p.standing} data-select={selectAttr('mission', p.id)} role="img" aria-label={p.name} transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`} opacity={opacityAt(levels, p.emphasis) * standingFactor(p.standing)}>
            <MissionShape kind={p.kind} theme={theme} size={size} />
          </g>
        );
      })}
    </g>
  );
}
