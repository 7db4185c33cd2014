/** The reader page's path inside the extension, showing the saved article `id`. */
export function readerPath(id: string): string {
  return `src/reader/reader.html?id=${encodeURIComponent(id)}`;
}
