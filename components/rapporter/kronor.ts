import { getFormatter } from "next-intl/server";

/** Kronor for display: whole kronor unless there are öre. */
export async function kronor() {
  const format = await getFormatter();
  return (n: number) => format.number(n, { style: "currency", currency: "SEK", minimumFractionDigits: 0, maximumFractionDigits: 2 });
}
