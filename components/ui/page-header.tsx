import type { ReactNode } from "react";

/** A page's title and its one-paragraph explanation of what the page is for. */
export function PageHeader({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-1 max-w-prose text-muted">{intro}</p>
    </div>
  );
}
