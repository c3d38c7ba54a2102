/** Offering the journal export as a file download. */
import type { ExportFormat } from "./types";

export const MIME_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv;charset=utf-8",
  json: "application/json;charset=utf-8",
};

/**
 * A safe file name for an export: the server's name without any folder part or characters
 * file systems refuse, ending in the format's extension; a default when nothing is left.
 */
export const downloadName = (filename: string, format: ExportFormat): string => {
  const base = (filename.split(/[\\/]/).pop() ?? "")
    // Characters Windows, macOS or Linux refuse in a file name, and control characters.
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, "_")
    .replace(/^[.\s]+|[.\s]+$/g, "");
  const name = base || "sleep-twitch-coach";
  return name.toLowerCase().endsWith(`.${format}`) ? name : `${name}.${format}`;
};

/** Save `content` as a file through a temporary object URL and an `<a download>` click. */
export const saveFile = (doc: Document, filename: string, content: string, mimeType: string): void => {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
