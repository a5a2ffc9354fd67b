// PostgreSQL text and JSONB cannot hold U+0000; both engines drop it from what they store, so they store the same.

/** `value` (a string, or plain data holding strings) with every U+0000 removed from its strings. */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T;
  if (typeof value !== 'object' || value === null) return value;
  // JSON writes U+0000 as \u0000: without one, nothing to remove (every stored answer takes this path).
  if (!JSON.stringify(value).includes('\\u0000')) return value;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replaceAll('\u0000', '') : v))) as T;
}
