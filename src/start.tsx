// Loads the data model and the basemap, builds the overlays and the element tree for the current mode.
import type { VNode } from 'preact';
import type { Position } from 'geojson';
import type { MapController } from './map/controller';
import { loadBasemap } from './map/basemap-data';
import { loadDataset } from './data/load';
import { createViewSelectors } from './selectors/view';
import { routesOverlay } from './map/layers/routes';
import { partnersOverlay } from './map/layers/partners';
import { euMembersOverlay } from './map/layers/eu-members';
import { missionsOverlay } from './map/layers/missions';
import { fundingOverlay } from './map/layers/funding';
import { displacementOverlay } from './map/layers/displacement';
import type { AppStore } from './state/store';
import { App } from './ui/App';
import { MapView } from './ui/MapView';
import { LazySvgMap, RendererSwitch } from './ui/RendererSwitch';
import { createRendererChoice, initialRenderer } from './map/renderer';
import { t } from './i18n/t';
import { ModelContext } from './ui/ModelContext';
import { SidePanel } from './ui/SidePanel';
import { Toolbar } from './ui/Toolbar';
import { Timeline } from './ui/Timeline';
import { LayersAndLegend } from './ui/LayersAndLegend';
import { Tooltip, createPointerFeed } from './ui/Tooltip';
import { timelineBars, timelineEvents } from './selectors/timeline';
import { formatNumber } from './i18n/format';
import type { RouteView } from './selectors/routes';
import type { KnownIds } from './state/url';
import { metricName, qualifierName, hostedFigureLabel, nameIn } from './ui/labels';
import { bindLabelLanguage, withLocalisedNames } from './map/labels-lang';
import { Briefing } from './ui/Briefing';
import { staticMapProps } from './ui/presenter/map-parts';
import { StoryMakerButton } from './ui/story-maker/StoryMaker';
import { openStoryFromLink } from './ui/story-maker/open-story-link';
import { DataTable } from './ui/DataTable';
import { Dossier } from './ui/Dossier';
import { EmbedChrome } from './ui/EmbedChrome';
import { LiveAnnouncer } from './ui/LiveAnnouncer';
import { ShareButton } from './ui/ShareButton';
import { setActiveMap } from './map/active-map';
import { exposeForTests } from './debug/test-handles';
import type { Story } from './data/stories';
import rawStories from '../data/stories.json';
// Comparison of two dates (issue 19).
import { CompareOrSingle, CompareView, type MountSide } from './ui/compare/CompareView';
import { CompareButton } from './ui/compare/CompareButton';
import { ChangeList } from './ui/compare/ChangeList';
import { setCompareMap } from './map/compare/pair';

export interface Started {
  app: VNode;
  known: KnownIds;
  stories: readonly Story[];
}

