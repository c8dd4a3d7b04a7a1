// Every MapLibre source and layer id, named once.

export const SOURCE = {
  countries: 'countries',
  borders: 'borders',
  countryLabels: 'country-labels',
  smallStates: 'small-states',
  routes: 'routes',
  routeLabels: 'route-labels',
  missions: 'missions',
  funding: 'funding',
  fundingRecipients: 'funding-recipients',
  displacement: 'displacement',
  hostedFigures: 'hosted-figures',
} as const;

export const LAYER = {
  background: 'sea',
  countryFill: 'country-fill',
  euFill: 'eu-fill',
  partnerFill: 'partner-fill',
  countryHighlight: 'country-highlight',
  borders: 'country-borders',
  countrySelected: 'country-selected',
  fundingArcs: 'funding-arcs',
  fundingArcsHit: 'funding-arcs-hit',
  routesCasing: 'routes-casing',
  routesLine: 'routes-line',
  routesSchematic: 'routes-schematic',
  routesHit: 'routes-hit',
  routesArrows: 'routes-arrows',
  routesLabel: 'routes-label',
  displacementCircles: 'displacement-circles',
  hostedFigures: 'hosted-figures',
  hostedFiguresLabel: 'hosted-figures-label',
  missionsSymbols: 'missions-symbols',
  smallStates: 'small-states',
  countryLabels: 'country-labels',
} as const;
