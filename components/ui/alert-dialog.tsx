"use client";
import * as React from "react";
import { cn } from "@/lib/utils";
import type * as Radix from "./alert-dialog-radix";

// Radix's dialog (focus trap, scroll lock, portal: ~15 kB gzip) is fetched when
// a dialog is about to open (hover, focus or click of its trigger) instead of
// with every page that has a confirm button (issue 8, first-load JS). Until it
// has arrived the trigger is its plain child and the content renders nothing;
// from then on these are radix's components as before.
type Mod = typeof Radix;
const load = () => import("./alert-dialog-radix");
const preload = () => void load().catch(() => undefined);
const Ctx = React.createContext<{ mod: Mod | null; setOpen: (open: boolean) => void }>({ mod: null, setOpen: () => undefined });

export function AlertDialog({ open, onOpenChange, children }: { open: boolean; onOpenChange: (open: boolean) => void; children: React.ReactNode }) {
  const [mod, setMod] = React.useState<Mod | null>(null);
  React.useEffect(() => {
    if (!open || mod) return;
    let aktiv = true;
    void load().then((m) => aktiv && setMod(m));
    return () => {
      aktiv = false;
    };
  }, [open, mod]);
  const value = React.useMemo(() => ({ mod, setOpen: onOpenChange }), [mod, onOpenChange]);
  return (
    <Ctx.Provider value={value}>
      {mod ? (
        <mod.AlertDialog open={open} onOpenChange={onOpenChange}>
          {children}
        </mod.AlertDialog>
      ) : (
        children
      )}
    </Ctx.Provider>
  );
}

type TriggerChild = React.ReactElement<React.HTMLAttributes<HTMLElement>>;

export function AlertDialogTrigger({ children }: { asChild: true; children: TriggerChild }) {
  const { mod, setOpen } = React.useContext(Ctx);
  if (mod) return <mod.AlertDialogTrigger asChild>{children}</mod.AlertDialogTrigger>;
  const own = children.props;
  return React.cloneElement(children, {
    "aria-haspopup": "dialog",
    "aria-expanded": false,
    onPointerEnter: (e: React.PointerEvent<HTMLElement>) => (own.onPointerEnter?.(e), preload()),
    onFocus: (e: React.FocusEvent<HTMLElement>) => (own.onFocus?.(e), preload()),
    onClick: (e: React.MouseEvent<HTMLElement>) => {
      own.onClick?.(e);
      if (!e.defaultPrevented) setOpen(true);
    },
  });
}

export function AlertDialogContent(props: React.ComponentProps<Mod["AlertDialogContent"]>) {
  const { mod } = React.useContext(Ctx);
  return mod ? <mod.AlertDialogContent {...props} /> : null;
}

export function AlertDialogHeader({ className, ...props }: React.ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-2", className)} {...props} />;
}

export function AlertDialogFooter({ className, ...props }: React.ComponentProps<"div">) {
  return <div className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}

export function AlertDialogTitle(props: React.ComponentProps<Mod["AlertDialogTitle"]>) {
  const { mod } = React.useContext(Ctx);
  return mod ? <mod.AlertDialogTitle {...props} /> : null;
}

export function AlertDialogDescription(props: React.ComponentProps<Mod["AlertDialogDescription"]>) {
  const { mod } = React.useContext(Ctx);
  return mod ? <mod.AlertDialogDescription {...props} /> : null;
}

export function AlertDialogAction(props: React.ComponentProps<Mod["AlertDialogAction"]>) {
  const { mod } = React.useContext(Ctx);
  return mod ? <mod.AlertDialogAction {...props} /> : null;
}

export function AlertDialogCancel(props: React.ComponentProps<Mod["AlertDialogCancel"]>) {
  const { mod } = React.useContext(Ctx);
  return mod ? <mod.AlertDialogCancel {...props} /> : null;
}
