// Funding arcs on the SVG map: the same colours, widths and opacities as the WebGL layer (style/funding.ts).
import type { FeatureCollection, LineString } from 'geojson';
import { opacityAt } from '../style/common';
import { FUNDING_STYLE, fundingColour, fundingOpacity, type FundingArcProperties } from '../style/funding';
import { selectAttr, type SvgFrame } from './common';

export function SvgFunding({ features, frame, labelOf }: { features: FeatureCollection<LineString, FundingArcProperties>; frame: SvgFrame; labelOf(id: string): string }) {
  const { theme } = frame;
  const levels = fundingOpacity(theme);
  return (
    <g class="svg-funding">
      {features.features.map((f) => {
        const p = f.properties;
        const d = frame.path(f.geometry) ?? '';
        return (
          <g key={p.id} data-select={selectAttr('funding', p.id)} role="img" aria-label={labelOf(p.id)}>
            <path class="svg-arc" data-id={p.id} data-stage={p.stage} d={d} fill="none" stroke={fundingColour(theme, p.stage)} stroke-width={p.width} stroke-linecap="round" stroke-opacity={opacityAt(levels, p.emphasis)} />
            <path d={d} fill="none" stroke="#000" stroke-opacity={0} stroke-width={p.width + FUNDING_STYLE.hitExtra} pointer-events="stroke" />
          </g>
        );
      })}
    </g>
  );
}
