/** Serialises a value for a JSON text column. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Reads a JSON text column written by `toJson`; the schema it was validated by on the way in vouches for its shape. */
export function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
