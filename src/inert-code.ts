// Runs code that the single file carries inert, outside its first parse (scripts/inert-plugin.ts): a
// `<script type="application/octet-stream">` block whose text becomes a script only when its code is asked for. The
// page's Content-Security-Policy lists that text's hash, so the script may run and nothing else inline may.
// The code hands back a function of the app modules it shares with the page (the same instances: one store, one
// preact) and resolves to its own exports.

/** The app modules the inert code shares with the page, each by the key the build gave it. */
export type SharedModules = Readonly<Record<string, () => Promise<unknown>>>;
type Start = (load: (key: string) => Promise<unknown>) => Promise<unknown>;

/** The event the block's code dispatches on its own script element, with its start function as detail. */
export const INERT_EVENT = 'inert-code';

const started = new Map<string, Promise<unknown>>();

/** The exports of the code in the data block `id` (`what` it is, for a person: "the slide deck"), run once per page. */
export function runInertCode<T>(id: string, what: string, shared: SharedModules): Promise<T> {
  let running = started.get(id);
  if (!running) {
    running = start(id, what, shared);
    started.set(id, running);
    running.catch(() => started.delete(id));
  }
  return running as Promise<T>;
}

function start(id: string, what: string, shared: SharedModules): Promise<unknown> {
  const code = document.getElementById(id)?.textContent;
  if (!code) return Promise.reject(new Error(`this page does not carry ${what}'s code`));
  let begin: Start | undefined;
  const script = document.createElement('script');
  script.addEventListener(INERT_EVENT, (event) => {
    begin = (event as CustomEvent<Start>).detail;
  });
  script.textContent = code;
  document.head.append(script);
  script.remove();
  if (!begin) return Promise.reject(new Error(`the page's security policy did not let ${what}'s code run`));
  return begin((key) => shared[key]?.() ?? Promise.reject(new Error(`${what} asks for ${key}, which the page does not share`)));
}
