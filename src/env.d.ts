// Types for the Starlight virtual modules that our Search override (src/components/overrides/Search.astro)
// imports, as Starlight's own copy of that component does.
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore'; [key: string]: unknown };
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
