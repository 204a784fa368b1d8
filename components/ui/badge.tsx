import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/lib/utils";

// .ui-badge (app/globals.css): inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium.
const badgeVariants = cva("ui-badge", {
  variants: {
    tone: {
      neutral: "bg-gray-100 text-gray-800",
      ok: "bg-ok-bg text-ok",
      warn: "bg-warn-bg text-warn",
      bad: "bg-bad-bg text-bad",
      info: "bg-brand-50 text-brand-800",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export function Badge({ className, tone, ...props }: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
