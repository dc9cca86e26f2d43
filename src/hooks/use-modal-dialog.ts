import { useEffect, useRef } from 'react';

/**
 * Opens a <dialog> as modal while mounted: the browser keeps focus inside
 * and turns Escape into `onClose`; focus goes back to what opened it.
 */
export function useModalDialog(onClose: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    function handleCancel(event: Event) {
      event.preventDefault();
      onCloseRef.current();
    }
    dialog.addEventListener('cancel', handleCancel);
    return () => {
      dialog.removeEventListener('cancel', handleCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return dialogRef;
}
