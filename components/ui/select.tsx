import * as React from "react";
import { cn } from "@/lib/utils";

// The native select: fully keyboard- and screen-reader-accessible on every
// platform and usable on a tablet, which a custom listbox is not by default.
export function Select({ className, ...props }: React.ComponentProps<"select">) {
  return (
    <select
      className={cn("h-10 w-full rounded-md border border-gray-400 bg-white px-3 text-sm text-gray-900 aria-[invalid=true]:border-bad", className)}
      {...props}
    />
  );
}
