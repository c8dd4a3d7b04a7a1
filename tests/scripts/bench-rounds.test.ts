// The bench's rounds: the same start for every kind, then batches for the kinds whose lines are undecided, up to caps.
import { describe, expect, it } from 'vitest';
import { nextRoundTargets, roundsInWords, runRounds, type RoundPlan } from '../../scripts/bench/rounds';

type Kind = 'load' | 'interaction';
const plan: RoundPlan<Kind> = { first: 5, batch: 3, caps: { load: 24, interaction: 8 } };
const all = new Set<Kind>(['load', 'interaction']);

describe('nextRoundTargets', () => {
  it('starts every wanted kind with the same rounds', () => {
    expect(nextRoundTargets(plan, { load: 0, interaction: 0 }, all)).toEqual(new Map([['load', 5], ['interaction', 5]]));
    expect(nextRoundTargets(plan, { load: 0, interaction: 0 }, new Set<Kind>(['load']))).toEqual(new Map([['load', 5]]));
  });

  it('adds a batch only to the kinds with an undecided line', () => {
    expect(nextRoundTargets(plan, { load: 5, interaction: 5 }, new Set<Kind>(['load']))).toEqual(new Map([['load', 8]]));
    expect(nextRoundTargets(plan, { load: 5, interaction: 5 }, new Set<Kind>())).toEqual(new Map());
  });

  it('stops each kind at its own cap, never past it', () => {
    expect(nextRoundTargets(plan, { load: 8, interaction: 8 }, all)).toEqual(new Map([['load', 11]]));
    expect(nextRoundTargets(plan, { load: 23, interaction: 8 }, all)).toEqual(new Map([['load', 24]]));
    expect(nextRoundTargets(plan, { load: 24, interaction: 8 }, all)).toEqual(new Map());
  });

  it('reaches a kind\'s cap in a finite number of batches while its lines stay undecided', () => {
    const done = { load: 0, interaction: 0 };
    let batches = 0;
    for (let t = nextRoundTargets(plan, done, all); t.size > 0; t = nextRoundTargets(plan, done, all)) {
      for (const [kind, target] of t) done[kind] = target;
      batches++;
    }
    expect(done).toEqual({ load: 24, interaction: 8 });
    expect(batches).toBe(8);
  });
});

describe('roundsInWords', () => {
  it('says when a kind stopped at its cap', () => {
    expect(roundsInWords(24, 24)).toBe('24 rounds (the cap)');
    expect(roundsInWords(5, 24)).toBe('5 rounds');
    expect(roundsInWords(1, 8)).toBe('1 round');
  });
});

describe('runRounds', () => {
  it('runs each kind to its target in turns, then only the undecided kinds, and stops at the caps', async () => {
    const ran: string[] = [];
    const done = { load: 0, interaction: 0 };
    // Interactions are decided after their first rounds; loads stay undecided to their cap.
    await runRounds(plan, done, all, () => new Set<Kind>(['load']), async (kind, round) => {
      ran.push(`${kind}${round}`);
    });
    expect(done).toEqual({ load: 24, interaction: 5 });
    expect(ran.slice(0, 4)).toEqual(['load0', 'interaction0', 'load1', 'interaction1']);
    expect(ran.filter((r) => r.startsWith('interaction'))).toHaveLength(5);
    expect(ran.filter((r) => r.startsWith('load'))).toEqual(Array.from({ length: 24 }, (_, i) => `load${i}`));
  });

  it('runs nothing for a kind that is not measured', async () => {
    const done = { load: 0, interaction: 0 };
    await runRounds(plan, done, new Set<Kind>(), () => new Set<Kind>(['load', 'interaction']), async () => {
      throw new Error('no round should run');
    });
    expect(done).toEqual({ load: 0, interaction: 0 });
  });
});
