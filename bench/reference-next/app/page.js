// GET / - one prerendered page. bench/run.ts replaces its prerendered HTML
// in the build output with the bytes of a Marquee article page, so Next
// serves exactly those bytes down the same path as any prerendered page.
export default function ReferencePage() {
  return <p>Reference page.</p>;
}
