// @vitest-environment happy-dom
// A part loaded on first use: a status line while it arrives, a message and a retry if it does not, the part once it
// has; a part shown only in some state is not fetched before that state.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { lazyPart } from '../../src/ui/lazy';
import { StoreContext } from '../../src/ui/context';
import { createAppStore } from '../../src/state/store';
import { en } from '../../src/i18n/languages/en/messages';

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 30));
const Loaded = ({ label }: { label: string }) => <p class="loaded">{label}</p>;

function mount(children: preact.ComponentChildren, store = createAppStore()): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<StoreContext.Provider value={store}>{children}</StoreContext.Provider>, root);
  return root;
}

describe('lazyPart', () => {
  it('says it is loading, then that it failed with a retry, then shows the part once the retry loads it', async () => {
    let calls = 0;
    const Part = lazyPart(async () => {
      calls += 1;
      if (calls === 1) throw new Error('chunk missing');
      return Loaded;
    });
    const root = mount(<Part label="the table" />);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(en.loadingPart);
    await settle();
    expect(root.querySelector('[role="alert"] p')?.textContent).toBe(en.partLoadError);
    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle();
    expect(root.querySelector('.loaded')?.textContent).toBe('the table');
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(calls).toBe(2);
  });

  it('fetches a part that depends on the state only once the state asks for it', async () => {
    let calls = 0;
    const Part = lazyPart(
      async () => {
        calls += 1;
        return Loaded;
      },
      { when: (s) => s.view.tableOpen },
    );
    const store = createAppStore();
    const root = mount(<Part label="open" />, store);
    await settle();
    expect(calls).toBe(0);
    expect(root.textContent).toBe('');
    store.getState().setTableOpen(true);
    await settle();
    expect(calls).toBe(1);
    expect(root.querySelector('.loaded')?.textContent).toBe('open');
  });
});
