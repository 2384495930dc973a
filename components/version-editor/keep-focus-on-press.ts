import type { MouseEvent } from "react";

/**
 * For "Add …" buttons below fields that validate on blur. A mouse press would blur the field
 * first; its error message would then push the button down before the release, and the click
 * would be lost. Keeping the focus where it is until the click lands avoids that; the added
 * row or container then takes the focus. Keyboard use is unaffected.
 */
export const keepFocusOnPress = (e: MouseEvent) => e.preventDefault();
