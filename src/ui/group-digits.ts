// Thousands separators for the card's figures without ICU. The card printed them with
// toLocaleString('en-US'), whose first call in a page sets up ICU number formatting: ~30 ms of the
// wait for the card in Chromium (CPU profile of opening Pingtan 2020 with the built extension).

/** beyond this a number is printed with an exponent: 1.79e308 (an imported record's) took 309 digits */
const EXPONENT_FROM = 1e21;

/**
 * 1234567 → "1,234,567", exactly as toLocaleString('en-US') prints an integer; other numbers go to
 * it, except from 1e21 on (no cell reads that high; a hand-edited import can hold it): "1.8e+308".
 */
export function groupDigits(n: number): string {
  if (Math.abs(n) >= EXPONENT_FROM && Number.isFinite(n)) return n.toPrecision(3).replace(/\.?0+e/, 'e');
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US'); // decimals, huge, NaN, ±Infinity: rare
  if (Object.is(n, -0)) return '-0';
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return n < 0 ? '-' + out : out;
}
