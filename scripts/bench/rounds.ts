// How many rounds each kind of timed line gets. Every kind starts with the same rounds; then a kind with an undecided
// budgeted line gets a batch more, and again, until its lines are decided or it reaches its cap. Kinds have caps of their
// own because their rounds cost differently: a load round is four page loads (about 20 s), an interaction round a few
// hundred timed actions in four pages (about a minute). Pure: run.ts asks it what to run next.

export interface RoundPlan<K extends string> {
  /** Rounds every kind gets before any verdict is read. */
  first: number;
  /** Rounds added at a time to a kind with an undecided line. */
  batch: number;
  /** The most rounds a kind gets. */
  caps: Readonly<Record<K, number>>;
}

/**
 * The round counts to reach next, for the kinds that need more: every wanted kind's first rounds when it has none yet,
 * then a batch more for each kind with an undecided line, never past its cap. Empty when the rounds are done.
 */
export function nextRoundTargets<K extends string>(plan: RoundPlan<K>, done: Readonly<Record<K, number>>, undecided: ReadonlySet<K>): Map<K, number> {
  const targets = new Map<K, number>();
  for (const kind of Object.keys(plan.caps) as K[]) {
    const cap = plan.caps[kind];
    const had = done[kind];
    if (!undecided.has(kind) || had >= cap) continue;
    targets.set(kind, Math.min(cap, had === 0 ? plan.first : had + plan.batch));
  }
  return targets;
}

/** A kind's rounds in words, for the run's log and tally: "24 rounds (the cap)". */
export function roundsInWords(done: number, cap: number): string {
  return `${done} round${done === 1 ? '' : 's'}${done >= cap ? ' (the cap)' : ''}`;
}

/**
 * Runs rounds as the plan says: the first rounds of every kind in `measured`, then batches for the kinds `undecided()`
 * names, until each is decided or at its cap. Within a batch the kinds take turns, one round each, so that no kind's
 * rounds all fall in one minute of the machine. `runOne` gets a kind and its round's index; `done` is updated in place.
 */
export async function runRounds<K extends string>(plan: RoundPlan<K>, done: Record<K, number>, measured: ReadonlySet<K>, undecided: () => ReadonlySet<K>, runOne: (kind: K, round: number) => Promise<void>, log: (line: string) => void = () => {}): Promise<void> {
  for (let targets = nextRoundTargets(plan, done, measured); targets.size > 0; targets = nextRoundTargets(plan, done, undecided())) {
    while ([...targets].some(([kind, target]) => done[kind] < target)) {
      const ran: K[] = [];
      for (const [kind, target] of targets) {
        if (done[kind] >= target) continue;
        await runOne(kind, done[kind]);
        done[kind]++;
        ran.push(kind);
      }
      log(`rounds: ${ran.map((k) => `${k} ${done[k]}`).join(', ')}`);
    }
    const more = nextRoundTargets(plan, done, undecided());
    if (more.size > 0) log(`undecided: ${[...more].map(([k, t]) => `${k} lines, ${t - done[k]} more rounds`).join('; ')}`);
  }
}
