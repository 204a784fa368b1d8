/** A file-name part in plain ASCII: "Friska Vindar 2.0" → "friska-vindar-2-0", "Vägen vidare" → "vagen-vidare". */
export function filnamnsdel(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "fil"
  );
}

/** `attachment; filename=…` for an ASCII file name, which every browser and Excel handles alike. */
export function contentDisposition(filnamn: string): string {
  return `attachment; filename="${filnamn.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
}
