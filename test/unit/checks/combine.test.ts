// combine() became one loop (issue #7). Pin it to the some/some/every definition on every
// sequence of up to three scope outcomes.
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/model/finding';
import { combine, type ScopeOutcome } from '../../../src/checks/rule';

const byDefinition = (scopes: ScopeOutcome[]): Outcome => {
  if (scopes.length === 0) return 'notApplicable';
  if (scopes.some((s) => s.outcome === 'fail')) return 'fail';
  if (scopes.some((s) => s.outcome === 'notAssessable')) return 'notAssessable';
  if (scopes.every((s) => s.outcome === 'notApplicable')) return 'notApplicable';
  return 'pass';
};

describe('combine', () => {
  it('agrees with the definition', () => {
    const outcomes: Outcome[] = ['pass', 'fail', 'notAssessable', 'notApplicable'];
    const seqs: Outcome[][] = [[]];
    for (let n = 0; n < 3; n++) for (const s of [...seqs]) if (s.length === n) for (const o of outcomes) seqs.push([...s, o]);
    for (const seq of seqs) {
      const scopes = seq.map((outcome) => ({ scope: '', outcome }));
      expect(combine(scopes), seq.join(',')).toBe(byDefinition(scopes));
    }
  });
});
