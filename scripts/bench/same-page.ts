// Parse + checks, Readability and a bare textContent read on one document, timed in turn
// (stats.ts timeInTurn) because their ratios are what the bench reports. Shared by the Node side
// (linkedom) and the page side (Chromium).
import { Readability } from '@mozilla/readability';
import { safely } from './safely';
import { type LoopOptions, pairedRatio, sampleInTurn, type Timed, type Timing, timed, timeLoop } from './stats';
import type { ParseAndCheck } from './targets';

export interface SamePageTimings {
  parseAndCheck?: Timing | string;
  cells?: number;
  findings?: number;
  readability?: Timing | string;
  textContent?: Timing | string;
  /** parse + checks ÷ Readability per round (stats.ts pairedRatio): the budget's ratio */
  perRoundRatio?: Timing;
}

/** `pc`: our parse + checks, or why it is not measured. */
export async function timeSamePage(doc: Document, url: string, pc: ParseAndCheck | string, loop: LoopOptions): Promise<SamePageTimings> {
  const out: SamePageTimings = {};
  const fns: Array<[keyof SamePageTimings, Timed]> = [];
  if (typeof pc === 'string') out.parseAndCheck = `not measured: ${pc}`;
  else {
    const first = await safely(() => pc(doc, url));
    if (typeof first === 'string') out.parseAndCheck = first;
    else {
      out.cells = first.cells;
      out.findings = first.findings;
      fns.push(['parseAndCheck', timed(() => pc(doc, url), () => undefined)]);
    }
  }
  // Readability mutates the document it reads: each call gets a fresh clone (made untimed)
  fns.push(['readability', timed((c: Document) => new Readability(c).parse(), () => doc.cloneNode(true) as Document)]);
  fns.push(['textContent', timed(() => doc.body.textContent?.length, () => undefined)]);
  const together = await safely(() => sampleInTurn(fns.map(([, f]) => f), loop));
  if (typeof together !== 'string') {
    fns.forEach(([name, _], i) => void (out[name] = together.timings[i] as never));
    const ours = fns.findIndex(([name]) => name === 'parseAndCheck');
    const theirs = fns.findIndex(([name]) => name === 'readability');
    const paired = ours < 0 ? null : pairedRatio(together.samples[ours]!, together.samples[theirs]!);
    if (paired) out.perRoundRatio = paired;
  }
  // one of them threw: each alone, so the others are still measured and the reason is the thrower's own
  else for (const [name, f] of fns) out[name] = (await safely(() => timeLoop(f.run, f.prepare, loop))) as never;
  return out;
}
