// 16px stroke icons for the toolbar; decorative, the buttons carry the names.
const paths = {
  link: "M6.5 9.5a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2l-.9.9M9.5 6.5a3 3 0 0 0-4.2 0L3.2 8.6a3 3 0 0 0 4.2 4.2l.9-.9",
  bulletList: "M6 4h8M6 8h8M6 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01",
  orderedList: "M7 4h7M7 8h7M7 12h7M2 3l1-.5V6M2 6h2M2 10.5a1 1 0 0 1 2 0c0 .8-2 1.3-2 2.5h2",
  quote: "M3 3v10M6 5h7M6 8h7M6 11h5",
  pullQuote: "M2 3h12M2 13h12M4.5 6.5h2.5v2.2L5.5 10.5M9 6.5h2.5v2.2L10 10.5",
  image: "M2.5 3.5h11v9h-11zM2.5 10.5l3-3 3 3 2-2 3 3M10 6h.01",
  embed: "M2.5 3.5h11v9h-11zM7 6.2v3.6L10 8z",
  undo: "M5.5 3.5 2.5 6.5l3 3M2.5 6.5H10a3.5 3.5 0 0 1 0 7H7",
  redo: "M10.5 3.5l3 3-3 3M13.5 6.5H6a3.5 3.5 0 0 0 0 7h3",
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
