// The mission symbol as SVG for the legend: the same shapes the map draws.
import type { MissionKind } from '../map/theme';

export function MissionShape({ kind, colour, size = 18 }: { kind: MissionKind; colour: string; size?: number }) {
  const c = size / 2;
  const r = size / 2 - 2;
  const fill = kind === 'liaison-officer' ? '#ffffff' : colour;
  const stroke = kind === 'liaison-officer' ? colour : '#ffffff';
  let shape;
  switch (kind) {
    case 'csdp-civilian':
    case 'liaison-officer':
      shape = <circle cx={c} cy={c} r={kind === 'liaison-officer' ? r * 0.8 : r} />;
      break;
    case 'csdp-military':
      shape = <rect x={c - r * 0.85} y={c - r * 0.85} width={r * 1.7} height={r * 1.7} />;
      break;
    case 'frontex':
      shape = <polygon points={`${c},${c - r} ${c + r},${c + r * 0.8} ${c - r},${c + r * 0.8}`} />;
      break;
    case 'eu-office':
      shape = <polygon points={`${c},${c - r} ${c + r},${c} ${c},${c + r} ${c - r},${c}`} />;
      break;
    case 'centre': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 === 0 ? r : r * 0.45;
        pts.push(`${(c + rr * Math.cos(a)).toFixed(1)},${(c + rr * Math.sin(a)).toFixed(1)}`);
      }
      shape = <polygon points={pts.join(' ')} />;
      break;
    }
  }
  return (
    <svg width={size} height={size} aria-hidden="true" class="mission-shape" fill={fill} stroke={stroke} stroke-width={kind === 'liaison-officer' ? 3 : 1.5}>
      {shape}
    </svg>
  );
}
