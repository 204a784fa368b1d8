// A valid made-up personnummer for tests, integration and end-to-end alike (no
// imports, so Playwright specs can use it too). Computed here on purpose, not
// with lib/domain/personnummer.ts: a test must not borrow the check it tests.

/** "YYYYMMDD-NNNC" from a birth date and a three-digit serial, with its Luhn check digit. */
export function pnr(yyyymmdd: string, serial: string): string {
  const nine = yyyymmdd.slice(2) + serial;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return `${yyyymmdd}-${serial}${(10 - (sum % 10)) % 10}`;
}
