import { ChevronDown, CircleUser, FlaskConical, Languages, Layers, RotateCw, type IconNode } from "lucide";

// The icons of the header and the error boundary, rendered on the server from lucide's icon data
// (the `lucide` package: plain arrays of SVG elements) rather than through lucide-react: its Icon
// is a client component ("use client", for its context), so even an icon rendered by a server
// component put lucide-react's runtime (~1.2 KiB gzip) into every page's first-load JavaScript.
// Same shapes, attributes and classes as lucide-react's output.

type IconProps = { className?: string };

function icon(name: string, shapes: IconNode) {
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
        {shapes.map(([Tag, attributes], index) => (
          <Tag key={index} {...attributes} />
        ))}
      </svg>
    );
  }
  return ShellIcon;
}

export const LayersIcon = icon("layers", Layers);
export const FlaskConicalIcon = icon("flask-conical", FlaskConical);
export const CircleUserIcon = icon("circle-user", CircleUser);
export const ChevronDownIcon = icon("chevron-down", ChevronDown);
export const LanguagesIcon = icon("languages", Languages);
export const RotateCwIcon = icon("rotate-cw", RotateCw);
