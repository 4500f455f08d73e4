"use client";

import { useEffect } from "react";

/**
 * While a form holds changes that are not saved, leaving the page asks first: closing or reloading the tab (the
 * browser's own question) and following a link of the app (`question`, which Next.js's client navigation would not
 * otherwise give a chance to ask).
 */
export function useUnsavedChangesWarning(hasChanges: boolean, question: string): void {
  useEffect(() => {
    if (!hasChanges) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a return value is set.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || link.getAttribute("target") === "_blank" || link.hasAttribute("download")) return;
      if (window.confirm(question)) return;
      event.preventDefault();
      // Before React's own listener sees it, so that the link's client navigation does not start either.
      event.stopImmediatePropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [hasChanges, question]);
}
