import * as React from "react";

import { cn } from "@/lib/utils";

// `asChild` for our own components (Button, Badge, CardTitle): render the one child element (a
// Next.js <Link>, a heading) with the component's props merged in. Written here because the
// library's Slot, with its ref composition, was copied into every client chunk that renders a
// Button — four times on the editor route.

type AnyProps = Record<string, unknown>;
type Handler = (...args: unknown[]) => unknown;

const isHandler = (key: string, value: unknown): value is Handler =>
  /^on[A-Z]/.test(key) && typeof value === "function";

function mergeRefs<T>(...refs: (React.Ref<T> | undefined)[]): React.RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(node);
      else if (ref) ref.current = node;
    }
  };
}

/**
 * The child's own props win, except: class names are joined (slot first), styles merged, event
 * handlers both run (the child's first), and both refs are set.
 */
export function Slot({ children, ...slotProps }: AnyProps & { children?: React.ReactNode }) {
  if (!React.isValidElement<AnyProps>(children)) {
    throw new Error("asChild expects exactly one React element as its child");
  }
  const childProps = children.props;
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const [key, slotValue] of Object.entries(slotProps)) {
    const childValue = childProps[key];
    if (isHandler(key, slotValue) && isHandler(key, childValue)) {
      merged[key] = (...args: unknown[]) => {
        childValue(...args);
        slotValue(...args);
      };
    }
  }
  merged.className =
    cn(slotProps.className as string | undefined, childProps.className as string | undefined) ||
    undefined;
  if (slotProps.style || childProps.style) {
    merged.style = { ...(slotProps.style as object), ...(childProps.style as object) };
  }
  if (slotProps.ref && childProps.ref) {
    merged.ref = mergeRefs(
      slotProps.ref as React.Ref<unknown>,
      childProps.ref as React.Ref<unknown>,
    );
  }
  return React.cloneElement(children, merged);
}
