// The bundled scenarios' checked data, made at build time by tools/vite-plugin-bundled.ts.
declare module 'virtual:bundled-scenarios' {
  const entries: { file: string; hash?: string; data?: unknown; model?: unknown; diagnostics: unknown[]; sources?: Record<string, string> }[];
  export default entries;
}
