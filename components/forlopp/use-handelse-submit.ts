"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { applyServerErrors } from "@/components/forms/apply-server-errors";

type Result = { ok: true; data: { id: string; version: number } } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Sends one event of an inskrivning and refreshes the page on success. A
 * refusal stays visible in the form (not only in a toast): above all the
 * "someone else changed it, reload" conflict, which must never pass unseen.
 */
export function useHandelseSubmit<T extends FieldValues>(setError: UseFormSetError<T>, savedMessage: string) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  async function submit(send: () => Promise<Result>): Promise<boolean> {
    setFormError(null);
    const result = await send();
    if (!result.ok) {
      setFormError(result.message);
      applyServerErrors(result, setError);
      return false;
    }
    toast.success(savedMessage);
    router.refresh();
    return true;
  }
  return { submit, formError };
}
