"use client";
import { useState, useTransition, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";

type Result = { ok: true } | { ok: false; message: string };

export type ConfirmActionButtonProps = {
  trigger: ReactNode;
  triggerLabel?: string;
  triggerVariant?: "destructive" | "outline";
  triggerSize?: "sm";
  title: ReactNode;
  description: ReactNode;
  cancel: string;
  confirm: string;
  pendingConfirm?: string;
  /** Runs the server action; its message is shown when it refuses. */
  run: () => Promise<Result>;
  /** After success: the toast text and where to go next. */
  done: string;
  onDone: () => void;
};

/** Anything irreversible asks first; the dialog stays open until the server has answered. */
export function ConfirmActionButton(props: ConfirmActionButtonProps) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const confirm = (e: React.MouseEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await props.run();
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      setOpen(false);
      toast.success(props.done);
      props.onDone();
    });
  };
  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant={props.triggerVariant ?? "outline"} size={props.triggerSize} aria-label={props.triggerLabel}>
          {props.trigger}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{props.title}</AlertDialogTitle>
          <AlertDialogDescription>{props.description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{props.cancel}</AlertDialogCancel>
          <AlertDialogAction disabled={pending} onClick={confirm}>
            {pending && props.pendingConfirm ? props.pendingConfirm : props.confirm}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
