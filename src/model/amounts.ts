// Amount cells are named for their unit (amountYuan: 元; amountWanYuan, requestFeesWanYuan,
// org.budgetWanYuan: 万元); every other cell is a count. A record holds an amount in its key's
// unit, so one export column holds one unit; the cell's `unit` keeps what the page printed.
import type { CellValue } from './record';
import { readValue } from '../text/numbers';

/** The unit a key's values are in, or null for a count. */
export function amountUnitOfKey(key: string): '元' | '万元' | null {
  if (!key.endsWith('Yuan')) return null;
  return key.endsWith('WanYuan') ? '万元' : '元';
}

/**
 * `value`, printed in `printedUnit`, in the key's unit: "2290.54万元" under amountYuan is 22905400,
 * "3000元" under amountWanYuan 0.3. Rounded to 6 decimals: 2290.54 × 10000 is
 * 22905400.000000004 in doubles.
 */
export function inKeyUnit(value: number, printedUnit: string, key: string): number {
  const keyUnit = amountUnitOfKey(key);
  if (printedUnit === '万元' && keyUnit === '元') return Number((value * 10000).toFixed(6));
  if (printedUnit === '元' && keyUnit === '万元') return Number((value / 10000).toFixed(6));
  return value;
}

/**
 * Records saved before amounts were stored in their key's unit (the library's v8 migration, a
 * version-1 JSON export): amount cells still holding the number as printed are converted in place
 * to their key's unit, and whether any changed is returned. Cells already converted are left
 * alone (their value is no longer the printed number), so this may run on rows of either
 * convention: a version-1 JSON export holds both.
 */
export function amountsToKeyUnits(cells: Record<string, CellValue>): boolean {
  let changed = false;
  for (const key in cells) {
    const c = cells[key]!;
    if (c.value === null || !c.unit || c.derived || amountUnitOfKey(key) === null) continue;
    if (readValue(c.raw, c.unit).value !== c.value) continue; // not the printed number: converted already
    const v = inKeyUnit(c.value, c.unit, key);
    if (v !== c.value) {
      c.value = v;
      changed = true;
    }
  }
  return changed;
}
