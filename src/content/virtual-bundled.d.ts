// The bundled scenarios' checked data, made at build time by tools/vite-plugin-bundled.ts.
declare module 'virtual:bundled-scenarios' {
  const entries: {
    file: string; hash?: string; data?: unknown; model?: unknown; diagnostics: unknown[]; sources?: Record<string, string>;
    /** By locale: translated texts at their places in data and model (tools/bundled-entries.ts). */
    translations?: Record<string, { scenario: [readonly (string | number)[], string][]; model: [readonly (string | number)[], string][]; reviewed: boolean }>;
    /** Where the texts a player reads are in data and model: the pseudo-locale is made from them. */
    prose?: { scenario: (readonly (string | number)[])[]; model: (readonly (string | number)[])[] };
  }[];
  export default entries;
}
