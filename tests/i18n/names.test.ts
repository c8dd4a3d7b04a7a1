// Every named record and every region has a name in each UI language: a language added to LANGS must bring its names.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { LANGS } from '../../src/state/types';
import { nameIn, regionName } from '../../src/i18n/names';
import { loadLanguage } from '../../src/i18n/catalogues';
import { visibleLayerNames } from '../../src/i18n/enumerations';

const d = loadDataset().dataset;
const others = LANGS.filter((l): l is Exclude<(typeof LANGS)[number], 'en'> => l !== 'en');
// Each language's regions, from its pack as the app loads it.
const REGION_NAMES = Object.fromEntries(await Promise.all(others.map(async (l) => [l, (await loadLanguage(l)).regions] as const)));

describe('names in each UI language', () => {
  const named = [
    ...d.routes.map((r) => ['routes', r] as const),
    ...d.agreements.map((r) => ['agreements', r] as const),
    ...d.missions.map((r) => ['missions', r] as const),
    ...d.instruments.map((r) => ['instruments', r] as const),
    ...d.processes.map((r) => ['processes', r] as const),
  ];

  it('gives every route, agreement, mission, instrument and process a name in each language', () => {
    expect(named.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const lang of others) for (const [kind, r] of named) if (!r.names?.[lang]?.trim()) missing.push(`${kind} ${r.id} ${lang}`);
    expect(missing).toEqual([]);
  });

  it('shows the translated name in each language and the English name in English', () => {
    const route = d.routes.find((r) => r.id === 'eastern-mediterranean')!;
    expect(nameIn('en', route)).toBe(route.name);
    expect(nameIn('fr', route)).toBe('Route de la Méditerranée orientale');
    expect(nameIn('de', route)).toBe('Östliche Mittelmeerroute');
    expect(nameIn('it', route)).toBe('Rotta del Mediterraneo orientale');
    expect(nameIn('es', route)).toBe('Ruta del Mediterráneo Oriental');
    expect(nameIn('ar', route)).toBe('طريق شرق البحر الأبيض المتوسط');
  });

  it('translates every region the data names, in each language', () => {
    const regions = new Set<string>();
    for (const f of d.funding) if (f.region) regions.add(f.region);
    for (const p of d.processes) regions.add(p.region);
    for (const f of d.figures) if (f.region) regions.add(f.region);
    expect(regions.size).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const lang of others) for (const region of regions) if (!REGION_NAMES[lang]?.[region]) missing.push(`${region} ${lang}`);
    expect(missing).toEqual([]);
    expect(regionName('fr', 'Syria and the region')).toBe('La Syrie et la région');
    expect(regionName('en', 'Syria and the region')).toBe('Syria and the region');
  });
});

describe('the visible layers, named', () => {
  const overlays = { routes: true, partners: true, missions: false, funding: true, displacement: false };
  it('lists the layers that are on by their switcher names, in the switcher order, in the language', async () => {
    await loadLanguage('ar');
    expect(visibleLayerNames('en', overlays)).toBe('Routes, Partner countries, Funding flows');
    // Arabic names, joined as Arabic joins a list (the Arabic comma, and و before each further name); never the ids.
    const arabic = visibleLayerNames('ar', overlays);
    expect(arabic.startsWith('الطرق، ')).toBe(true);
    expect(arabic).toContain('البلدان الشريكة');
    expect(arabic).not.toMatch(/[a-z]/);
    expect(visibleLayerNames('en', { ...overlays, routes: false, partners: false, funding: false })).toBe('');
  });
});
