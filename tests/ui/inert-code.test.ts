// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
// Code carried inert (src/inert-code.ts): run once when asked for, handed the page's shared modules, and a sentence
// that says what could not run when the page does not carry it or its script does not start.
import { describe, expect, it } from 'vitest';
import { INERT_EVENT, runInertCode } from '../../src/inert-code';

function carry(id: string, code: string): void {
  const block = document.createElement('script');
  block.type = 'application/octet-stream';
  block.id = id;
  block.textContent = code;
  document.body.append(block);
}

describe('runInertCode', () => {
  it('runs the block once and gives its exports, made from the shared modules it asks for', async () => {
    carry('part-a', `window.__runs = (window.__runs || 0) + 1; document.currentScript.dispatchEvent(new CustomEvent(${JSON.stringify(INERT_EVENT)}, { detail: async (load) => { const m = await load('src/shared.ts'); return { twice: (n) => m.double(n) }; } }));`);
    const shared = { 'src/shared.ts': async () => ({ double: (n: number) => 2 * n }) };
    const first = await runInertCode<{ twice(n: number): number }>('part-a', 'part A', shared);
    const again = await runInertCode<{ twice(n: number): number }>('part-a', 'part A', shared);
    expect(first.twice(21)).toBe(42);
    expect(again).toBe(first);
    expect((window as unknown as { __runs: number }).__runs).toBe(1);
  });

  it('says what could not run', async () => {
    await expect(runInertCode('missing', 'the slide deck', {})).rejects.toThrow("this page does not carry the slide deck's code");
    carry('silent', 'void 0;');
    await expect(runInertCode('silent', 'the slide deck', {})).rejects.toThrow("the page's security policy did not let the slide deck's code run");
    carry('greedy', `document.currentScript.dispatchEvent(new CustomEvent(${JSON.stringify(INERT_EVENT)}, { detail: (load) => load('src/secret.ts') }));`);
    await expect(runInertCode('greedy', 'the slide deck', {})).rejects.toThrow('the slide deck asks for src/secret.ts, which the page does not share');
  });
});
