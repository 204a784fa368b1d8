"use client";
import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import type { Roll } from "@/lib/auth/permissions";
import { Select } from "@/components/ui/select";

/** A native select of roles, each shown by its name in the user's language ("Processledare"). */
export function RollSelect({ roller, ...props }: Omit<ComponentProps<typeof Select>, "children"> & { roller: readonly Roll[] }) {
  const t = useTranslations("roles");
  return (
    <Select {...props}>
      {roller.map((r) => (
        <option key={r} value={r}>
          {t(r)}
        </option>
      ))}
    </Select>
  );
}
