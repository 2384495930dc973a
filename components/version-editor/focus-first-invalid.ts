/** Focus the first field marked invalid, in document order. react-hook-form calls onInvalid before
 * it publishes the submit's errors, and cards with errors open on the render those errors cause:
 * so wait two frames for that render to land (else an error already on screen further down would
 * win over one in a card still opening), then retry a few frames if nothing is marked yet. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  requestAnimationFrame(() => requestAnimationFrame(() => focusNow(root, 5)));
}

function focusNow(root: HTMLElement | null, framesLeft: number): void {
  if (!root) return;
  const target = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (target) {
    // A radio group is marked as a whole: focus its checked radio, as Tab would.
    const focusable =
      target.getAttribute("role") === "radiogroup"
        ? (target.querySelector<HTMLElement>("input:checked") ??
          target.querySelector<HTMLElement>("input"))
        : target;
    (focusable ?? target).focus();
    target.scrollIntoView({ block: "center" });
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusNow(root, framesLeft - 1));
}
