import type { ReactNode } from "react";

/** An error about the whole form (not one field), read out at once by screen readers. */
export function FormFel({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-md border border-bad bg-bad-bg px-3 py-2 text-sm text-bad">
      {children}
    </p>
  );
}
