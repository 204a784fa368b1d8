"use client";
import dynamic from "next/dynamic";

// Mounted right after hydration instead of shipping with every page (see ./toast.ts).
export const Toaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });
