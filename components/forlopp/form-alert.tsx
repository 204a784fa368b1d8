import { TriangleAlert } from "lucide-react";

/** A form-level error (a conflict, a refusal) kept in view beside the form it belongs to. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="flex items-start gap-2 rounded-md border border-bad bg-bad-bg px-3 py-2 text-sm text-bad">
      <TriangleAlert aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
      {message}
    </p>
  );
}
