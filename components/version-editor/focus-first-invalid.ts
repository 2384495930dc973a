/** Focus the first field marked invalid, in document order. Cards with errors open on the render
 * that sets the errors, so this retries for a few frames until that render has landed. */
export function focusFirstInvalid(root: HTMLElement | null, framesLeft = 5): void {
  if (!root) return;
  const target = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (target) {
    target.focus();
    target.scrollIntoView({ block: "center" });
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusFirstInvalid(root, framesLeft - 1));
}
