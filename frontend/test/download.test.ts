import { describe, expect, it } from "vitest";
import { MIME_TYPES, downloadName } from "../src/download";

describe("export file names", () => {
  it("keeps a good name from the server", () => {
    expect(downloadName("sleep-twitch-coach-alex.csv", "csv")).toBe("sleep-twitch-coach-alex.csv");
    expect(downloadName("journal.JSON", "json")).toBe("journal.JSON");
  });

  it("adds the format's extension when it is missing", () => {
    expect(downloadName("journal", "json")).toBe("journal.json");
    expect(downloadName("journal.csv", "json")).toBe("journal.csv.json");
  });

  it("drops folders and characters a file system refuses", () => {
    expect(downloadName("../../etc/passwd", "csv")).toBe("passwd.csv");
    expect(downloadName("C:\\temp\\a:b?.csv", "csv")).toBe("a_b_.csv");
    expect(downloadName("..", "csv")).toBe("sleep-twitch-coach.csv");
    expect(downloadName("", "json")).toBe("sleep-twitch-coach.json");
  });

  it("gives each format its type", () => {
    expect(MIME_TYPES.csv).toMatch(/^text\/csv/);
    expect(MIME_TYPES.json).toMatch(/^application\/json/);
  });
});
