// Focus never lost after an action (WCAG 2.4.3): when the control that had the focus goes away or
// is disabled by what it started (converting, repairing, agreeing: the button is replaced by the
// form), the browser drops the focus to <body> and a keyboard or screen-reader user starts again
// at the top of the page. Then the focus goes to the heading of what the pane shows now.
import { useEffect, useRef, type RefObject } from "react";

/** The heading to land on: the open part of the form, else the first heading of the content. */
function landingHeading(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>('[role="tabpanel"] h2') ?? root.querySelector<HTMLElement>("h2");
}

export function useFocusRescue(root: RefObject<HTMLElement | null>): void {
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      if (event.target instanceof Element && root.current?.contains(event.target)) lastFocused.current = event.target;
    };
    document.addEventListener("focusin", remember);
    return () => document.removeEventListener("focusin", remember);
  }, [root]);
  // After every render: only when the focus really fell to <body> from an element in the pane that
  // is gone or disabled now (a click on plain text also leaves the focus on <body>, and stays so).
  useEffect(() => {
    const last = lastFocused.current;
    const active = document.activeElement;
    if (!last || !root.current || (active && active !== document.body)) return;
    if (last.isConnected && !last.matches(":disabled")) return;
    const heading = landingHeading(root.current);
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  });
}
