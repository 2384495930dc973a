"use client";

import { useEffect, useRef } from "react";
import { useFormContext } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";

/**
 * Re-judges a whole container when `value` (its probe type, its registry switch) changes, if the
 * container holds errors. Those switches decide which fields are judged and where an error about a
 * hidden field shows, and react-hook-form re-validates only the field that changed: without this,
 * the picker would keep "select tcpSocket to fix it" after tcpSocket is selected, and the port
 * would keep the message it had while hidden. A container without errors costs nothing here.
 */
export function useRevalidateContainerOn(index: number, value: unknown): void {
  const { getFieldState, trigger } = useFormContext<VersionForm>();
  const previous = useRef(value);
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    previous.current = value;
    if (getFieldState(`containers.${index}`).error) void trigger(`containers.${index}`);
  }, [index, value, getFieldState, trigger]);
}
