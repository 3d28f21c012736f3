/** The lines a form could not put beside a field, announced as soon as they appear. */
export function ErrorSummary({ lines }: { lines: readonly string[] }) {
  return (
    <div role="alert" className="error-summary">
      {lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
