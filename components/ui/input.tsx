import * as React from "react";
import { cn } from "@/lib/utils";

export function Input({ className, ...props }: React.ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "h-10 w-full rounded-md border border-gray-400 bg-white px-3 text-sm text-gray-900 placeholder:text-gray-500 aria-[invalid=true]:border-bad",
        className,
      )}
      {...props}
    />
  );
}
