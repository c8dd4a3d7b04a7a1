// The developer tools for finding where time goes, as three commands: `npm run profile`, `npm run ab` and
// `npm run node-time`, each followed by one of its commands and that command's arguments (run without one to list
// them). The bench (`npm run bench`, scripts/bench/) measures against budgets; these tools look inside a figure.
import { fileURLToPath } from 'node:url';

interface Command {
  file: string;
  what: string;
  usage: string;
}

const TOOLS: Record<string, Record<string, Command>> = {
  profile: {
    load: { file: 'profile/load.ts', what: 'where load-to-idle time goes: performance marks and long main-thread functions of the median run', usage: '<dist> [runs] [query]' },
    'load-phases': { file: 'profile/load-phases.mts', what: 'one or more builds\' loads cut into phases by their marks, A/B, cold, --primed or --warm', usage: '[--rounds 3] [--warm | --primed] label=dir …' },
    'load-cpu': { file: 'profile/load-cpu.mts', what: 'CPU time of every chromium thread over one load, read from /proc (ROUNDS=n)', usage: '<dist> [<dist> …]' },
    threads: { file: 'profile/threads.mts', what: 'a Chrome trace of every thread (the map worker included), self time by function', usage: '<dist> [top] [pan|step N]' },
    action: { file: 'profile/action.ts', what: 'where a store action\'s script time goes, under the CPU profiler', usage: '<dist> [step|filter|step-tight|filter-tight|filter-set|filter-clear] [n]' },
    'action-cpu': { file: 'profile/action-cpu.mts', what: 'an action\'s wall time against the main thread\'s CPU time, and what other threads do meanwhile', usage: '<dist> [step|filter] [n]' },
    shaders: { file: 'profile/shaders.mts', what: 'time the first map spends compiling and linking each WebGL program', usage: '<dist> [<dist> …]' },
    layers: { file: 'profile/layers.mts', what: 'what each map layer costs a repaint, on every thread', usage: '<dist> [pans] [layer[,layer…] …]' },
    work: { file: 'profile/work.ts', what: 'who does the work of a store action, counted: renders by component, setData by source, selector runs', usage: '<dist> [filter|step] [month] [n]' },
    'story-open': { file: 'profile/story-open.ts', what: 'every long animation frame of a shared story opening in the open map, with its script attribution', usage: '<deployment build> [rounds]' },
    heap: { file: 'profile/heap.ts', what: 'JS heap after successive batches of timeline steps', usage: '<dist> [batches]' },
  },
  ab: {
    paint: { file: 'ab/paint.mts', what: 'A/B of builds: first map idle, one-pixel pan and timeline step to painted', usage: '[--rounds 5] label=dir [label=dir …]' },
    script: { file: 'ab/script.mts', what: 'A/B of the bench\'s script times (timeline step, filter change)', usage: '[--rounds 3] label=dir [label=dir …]' },
  },
  'node-time': {
    selectors: { file: 'node-time/selectors.mts', what: 'the selector chain\'s own time for a filter change and a timeline step, in Node on scaled data', usage: '<data dir> [iterations]' },
    overlays: { file: 'node-time/overlays.ts', what: 'the model and each overlay\'s first GeoJSON, in Node at a scale of the data', usage: '[data dir]' },
  },
};

const [tool = '', command = '', ...rest] = process.argv.slice(2);
const commands = TOOLS[tool];
const chosen = commands?.[command];
if (!commands || !chosen) {
  const list = Object.entries(TOOLS)
    .filter(([name]) => !commands || name === tool)
    .flatMap(([name, cs]) => Object.entries(cs).map(([c, d]) => `  npm run ${name} -- ${c} ${d.usage}\n      ${d.what}`));
  console.log(`${command ? `unknown command "${command}"\n` : ''}${list.join('\n')}`);
  process.exit(command ? 1 : 0);
}
// Each command reads its own arguments from process.argv, as when it was run on its own.
process.argv = [process.argv[0]!, fileURLToPath(new URL(chosen.file, import.meta.url)), ...rest];
await import(`./${chosen.file}`);
