// The store shows a language once its messages are here: until then every other change applies and the language
// stays as it was; the language chosen last wins; a language that cannot arrive leaves the page as it was.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { defaultState } from '../../src/state/defaults';
import type { Lang } from '../../src/state/types';

function deferredLoader() {
  const waiting = new Map<Lang, { resolve(): void; reject(e: Error): void }>();
  const here = new Set<Lang>(['en']);
  const load = (lang: Lang): Promise<void> | null => {
    if (here.has(lang)) return null;
    return new Promise<void>((resolve, reject) => waiting.set(lang, { resolve: () => (here.add(lang), resolve()), reject }));
  };
  return { load, arrive: (lang: Lang) => waiting.get(lang)!.resolve(), fail: (lang: Lang) => waiting.get(lang)!.reject(new Error('chunk missing')) };
}
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('a language that is loaded on demand', () => {
  it('applies the rest of a change at once and the language when it arrives', async () => {
    const chunks = deferredLoader();
    const store = createAppStore(defaultState(), chunks.load);
    const seen: Lang[] = [];
    store.subscribe((s) => s.view.lang, (lang) => seen.push(lang));
    store.getState().replace({ view: { ...store.getState().view, lang: 'fr', highContrast: true }, time: { ...store.getState().time, date: '2016-03' } });
    expect(store.getState().view.lang).toBe('en');
    expect(store.getState().view.highContrast).toBe(true);
    expect(store.getState().time.date).toBe('2016-03');
    chunks.arrive('fr');
    await settle();
    expect(store.getState().view.lang).toBe('fr');
    // No subscriber ever saw the language before its messages.
    expect(seen).toEqual(['fr']);
    // Loaded now: the next switch to it is immediate.
    store.getState().setLang('en');
    store.getState().setLang('fr');
    expect(store.getState().view.lang).toBe('fr');
  });

  it('shows the language chosen last, whatever order the chunks arrive in', async () => {
    const chunks = deferredLoader();
    const store = createAppStore(defaultState(), chunks.load);
    store.getState().setLang('fr');
    store.getState().setLang('de');
    chunks.arrive('de');
    await settle();
    chunks.arrive('fr');
    await settle();
    expect(store.getState().view.lang).toBe('de');
  });

  it('calls a switch off when the reader goes back to the language shown', async () => {
    const chunks = deferredLoader();
    const store = createAppStore(defaultState(), chunks.load);
    store.getState().setLang('ar');
    store.getState().setLang('en');
    chunks.arrive('ar');
    await settle();
    expect(store.getState().view.lang).toBe('en');
  });

  it('stays in the language shown when the chunk does not arrive', async () => {
    const chunks = deferredLoader();
    const store = createAppStore(defaultState(), chunks.load);
    store.getState().setLang('it');
    chunks.fail('it');
    await settle();
    expect(store.getState().view.lang).toBe('en');
  });
});
