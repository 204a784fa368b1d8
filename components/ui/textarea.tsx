import * as React from "react";
import { cn } from "@/lib/utils";

export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn("min-h-24 w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900 aria-[invalid=true]:border-bad", className)}
      {...props}
    />
  );
}