export async function startApp(store: AppStore): Promise<Started> {
  const model = loadDataset();
  const loadedBasemap = loadBasemap();
  // Country labels carry name_fr / name_de, so switching language only changes the label layer's text-field.
  const basemap = { ...loadedBasemap, labels: withLocalisedNames(loadedBasemap.labels) };
  const views = createViewSelectors(model);
  // Validated at build time with the dataset (vite.config.ts).
  const stories = rawStories as unknown as readonly Story[];

  const countryPoints = new Map<string, Position>();
  for (const f of basemap.smallStates.features) countryPoints.set(f.properties.iso2, f.geometry.coordinates);
  for (const f of basemap.labels.features) countryPoints.set(f.properties.iso2, f.geometry.coordinates);
  const geometries = new Map(basemap.countries.features.map((f) => [f.properties.iso2, f.geometry]));
  const routeLabel = (r: RouteView): string =>
    r.figure ? `${nameIn(store.getState().view.lang, r.route)}: ${r.figure.qualifier ? `${qualifierName(store.getState().view.lang, r.figure.qualifier)} ` : ''}${formatNumber(store.getState().view.lang, r.figure.value)} ${metricName(store.getState().view.lang, r.figure.metric)}` : nameIn(store.getState().view.lang, r.route);

  const overlays = [
    euMembersOverlay(views),
    partnersOverlay(views, geometries),
    fundingOverlay(views, countryPoints),
    routesOverlay(views, routeLabel),
    displacementOverlay(views, countryPoints, (f, lang) => hostedFigureLabel(lang, f)),
    missionsOverlay(views),
  ];
  const pointer = createPointerFeed();
  // Without WebGL (or once a lost context does not come back) the same layers are drawn as SVG, said once in the notices.
  const renderer = createRendererChoice(initialRenderer());
  // MapLibre is its own chunk, asked for at once when the WebGL map is the first choice; if it cannot load, or the map
  // cannot create its context or its worker, the app draws the SVG map instead.
  const mapModule = renderer.get() === 'webgl' ? import('./map/controller') : undefined;
  mapModule?.catch(() => undefined);
  const useSvgMap = (reason: unknown): void => {
    console.warn('WebGL map unavailable, using the SVG map:', reason);
    renderer.set('svg');
  };
  // One map per store: the app's map, or (issue 19) one side of a comparison, whose store holds the side's month.
  const mountFor = (target: AppStore, onMap: (map: MapController['map'] | null) => void) => (container: HTMLElement): (() => void) => {
    let controller: MapController | undefined;
    let unbindLabels: (() => void) | undefined;
    let unmounted = false;
    (mapModule ?? import('./map/controller'))
      .then(({ createMapController }) => {
        if (unmounted) return;
        // MapLibre throws when it cannot create a WebGL 2 context: the API exists but is blocked or disabled.
        controller = createMapController(container, target, basemap, overlays, { onPointer: pointer.emit, onContextLost: () => renderer.set('svg'), onFailedStart: useSvgMap });
        onMap(controller.map);
        unbindLabels = bindLabelLanguage(controller.map, target);
      })
      .catch(useSvgMap);
    return () => {
      unmounted = true;
      unbindLabels?.();
      if (controller) onMap(null);
      controller?.destroy();
    };
  };
  const mount = mountFor(store, (map) => {
    setActiveMap(map);
    exposeForTests('__map', map ?? undefined);
  });
  const mountSide: MountSide = (side, target) => mountFor(target, (map) => setCompareMap(side, map));

  const svgMap = (): VNode => <LazySvgMap basemap={basemap} geometries={geometries} countryPoints={countryPoints} routeLabel={routeLabel} onPointer={pointer.emit} />;

  const known: KnownIds = {
    has(kind, id) {
      switch (kind) {
        case 'country':
          return model.countries.has(id) || countryPoints.has(id) || geometries.has(id);
        case 'route':
        case 'routes':
          return model.routes.has(id);
        case 'mission':
          return model.missions.has(id);
        case 'funding':
          return model.funding.has(id);
        case 'themes':
          return model.themes.has(id);
        case 'instruments':
          return model.instruments.has(id);
        case 'organisations':
          return model.organisations.has(id);
        case 'agreementTypes':
          return model.dataset.agreements.some((a) => a.type === id);
        case 'groups':
          return model.dataset.countries.some((c) => c.groups.some((g) => g.group === id));
        case 'story':
          return stories.some((st) => st.id === id);
        default:
          return false;
      }
    },
  };

  const events = timelineEvents(model);
  const bars = timelineBars(model);
  const app = (
    <ModelContext.Provider value={{ model, views }}>
      <App
        toolbar={
          <Toolbar
            share={
              <>
                <ShareButton />
                <CompareButton />
                <StoryMakerButton bundledIds={new Set(stories.map((s) => s.id))} />
              </>
            }
          />
        }
        briefing={<Briefing stories={stories} mapProps={staticMapProps(basemap)} />}
        embedCard={<Dossier />}
        embedChrome={<EmbedChrome />}
        liveRegion={<LiveAnnouncer />}
        map={
          <RendererSwitch
            choice={renderer}
            onSvg={() => store.getState().notify(t(store.getState().view.lang, 'svgFallbackNotice'))}
            webgl={<CompareOrSingle single={<MapView mount={mount} />} compare={<CompareView mountSide={mountSide} />} />}
            svg={<CompareOrSingle single={svgMap()} compare={<CompareView svgSide={svgMap} />} />}
          />
        }
        overlays={
          <>
            <Tooltip feed={pointer} />
            <DataTable />
            <LayersAndLegend />
          </>
        }
        panel={
          <>
            <ChangeList countryPoints={countryPoints} />
            <SidePanel countryPoints={countryPoints} geometries={geometries} />
          </>
        }
        footer={
          <Timeline
            events={events}
            bars={bars}
            onEvent={(id) => {
              const e = model.events.get(id);
              const iso2 = e?.countries[0];
              const p = iso2 ? countryPoints.get(iso2) : undefined;
              if (iso2 && p) {
                store.getState().select({ kind: 'country', id: iso2 });
                store.getState().setCamera({ lon: p[0]!, lat: p[1]!, zoom: 3.5 }, 'app');
              }
            }}
          />
        }
      />
    </ModelContext.Provider>
  );
  // A link may carry a whole story made in the app (#story-data=...): it opens in briefing mode once checked.
  // After main.tsx has applied the query part of the link (a task later than its microtasks).
  setTimeout(() => void openStoryFromLink(store, model), 0);
  return { app, known, stories };
}
