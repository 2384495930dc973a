// The icons of the header and the error boundary, drawn here rather than through lucide-react:
// lucide's Icon is a client component ("use client", for its context), so even an icon rendered by
// a server component put lucide's runtime (~1.2 KiB gzip) into every page's first-load JavaScript.
// These render on the server only. Paths copied from lucide-react 1.79 (ISC licence), same names,
// same attributes and classes as lucide's own output.

type IconProps = { className?: string };
type Shape = ["path", { d: string }] | ["circle", { cx: number; cy: number; r: number }];

function icon(name: string, shapes: readonly Shape[]) {
  function ShellIcon({ className }: IconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={24}
        height={24}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden
        className={`lucide lucide-${name}${className ? ` ${className}` : ""}`}
      >
        {shapes.map(([tag, attributes], index) =>
          tag === "path" ? <path key={index} {...attributes} /> : <circle key={index} {...attributes} />,
        )}
      </svg>
    );
  }
  return ShellIcon;
}

export const LayersIcon = icon("layers", [
  ["path", { d: "M12.83 2.18a2 2 0 0 0-1.66 0L2.6 6.08a1 1 0 0 0 0 1.83l8.58 3.91a2 2 0 0 0 1.66 0l8.58-3.9a1 1 0 0 0 0-1.83z" }],
  ["path", { d: "M2 12a1 1 0 0 0 .58.91l8.6 3.91a2 2 0 0 0 1.65 0l8.58-3.9A1 1 0 0 0 22 12" }],
  ["path", { d: "M2 17a1 1 0 0 0 .58.91l8.6 3.91a2 2 0 0 0 1.65 0l8.58-3.9A1 1 0 0 0 22 17" }],
]);

export const FlaskConicalIcon = icon("flask-conical", [
  ["path", { d: "M14 2v6a2 2 0 0 0 .245.96l5.51 10.08A2 2 0 0 1 18 22H6a2 2 0 0 1-1.755-2.96l5.51-10.08A2 2 0 0 0 10 8V2" }],
  ["path", { d: "M6.453 15h11.094" }],
  ["path", { d: "M8.5 2h7" }],
]);

export const CircleUserIcon = icon("circle-user", [
  ["circle", { cx: 12, cy: 12, r: 10 }],
  ["circle", { cx: 12, cy: 10, r: 3 }],
  ["path", { d: "M7 20.662V19a2 2 0 0 1 2-2h6a2 2 0 0 1 2 2v1.662" }],
]);

export const ChevronDownIcon = icon("chevron-down", [["path", { d: "m6 9 6 6 6-6" }]]);

export const LanguagesIcon = icon("languages", [
  ["path", { d: "m5 8 6 6" }],
  ["path", { d: "m4 14 6-6 2-3" }],
  ["path", { d: "M2 5h12" }],
  ["path", { d: "M7 2h1" }],
  ["path", { d: "m22 22-5-10-5 10" }],
  ["path", { d: "M14 18h6" }],
]);

export const RotateCwIcon = icon("rotate-cw", [
  ["path", { d: "M21 12a9 9 0 1 1-9-9c2.52 0 4.93 1 6.74 2.74L21 8" }],
  ["path", { d: "M21 3v5h-5" }],
]);
