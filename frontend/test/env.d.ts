/** Vite's `import.meta.glob`, which vitest resolves when it loads a test (declared here to avoid @types). */
interface ImportMeta {
  glob<T = unknown>(pattern: string, options: { eager: true; import?: string }): Record<string, T>;
}
