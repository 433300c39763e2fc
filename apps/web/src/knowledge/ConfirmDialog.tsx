// A question that needs an answer before something happens (publish, archive, restore). A native
// modal <dialog>: the rest of the page is inert, Escape cancels, focus starts at the heading and
// goes back to the button that opened it.
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Button } from '@utrecht/button-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = 'Annuleren', busy = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      headingRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      const back = opener.current;
      if (back?.isConnected) requestAnimationFrame(() => back.focus());
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="helder-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        // Escape: we close it ourselves, so the state and the element agree.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <Heading level={2} id={headingId} ref={headingRef} tabIndex={-1} className="helder-dialog__title">
        {title}
      </Heading>
      <div className="helder-dialog__body">{children}</div>
      <div className="helder-actions">
        <Button appearance="primary-action-button" type="button" busy={busy} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" type="button" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </dialog>
  );
}
