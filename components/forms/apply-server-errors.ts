import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "@/components/ui/toast";

type Failure = { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Puts a server action's field errors beside their fields, and the rest in a toast. */
export function applyServerErrors<T extends FieldValues>(result: Failure, setError: UseFormSetError<T>): void {
  const entries = Object.entries(result.fieldErrors ?? {});
  for (const [field, messages] of entries) {
    if (field !== "_form") setError(field as Path<T>, { type: "server", message: messages[0] });
  }
  toast.error(result.message);
}
