// Displacement on the SVG map: the same circles and hosted-refugee rings as the WebGL layers (style/displacement.ts).
import type { FeatureCollection, Point } from 'geojson';
import { svgHaloStroke } from '../style/common';
import { DISPLACEMENT_CIRCLE, HOSTED_RING, type DisplacementProperties, type HostedFigureProperties } from '../style/displacement';
import { pixelOf, type SvgFrame } from './common';

export function SvgDisplacement({ circles, hosted, frame }: { circles: FeatureCollection<Point, DisplacementProperties>; hosted: FeatureCollection<Point, HostedFigureProperties>; frame: SvgFrame }) {
  const { theme } = frame;
  const labelSize = theme.labelSize + HOSTED_RING.labelSizeDelta;
  return (
    <g class="svg-displacement" pointer-events="none">
      {/* Largest first, so small circles stay on top (the WebGL layer's circle-sort-key). */}
      {[...circles.features]
        .sort((a, b) => b.properties.idps - a.properties.idps)
        .map((f) => {
          const p = pixelOf(frame, f.geometry.coordinates);
          if (!p) return null;
          return (
            <circle
              key={f.properties.id}
              class="svg-displacement-circle"
              data-id={f.properties.id}
              cx={p[0]}
              cy={p[1]}
              r={f.properties.radius}
              fill={theme.displacement}
              fill-opacity={DISPLACEMENT_CIRCLE.fillOpacity}
              stroke={theme.displacementStroke}
              stroke-width={DISPLACEMENT_CIRCLE.strokeWidth}
            />
          );
        })}
      {hosted.features.map((f) => {
        const p = pixelOf(frame, f.geometry.coordinates);
        if (!p) return null;
        return (
          <g key={f.properties.id} class="svg-hosted" data-figures={f.properties.figures}>
            <circle class="svg-hosted-ring" cx={p[0]} cy={p[1]} r={HOSTED_RING.radius} fill={theme.labelHalo} stroke={theme.displacementStroke} stroke-width={HOSTED_RING.strokeWidth} />
            <text x={p[0]} y={p[1] + HOSTED_RING.radius + 4} fill={theme.displacementStroke} stroke={theme.labelHalo} stroke-width={svgHaloStroke(HOSTED_RING.labelHalo)} paint-order="stroke" text-anchor="middle" font-size={labelSize}>
              {f.properties.label.split('\n').map((line, i) => (
                <tspan key={i} x={p[0]} dy={i === 0 ? '0.9em' : '1.2em'}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
