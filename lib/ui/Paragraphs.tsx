/** Text with blank lines between paragraphs, as paragraphs; single line breaks are the editor's wrapping. */
export function Paragraphs({ text, class: className }: { text: string; class?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} class={className}>
          {p}
        </p>
      ))}
    </>
  );
}
