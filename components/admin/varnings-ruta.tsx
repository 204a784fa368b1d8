import type { ReactNode } from "react";
import { TriangleAlert } from "lucide-react";

/**
 * The warning-toned box shown after an admin action whose result matters now:
 * a secret the server shows only once (a new API key, a temporary password,
 * with CopySecret as a child) under a title with a warning sign, or a plain note.
 */
export function VarningsRuta({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div role="status" className="flex flex-col gap-3 rounded-md border border-warn bg-warn-bg p-4">
      {title ? (
        <p className="flex items-center gap-2 font-semibold text-warn">
          <TriangleAlert aria-hidden className="h-5 w-5" />
          {title}
        </p>
      ) : null}
      {children}
    </div>
  );
}
