"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A box that scrolls sideways when its content is wider than the screen (a table on a phone). Only then does it
 * say so under the box, take keyboard focus (so that arrow keys scroll it) and cast a shadow on the hidden side.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const t = useTranslations("Common");
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      <div
        ref={box}
        className="scroll-cue overflow-x-auto"
        {...(overflows ? { tabIndex: 0, role: "region", "aria-label": label, "aria-describedby": hintId } : {})}
      >
        {children}
      </div>
      {overflows ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {t("scrollSideways")}
        </p>
      ) : null}
    </>
  );
}
